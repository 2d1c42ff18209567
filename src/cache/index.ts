export { blobHash } from './content-hash.js';
export { fileKey } from './key.js';
export { CACHE_FORMAT, policyFingerprint, scanFingerprint } from './fingerprint.js';
export { defaultCacheDir, DiskCache, type FileCache, MemoryCache, openDiskCache } from './store.js';

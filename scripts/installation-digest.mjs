// Part of `npm run build`, last: the digest of the compiled code (dist/**/*.js) written beside it as
// dist/installation.json, with the sizes of the bundles the build made, so the cache's fingerprint reads one
// small file instead of listing and stat-ing 450 files on every run's start (src/cache/fingerprint.ts,
// `installationDigest`; issue 12: no file may cost the ESLint plugin 50 ms). The digest is made by the same
// function the fingerprint falls back to, from the compiled fingerprint module itself.
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeDigest, INSTALLATION_STAMP, STAMP_FORMAT, STAMPED_BUNDLES } from '../dist/cache/fingerprint.js';

const dist = 'dist';
const bundles = Object.fromEntries(STAMPED_BUNDLES.map((name) => [name, statSync(join(dist, name)).size]));
writeFileSync(join(dist, INSTALLATION_STAMP), JSON.stringify({ format: STAMP_FORMAT, code: codeDigest(dist), bundles }));

/**
 * Errors from the operating system that a user causes (a path that is a directory, a file without
 * permission, a full disk), in words. Anything not listed here is a bug and reported as one.
 */
const REASONS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EISDIR: 'it is a directory',
  ENOTDIR: 'a part of the path is not a directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'the path is too long',
  ELOOP: 'too many symbolic links',
  EIO: 'input/output error',
  EFBIG: 'the file is too large',
  EEXIST: 'it already exists',
};

/** The reason in words for an errno code a user can cause, or undefined. */
export function systemReason(code: string | undefined): string | undefined {
  return code ? REASONS[code] : undefined;
}

export function describeSystemError(error: unknown): string | undefined {
  const e = error as NodeJS.ErrnoException | undefined;
  if (!e || typeof e !== 'object' || typeof e.code !== 'string') return undefined;
  const reason = REASONS[e.code];
  if (!reason) return undefined;
  const verb = e.syscall === 'open' || e.syscall === 'read' || e.syscall === 'scandir' || e.syscall === 'stat' ? 'cannot read' : 'cannot access';
  return e.path ? `${verb} ${e.path}: ${reason}` : `${reason} (${e.syscall ?? e.code})`;
}

/**
 * Every file privmap writes (reports, SARIF, baselines, the policy `init` proposes) goes through here: the
 * text is written to a temporary file next to the target, flushed, and renamed over it. A rename within one
 * directory is atomic, so a run killed mid-write (SIGKILL, a full disk, a closed CI runner) leaves the old
 * file whole and at most a stray `.privmap-tmp-*` file, never a truncated report.
 */
import { closeSync, fsyncSync, linkSync, mkdirSync, openSync, realpathSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { systemReason } from '../system-errors.js';

export function writeErrorMessage(file: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return `cannot write ${file}: ${systemReason(code) ?? (code || (error as Error).message)}`;
}

export interface WriteOptions {
  /** Refuse to replace an existing file (`privmap init`). */
  exclusive?: boolean;
}

/** Writes `text` to `file` atomically, creating folders. Throws a UsageError (exit 2) naming the file. */
export function writeFileAtomic(file: string, text: string, options: WriteOptions = {}): void {
  const target = resolve(file);
  let existing: ReturnType<typeof statSync> | undefined;
  try {
    existing = statSync(target);
  } catch {
    existing = undefined;
  }
  if (existing?.isDirectory()) throw new UsageError(writeErrorMessage(file, { code: 'EISDIR' }));
  if (existing && options.exclusive) throw new UsageError(writeErrorMessage(file, { code: 'EEXIST' }));
  // A read-only file stays read-only: renaming over it would succeed in a writable directory, silently
  // (and root could write it anyway), so no write bit at all means no.
  if (existing && (existing.mode & 0o222) === 0) throw new UsageError(writeErrorMessage(file, { code: 'EACCES' }));
  // A device or a pipe (`-o /dev/stdout`, `/dev/full`) is written in place: there is nothing to rename over.
  if (existing && !existing.isFile()) {
    try {
      writeFileSync(target, text);
      return;
    } catch (error) {
      throw new UsageError(writeErrorMessage(file, error));
    }
  }
  // Through a symlink, the link's target is replaced, as a plain write would do.
  const real = existing ? realpathSync(target) : target;
  const dir = dirname(real);
  const temp = join(dir, `.${basename(real)}.privmap-tmp-${process.pid}-${Date.now().toString(36)}`);
  let fd: number | undefined;
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    // EEXIST here means a part of the path is a file, not a folder.
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(writeErrorMessage(file, code === 'EEXIST' ? { code: 'ENOTDIR' } : error));
  }
  try {
    fd = openSync(temp, 'wx', existing ? existing.mode & 0o777 : 0o666);
    writeText(fd, text);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    if (options.exclusive) {
      // A hard link fails if the name was taken since the check above; rename would replace it.
      linkSync(temp, real);
      rmSync(temp, { force: true });
    } else {
      renameSync(temp, real);
    }
  } catch (error) {
    try {
      if (fd !== undefined) closeSync(fd);
      rmSync(temp, { force: true });
    } catch {
      // Nothing was created (the folder is not one), or it cannot be removed: the target is untouched either way.
    }
    throw new UsageError(writeErrorMessage(file, error));
  }
}


/** Characters encoded at a time: a report of tens of megabytes is not copied whole into a Buffer (issue 14). */
export const WRITE_CHUNK = 1 << 20;

/** Writes `text` as UTF-8, a slice at a time; a surrogate pair is never cut between two slices. */
function writeText(fd: number, text: string): void {
  for (let start = 0; start < text.length; ) {
    let end = Math.min(start + WRITE_CHUNK, text.length);
    const last = text.charCodeAt(end - 1);
    // Each half of a cut pair would be encoded on its own, as U+FFFD.
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    const buffer = Buffer.from(text.slice(start, end), 'utf8');
    let offset = 0;
    while (offset < buffer.length) offset += writeSync(fd, buffer, offset, buffer.length - offset);
    start = end;
  }
}

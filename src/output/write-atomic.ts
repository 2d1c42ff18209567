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
import { type TextSink, textOf } from './text-sink.js';

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
  writeFileAtomicWith(file, (sink) => sink.write(text), options);
}

/**
 * Writes what `writeTo` gives its sink to `file` atomically, as it comes: a reporter writes its pieces straight
 * to the temporary file, and only a finished document is renamed over the target. If `writeTo` throws, the
 * temporary file is removed and the error passes unchanged; a failed write is a UsageError naming the file.
 */
export function writeFileAtomicWith(file: string, writeTo: (sink: TextSink) => void, options: WriteOptions = {}): void {
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
    const text = textOf(writeTo);
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
  const removeTemp = () => {
    try {
      if (fd !== undefined) closeSync(fd);
      rmSync(temp, { force: true });
    } catch {
      // Nothing was created (the folder is not one), or it cannot be removed: the target is untouched either way.
    }
  };
  let sink: BufferedFile;
  try {
    fd = openSync(temp, 'wx', existing ? existing.mode & 0o777 : 0o666);
    sink = new BufferedFile(fd, file);
  } catch (error) {
    removeTemp();
    throw new UsageError(writeErrorMessage(file, error));
  }
  try {
    // The reporter's own error (a bug) passes as it is; the sink's failed writes are UsageErrors already.
    writeTo(sink);
  } catch (error) {
    removeTemp();
    throw error;
  }
  try {
    sink.flush();
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
    removeTemp();
    throw error instanceof UsageError ? error : new UsageError(writeErrorMessage(file, error));
  }
}

/**
 * A sink onto an open file: pieces are kept until about WRITE_CHUNK characters are pending, then joined and
 * written as one buffer. A reporter may hand over a row at a time without a system call per row.
 */
class BufferedFile implements TextSink {
  private pending: string[] = [];
  private size = 0;
  constructor(
    private readonly fd: number,
    private readonly file: string,
  ) {}

  write(text: string): void {
    this.pending.push(text);
    this.size += text.length;
    if (this.size >= WRITE_CHUNK) this.flush();
  }

  flush(): void {
    if (this.size === 0) return;
    const text = this.pending.length === 1 ? this.pending[0]! : this.pending.join('');
    this.pending = [];
    this.size = 0;
    try {
      writeText(this.fd, text);
    } catch (error) {
      throw new UsageError(writeErrorMessage(this.file, error));
    }
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

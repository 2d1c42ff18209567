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
 * A sink onto an open file: each piece is encoded into one buffer, written when the next piece might not fit. A
 * reporter may hand over a row at a time without a system call per row, and no piece is copied into a joined
 * string or a new Buffer first: a 37-MB report made a megabyte string and a megabyte Buffer per chunk, garbage
 * that only full collections free (issue 14: linear outputs). A piece ending in the first half of a surrogate
 * pair keeps it for the next: encoded alone, each half would be written as U+FFFD.
 */
class BufferedFile implements TextSink {
  private readonly buffer = Buffer.allocUnsafe(WRITE_CHUNK);
  private used = 0;
  private carried = '';
  constructor(
    private readonly fd: number,
    private readonly file: string,
  ) {}

  write(text: string): void {
    if (this.carried) {
      text = this.carried + text;
      this.carried = '';
    }
    const last = text.charCodeAt(text.length - 1);
    if (last >= 0xd800 && last <= 0xdbff) {
      this.carried = text.slice(-1);
      text = text.slice(0, -1);
    }
    // A UTF-16 code unit is at most 3 bytes of UTF-8 (a pair, two units, is 4).
    if (text.length * 3 > this.buffer.length - this.used) {
      this.writeBuffer();
      if (text.length * 3 > this.buffer.length) return this.guarded(() => writeText(this.fd, text));
    }
    this.used += this.buffer.write(text, this.used);
  }

  writeBytes(bytes: Uint8Array): void {
    this.flush();
    this.guarded(() => {
      let offset = 0;
      while (offset < bytes.length) offset += writeSync(this.fd, bytes, offset, bytes.length - offset);
    });
  }

  flush(): void {
    if (this.carried) {
      const carried = this.carried;
      this.carried = '';
      this.used += this.buffer.write(carried, this.used);
    }
    this.writeBuffer();
  }

  private writeBuffer(): void {
    const { buffer, used } = this;
    this.used = 0;
    this.guarded(() => {
      let offset = 0;
      while (offset < used) offset += writeSync(this.fd, buffer, offset, used - offset);
    });
  }

  private guarded(write: () => void): void {
    try {
      write();
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

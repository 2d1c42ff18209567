/**
 * A pack: many cache entries in one file, like git's pack files, so a cold scan writes one file per run
 * instead of one per scanned file (10,776 entry files cost about 0.7 of a bare parse's CPU time in `open`,
 * `write`, `rename` and `mkdir`, against a few milliseconds for one file).
 *
 * Layout: a first line `privmap-pack <format> <count>`, then the index, one 64-byte line per entry sorted by
 * key (`<40 hex key> <11-digit offset> <10-digit length>\n`, offsets counted from the end of the index), then
 * the entries, each `{"key":...,"value":...}` as JSON. A lookup is a binary search in the index bytes, so
 * opening a pack parses nothing: a one-file-changed run opens every pack to look up a handful of keys. A pack
 * is written whole to a private temporary file and renamed into place, so a reader sees a whole pack or none,
 * and is never changed after. An entry is trusted only when it parses and names the key asked for, so a
 * damaged or foreign pack is only a miss.
 */
import { closeSync, fstatSync, openSync, readSync, renameSync, rmSync, writeFileSync } from 'node:fs';

const MAGIC = 'privmap-pack';
/** Bumped when the pack layout changes. */
export const PACK_FORMAT = 1;
/** The first line is at most this long. */
const HEAD_BYTES = 64;
const LINE = 64;
const KEY = 40;
/** Keys are SHA-1 hex digests (`fileKey`): fixed width, so the index needs no parsing. */
export const isPackKey = (key: string): boolean => /^[0-9a-f]{40}$/.test(key);

export interface PackEntry {
  key: string;
  /** The entry's JSON text, `{"key":...,"value":...}`, as bytes. */
  bytes: Buffer;
}

/** Where an entry is: its pack file and byte range. */
export interface Location {
  file: string;
  offset: number;
  length: number;
}

/** A pack's bytes for `entries` (keys from `isPackKey`; a key given twice is kept once). */
export function packBytes(entries: readonly PackEntry[]): Buffer {
  const sorted = [...entries].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).filter((e, i, all) => i === 0 || all[i - 1]!.key !== e.key);
  const index = Buffer.alloc(sorted.length * LINE);
  let offset = 0;
  sorted.forEach(({ key, bytes }, i) => {
    index.write(`${key} ${String(offset).padStart(11, '0')} ${String(bytes.length).padStart(10, '0')}\n`, i * LINE, 'latin1');
    offset += bytes.length;
  });
  const head = Buffer.from(`${MAGIC} ${PACK_FORMAT} ${sorted.length}\n`);
  return Buffer.concat([head, index, ...sorted.map((e) => e.bytes)]);
}

/** A temporary file's tag unique to this writer: two processes writing the same file never share a temporary. */
export const writerTag = (): string => `${process.pid}-${Math.random().toString(36).slice(2, 8)}`;

/** Writes `bytes` as `file` through a private temporary file (`tag`: process id and a random part) renamed into place. */
export function writeWhole(file: string, bytes: Buffer | string, tag: string): void {
  const temporary = `${file}.${tag}.tmp`;
  try {
    writeFileSync(temporary, bytes);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** Writes `entries` (keys from `isPackKey`) as the pack `file` through a temporary file; throws when it cannot. */
export function writePack(file: string, entries: readonly PackEntry[], tag: string): void {
  // One buffer, one write.
  writeWhole(file, packBytes(entries), tag);
}

/** One pack's index, read once: lookups are binary searches in its bytes. */
export class PackIndex {
  constructor(
    readonly file: string,
    private readonly lines: Buffer,
    readonly count: number,
    private readonly body: number,
  ) {}

  private location(i: number): Location | undefined {
    const at = i * LINE;
    const offset = Number(this.lines.toString('latin1', at + KEY + 1, at + KEY + 12));
    const length = Number(this.lines.toString('latin1', at + KEY + 13, at + KEY + 23));
    if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(length)) return undefined;
    return { file: this.file, offset: this.body + offset, length };
  }

  get(key: string): Location | undefined {
    if (!isPackKey(key)) return undefined;
    const wanted = Buffer.from(key, 'latin1');
    let low = 0;
    let high = this.count - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const order = this.lines.compare(wanted, 0, KEY, middle * LINE, middle * LINE + KEY);
      if (order === 0) return this.location(middle);
      if (order > 0) high = middle - 1;
      else low = middle + 1;
    }
    return undefined;
  }

  *entries(): IterableIterator<[string, Location]> {
    for (let i = 0; i < this.count; i++) {
      const location = this.location(i);
      if (location) yield [this.lines.toString('latin1', i * LINE, i * LINE + KEY), location];
    }
  }
}

/** The index of the pack `file`, or undefined for anything that is not a whole pack's head and index. */
export function readPackIndex(file: string): PackIndex | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const head = Buffer.alloc(HEAD_BYTES);
    const got = readSync(fd, head, 0, HEAD_BYTES, 0);
    const newline = head.subarray(0, got).indexOf(10);
    const match = newline > 0 ? /^privmap-pack (\d+) (\d+)$/.exec(head.toString('latin1', 0, newline)) : null;
    if (!match || Number(match[1]) !== PACK_FORMAT) return undefined;
    const count = Number(match[2]);
    // A head that promises more than the file holds is not a whole pack (and must not size an allocation).
    if (newline + 1 + count * LINE > fstatSync(fd).size) return undefined;
    const lines = Buffer.alloc(count * LINE);
    if (readSync(fd, lines, 0, lines.length, newline + 1) !== lines.length) return undefined;
    return new PackIndex(file, lines, count, newline + 1 + lines.length);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The value stored under `key` at `location`, or undefined when it is gone, short, damaged or another key's. */
export function readPackEntry(location: Location, key: string): unknown {
  let fd: number | undefined;
  try {
    fd = openSync(location.file, 'r');
    const bytes = Buffer.alloc(location.length);
    if (readSync(fd, bytes, 0, location.length, location.offset) !== location.length) return undefined;
    const entry = JSON.parse(bytes.toString('utf8')) as { key?: unknown; value?: unknown } | null;
    return entry && typeof entry === 'object' && entry.key === key ? entry.value : undefined;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * A pack held in memory (read whole, e.g. after checking its digest): `get` finds an entry by binary search in
 * its index and parses only that entry. Undefined for bytes that are not a whole pack.
 */
export function packInBuffer(bytes: Buffer): { get(key: string): unknown } | undefined {
  const newline = bytes.subarray(0, HEAD_BYTES).indexOf(10);
  const match = newline > 0 ? /^privmap-pack (\d+) (\d+)$/.exec(bytes.toString('latin1', 0, newline)) : null;
  if (!match || Number(match[1]) !== PACK_FORMAT) return undefined;
  const count = Number(match[2]);
  const body = newline + 1 + count * LINE;
  if (body > bytes.length) return undefined;
  const index = new PackIndex('', bytes.subarray(newline + 1, body), count, body);
  return {
    get(key: string): unknown {
      const location = index.get(key);
      if (!location || location.offset + location.length > bytes.length) return undefined;
      try {
        const entry = JSON.parse(bytes.toString('utf8', location.offset, location.offset + location.length)) as { key?: unknown; value?: unknown } | null;
        return entry && typeof entry === 'object' && entry.key === key ? entry.value : undefined;
      } catch {
        return undefined;
      }
    },
  };
}

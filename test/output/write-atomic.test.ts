/**
 * Reports are written a slice at a time (issue 14: no second copy of a large report in memory): the bytes on
 * disk must be exactly the text's UTF-8, whatever falls on a slice's edge.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { WRITE_CHUNK, writeFileAtomic, writeFileAtomicWith } from '../../src/output/write-atomic.js';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('writeFileAtomic', () => {
  it('writes a text of several slices byte for byte, with a surrogate pair across a slice edge', () => {
    dir = mkdtempSync(join(tmpdir(), 'privmap-write-'));
    const file = join(dir, 'report.html');
    // An emoji (two UTF-16 units) whose halves straddle the first edge, multi-byte letters around it, and a
    // lone surrogate further on, which UTF-8 writes as U+FFFD wherever it falls.
    const text = `${'a'.repeat(WRITE_CHUNK - 1)}😀Ærøskøbing ${'ø'.repeat(WRITE_CHUNK)}\ud800x${'b'.repeat(WRITE_CHUNK)}`;
    writeFileSync(file, 'the previous report');
    writeFileAtomic(file, text);
    expect(readFileSync(file).equals(Buffer.from(text, 'utf8'))).toBe(true);
    expect(readdirSync(dir)).toEqual(['report.html']);
  });

  it('writes an empty text as an empty file', () => {
    dir = mkdtempSync(join(tmpdir(), 'privmap-write-'));
    const file = join(dir, 'empty.csv');
    writeFileAtomic(file, '');
    expect(readFileSync(file, 'utf8')).toBe('');
  });

  it('writes pieces as they come, in order, whatever their sizes (a reporter writing to the file: issue 14)', () => {
    dir = mkdtempSync(join(tmpdir(), 'privmap-write-'));
    const file = join(dir, 'report.json');
    const pieces = ['{', 'x'.repeat(WRITE_CHUNK - 2), '😀', 'Ærø'.repeat(WRITE_CHUNK), '', '\n', 'y'.repeat(3 * WRITE_CHUNK), '}'];
    writeFileAtomicWith(file, (sink) => pieces.forEach((piece) => sink.write(piece)));
    expect(readFileSync(file).equals(Buffer.from(pieces.join(''), 'utf8'))).toBe(true);
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('keeps a surrogate pair whole when its halves come in two pieces, and writes a lone half as U+FFFD', () => {
    dir = mkdtempSync(join(tmpdir(), 'privmap-write-'));
    const file = join(dir, 'report.json');
    // The sink encodes each piece as it comes (issue 14): a high surrogate at a piece's end waits for the next.
    const pieces = ['a\ud83d', '\ude00b', 'x'.repeat(WRITE_CHUNK), '\ud83d', '', '\ude00', 'end\ud800'];
    writeFileAtomicWith(file, (sink) => pieces.forEach((piece) => sink.write(piece)));
    expect(readFileSync(file).equals(Buffer.from(pieces.join(''), 'utf8'))).toBe(true);
    expect(readFileSync(file, 'utf8').endsWith('end\ufffd')).toBe(true);
  });

  it('leaves the previous file whole and no temporary file when the writer fails half-way', () => {
    dir = mkdtempSync(join(tmpdir(), 'privmap-write-'));
    const file = join(dir, 'report.md');
    writeFileSync(file, 'the previous report');
    const failure = new Error('a reporter bug');
    expect(() =>
      writeFileAtomicWith(file, (sink) => {
        sink.write('z'.repeat(3 * WRITE_CHUNK)); // already on disk, in the temporary file
        throw failure;
      }),
    ).toThrow(failure);
    expect(readFileSync(file, 'utf8')).toBe('the previous report');
    expect(readdirSync(dir)).toEqual(['report.md']);
  });

  it('says which file it cannot write, before the writer runs', () => {
    const folder = (dir = mkdtempSync(join(tmpdir(), 'privmap-write-')));
    writeFileSync(join(folder, 'file'), '');
    let ran = false;
    expect(() => writeFileAtomicWith(join(folder, 'file', 'report.json'), () => void (ran = true))).toThrow(UsageError);
    expect(ran).toBe(false);
  });
});

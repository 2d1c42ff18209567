/**
 * A file's text with positions. libpg-query reports node locations as UTF-8 byte offsets and error cursors as
 * character offsets; findings want 1-based line and column in characters.
 */
export interface Position {
  line: number;
  col: number;
}

export class SourceText {
  readonly bytes: Buffer;
  /** Byte offset where each line starts. */
  private readonly lineStarts: number[];
  /** Pure ASCII text has byte offset == character offset: the common case skips decoding. */
  private readonly isAscii: boolean;

  constructor(readonly text: string) {
    this.bytes = Buffer.from(text, 'utf8');
    this.isAscii = this.bytes.length === text.length;
    const starts = [0];
    let at = this.bytes.indexOf(10);
    while (at !== -1) {
      starts.push(at + 1);
      at = this.bytes.indexOf(10, at + 1);
    }
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** 1-based line and column of a byte offset. */
  positionOfByte(offset: number): Position {
    const starts = this.lineStarts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    const start = starts[low]!;
    const col = this.isAscii ? offset - start : this.bytes.toString('utf8', start, offset).length;
    return { line: low + 1, col: col + 1 };
  }

  byteOffsetOfChar(offset: number): number {
    return this.isAscii ? offset : Buffer.byteLength(this.text.slice(0, offset), 'utf8');
  }

  /**
   * The first byte at or after `offset` that is not whitespace or a comment: where a statement really starts
   * (libpg-query's `stmt_location` may point at the comments and blank lines before it).
   */
  skipTrivia(offset: number, end = this.bytes.length): number {
    const b = this.bytes;
    let i = offset;
    while (i < end) {
      const c = b[i]!;
      if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12) i++;
      else if (c === 45 && b[i + 1] === 45) {
        const nl = b.indexOf(10, i);
        i = nl === -1 ? end : nl + 1;
      } else if (c === 47 && b[i + 1] === 42) {
        // Block comments nest in PostgreSQL.
        let depth = 1;
        i += 2;
        while (i < end && depth > 0) {
          if (b[i] === 47 && b[i + 1] === 42) (depth++, (i += 2));
          else if (b[i] === 42 && b[i + 1] === 47) (depth--, (i += 2));
          else i++;
        }
      } else break;
    }
    return Math.min(i, end);
  }
}

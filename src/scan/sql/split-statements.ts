/**
 * Splits SQL into statements at top-level semicolons, for a file the parser rejects as a whole: each
 * statement is then parsed on its own so one bad statement costs only itself. PostgreSQL's own lexer
 * (libpg-query `scanSync`) finds the semicolons; when even the lexer fails (an unterminated quote) a careful
 * splitter that knows quotes, dollar quoting and nested comments takes over.
 */
import { scanSync } from 'libpg-query';

export interface Statement {
  /** Byte offsets in the file's UTF-8 text; `end` is exclusive and includes the semicolon. */
  start: number;
  end: number;
}

export function splitStatements(bytes: Buffer): Statement[] {
  try {
    return splitWithLexer(bytes);
  } catch {
    return splitByHand(bytes);
  }
}

function splitWithLexer(bytes: Buffer): Statement[] {
  const { tokens } = scanSync(bytes.toString('utf8'));
  const statements: Statement[] = [];
  let start = -1;
  let depth = 0;
  for (const token of tokens) {
    if (token.tokenName === 'SQL_COMMENT' || token.tokenName === 'C_COMMENT') continue;
    if (start === -1) start = token.start;
    // `BEGIN ATOMIC ... END` function bodies hold semicolons of their own.
    const word = token.keywordKind ? token.text.toUpperCase() : '';
    if (word === 'ATOMIC' || (word === 'CASE' && depth > 0)) depth++;
    else if (word === 'END' && depth > 0) depth--;
    else if (token.tokenName === 'ASCII_59' && depth === 0) {
      statements.push({ start, end: token.end });
      start = -1;
    }
  }
  if (start !== -1) statements.push({ start, end: bytes.length });
  return statements;
}

function splitByHand(bytes: Buffer): Statement[] {
  const statements: Statement[] = [];
  const b = bytes;
  let start = -1;
  let i = 0;
  const begin = () => {
    if (start === -1) start = i;
  };
  while (i < b.length) {
    const c = b[i]!;
    if (c === 45 && b[i + 1] === 45) {
      const nl = b.indexOf(10, i);
      i = nl === -1 ? b.length : nl + 1;
    } else if (c === 47 && b[i + 1] === 42) {
      let depth = 1;
      i += 2;
      while (i < b.length && depth > 0) {
        if (b[i] === 47 && b[i + 1] === 42) (depth++, (i += 2));
        else if (b[i] === 42 && b[i + 1] === 47) (depth--, (i += 2));
        else i++;
      }
    } else if (c === 39 || c === 34) {
      begin();
      // A doubled quote is an escaped quote; E'' strings may also escape with a backslash.
      const escapes = c === 39 && i > 0 && (b[i - 1] === 69 || b[i - 1] === 101);
      i++;
      while (i < b.length) {
        if (escapes && b[i] === 92) i += 2;
        else if (b[i] === c && b[i + 1] === c) i += 2;
        else if (b[i] === c) break;
        else i++;
      }
      i++;
    } else if (c === 36) {
      begin();
      const tag = /^\$[A-Za-z_]*\$/.exec(b.toString('latin1', i, Math.min(b.length, i + 64)));
      if (tag) {
        const close = b.indexOf(tag[0], i + tag[0].length, 'latin1');
        i = close === -1 ? b.length : close + tag[0].length;
      } else i++;
    } else if (c === 59) {
      if (start !== -1) statements.push({ start, end: i + 1 });
      start = -1;
      i++;
    } else {
      if (!(c === 32 || c === 9 || c === 10 || c === 13)) begin();
      i++;
    }
  }
  if (start !== -1) statements.push({ start, end: b.length });
  return statements;
}

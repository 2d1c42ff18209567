/**
 * Splits SQL into statements at top-level semicolons, respecting quotes, dollar quoting and comments, so a
 * file whose one bad statement the parser rejects can still be replayed statement by statement.
 */
export interface Statement {
  text: string;
  /** Character offset in the file. */
  start: number;
}

export function splitStatements(sql: string): Statement[] {
  const statements: Statement[] = [];
  let start = 0;
  let i = 0;
  const push = (end: number) => {
    const text = sql.slice(start, end);
    if (text.replace(/--[^\n]*|\/\*[\s\S]*?\*\//g, '').trim()) statements.push({ text, start });
    start = end + 1;
  };
  while (i < sql.length) {
    const c = sql[i]!;
    if (c === '-' && sql[i + 1] === '-') {
      i = sql.indexOf('\n', i);
      if (i < 0) break;
    } else if (c === '/' && sql[i + 1] === '*') {
      i = sql.indexOf('*/', i + 2);
      if (i < 0) break;
      i += 2;
      continue;
    } else if (c === "'" || c === '"') {
      i++;
      while (i < sql.length && !(sql[i] === c && sql[i + 1] !== c)) i += sql[i] === c ? 2 : 1;
    } else if (c === '$') {
      const tag = /^\$[A-Za-z_]*\$/.exec(sql.slice(i));
      if (tag) {
        const end = sql.indexOf(tag[0], i + tag[0].length);
        i = end < 0 ? sql.length : end + tag[0].length;
        continue;
      }
    } else if (c === ';') {
      push(i);
    }
    i++;
  }
  push(sql.length);
  return statements;
}

/**
 * Replays one migration file into a schema model. The whole file is parsed at once (the fast path); when the
 * parser rejects it, the file is split into statements and each is parsed on its own, so one bad statement
 * becomes a `sql-error` record with its file:line and everything else still replays.
 */
import { parseSync } from 'libpg-query';
import type { Skipped } from '../../finding.js';
import type { Locator, Place, SchemaModel } from './schema-model.js';
import { SourceText } from './source-text.js';
import { splitStatements } from './split-statements.js';
import { upSections } from './up-sections.js';

export interface ReplayOutcome {
  /** Statements the parser accepted (DDL or not). */
  statements: number;
  lines: number;
  skipped: Skipped[];
}

interface RawStatement {
  stmt?: Record<string, unknown>;
  stmt_location?: number;
  stmt_len?: number;
}

function locator(file: string, source: SourceText, base: number, statementStart: number): Locator {
  const place = (byte: number): Place => ({ file, ...source.positionOfByte(byte) });
  const start = place(statementStart);
  return { at: (offset) => (offset === undefined || offset < 0 ? start : place(base + offset)) };
}

/**
 * The parser's message, without the text of a string literal it quotes ("at or near "'ola@example.com'"):
 * a migration may insert personal data, and skipped records are printed.
 */
export function safeSqlMessage(message: string): string {
  const redacted = message.replace(/(at or near )"(?:[EeBbXxUuNn]&?)?(['$])[\s\S]*$/, (_all, near: string, quote: string) => `${near}a ${quote === '$' ? 'dollar-quoted' : 'quoted'} string`);
  return redacted.split('\n')[0] || 'syntax error';
}

function applyAll(stmts: RawStatement[], file: string, source: SourceText, base: number, end: number, model: SchemaModel): void {
  for (const s of stmts) {
    if (!s.stmt) continue;
    const start = source.skipTrivia(base + (s.stmt_location ?? 0), s.stmt_len ? base + (s.stmt_location ?? 0) + s.stmt_len : end);
    model.apply(s.stmt, locator(file, source, base, start));
  }
}

/** `loadModule()` from libpg-query must have resolved before the first call. */
export function replayFile(file: string, rawText: string, model: SchemaModel): ReplayOutcome {
  const text = upSections(rawText);
  const source = new SourceText(text);
  const outcome: ReplayOutcome = { statements: 0, lines: source.lineCount, skipped: [] };
  model.defaultSchema = 'public';
  try {
    const { stmts } = parseSync(text) as unknown as { stmts: RawStatement[] };
    applyAll(stmts, file, source, 0, source.bytes.length, model);
    outcome.statements = stmts.length;
    return outcome;
  } catch {
    // Fall through: find the bad statements one by one.
  }
  for (const statement of splitStatements(source.bytes)) {
    const sql = source.bytes.toString('utf8', statement.start, statement.end);
    try {
      const { stmts } = parseSync(sql) as unknown as { stmts: RawStatement[] };
      applyAll(stmts, file, source, statement.start, statement.end, model);
      outcome.statements += stmts.length;
    } catch (error) {
      const details = (error as { sqlDetails?: { cursorPosition?: number } }).sqlDetails;
      // The cursor counts characters from the start of the statement.
      const at = details?.cursorPosition !== undefined ? statement.start + Buffer.byteLength(sql.slice(0, details.cursorPosition), 'utf8') : statement.start;
      const { line } = source.positionOfByte(Math.min(at, Math.max(statement.start, statement.end - 1)));
      outcome.skipped.push({ file, reason: 'sql-error', line, detail: safeSqlMessage((error as Error).message) });
    }
  }
  return outcome;
}

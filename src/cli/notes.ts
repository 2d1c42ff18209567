/** What a scan leaves to say after its result, on stderr: shared by every scanning command. */
import type { Skipped } from '../finding.js';
import type { Inventory } from '../inventory/types.js';
import { showName } from '../output/display-name.js';
import { isUnjudged } from '../policy/unjudged.js';
import { stderrPalette } from './io.js';

/** Where notes go: stderr, or a string kept for a replay of the run (src/cache/replay.ts). */
type Write = (text: string) => void;
const toStderr: Write = (text) => void process.stderr.write(text);

/** After the result, on stderr: the first-look hint, warnings, and every schema or migration that was skipped. */
export function writeScanNotes(inventory: Inventory, verbose: boolean, write: Write = toStderr): void {
  const p = stderrPalette();
  if (isUnjudged(inventory.policy)) {
    write(`${p.yellow('note:')} no privacy.yml found, so nothing is judged yet; \`privmap init\` writes one from what was found here\n`);
  }
  for (const warning of inventory.warnings) write(`${p.yellow('warning:')} ${showName(warning)}\n`);
  writeSkipped(inventory.skipped, verbose, write);
}

/** A skipped schema or migration hides a whole table, so it is named by default; skipped code files are counted. */
export function writeSkipped(skipped: Skipped[], verbose: boolean, write: Write = toStderr): void {
  const p = stderrPalette();
  if (!verbose) writeSkippedSchemas(skipped, write);
  // Whole kinds of file privmap does not read (PHP, Python, ...) are said by default: silence would read as "nothing there".
  if (!verbose) for (const s of skipped) if (s.reason === 'not-scanned') write(p.dim(`${s.detail} (privmap does not read this kind of file)\n`));
  if (skipped.length) write(p.dim(`${skipped.length} input(s) skipped${verbose ? ':' : ' (--verbose lists them)'}\n`));
  if (verbose) for (const s of skipped) write(p.dim(`  ${skippedLine(s)}\n`));
}

const SCHEMA_FILE = /\.(prisma|sql)$/i;

const skippedLine = (s: Skipped) => `${showName(s.file)}${s.line ? `:${s.line}` : ''}: ${s.reason}${s.detail ? ` (${showName(s.detail.split('\n')[0]!)})` : ''}`;

/** Only the skipped schemas and migrations: for commands whose own output covers the rest (`check`, `report`). */
export function writeSkippedSchemas(skipped: Skipped[], write: Write = toStderr): void {
  const p = stderrPalette();
  for (const s of skipped.filter((s) => SCHEMA_FILE.test(s.file) && s.reason !== 'ignored' && s.reason !== 'generated')) {
    write(`${p.yellow('warning:')} skipped ${skippedLine(s)}\n`);
  }
}

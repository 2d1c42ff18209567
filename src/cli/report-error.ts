/**
 * An error as the exit-code contract says it: one line per problem on stderr (a policy's problems at their
 * file:line:column), a known error in one clear line, anything else one line asking for a bug report with its
 * stack only under --verbose. The one-shot run says it once and exits 2 (main.ts); a watch says it after each
 * run that failed and keeps watching (watch-loop.ts).
 */
import { PolicyError, PrivmapError } from '../errors.js';
import { showName } from '../output/display-name.js';
import { describeSystemError } from '../system-errors.js';
import { stderrPalette } from './io.js';

export const oneLine = (text: string) => showName(text.replace(/\s*\n\s*/g, ' ').trim());

export function writeError(error: unknown, verbose: boolean): void {
  const p = stderrPalette();
  if (error instanceof PolicyError) {
    for (const problem of error.problems) process.stderr.write(`${showName(problem.file)}:${problem.line}:${problem.col}: ${p.red('error')} ${oneLine(problem.message)}\n`);
  } else if (error instanceof PrivmapError) {
    process.stderr.write(`privmap: ${p.red('error')} ${oneLine(error.message)}\n`);
  } else {
    const known = describeSystemError(error);
    if (known) {
      process.stderr.write(`privmap: ${p.red('error')} ${oneLine(known)}\n`);
    } else {
      const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      process.stderr.write(`privmap: internal error: ${oneLine(message)} — please report it${verbose ? '' : ' (--verbose shows where)'}\n`);
    }
  }
  if (verbose && error instanceof Error && error.stack && !(error instanceof PrivmapError)) process.stderr.write(`${error.stack}\n`);
}

import { resolve } from 'node:path';
import { palette, useColor, type Palette } from '../output/color.js';
import { writeFileAtomic } from '../output/write-atomic.js';

/** `-o -` asks for stdout explicitly (useful where a command would otherwise write a file). */
export const isStdout = (output: string | undefined): boolean => output === undefined || output === '-';

/**
 * Writes to `--output` when given (atomically, creating folders, and saying so on stderr unless quiet), else
 * to stdout. A failed write is a UsageError naming the file (exit 2).
 */
export function emit(text: string, output: string | undefined, options: { quiet?: boolean | undefined; what?: string } = {}): void {
  if (isStdout(output)) {
    process.stdout.write(text);
    return;
  }
  writeFileAtomic(output!, text);
  if (!options.quiet) process.stderr.write(`wrote ${options.what ?? 'output'} to ${resolve(output!)}\n`);
}

/** Colour only for a terminal, and never in a file. */
export function stdoutPalette(output: string | undefined): Palette {
  return palette(isStdout(output) && useColor(process.stdout));
}

export function stderrPalette(): Palette {
  return palette(useColor(process.stderr));
}

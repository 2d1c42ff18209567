import { resolve } from 'node:path';
import { palette, useColor, type Palette } from '../output/color.js';
import { type TextSink, textOf } from '../output/text-sink.js';
import { writeFileAtomicWith } from '../output/write-atomic.js';

/** `-o -` asks for stdout explicitly (useful where a command would otherwise write a file). */
export const isStdout = (output: string | undefined): boolean => output === undefined || output === '-';

/**
 * Writes to `--output` when given (atomically, creating folders, and saying so on stderr unless quiet), else
 * to stdout. The output is a text, or a reporter writing to a sink: a report of tens of megabytes then goes to
 * the file as it is made, never as one string (issue 14). A failed write is a UsageError naming the file (exit 2).
 */
export function emit(output: string | Buffer | ((sink: TextSink) => void), file: string | undefined, options: { quiet?: boolean | undefined; what?: string } = {}): void {
  if (isStdout(file)) {
    process.stdout.write(typeof output === 'function' ? textOf(output) : output);
    return;
  }
  // A replayed output is bytes already: written as they are, not decoded and encoded again.
  const bytes = (sink: TextSink, data: Buffer) => (sink.writeBytes ? sink.writeBytes(data) : sink.write(data.toString('utf8')));
  writeFileAtomicWith(file!, typeof output === 'string' ? (sink) => sink.write(output) : Buffer.isBuffer(output) ? (sink) => bytes(sink, output) : output);
  if (!options.quiet) process.stderr.write(`wrote ${options.what ?? 'output'} to ${resolve(file!)}\n`);
}

/** Colour only for a terminal, and never in a file. */
export function stdoutPalette(output: string | undefined): Palette {
  return palette(isStdout(output) && useColor(process.stdout));
}

export function stderrPalette(): Palette {
  return palette(useColor(process.stderr));
}

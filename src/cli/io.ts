import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { palette, useColor, type Palette } from '../output/color.js';

/** Writes to `--output` when given (creating folders), else to stdout. */
export function emit(text: string, output: string | undefined): void {
  if (output) {
    const target = resolve(output);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  } else {
    process.stdout.write(text);
  }
}

/** Colour only for a terminal, and never in a file. */
export function stdoutPalette(output: string | undefined): Palette {
  return palette(!output && useColor(process.stdout));
}

export function stderrPalette(): Palette {
  return palette(useColor(process.stderr));
}

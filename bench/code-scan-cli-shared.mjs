// What the CLI benches share: the floor of a round (bare parse + walk of the corpus, in its own process) and the
// one-file edit they time (the middle .ts file of the listing; a copy replaces the hard link, restored after).
import { execFileSync } from 'node:child_process';
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** CPU seconds of the bare parse + walk of `dir`. */
export function floor(root, dir) {
  const out = execFileSync(process.execPath, [join(here, 'code-scan.worker.mjs'), 'parse', dir], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').pop()).cpuSeconds;
}

/** Edits the middle file of the listing the way the code-scan bench does; returns the restore. */
export function editOneFile(dir, round) {
  const files = execFileSync('find', [dir, '-name', '*.ts', '-not', '-name', '*.d.ts'], { encoding: 'utf8', maxBuffer: 64 << 20 }).trim().split('\n').sort();
  const path = files[Math.floor(files.length / 2)];
  const original = readFileSync(path, 'utf8');
  unlinkSync(path);
  writeFileSync(path, `${original}\n// bench edit ${round}\n`);
  return () => {
    unlinkSync(path);
    writeFileSync(path, original);
  };
}

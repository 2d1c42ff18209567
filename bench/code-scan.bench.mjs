// Issue 3's benchmark: lines per second for `privmap scan`'s code scanner and for a bare createSourceFile
// over the same files, their ratio, and peak RSS; each measured in its own process so heaps do not mix.
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './corpus.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');

function measure(mode, dir) {
  const out = execFileSync(process.execPath, ['--max-old-space-size=4096', join(here, 'code-scan.worker.mjs'), mode, dir], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').pop());
}

export default async function (log) {
  for (const target of [500_000, 1_000_000]) {
    const dir = join(root, '.bench', `corpus-${target / 1000}k`);
    const corpus = generateCorpus(dir, target);
    const parse = measure('parse', dir);
    const scan = measure('scan', dir);
    log(`corpus ${corpus.files} files, ${corpus.lines} lines`);
    log(`  bare createSourceFile: ${Math.round(parse.lines / parse.seconds).toLocaleString('en')} lines/s (${parse.seconds.toFixed(2)} s, peak RSS ${parse.rssMb} MB)`);
    log(`  privmap code scan:     ${Math.round(scan.lines / scan.seconds).toLocaleString('en')} lines/s (${scan.seconds.toFixed(2)} s, peak RSS ${scan.rssMb} MB, ${scan.findings} findings)`);
    log(`  scan / parse time ratio: ${(scan.seconds / parse.seconds).toFixed(2)} (target <= 1.5)`);
  }
}

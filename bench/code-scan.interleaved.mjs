// The per-file pass of two builds of privmap in one process, interleaved by chunks of files, CPU time summed per build:
// on a shared machine whose load drifts from minute to minute, two runs minutes apart differ by 20-30 %, while chunks a
// few hundred milliseconds apart see the same load. Each pass prints both sums and their ratio (B / A); the first pass
// also pays the JIT and the detector's memos (first sight of each name), the later ones show the warm per-file cost.
//   node bench/code-scan.interleaved.mjs <checkout A, built> <checkout B, built> <folder> [passes=3] [files per chunk=50]
import { resolve } from 'node:path';

const [dirA, dirB, root, passes = '3', chunk = '50'] = process.argv.slice(2);
if (!dirA || !dirB || !root) throw new Error('usage: code-scan.interleaved.mjs <checkout A> <checkout B> <folder> [passes] [chunk]');

async function load(dir) {
  const at = (path) => import(resolve(dir, 'dist', path));
  const { discoverFiles, CODE_EXTENSIONS } = await at('scan/discover.js');
  const { scanFileList } = await at('scan/code/scan-files.js');
  const { createDetector } = await at('detect/index.js');
  const { loadSinkCatalogue } = await at('flows/catalogue.js');
  return { discoverFiles, CODE_EXTENSIONS, scanFileList, engine: { detector: createDetector(), sinks: loadSinkCatalogue([]) } };
}

const arms = { A: await load(dirA), B: await load(dirB) };
const { files } = await arms.A.discoverFiles(root, { extensions: arms.A.CODE_EXTENSIONS, checkContent: false });
const list = files.map((path) => ({ path }));
const cpu = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1e6;
};
const size = Number(chunk);
for (let pass = 0; pass < Number(passes); pass++) {
  const seconds = { A: 0, B: 0 };
  for (let i = 0, k = 0; i < list.length; i += size, k++) {
    const part = list.slice(i, i + size);
    // Which build goes first alternates by chunk, so neither always meets the other's garbage.
    for (const name of k % 2 ? ['A', 'B'] : ['B', 'A']) {
      const started = cpu();
      arms[name].scanFileList(root, part, { engine: arms[name].engine, onFile() {} });
      seconds[name] += cpu() - started;
    }
  }
  console.log(JSON.stringify({ pass, files: list.length, A: +seconds.A.toFixed(2), B: +seconds.B.toFixed(2), ratio: +(seconds.B / seconds.A).toFixed(3) }));
}

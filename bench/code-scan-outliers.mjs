// The files whose scan costs most beyond their parse: each file of a folder scanned alone (read, parse, walk,
// detector, flow facts) and parsed alone (createSourceFile and a visit of every node, as the floor does), CPU
// time of each, warm (the folder is scanned once before it is timed), the least of two timed passes (a garbage
// collection landing in one file's scan would make any small file an outlier). Prints the files with the largest excess:
// a file far above the corpus's ratio is work that grows faster than the file (a fan-out, a quadratic reading).
//   node bench/code-scan-outliers.mjs <folder> [top=25]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const [dir, top = '25'] = process.argv.slice(2);
const { discoverFiles, CODE_EXTENSIONS } = await import('../dist/scan/discover.js');
const { scanFileList } = await import('../dist/scan/code/scan-files.js');
const { scriptKindFor } = await import('../dist/scan/code/index.js');
const { createDetector } = await import('../dist/detect/index.js');
const { loadSinkCatalogue } = await import('../dist/flows/catalogue.js');
const engine = { detector: createDetector(), sinks: loadSinkCatalogue([]) };
const { files } = await discoverFiles(dir, { extensions: CODE_EXTENSIONS, checkContent: false });
const cpu = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1e3;
};
const walkAll = (node) => ts.forEachChild(node, walkAll);
const rows = files.map((path) => ({ path, scan: Infinity, parse: Infinity }));
for (let pass = 0; pass < 3; pass++) {
  for (const [i, path] of files.entries()) {
    let t = cpu();
    scanFileList(dir, [{ path }], { engine });
    const scan = cpu() - t;
    t = cpu();
    walkAll(ts.createSourceFile(path, readFileSync(join(dir, path), 'utf8'), ts.ScriptTarget.Latest, false, scriptKindFor(path)));
    const parse = cpu() - t;
    if (pass > 0) (rows[i].scan = Math.min(rows[i].scan, scan)), (rows[i].parse = Math.min(rows[i].parse, parse));
  }
}
const sum = (key) => rows.reduce((n, r) => n + r[key], 0);
const ratio = sum('scan') / sum('parse');
console.log(JSON.stringify({ files: rows.length, scanMs: Math.round(sum('scan')), parseMs: Math.round(sum('parse')), ratio: +ratio.toFixed(2) }));
rows.sort((a, b) => b.scan - ratio * b.parse - (a.scan - ratio * a.parse));
for (const r of rows.slice(0, Number(top))) console.log(`${r.scan.toFixed(1).padStart(8)} ms scan ${r.parse.toFixed(1).padStart(7)} ms parse  ${r.path}`);

// One measurement in a fresh process: `parse` reads and parses every file; `scan` runs the code scanner.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const [mode, dir] = process.argv.slice(2);
const { discoverFiles, CODE_EXTENSIONS } = await import('../dist/scan/discover.js');
const started = process.hrtime.bigint();
let lines = 0;
let findings = 0;
if (mode === 'parse') {
  const { files } = await discoverFiles(dir, { extensions: CODE_EXTENSIONS });
  for (const file of files) {
    const text = readFileSync(join(dir, file), 'utf8');
    const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
    lines += sourceFile.getLineStarts().length;
  }
} else {
  const { scanCode } = await import('../dist/scan/code/index.js');
  const { createDetector } = await import('../dist/detect/index.js');
  const { loadSinkCatalogue } = await import('../dist/flows/catalogue.js');
  const result = await scanCode(dir, { engine: { detector: createDetector(), sinks: loadSinkCatalogue([]) } });
  lines = result.stats.lines;
  findings = result.findings.length;
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
console.log(JSON.stringify({ lines, findings, seconds, rssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));

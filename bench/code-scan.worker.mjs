// One measurement in a fresh process, so heaps do not mix: `parse` lists the files, reads and parses each
// one with a bare createSourceFile and visits every node of its tree (forEachChild): the floor issue 14 names,
// a bare parse and walk of the same files. `scan` runs the code scanner (discovery, read, parse, walk, detect).
// Prints one JSON line: lines, findings, seconds (wall clock), CPU seconds (all threads: GC included), peak
// RSS. `split` times the stages of scanSourceFile separately (parse as the scanner does it, declarations
// walk, detector, flows) on warm code, to show where the time goes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

// `cold` and `warm` scan with the per-file cache in the folder given third (`cold` expects it empty).
const [mode, dir, cacheDir] = process.argv.slice(2);
const { discoverFiles, CODE_EXTENSIONS } = await import('../dist/scan/discover.js');
const { PARSE_OPTIONS, scanCode, scriptKindFor } = await import('../dist/scan/code/index.js');
const { createDetector } = await import('../dist/detect/index.js');
const { loadSinkCatalogue } = await import('../dist/flows/catalogue.js');
// Built before the clock starts: the CLI builds it once per process from the policy.
const scanning = mode === 'scan' || mode === 'cold' || mode === 'warm';
const engine = scanning ? { detector: createDetector(), sinks: loadSinkCatalogue([]) } : undefined;
let cache;
if (cacheDir) {
  const { openDiskCache, scanFingerprint } = await import('../dist/cache/index.js');
  // The fingerprint of the default policy's detection section, as the CLI would compute it.
  cache = { store: openDiskCache(cacheDir), fingerprint: scanFingerprint({ detection: { rules: [], sinks: [] }, categories: ['name', 'address', 'phone', 'email'] }) };
}

if (mode === 'split') {
  const { DeclarationCollector } = await import('../dist/scan/code/declarations.js');
  const { indexFile } = await import('../dist/scan/code/file-index.js');
  const { FlowExtractor, mayHoldFlows } = await import('../dist/scan/code/flows.js');
  const { FileAnnotations } = await import('../dist/scan/code/jsdoc.js');
  const { FileWalk } = await import('../dist/scan/code/walk.js');
  const { compileCatalogue } = await import('../dist/flows/call-patterns.js');
  const detector = createDetector();
  const context = { detector, sinks: loadSinkCatalogue([]), file: '' };
  const { files } = await discoverFiles(dir, { extensions: CODE_EXTENSIONS, checkContent: false });
  const texts = files.map((file) => readFileSync(join(dir, file), 'utf8'));
  // walk: the one traversal with both collectors; detector: the declared fields classified; flows: the calls
  // the walk kept, resolved to sinks and module facts after it.
  const ms = { parse: 0, walk: 0, detector: 0, flows: 0 };
  // The second round is measured: the first warms the JIT and the detector's caches, as a long scan does.
  for (let round = 0; round < 2; round++) {
    for (const key of Object.keys(ms)) ms[key] = 0;
    files.forEach((file, i) => {
      let t = performance.now();
      const sourceFile = ts.createSourceFile(file, texts[i], PARSE_OPTIONS, false, scriptKindFor(file));
      let now = performance.now();
      ms.parse += now - t;
      t = now;
      const notes = new FileAnnotations(sourceFile);
      const declarations = new DeclarationCollector(sourceFile, indexFile(sourceFile), notes);
      const compiled = compileCatalogue(context.sinks);
      const flows = mayHoldFlows(sourceFile, compiled) ? new FlowExtractor(sourceFile, { ...context, file }, compiled, notes) : undefined;
      new FileWalk(declarations, flows).walk(sourceFile);
      now = performance.now();
      ms.walk += now - t;
      t = now;
      const declared = declarations.fields;
      const siblings = new Map();
      for (const field of declared) siblings.set(field.container, [...(siblings.get(field.container) ?? []), field.name]);
      for (const field of declared) detector.classifyField({ name: field.name, container: field.container, siblings: siblings.get(field.container), hints: field.hints, ...(field.type ? { type: field.type } : {}) });
      now = performance.now();
      ms.detector += now - t;
      t = now;
      flows?.finish();
      ms.flows += performance.now() - t;
    });
  }
  console.log(JSON.stringify(Object.fromEntries(Object.entries(ms).map(([k, v]) => [k, Math.round(v)]))));
  process.exit(0);
}

// The floor's walk: every node of the tree visited once, as any scanner that reads the whole file must.
let nodes = 0;
function walkAll(node) {
  nodes++;
  ts.forEachChild(node, walkAll);
}

const started = process.hrtime.bigint();
const cpuStart = process.cpuUsage();
let lines = 0;
let findings = 0;
let skipped = 0;
if (mode === 'parse') {
  const { files } = await discoverFiles(dir, { extensions: CODE_EXTENSIONS, checkContent: false });
  for (const file of files) {
    const text = readFileSync(join(dir, file), 'utf8');
    const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, scriptKindFor(file));
    lines += sourceFile.getLineStarts().length;
    walkAll(sourceFile);
  }
} else {
  // PRIVMAP_BENCH_WORKERS: the worker-thread pool with that many threads (0: the main thread only).
  const workers = Number(process.env.PRIVMAP_BENCH_WORKERS ?? 0);
  const detection = { detection: { rules: [], sinks: [] }, categories: ['name', 'address', 'phone', 'email'] };
  const result = await scanCode(dir, { engine, workers, detection, ...(cache ? { cache } : {}) });
  lines = result.stats.lines;
  findings = result.findings.length;
  skipped = result.skipped.length;
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const cpu = process.cpuUsage(cpuStart);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
console.log(JSON.stringify({ lines, ...(mode === 'parse' ? { nodes } : {}), findings, skipped, seconds, cpuSeconds, rssMb: Math.round(process.resourceUsage().maxRSS / 1024), ...(cache ? { cache: cache.store.stats } : {}) }));

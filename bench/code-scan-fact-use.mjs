// What the cold scan makes that nothing reads: measured before building anything lazy (README, Performance).
//   node bench/code-scan-fact-use.mjs <folder> [<folder> ...]
// Per folder, one process, no cache:
// - `nothing`: files whose scan holds no finding, no flow and no module facts (what a text test before the parse would
//   have to prove), and their share of the per-file pass's CPU time (each file scanned alone, after a warm-up).
// - `calls`: the call facts by what the link stage finds they reach: nothing, their callee unresolved (`unresolved`) or
//   resolved (`no-entries`); only calls privmap cannot follow (`opaque-only`); a real or inferred recipient
//   (`real-sink`); or they are sink calls; with the files holding them. Of a call that reaches nothing, only the
//   parameters its arguments carry are read (`carriesParams`, and the enclosing function's parameter names made in the
//   per-file pass); `filesReadBeyondParams`: the files holding any other call. `testCode`: the files and calls of test,
//   seed and mock code (rules/test-code.yml), whose calls are never judged: since session 21 their argument facts hold
//   only what the summaries read, and `cpuShare` is their share of the per-file pass.
// Reads two private members of the link stage (`reached`, `callTarget`): a measurement, not an interface.
import { resolve } from 'node:path';

const dist = (path) => import(resolve(import.meta.dirname, '..', 'dist', path));
const { discoverFiles, CODE_EXTENSIONS } = await dist('scan/discover.js');
const { scanFileList } = await dist('scan/code/scan-files.js');
const { createResolver } = await dist('flows/resolve-modules.js');
const { ProjectLinks } = await dist('flows/link.js');
const { OPAQUE } = await dist('flows/named-recipient.js');
const { createDetector } = await dist('detect/index.js');
const { loadSinkCatalogue } = await dist('flows/catalogue.js');
const { isTestCode } = await dist('flows/test-code.js');

const engine = { detector: createDetector(), sinks: loadSinkCatalogue([]) };
const cpu = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1e6;
};

// What the link stage makes of a call: its callee's entries as `reached` gives them (a recipient named by an
// unresolved callee's name included), or nothing.
function callKind(links, file, call) {
  if (call.sinkId) return 'sink';
  const entries = links.reached(file, call)?.entries ?? [];
  if (entries.length === 0) return links.callTarget(file, call) ? 'no-entries' : 'unresolved';
  return entries.some((e) => e.sinkId !== OPAQUE) ? 'real-sink' : 'opaque-only';
}

for (const root of process.argv.slice(2)) {
  const { files } = await discoverFiles(root, { extensions: CODE_EXTENSIONS, checkContent: false });
  // The first files warm the JIT and the detector's memos, as a long scan's later files find them.
  scanFileList(root, files.slice(0, 300).map((path) => ({ path })), { engine });
  const nothing = { files: 0, cpu: 0 };
  const testCode = { files: 0, calls: 0, cpu: 0 };
  let total = 0;
  const scanned = [];
  for (const path of files) {
    const started = cpu();
    const one = scanFileList(root, [{ path }], { engine });
    const spent = cpu() - started;
    total += spent;
    if (isTestCode(path)) (testCode.files++, (testCode.cpu += spent));
    const scan = one.scanned[0]?.scan;
    if (!scan) continue;
    scanned.push(one.scanned[0]);
    if (!scan.module && scan.fields.length === 0 && scan.flows.length === 0) (nothing.files++, (nothing.cpu += spent));
  }
  const modules = new Map(scanned.filter((s) => s.scan.module).map((s) => [s.file, s.scan.module]));
  const links = new ProjectLinks(new Map(modules), engine.sinks, createResolver(root, scanned.map((s) => s.file)));
  links.allFlows();
  const calls = {};
  let count = 0;
  // Files with a call whose arguments the link stage reads beyond their parameters: what lazy facts would parse again.
  const readFiles = new Set();
  for (const [file, facts] of modules) {
    for (const call of facts.calls) {
      const kind = callKind(links, file, call);
      const entry = (calls[kind] ??= { calls: 0, files: new Set() });
      entry.calls++;
      entry.files.add(file);
      if (kind !== 'unresolved' && kind !== 'no-entries') readFiles.add(file);
      if (isTestCode(file)) testCode.calls++;
      count++;
    }
  }
  const share = (n, of) => +(n / of).toFixed(3);
  const byKind = Object.fromEntries(Object.entries(calls).sort((a, b) => b[1].calls - a[1].calls).map(([k, v]) => [k, { calls: v.calls, share: share(v.calls, count), files: v.files.size }]));
  console.log(JSON.stringify({ root, files: scanned.length, filesWithFacts: modules.size, nothing: { files: nothing.files, share: share(nothing.files, scanned.length), cpuShare: share(nothing.cpu, total) }, calls: count, testCode: { files: testCode.files, calls: testCode.calls, cpuShare: share(testCode.cpu, total) }, filesReadBeyondParams: readFiles.size, byKind }));
}

// Flows through real apps' own wrappers, scored against hand labels (bench/flows-labels.json): recall and
// precision with a neutral policy (declares nothing, no detection.sinks), held-out repositories first.
//   npm run bench -- flows --repo /path/to/dub --repo /path/to/documenso
// A repository is matched to its labels by the repository name in the path (the directory named exactly so, else one containing it). A label matches a flow of the
// scanner in the same file within 3 lines that carries the label's categories, each flow at most one label. Precision counts the scanner's
// non-log flows in the labelled files (the scope each label set states), so it is bounded to that scope.
// Log flows are scored apart, after those rows, over the repositories whose labels have `logFlows` (a logging
// call whose message or payload carries a person's name, email, phone or postal address): recall against those
// labels, precision over the log flows privmap reports in the files read for them (labelled files + `logCleanFiles`);
// a label at a call of the app's own logging helper is found by privmap's flow there (flows-log-scoring.mjs).
// Misses and extras are listed for training repositories only: reading a held-out repository's misses makes
// it training. `--held-out-misses <owner/name>` lists one held-out repository's misses anyway, for a repository
// about to move to training; it names the repository so that no other held-out set is opened by accident.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { matchLabels, near, scoreLogFlows } from './flows-log-scoring.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const { createEngine } = await import(join(here, '..', 'dist', 'engine.js'));
const { loadPolicy } = await import(join(here, '..', 'dist', 'policy', 'index.js'));
const { scanCode } = await import(join(here, '..', 'dist', 'scan', 'code', 'index.js'));

const NEUTRAL = 'version: 1\ncontroller:\n  name: Neutral\n  contact: [privacy@example.com]\npurposes: {}\nrecipients: {}\n';

// The held-out repositories whose misses are listed: each named after `--held-out-misses`, never all at once.
function heldOutMissesAsked() {
  const names = new Set();
  const argv = process.argv;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] !== '--held-out-misses') continue;
    if (!argv[i + 1] || argv[i + 1].startsWith('--')) return undefined;
    names.add(argv[++i]);
  }
  return names;
}

function repoPaths() {
  const paths = [];
  const argv = process.argv;
  for (let i = 0; i < argv.length; i++) if (argv[i] === '--repo' && argv[i + 1]) paths.push(argv[++i]);
  return paths;
}

export default async function (log) {
  const labels = JSON.parse(readFileSync(join(here, 'flows-labels.json'), 'utf8'));
  const paths = repoPaths();
  const openHeldOut = heldOutMissesAsked();
  if (!openHeldOut) return log('--held-out-misses needs the repository it opens (owner/name as in bench/flows-labels.json)');
  if (paths.length === 0) return log('no --repo given: pass snapshot worktrees of the labelled repositories (bench/flows-labels.json)');
  const policyDir = mkdtempSync(join(tmpdir(), 'privmap-flows-'));
  writeFileSync(join(policyDir, 'privacy.yml'), NEUTRAL);
  const engine = createEngine(loadPolicy(join(policyDir, 'privacy.yml')));
  const repos = [...labels.repos].sort((a, b) => Number(b.heldOut) - Number(a.heldOut));
  const totals = { true: { tp: 0, labels: 0, found: 0, correct: 0 }, false: { tp: 0, labels: 0, found: 0, correct: 0 } };
  const logTotals = { true: { tp: 0, labels: 0, found: 0, correct: 0 }, false: { tp: 0, labels: 0, found: 0, correct: 0 } };
  const logRows = [];
  const incomplete = [];
  for (const repo of repos) {
    const short = repo.name.split('/')[1].toLowerCase();
    // An exact directory name, else `<owner>-<name>` (corona-school/backend's checkout): never a part of a name, so
    // `cap` does not take `bigcapital`'s checkout nor `backend` `smart-city-booking-backend`'s.
    const ownerName = repo.name.replace('/', '-').toLowerCase();
    const path = paths.find((p) => basename(p).toLowerCase() === short) ?? paths.find((p) => basename(p).toLowerCase() === ownerName);
    if (!path) {
      log(`${repo.name}: no --repo path given, skipped`);
      continue;
    }
    // A checkout that lacks a labelled file (an archive cut short by a blob the snapshot does not hold) would score
    // every label there as missed: the set is left out of the totals and named, so the figure is not silently low.
    const absent = labelledFiles(repo).filter((file) => !existsSync(join(path, file)));
    if (absent.length) {
      log(`${repo.name}: checkout incomplete (${absent.length} labelled files absent from ${path}, e.g. ${absent[0]}), skipped`);
      incomplete.push(repo.name);
      continue;
    }
    const started = Date.now();
    const result = await scanCode(path, { engine });
    const flows = result.findings.filter((f) => f.kind === 'flow' && f.sinkKind !== 'logs');
    if (repo.logFlows) logRows.push({ repo, logs: result.findings.filter((f) => f.kind === 'flow' && f.sinkKind === 'logs') });
    const labelled = repo.flows.map(at);
    // Files read in full while labelling: every flow found there is judged, labelled or not.
    const files = new Set([...labelled.map((l) => l.file), ...(repo.cleanFiles ?? [])]);
    const missed = unmatched(labelled, flows);
    // A call handing on its function's own parameter is labelled at its callers; a flow there is not wrong either.
    const handedOn = (repo.passThrough ?? []).map((p) => at({ at: p }));
    // A label set scoped to the calls of some functions (`scopeCallees: [sendEmail]`) judges only flows at those calls.
    const callees = repo.scopeCallees ? new Set(repo.scopeCallees) : undefined;
    const inScope = flows.filter((f) => files.has(f.location.file) && !handedOn.some((h) => near(f, h)) && (!callees || callees.has(f.sink)));
    const wrong = inScope.filter((f) => !labelled.some((l) => near(f, l)));
    addUp(totals[repo.heldOut], labelled, missed, inScope, wrong);
    log(`${repo.heldOut ? 'HELD-OUT' : 'training'} ${repo.name}: recall ${((labelled.length - missed.length) / labelled.length).toFixed(2)} (${labelled.length - missed.length}/${labelled.length}), precision ${inScope.length ? ((inScope.length - wrong.length) / inScope.length).toFixed(2) : 'n/a'} (${inScope.length - wrong.length}/${inScope.length}), ${flows.length} non-log flows in all, ${((Date.now() - started) / 1000).toFixed(1)} s`);
    if (repo.heldOut && !openHeldOut.has(repo.name)) continue;
    for (const m of missed) log(`  missed ${m.file}:${m.line} ${m.categories.join(',')}`);
    for (const w of wrong) log(`  extra  ${w.location.file}:${w.location.line} ${w.sinkId} ${w.categories.join(',')}`);
  }
  if (incomplete.length) log(`left out of the totals, checkout incomplete: ${incomplete.join(', ')}`);
  for (const heldOut of [true, false]) {
    const t = totals[heldOut];
    if (t.labels) log(`${heldOut ? 'held-out' : 'training'} total: recall ${(t.tp / t.labels).toFixed(2)} (${t.tp}/${t.labels}), precision ${t.found ? (t.correct / t.found).toFixed(2) : 'n/a'} (${t.correct}/${t.found})`);
  }
  scoreLogs(log, logRows, logTotals, openHeldOut);
}

// Every file a set's labels name: its flows, log flows and the files read in full for either.
function labelledFiles(repo) {
  const files = [...repo.flows, ...(repo.logFlows ?? [])].map((label) => at(label).file);
  return [...new Set([...files, ...(repo.cleanFiles ?? []), ...(repo.logCleanFiles ?? [])])];
}

// One repository's labels and judged flows added to its split's totals (returned for more counts).
function addUp(t, labelled, missed, inScope, wrong) {
  t.labels += labelled.length;
  t.tp += labelled.length - missed.length;
  t.found += inScope.length;
  t.correct += inScope.length - wrong.length;
  return t;
}

// A label's `at` ("file:line") as a file and a line; a label without a line could never match, so it stops the bench.
function at(label) {
  const match = /^(.+):(\d+)$/.exec(label.at);
  if (!match) throw new Error(`bench/flows-labels.json: label "${label.at}" is not file:line`);
  return { file: match[1], line: Number(match[2]), categories: label.categories };
}

// The labels no flow stands for (flows-log-scoring.mjs's matching, shared with the log rows).
function unmatched(labelled, flows) {
  return matchLabels(labelled, flows).missed;
}

// Log flows, scored apart from the rows above (which leave logs out): only repositories with `logFlows`, precision over
// the log flows reported at logging calls in the files read for them, the labelled ones and `logCleanFiles`, plus the
// flows at calls of the app's own logging helpers that stand for a label. Any other flow reported at a call of the
// project's own function that logs its argument (`ownerRepository.save(owner)`, the chain in `via`) is where the data
// enters that chain: counted apart, neither required nor wrong (flows-log-scoring.mjs).
function scoreLogs(log, rows, totals, openHeldOut) {
  if (rows.length === 0) return;
  log('log flows (repositories with logFlows labels; precision over the labelled files and logCleanFiles):');
  for (const { repo, logs } of rows.sort((a, b) => Number(b.repo.heldOut) - Number(a.repo.heldOut))) {
    const labelled = repo.logFlows.map(at);
    const files = new Set([...labelled.map((l) => l.file), ...(repo.logCleanFiles ?? [])]);
    const { missed, inScope, wrong, callers, callersForLabels } = scoreLogFlows(labelled, files, logs);
    const t = addUp(totals[repo.heldOut], labelled, missed, inScope, wrong);
    log(`${repo.heldOut ? 'HELD-OUT' : 'training'} ${repo.name} logs: recall ${labelled.length ? ((labelled.length - missed.length) / labelled.length).toFixed(2) : 'n/a'} (${labelled.length - missed.length}/${labelled.length}, ${callersForLabels.length} at calls of a logging helper), precision ${inScope.length ? ((inScope.length - wrong.length) / inScope.length).toFixed(2) : 'n/a'} (${inScope.length - wrong.length}/${inScope.length}), ${callers.length} more at calls handing data to a logging function (not judged), ${logs.length} log flows in all`);
    t.callers = (t.callers ?? 0) + callers.length;
    t.atHelpers = (t.atHelpers ?? 0) + callersForLabels.length;
    if (repo.heldOut && !openHeldOut.has(repo.name)) continue;
    for (const m of missed) log(`  missed ${m.file}:${m.line} ${m.categories.join(',')}`);
    for (const w of wrong) log(`  extra  ${w.location.file}:${w.location.line} ${w.sink} (${w.sinkId}) ${w.categories.join(',')}`);
    for (const c of callers) log(`  caller ${c.location.file}:${c.location.line} ${c.sink} via ${(c.via ?? []).join(' → ')} ${c.categories.join(',')}`);
  }
  for (const heldOut of [true, false]) {
    const t = totals[heldOut];
    const h = t.atHelpers ?? 0;
    if (t.labels) log(`${heldOut ? 'held-out' : 'training'} log total: recall ${(t.tp / t.labels).toFixed(2)} (${t.tp}/${t.labels}), precision ${t.found ? (t.correct / t.found).toFixed(2) : 'n/a'} (${t.correct}/${t.found}), ${t.callers ?? 0} flows at calls handing data to a logging function not judged; ${h} labels found at calls of a logging helper (logging calls only: recall ${((t.tp - h) / t.labels).toFixed(2)} (${t.tp - h}/${t.labels}), precision ${t.found - h ? ((t.correct - h) / (t.found - h)).toFixed(2) : 'n/a'} (${t.correct - h}/${t.found - h}))`);
  }
}

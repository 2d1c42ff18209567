// The detector's quality on labelled real code bases, shared by `npm run bench -- quality` (built dist/) and
// test/detect/precision-recall.test.ts (src/ through vitest). Pure JavaScript with the scanner passed in, so
// both callers score the very same way: schema fields go to `detector.classifyField` with their container,
// siblings and hints; code members are assembled into one TypeScript file per container and go through the
// real code scanner (`scanSourceFile`), so what counts is what a user's scan would report on those lines.
// The data format is described in fixtures/detect/labelled/README.md.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';

export const CATEGORIES = ['address', 'email', 'name', 'phone'];
export const SPLITS = ['holdout', 'train'];
const LABEL = /^(-|(address|email|name|phone)(\+(address|email|name|phone))*)$/;

/** Every labelled code base: one file per code base under fixtures/detect/labelled/, then the legacy list. */
export function loadCodebases(root) {
  const dir = join(root, 'fixtures', 'detect', 'labelled');
  const codebases = readdirSync(dir)
    .filter((f) => f.endsWith('.yml'))
    .sort()
    .map((f) => validate(parse(readFileSync(join(dir, f), 'utf8')), `fixtures/detect/labelled/${f}`));
  return [...codebases, ...legacyCodebases(root)];
}

/**
 * fixtures/detect/labelled-fields.yml, written with the first rules: every group is training data now (its
 * `holdout: true` groups were read while rules were tuned), one code base per `source`.
 */
export function legacyCodebases(root) {
  const groups = parse(readFileSync(join(root, 'fixtures', 'detect', 'labelled-fields.yml'), 'utf8'));
  const bySource = new Map();
  for (const group of groups) {
    const list = bySource.get(group.source) ?? [];
    list.push({ container: group.container, lang: group.lang, ...(group.org ? { org: true } : {}), fields: group.fields });
    bySource.set(group.source, list);
  }
  return [...bySource].map(([source, list]) =>
    validate({ codebase: `legacy:${source}`, repository: source, language: list[0].lang, kind: 'schema', split: 'train', groups: list }, 'fixtures/detect/labelled-fields.yml'),
  );
}

function validate(codebase, file) {
  const fail = (what) => {
    throw new Error(`${file}: ${what}`);
  };
  for (const key of ['codebase', 'repository', 'language', 'kind', 'split', 'groups']) if (codebase?.[key] === undefined) fail(`missing "${key}"`);
  if (!SPLITS.includes(codebase.split)) fail(`split must be holdout or train, not ${codebase.split}`);
  for (const group of codebase.groups) {
    const kind = group.kind ?? codebase.kind;
    if (kind !== 'schema' && kind !== 'code') fail(`${group.container}: kind must be schema or code`);
    for (const field of group.fields) {
      const label = kind === 'code' ? field[1] : field[2];
      if (typeof label !== 'string' || !LABEL.test(label)) fail(`${group.container}: bad label ${JSON.stringify(label)} in ${JSON.stringify(field)}`);
      if (kind === 'code' && (typeof field[0] !== 'string' || field[0].includes('\n'))) fail(`${group.container}: a code member is one line of text`);
    }
  }
  return { ...codebase, file: file.startsWith('fixtures/detect/labelled/') ? file : basename(file) };
}

/** `export class X {` closes with `}`, `export const s = z.object({` with `})`: unmatched brackets, reversed. */
export function closingFor(open) {
  const stack = [];
  const pairs = { '{': '}', '(': ')', '[': ']', '<': '>' };
  for (const ch of open.replace(/(['"`])(?:\\.|(?!\1).)*\1/g, '')) {
    if (ch in pairs && ch !== '<') stack.push(pairs[ch]);
    else if (ch === '}' || ch === ')' || ch === ']') stack.pop();
  }
  return stack.reverse().join('');
}

/** The TypeScript text the code scanner sees for one labelled container; member i is on line `first + i`. */
export function assemble(group) {
  const open = group.open ?? `export interface ${group.container} {`;
  const prelude = group.prelude ?? [];
  const lines = [...prelude, open, ...group.fields.map((f) => `  ${f[0]}`), group.close ?? closingFor(open)];
  return { text: `${lines.join('\n')}\n`, first: prelude.length + open.split('\n').length };
}

const expectedOf = (label) => (label === '-' ? [] : label.split('+'));

/**
 * One outcome per labelled field: what was expected and what the detector or scanner reported.
 * deps: { detector, scanSourceFile, ts, parseOptions, sinks }.
 */
export function evaluate(deps, codebases) {
  const outcomes = [];
  for (const codebase of codebases) {
    for (const group of codebase.groups) {
      const kind = group.kind ?? codebase.kind;
      const base = { codebase: codebase.codebase, split: codebase.split, lang: group.lang ?? codebase.language, kind, container: group.container };
      if (kind === 'code') outcomes.push(...scoreCode(deps, codebase, group, base));
      else outcomes.push(...scoreSchema(deps, group, base));
    }
  }
  return outcomes;
}

function scoreSchema({ detector }, group, base) {
  const siblings = group.fields.map((f) => String(f[0]));
  return group.fields.map(([name, type, label, hints]) => {
    const facts = { name: String(name), container: [group.container], type: String(type), siblings };
    if (hints) facts.hints = String(hints).split('+');
    const got = detector.classifyField(facts).matches.map((m) => m.category);
    return { ...base, field: String(name), type: String(type), expected: expectedOf(label), got: [...new Set(got)] };
  });
}

function scoreCode({ detector, scanSourceFile, ts, parseOptions, sinks }, codebase, group, base) {
  const { text, first } = assemble(group);
  const file = `${codebase.codebase}/${group.container}.ts`;
  const sourceFile = ts.createSourceFile(file, text, parseOptions, false, ts.ScriptKind.TS);
  const diagnostics = sourceFile.parseDiagnostics ?? [];
  if (diagnostics.length > 0) {
    const d = diagnostics[0];
    const { line } = sourceFile.getLineAndCharacterOfPosition(d.start ?? 0);
    throw new Error(`${codebase.file}: ${group.container} does not parse (line ${line + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}):\n${text}`);
  }
  const byLine = new Map();
  for (const finding of scanSourceFile(sourceFile, { detector, sinks, file }).fields) {
    const list = byLine.get(finding.location.line) ?? [];
    list.push(finding.category);
    byLine.set(finding.location.line, list);
  }
  return group.fields.map(([member, label], i) => ({
    ...base,
    field: member,
    type: 'code',
    expected: expectedOf(label),
    got: [...new Set(byLine.get(first + i + 1) ?? [])],
  }));
}

/** tp/fp/fn per category over some outcomes, with the misses listed. */
export function tally(outcomes) {
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
  const errors = [];
  for (const o of outcomes) {
    for (const c of CATEGORIES) {
      const e = o.expected.includes(c);
      const a = o.got.includes(c);
      if (e && a) counts[c].tp++;
      else if (a) (counts[c].fp++, errors.push(`false positive ${c}: ${o.codebase} ${o.container} | ${o.field} (${o.type})`));
      else if (e) (counts[c].fn++, errors.push(`missed ${c}: ${o.codebase} ${o.container} | ${o.field} (${o.type})`));
    }
  }
  const byCategory = Object.fromEntries(Object.entries(counts).map(([c, s]) => [c, withRates(s)]));
  const all = withRates(Object.values(counts).reduce((a, s) => ({ tp: a.tp + s.tp, fp: a.fp + s.fp, fn: a.fn + s.fn }), { tp: 0, fp: 0, fn: 0 }));
  return { fields: outcomes.length, byCategory, all, errors };
}

function withRates(s) {
  const precision = s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp);
  const recall = s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn);
  const f1 = 2 * s.tp + s.fp + s.fn === 0 ? 1 : (2 * s.tp) / (2 * s.tp + s.fp + s.fn);
  return { ...s, precision, recall, f1 };
}

/**
 * The leave-one-code-base-out view for a fixed rule set: each code base scored on its own, and the spread of
 * their F1 (all categories pooled). Rules are not re-fitted per fold (they are hand-written), so this is the
 * spread over unseen code bases a new user would meet, next to the pooled (micro) figures.
 */
export function perCodebase(outcomes) {
  const byCodebase = groupBy(outcomes, (o) => o.codebase);
  const rows = [...byCodebase].map(([codebase, list]) => ({ codebase, fields: list.length, ...tally(list).all }));
  const scored = rows.filter((r) => r.tp + r.fp + r.fn > 0).map((r) => r.f1).sort((a, b) => a - b);
  const median = scored.length === 0 ? 1 : scored.length % 2 ? scored[(scored.length - 1) / 2] : (scored[scored.length / 2 - 1] + scored[scored.length / 2]) / 2;
  return { rows: rows.sort((a, b) => a.f1 - b.f1 || (a.codebase < b.codebase ? -1 : 1)), min: scored[0] ?? 1, median, codebases: rows.length };
}

export function groupBy(list, key) {
  const map = new Map();
  for (const item of list) {
    const k = key(item);
    const bucket = map.get(k) ?? [];
    bucket.push(item);
    map.set(k, bucket);
  }
  return new Map([...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

const f3 = (n) => n.toFixed(3);

/** The tables `npm run bench -- quality` prints, held-out first; every line is plain text. `only` keeps one
 * split (`--split train` lets a rule writer list training misses without ever seeing a held-out one). */
export function report(outcomes, { misses = false, only } = {}) {
  const lines = [];
  for (const split of SPLITS.filter((s) => only === undefined || s === only)) {
    const part = outcomes.filter((o) => o.split === split);
    if (part.length === 0) continue;
    const codebases = new Set(part.map((o) => o.codebase)).size;
    const title = split === 'holdout' ? 'HELD-OUT (no rule written from these code bases)' : 'TRAINING (rules were written from these)';
    lines.push(`### ${title}: ${part.length} fields, ${codebases} code bases`);
    lines.push(...categoryTable('all', tally(part)));
    for (const [kind, list] of groupBy(part, (o) => o.kind)) lines.push(...categoryTable(`kind ${kind}`, tally(list)));
    lines.push('  per language (P / R per category, pooled F1):');
    for (const [lang, list] of groupBy(part, (o) => o.lang)) {
      const t = tally(list);
      const cells = CATEGORIES.map((c) => `${c} ${f3(t.byCategory[c].precision)}/${f3(t.byCategory[c].recall)}`).join('  ');
      lines.push(`    ${lang.padEnd(3)} ${String(list.length).padStart(5)} fields  ${cells}  F1 ${f3(t.all.f1)}`);
    }
    const loco = perCodebase(part);
    lines.push(`  per code base (leave-one-code-base-out, fixed rules): F1 min ${f3(loco.min)}, median ${f3(loco.median)} over ${loco.codebases} code bases; lowest:`);
    for (const row of loco.rows.slice(0, 8)) lines.push(`    ${row.codebase.padEnd(34)} F1 ${f3(row.f1)}  (tp ${row.tp}, fp ${row.fp}, fn ${row.fn}, ${row.fields} fields)`);
    if (misses) lines.push('  misses:', ...tally(part).errors.map((e) => `    ${e}`));
  }
  return lines;
}

function categoryTable(title, t) {
  return [
    `  ${title} (${t.fields} fields)`,
    ...CATEGORIES.map((c) => {
      const s = t.byCategory[c];
      return `    ${c.padEnd(8)} precision ${f3(s.precision)}  recall ${f3(s.recall)}  F1 ${f3(s.f1)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
    }),
  ];
}

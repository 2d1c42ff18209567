/** Loading privacy.yml: YAML with positions, structural validation, then references between ids. */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { PolicyError, type PolicyProblem } from '../errors.js';
import { BUILTIN_CATEGORY_DEFS } from './builtin-categories.js';
import { didYouMean } from './did-you-mean.js';
import type { CategoryDef, LegalBasis, Policy, PurposeDef, RecipientDef } from './types.js';
import { validateStructure } from './validate.js';
import { positionOf } from './yaml-positions.js';

type Raw = Record<string, any>;

/** A URL with a password in it, anywhere in the file, is refused: policies are committed to git. */
const CREDENTIALS = /\b[a-z][a-z0-9+.-]*:\/\/[^\s/:@]+:[^\s/@]+@/i;

function problemsFor(file: string, doc: Document, counter: LineCounter) {
  const problems: PolicyProblem[] = [];
  return {
    problems,
    add(path: string[], message: string, atKey = false) {
      const { line, col } = positionOf(doc, counter, path, atKey);
      problems.push({ file, line, col, message });
    },
  };
}

function checkReferences(raw: Raw, add: (path: string[], message: string) => void): void {
  const categories = new Set([...Object.keys(BUILTIN_CATEGORY_DEFS), ...Object.keys(raw.categories ?? {})]);
  const purposes = new Set(Object.keys(raw.purposes ?? {}));
  const subjects = new Set(Object.keys(raw.subjects ?? {}));
  const check = (path: string[], ids: unknown, known: Set<string>, kind: string) => {
    if (!Array.isArray(ids)) return;
    ids.forEach((value, index) => {
      if (typeof value === 'string' && !known.has(value)) {
        const near = didYouMean(value, known);
        const plural = kind === 'category' ? 'categories' : `${kind}s`;
        const list = known.size ? `; known ${plural}: ${[...known].sort().join(', ')}` : `; no ${plural} are declared`;
        add([...path, String(index)], `unknown ${kind} \`${value}\`${near ? ` — did you mean \`${near}\`?` : list}`);
      }
    });
  };
  for (const [id, purpose] of Object.entries<Raw>(raw.purposes ?? {})) {
    check(['purposes', id, 'categories'], purpose.categories, categories, 'category');
    check(['purposes', id, 'subjects'], purpose.subjects, subjects, 'subject');
  }
  for (const [id, recipient] of Object.entries<Raw>(raw.recipients ?? {})) {
    check(['recipients', id, 'purposes'], recipient.purposes, purposes, 'purpose');
    check(['recipients', id, 'categories'], recipient.categories, categories, 'category');
  }
  (raw.processing ?? []).forEach((decl: Raw, index: number) => check(['processing', String(index), 'purposes'], decl.purposes, purposes, 'purpose'));
}

function findCredentials(node: unknown, path: string[], add: (path: string[], message: string) => void): void {
  if (typeof node === 'string' && CREDENTIALS.test(node)) {
    add(path, 'this value contains a password in a URL: never put credentials in the policy; name the environment variable instead (database.urlEnv)');
  } else if (Array.isArray(node)) {
    node.forEach((item, i) => findCredentials(item, [...path, String(i)], add));
  } else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) findCredentials(value, [...path, key], add);
  }
}

function build(raw: Raw, file: string, doc: Document, counter: LineCounter): Policy {
  const pos = (path: string[]) => ({ file, ...positionOf(doc, counter, path, true) });
  const categories: Record<string, CategoryDef> = {};
  for (const [id, def] of Object.entries(BUILTIN_CATEGORY_DEFS)) categories[id] = { ...def };
  for (const [id, c] of Object.entries<Raw>(raw.categories ?? {})) {
    const base = categories[id];
    categories[id] = {
      id,
      title: c.title ?? base?.title ?? id,
      ...(c.description ? { description: c.description } : base?.description ? { description: base.description } : {}),
      fides: c.fides ?? base?.fides ?? `user.${id.replace(/-/g, '_')}`,
      severity: c.severity ?? base?.severity ?? 'error',
      builtin: Boolean(base?.builtin),
    };
  }
  const purposes: Record<string, PurposeDef> = {};
  for (const [id, p] of Object.entries<Raw>(raw.purposes ?? {})) {
    const purpose: PurposeDef = {
      id,
      title: p.title,
      categories: p.categories ?? [],
      subjects: p.subjects ?? [],
      directMarketing: Boolean(p.directMarketing),
      profiling: Boolean(p.profiling),
      erasureExempt: Boolean(p.erasureExempt),
      position: pos(['purposes', id]),
    };
    for (const key of ['description', 'retention', 'lia', 'optOut', 'security'] as const) if (p[key] !== undefined) purpose[key] = p[key];
    if (p.legalBasis) purpose.legalBasis = p.legalBasis as LegalBasis;
    if (p.consent) purpose.consent = p.consent;
    purposes[id] = purpose;
  }
  const recipients: Record<string, RecipientDef> = {};
  for (const [id, r] of Object.entries<Raw>(raw.recipients ?? {})) {
    const recipient: RecipientDef = {
      id,
      title: r.title,
      kind: r.kind ?? 'processor',
      purposes: r.purposes ?? [],
      categories: r.categories ?? [],
      packages: r.packages ?? [],
      hosts: r.hosts ?? [],
      sinks: r.sinks ?? [],
      position: pos(['recipients', id]),
    };
    if (r.description) recipient.description = r.description;
    if (r.transfer) recipient.transfer = r.transfer;
    recipients[id] = recipient;
  }
  const subjects: Policy['subjects'] = {};
  for (const [id, s] of Object.entries<Raw>(raw.subjects ?? {})) subjects[id] = { id, title: s.title, ...(s.description ? { description: s.description } : {}) };

  const policy: Policy = {
    file,
    root: dirname(file),
    version: 1,
    controller: raw.controller,
    categories,
    subjects,
    purposes,
    recipients,
    processing: (raw.processing ?? []).map((d: Raw, index: number) => ({
      purposes: d.purposes,
      paths: d.paths ?? [],
      symbols: d.symbols ?? [],
      tables: d.tables ?? [],
      position: pos(['processing', String(index)]),
    })),
    detection: { rules: raw.detection?.rules ?? [], sinks: raw.detection?.sinks ?? [], ...(raw.detection?.defaultRegion ? { defaultRegion: raw.detection.defaultRegion } : {}) },
    ignore: raw.ignore ?? [],
    sql: raw.sql ?? [],
  };
  if (raw.database) policy.database = raw.database;
  return policy;
}

/** Parses and validates policy text. `file` is used for positions and as the root for relative globs. */
export function parsePolicy(text: string, file: string): Policy {
  const absolute = resolve(file);
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const { problems, add } = problemsFor(absolute, doc, counter);
  for (const error of doc.errors) {
    const { line, col } = counter.linePos(error.pos[0]);
    problems.push({ file: absolute, line, col, message: `YAML syntax error: ${error.message.split('\n')[0]}` });
  }
  if (problems.length) throw new PolicyError(problems);
  const raw = doc.toJS() as unknown;
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new PolicyError([{ file: absolute, line: 1, col: 1, message: 'expected a mapping with version, controller and purposes (run `privmap init` for a template)' }]);
  }
  findCredentials(raw, [], add);
  for (const problem of validateStructure(raw)) {
    // A value holding credentials is reported once, by findCredentials, and never echoed.
    const value = problem.path.reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], raw);
    if (typeof value === 'string' && CREDENTIALS.test(value)) continue;
    add(problem.path, problem.message, problem.atKey);
  }
  if (problems.length === 0) checkReferences(raw as Raw, add);
  if (problems.length) throw new PolicyError(problems.sort((a, b) => a.line - b.line || a.col - b.col));
  return build(raw as Raw, absolute, doc, counter);
}

export function loadPolicy(file: string): Policy {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new PolicyError([{ file: resolve(file), line: 1, col: 1, message: 'cannot read the policy file (does it exist?)' }]);
  }
  return parsePolicy(text, file);
}

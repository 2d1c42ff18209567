/** Turns an inventory (findings joined with the policy) into the report's data, which every format renders. */
import type { Evidence } from '../detect/types.js';
import type { Location } from '../finding.js';
import type { Inventory, InventoryElement, Reason } from '../inventory/types.js';
import { formatLocation } from '../output/location.js';
import { legalBasisLetter } from '../policy/index.js';
import type { LegalBasis, Policy, RecipientDef } from '../policy/types.js';
import { compareReports } from './compare.js';
import { isOutsideEea } from './eea.js';
import type { ReportElement, ReportJson, ReportLocation, ReportOptions, ReportReason, ReportTransfer, StatusCounts } from './model.js';
import { fixText, purposeSuggestions, reasonText } from './reason-text.js';
import { rightsFor } from './rights.js';

export const LEGAL_BASIS_TITLES: Record<LegalBasis, string> = {
  consent: 'Consent',
  contract: 'Contract',
  'legal-obligation': 'Legal obligation',
  'vital-interests': 'Vital interests',
  'public-task': 'Public task',
  'legitimate-interests': 'Legitimate interests',
};

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * What many elements of one report repeat, built once: a reason, the evidence lines, a list of purposes or
 * recipients, a sink. 40,000 elements would otherwise keep 40,000 copies of the same few values alive, and
 * the garbage collector copies every live object (issue 14: linear outputs). So the model is read-only:
 * elements share these arrays and objects. Keys are short-lived strings, which cost next to nothing.
 */
class Shared {
  private readonly reasons = new Map<string, ReportReason[]>();
  private readonly evidence = new Map<string, string[]>();
  private readonly lists = new Map<string, string[]>();
  private readonly sinks = new Map<string, NonNullable<ReportElement['sink']>>();
  private readonly fixes = new Map<string, string[]>();
  constructor(readonly policy: Policy) {}

  reasonList(list: readonly Reason[]): ReportReason[] {
    if (list.length === 0) return EMPTY;
    let key = '';
    for (const r of list) key += `${reasonKey(r)}\u0001`;
    let shared = this.reasons.get(key);
    if (!shared) this.reasons.set(key, (shared = list.map(reason)));
    return shared;
  }

  /** The lines are their own key: each is written once, and the first element's array is the one kept. */
  evidenceLines(list: readonly Evidence[]): string[] {
    if (list.length === 0) return EMPTY;
    const lines = list.map(evidenceLine);
    const key = lines.join('\u0001');
    const shared = this.evidence.get(key);
    if (shared) return shared;
    this.evidence.set(key, lines);
    return lines;
  }

  /** A sorted list, one array per distinct content. The inventory's lists are sorted already, which one pass confirms. */
  sorted<T extends string>(list: readonly T[]): T[] {
    if (list.length === 0) return EMPTY;
    let key: string = list[0]!;
    let sorted = true;
    for (let i = 1; i < list.length; i++) {
      if (list[i - 1]! > list[i]!) sorted = false;
      key += `\u0000${list[i]!}`;
    }
    if (!sorted) return [...list].sort();
    let shared = this.lists.get(key);
    if (!shared) this.lists.set(key, (shared = list.slice()));
    return shared as T[];
  }

  sink(s: NonNullable<InventoryElement['sink']>): NonNullable<ReportElement['sink']> {
    const key = `${s.id}\u0000${s.kind}\u0000${s.package ?? ''}\u0000${s.host ?? ''}`;
    let shared = this.sinks.get(key);
    if (!shared) {
      shared = { id: s.id, kind: s.kind };
      if (s.package) shared.package = s.package;
      if (s.host) shared.host = s.host;
      this.sinks.set(key, shared);
    }
    return shared;
  }

  /** The purposes a fix suggests for a category (fixText), looked up once per category. */
  suggestions(category: string): string[] {
    let list = this.fixes.get(category);
    if (!list) this.fixes.set(category, (list = purposeSuggestions(category, this.policy)));
    return list;
  }
}

/** Frozen: a reporter that tried to change a shared list would throw rather than change every element. */
const EMPTY = Object.freeze([]) as unknown as never[];

/** The reason's fields in key order, values as written: equal keys, equal reasons. */
function reasonKey(r: Reason): string {
  let key: string = r.code;
  for (const name of Object.keys(r).sort()) {
    if (name === 'code') continue;
    const value = r[name as keyof Reason] as string | string[];
    key += `\u0000${name}\u0000${typeof value === 'string' ? value : JSON.stringify(value)}`;
  }
  return key;
}

function reason(r: Reason): ReportReason {
  const args: Record<string, string | string[]> = {};
  for (const key of Object.keys(r).sort()) if (key !== 'code') args[key] = r[key as keyof Reason] as string | string[];
  return { code: r.code, args, text: reasonText(r) };
}

/** `email.word 0.95 (type:text)`: rule, confidence and notes. Notes never carry a sampled value. */
function evidenceLine(ev: Evidence): string {
  return `${ev.ruleId} ${ev.confidence.toFixed(2)}${ev.notes.length ? ` (${ev.notes.join(', ')})` : ''}`;
}

function transfer(r: RecipientDef): ReportTransfer | undefined {
  return r.transfer ? { country: r.transfer.country, safeguard: r.transfer.safeguard, outsideEea: isOutsideEea(r.transfer.country) } : undefined;
}

/** A location as the report writes it; properties assigned one by one (no object spread per optional one: 40,000 elements). */
function reportLocation(l: Location): ReportLocation {
  const location: ReportLocation = { source: l.source, text: formatLocation(l) };
  if (l.file !== undefined) location.file = l.file;
  if (l.line !== undefined) location.line = l.line;
  if (l.col !== undefined) location.col = l.col;
  if (l.table !== undefined) location.table = l.table;
  if (l.column !== undefined) location.column = l.column;
  return location;
}

/** One element as the report writes it. `shared` holds what elements of one report repeat (pass one per report). */
export function reportElement(e: InventoryElement, inventory: Inventory, shared = new Shared(inventory.policy)): ReportElement {
  const { id, kind, category, container, field, status } = e;
  const reasons = shared.reasonList(e.reasons);
  const purposes = shared.sorted(e.purposes);
  const recipients = shared.sorted(e.recipients);
  const sources = shared.sorted(e.sources);
  const locations = e.locations.length === 1 ? [reportLocation(e.locations[0]!)] : e.locations.map(reportLocation);
  const evidence = shared.evidenceLines(e.evidence);
  let confidence = 0;
  for (const ev of e.evidence) if (ev.confidence > confidence) confidence = ev.confidence;
  const organisation = Boolean(e.isOrganisation);
  // One object literal per status, with the JSON's property order: 40,000 elements are built here, and an
  // object grown property by property, or spread together, costs several allocations each (issue 14).
  const element: ReportElement =
    status === 'undeclared'
      ? { id, kind, category, container, field, status, reasons, fix: fixText(e, inventory.policy, shared.suggestions(category)), purposes, recipients, sources, locations, evidence, confidence, organisation }
      : status === 'suppressed'
        ? { id, kind, category, container, field, status, reasons, suppressedReason: e.suppressedReason ?? '', purposes, recipients, sources, locations, evidence, confidence, organisation }
        : { id, kind, category, container, field, status, reasons, purposes, recipients, sources, locations, evidence, confidence, organisation };
  if (e.sink) element.sink = shared.sink(e.sink);
  return element;
}

export function counts(elements: { status: string }[]): StatusCounts {
  const tally = new Tally();
  for (const e of elements) tally.add(e.status);
  return tally.counts();
}

/** Counts statuses as elements go by: grouping then counts one pass over the elements, never a copy per element. */
class Tally {
  total = 0;
  declared = 0;
  undeclared = 0;
  suppressed = 0;
  add(status: string): void {
    this.total++;
    if (status === 'declared') this.declared++;
    else if (status === 'undeclared') this.undeclared++;
    else if (status === 'suppressed') this.suppressed++;
  }
  counts(): StatusCounts {
    const { total, declared, undeclared, suppressed } = this;
    return { total, declared, undeclared, suppressed, percent: total ? Math.floor((100 * (total - undeclared)) / total) : 100 };
  }
}

function tallied(groups: Map<string, Tally>): Record<string, StatusCounts> {
  return Object.fromEntries([...groups.entries()].sort(([a], [b]) => byText(a, b)).map(([k, tally]) => [k, tally.counts()]));
}

function tallyIn(groups: Map<string, Tally>, key: string): Tally {
  let tally = groups.get(key);
  if (!tally) groups.set(key, (tally = new Tally()));
  return tally;
}

interface Index {
  summary: Tally;
  /** Element ids per recipient, each list in code-unit order. */
  idsByRecipient: Map<string, string[]>;
  byPurpose: Map<string, Tally>;
  bySource: Map<string, Tally>;
  byCategory: Map<string, Tally>;
  /** Per undeclared recipient: the first reaching sink's kind in inventory order, and the categories. */
  undeclared: Map<string, { kind?: string; categories: Set<string> }>;
}

/**
 * Everything the report counts or lists per status, recipient, purpose, source and category, in one pass over
 * the elements: no list of elements per purpose, no array per element (issue 14: linear outputs).
 */
function indexElements(elements: ReportElement[], policy: Policy): Index {
  const index: Index = { summary: new Tally(), idsByRecipient: new Map(), byPurpose: new Map(), bySource: new Map(), byCategory: new Map(), undeclared: new Map() };
  for (const e of elements) {
    const { recipients, purposes, sources, status } = e;
    index.summary.add(status);
    tallyIn(index.byCategory, e.category).add(status);
    for (const source of sources) tallyIn(index.bySource, source).add(status);
    // A list may name a recipient or purpose twice only through a bug upstream; count each element once
    // anyway. The lists are sorted (reportElement), so a repeat is next to its first.
    for (let j = 0; j < recipients.length; j++) {
      const recipient = recipients[j]!;
      let ids = index.idsByRecipient.get(recipient);
      // The policy is asked once per recipient: a miss in its dictionary costs more than a Map hit.
      if (!ids) {
        index.idsByRecipient.set(recipient, (ids = []));
        if (!policy.recipients[recipient]) index.undeclared.set(recipient, { categories: new Set() });
      }
      const fact = index.undeclared.get(recipient);
      if (fact) {
        if (fact.kind === undefined && e.sink) fact.kind = e.sink.kind;
        fact.categories.add(e.category);
      }
      if (j > 0 && recipient === recipients[j - 1]) continue;
      ids.push(e.id);
    }
    for (let j = 0; j < purposes.length; j++) {
      if (j > 0 && purposes[j] === purposes[j - 1]) continue;
      tallyIn(index.byPurpose, purposes[j]!).add(status);
    }
  }
  // The default sort compares strings by code unit (`byText`) without a callback per comparison.
  for (const ids of index.idsByRecipient.values()) ids.sort();
  return index;
}

export function buildReport(inventory: Inventory, options: ReportOptions = {}): ReportJson {
  const policy = inventory.policy;
  const shared = new Shared(policy);
  const elements = inventory.elements.map((e) => reportElement(e, inventory, shared));
  const { summary, idsByRecipient, byPurpose, bySource, byCategory, undeclared } = indexElements(elements, policy);
  const c = policy.controller;
  const declaredRecipients = Object.values(policy.recipients).map((r) => {
    const t = transfer(r);
    return {
      id: r.id,
      title: r.title,
      ...(r.description ? { description: r.description } : {}),
      kind: r.kind,
      isDeclared: true,
      purposes: r.purposes,
      categories: [...r.categories].sort(byText),
      ...(t ? { transfer: t } : {}),
      elements: idsByRecipient.get(r.id) ?? [],
    };
  });
  // Recipients the code reaches but the policy does not name: the report must show them too.
  const undeclaredRecipients = [...undeclared.keys()].sort(byText).map((id) => {
    const fact = undeclared.get(id)!;
    return {
      id,
      title: id,
      kind: fact.kind ?? 'unknown',
      isDeclared: false,
      purposes: [],
      categories: [...fact.categories].sort(byText),
      elements: idsByRecipient.get(id)!,
    };
  });
  const report: ReportJson = {
    formatVersion: 1,
    tool: { name: 'privmap', version: inventory.tool.version },
    ...(options.generatedAt ? { generatedAt: options.generatedAt } : {}),
    controller: {
      name: c.name,
      ...(c.website ? { website: c.website } : {}),
      contact: c.contact,
      ...(c.dpo ? { dpo: c.dpo } : {}),
      ...(c.supervisoryAuthority ? { supervisoryAuthority: c.supervisoryAuthority } : {}),
    },
    summary: { ...summary.counts(), files: inventory.stats.files, lines: inventory.stats.lines },
    categories: Object.values(policy.categories)
      .map((cat) => ({ id: cat.id, title: cat.title, ...(cat.description ? { description: cat.description } : {}), fides: cat.fides, builtin: cat.builtin }))
      .sort((a, b) => byText(a.id, b.id)),
    purposes: Object.values(policy.purposes).map((p) => ({
      id: p.id,
      title: p.title,
      ...(p.description ? { description: p.description } : {}),
      ...(p.legalBasis ? { legalBasis: p.legalBasis, legalBasisTitle: LEGAL_BASIS_TITLES[p.legalBasis], article: legalBasisLetter(p.legalBasis) } : {}),
      categories: [...p.categories].sort(byText),
      subjects: p.subjects.map((s) => ({ id: s, title: policy.subjects[s]?.title ?? s })),
      recipients: Object.values(policy.recipients)
        .filter((r) => r.purposes.includes(p.id))
        .map((r) => {
          const t = transfer(r);
          return { id: r.id, title: r.title, kind: r.kind, ...(t ? { transfer: t } : {}) };
        }),
      ...(p.retention ? { retention: p.retention } : {}),
      ...(p.security ? { security: p.security } : {}),
      ...(p.lia ? { lia: p.lia } : {}),
      ...(p.consent ? { consent: { mechanism: p.consent.mechanism, ...(p.consent.withdrawal ? { withdrawal: p.consent.withdrawal } : {}) } } : {}),
      ...(p.optOut ? { optOut: p.optOut } : {}),
      directMarketing: p.directMarketing,
      profiling: p.profiling,
      erasureExempt: p.erasureExempt,
      rights: rightsFor(p),
      elements: (byPurpose.get(p.id) ?? new Tally()).counts(),
    })),
    recipients: [...declaredRecipients, ...undeclaredRecipients],
    elements,
    coverage: { bySource: tallied(bySource), byCategory: tallied(byCategory) },
    drift: inventory.drift
      .map((d) => ({ kind: d.kind, table: d.table, column: d.column }))
      .sort((a, b) => byText(`${a.table}.${a.column}\0${a.kind}`, `${b.table}.${b.column}\0${b.kind}`)),
    skipped: inventory.skipped
      .map((s) => ({ file: s.file, reason: s.reason, ...(s.line ? { line: s.line } : {}), ...(s.detail ? { detail: s.detail } : {}) }))
      .sort((a, b) => byText(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || byText(a.reason, b.reason)),
    lint: inventory.lint
      .map((m) => ({ code: m.code, severity: m.severity, message: m.message }))
      .sort((a, b) => byText(a.severity, b.severity) || byText(a.code, b.code) || byText(a.message, b.message)),
    warnings: [...inventory.warnings].sort(byText),
  };
  if (options.compare) report.compare = compareReports(options.compare, elements);
  return report;
}

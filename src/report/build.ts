/** Turns an inventory (findings joined with the policy) into the report's data, which every format renders. */
import type { Evidence } from '../detect/types.js';
import type { Location } from '../finding.js';
import type { Inventory, InventoryElement, Reason } from '../inventory/types.js';
import { formatLocation } from '../output/location.js';
import { legalBasisLetter } from '../policy/index.js';
import type { LegalBasis, RecipientDef } from '../policy/types.js';
import { compareReports } from './compare.js';
import { isOutsideEea } from './eea.js';
import type { ReportElement, ReportJson, ReportLocation, ReportOptions, ReportReason, ReportTransfer, StatusCounts } from './model.js';
import { fixText, reasonText } from './reason-text.js';
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

function reason(r: Reason): ReportReason {
  const args: Record<string, string | string[]> = {};
  for (const key of Object.keys(r).sort()) if (key !== 'code') args[key] = r[key as keyof Reason] as string | string[];
  return { code: r.code, args, text: reasonText(r) };
}

/** A sorted copy; the inventory's lists are sorted already, which one pass confirms (no sort per element). */
function sortedCopy<T extends string>(list: readonly T[]): T[] {
  for (let i = 1; i < list.length; i++) if (list[i - 1]! > list[i]!) return [...list].sort();
  return list.slice();
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

export function reportElement(e: InventoryElement, inventory: Inventory): ReportElement {
  const { id, kind, category, container, field, status } = e;
  const reasons = e.reasons.map(reason);
  const purposes = sortedCopy(e.purposes);
  const recipients = sortedCopy(e.recipients);
  const sources = sortedCopy(e.sources);
  const locations = e.locations.map(reportLocation);
  const evidence = e.evidence.map(evidenceLine);
  let confidence = 0;
  for (const ev of e.evidence) confidence = Math.max(confidence, ev.confidence);
  const organisation = Boolean(e.isOrganisation);
  // One object literal per status, with the JSON's property order: 40,000 elements are built here, and an
  // object grown property by property, or spread together, costs several allocations each (issue 14).
  const element: ReportElement =
    status === 'undeclared'
      ? { id, kind, category, container, field, status, reasons, fix: fixText(e, inventory.policy), purposes, recipients, sources, locations, evidence, confidence, organisation }
      : status === 'suppressed'
        ? { id, kind, category, container, field, status, reasons, suppressedReason: e.suppressedReason ?? '', purposes, recipients, sources, locations, evidence, confidence, organisation }
        : { id, kind, category, container, field, status, reasons, purposes, recipients, sources, locations, evidence, confidence, organisation };
  if (e.sink) {
    const sink: NonNullable<ReportElement['sink']> = { id: e.sink.id, kind: e.sink.kind };
    if (e.sink.package) sink.package = e.sink.package;
    if (e.sink.host) sink.host = e.sink.host;
    element.sink = sink;
  }
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

function countsBy(elements: ReportElement[], keys: (e: ReportElement) => string[]): Record<string, StatusCounts> {
  const groups = new Map<string, Tally>();
  for (const e of elements) {
    for (const k of keys(e)) {
      let tally = groups.get(k);
      if (!tally) groups.set(k, (tally = new Tally()));
      tally.add(e.status);
    }
  }
  return Object.fromEntries([...groups.entries()].sort(([a], [b]) => byText(a, b)).map(([k, tally]) => [k, tally.counts()]));
}

/**
 * Element ids by recipient, each list in code-unit order, and elements by purpose, in one pass over the
 * elements: the report lists both per recipient and per purpose.
 */
function indexElements(elements: ReportElement[]): { idsByRecipient: Map<string, string[]>; byPurpose: Map<string, ReportElement[]> } {
  const idsByRecipient = new Map<string, string[]>();
  const byPurpose = new Map<string, ReportElement[]>();
  for (const e of elements) {
    // A list may name a recipient or purpose twice only through a bug upstream; count each element once
    // anyway. The lists are sorted (reportElement), so a repeat is next to its first.
    const { recipients, purposes } = e;
    for (let j = 0; j < recipients.length; j++) {
      if (j > 0 && recipients[j] === recipients[j - 1]) continue;
      const ids = idsByRecipient.get(recipients[j]!);
      if (ids) ids.push(e.id);
      else idsByRecipient.set(recipients[j]!, [e.id]);
    }
    for (let j = 0; j < purposes.length; j++) {
      if (j > 0 && purposes[j] === purposes[j - 1]) continue;
      const list = byPurpose.get(purposes[j]!);
      if (list) list.push(e);
      else byPurpose.set(purposes[j]!, [e]);
    }
  }
  // The default sort compares strings by code unit (`byText`) without a callback per comparison.
  for (const ids of idsByRecipient.values()) ids.sort();
  return { idsByRecipient, byPurpose };
}

/** Per undeclared recipient, what the report says about it: the first reaching sink's kind in inventory order, and the categories. */
function undeclaredRecipientFacts(elements: ReportElement[], isDeclared: (id: string) => boolean): Map<string, { kind?: string; categories: Set<string> }> {
  const facts = new Map<string, { kind?: string; categories: Set<string> }>();
  for (const e of elements) {
    for (const r of e.recipients) {
      if (isDeclared(r)) continue;
      let fact = facts.get(r);
      if (!fact) facts.set(r, (fact = { categories: new Set() }));
      if (fact.kind === undefined && e.sink) fact.kind = e.sink.kind;
      fact.categories.add(e.category);
    }
  }
  return facts;
}

export function buildReport(inventory: Inventory, options: ReportOptions = {}): ReportJson {
  const policy = inventory.policy;
  const elements = inventory.elements.map((e) => reportElement(e, inventory));
  const { idsByRecipient, byPurpose } = indexElements(elements);
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
  const undeclared = undeclaredRecipientFacts(elements, (id) => Boolean(policy.recipients[id]));
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
    summary: { ...counts(elements), files: inventory.stats.files, lines: inventory.stats.lines },
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
      elements: counts(byPurpose.get(p.id) ?? []),
    })),
    recipients: [...declaredRecipients, ...undeclaredRecipients],
    elements,
    coverage: { bySource: countsBy(elements, (e) => e.sources), byCategory: countsBy(elements, (e) => [e.category]) },
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

/** Turns an inventory (findings joined with the policy) into the report's data, which every format renders. */
import type { Evidence } from '../detect/types.js';
import type { Inventory, InventoryElement, Reason } from '../inventory/types.js';
import { formatLocation } from '../output/location.js';
import { legalBasisLetter } from '../policy/index.js';
import type { LegalBasis, RecipientDef } from '../policy/types.js';
import { compareReports } from './compare.js';
import { isOutsideEea } from './eea.js';
import type { ReportElement, ReportJson, ReportOptions, ReportReason, ReportTransfer, StatusCounts } from './model.js';
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
  const { code, ...args } = r;
  return { code, args: Object.fromEntries(Object.entries(args).sort(([a], [b]) => byText(a, b))) as Record<string, string | string[]>, text: reasonText(r) };
}

/** `email.word 0.95 (type:text)`: rule, confidence and notes. Notes never carry a sampled value. */
function evidenceLine(ev: Evidence): string {
  return `${ev.ruleId} ${ev.confidence.toFixed(2)}${ev.notes.length ? ` (${ev.notes.join(', ')})` : ''}`;
}

function transfer(r: RecipientDef): ReportTransfer | undefined {
  return r.transfer ? { country: r.transfer.country, safeguard: r.transfer.safeguard, outsideEea: isOutsideEea(r.transfer.country) } : undefined;
}

export function reportElement(e: InventoryElement, inventory: Inventory): ReportElement {
  return {
    id: e.id,
    kind: e.kind,
    category: e.category,
    container: e.container,
    field: e.field,
    status: e.status,
    reasons: e.reasons.map(reason),
    ...(e.status === 'undeclared' ? { fix: fixText(e, inventory.policy) } : {}),
    ...(e.status === 'suppressed' ? { suppressedReason: e.suppressedReason ?? '' } : {}),
    purposes: [...e.purposes].sort(),
    recipients: [...e.recipients].sort(),
    sources: [...e.sources].sort(),
    locations: e.locations.map((l) => ({
      source: l.source,
      text: formatLocation(l),
      ...(l.file !== undefined ? { file: l.file } : {}),
      ...(l.line !== undefined ? { line: l.line } : {}),
      ...(l.col !== undefined ? { col: l.col } : {}),
      ...(l.table !== undefined ? { table: l.table } : {}),
      ...(l.column !== undefined ? { column: l.column } : {}),
    })),
    evidence: e.evidence.map(evidenceLine),
    confidence: Math.max(0, ...e.evidence.map((ev) => ev.confidence)),
    organisation: Boolean(e.isOrganisation),
    ...(e.sink
      ? { sink: { id: e.sink.id, kind: e.sink.kind, ...(e.sink.package ? { package: e.sink.package } : {}), ...(e.sink.host ? { host: e.sink.host } : {}) } }
      : {}),
  };
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

/** Ids in code-unit order: the default sort of strings is `byText` without a callback per comparison. */
function sortedIds(elements: readonly ReportElement[]): string[] {
  return elements.map((e) => e.id).sort();
}

/** Element ids by recipient and by purpose, in one pass: the report lists both per recipient and per purpose. */
function indexElements(elements: ReportElement[]): { byRecipient: Map<string, ReportElement[]>; byPurpose: Map<string, ReportElement[]> } {
  const byRecipient = new Map<string, ReportElement[]>();
  const byPurpose = new Map<string, ReportElement[]>();
  const add = (map: Map<string, ReportElement[]>, key: string, e: ReportElement) => {
    const list = map.get(key);
    if (list) list.push(e);
    else map.set(key, [e]);
  };
  for (const e of elements) {
    // A list may name an id twice only through a bug upstream; count each element once per key anyway.
    for (const r of new Set(e.recipients)) add(byRecipient, r, e);
    for (const p of new Set(e.purposes)) add(byPurpose, p, e);
  }
  return { byRecipient, byPurpose };
}

export function buildReport(inventory: Inventory, options: ReportOptions = {}): ReportJson {
  const policy = inventory.policy;
  const elements = inventory.elements.map((e) => reportElement(e, inventory));
  const { byRecipient, byPurpose } = indexElements(elements);
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
      elements: sortedIds(byRecipient.get(r.id) ?? []),
    };
  });
  // Recipients the code reaches but the policy does not name: the report must show them too.
  const undeclaredIds = [...byRecipient.keys()].filter((id) => !policy.recipients[id]).sort(byText);
  const undeclaredRecipients = undeclaredIds.map((id) => {
    const reaching = byRecipient.get(id)!;
    return {
      id,
      title: id,
      kind: reaching.find((e) => e.sink)?.sink?.kind ?? 'unknown',
      isDeclared: false,
      purposes: [],
      categories: [...new Set(reaching.map((e) => e.category))].sort(byText),
      elements: sortedIds(reaching),
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

/** Turns an inventory (findings joined with the policy) into the report's data, which every format renders. */
import { legalBasisLetter } from '../policy/index.js';
import type { Inventory } from '../inventory/types.js';
import type { LegalBasis, Policy, RecipientDef } from '../policy/types.js';
import { compareReports } from './compare.js';
import { isOutsideEea } from './eea.js';
import { type ElementIndex, indexElements, Tally } from './element-index.js';
import { reportElement } from './element.js';
import { withElements } from './recipient-elements.js';
import { viewFrom } from './element-rows.js';
import { defineLazy, memo } from './lazy.js';
import type { ReportJson, ReportOptions, ReportPurpose, ReportRecipient, ReportTransfer, StatusCounts } from './model.js';
import { rightsFor } from './rights.js';
import { SharedValues } from './shared-values.js';

export { counts } from './element-index.js';
export { reportElement } from './element.js';

export const LEGAL_BASIS_TITLES: Record<LegalBasis, string> = {
  consent: 'Consent',
  contract: 'Contract',
  'legal-obligation': 'Legal obligation',
  'vital-interests': 'Vital interests',
  'public-task': 'Public task',
  'legitimate-interests': 'Legitimate interests',
};

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function transfer(r: RecipientDef): ReportTransfer | undefined {
  return r.transfer ? { country: r.transfer.country, safeguard: r.transfer.safeguard, outsideEea: isOutsideEea(r.transfer.country) } : undefined;
}

function tallied(groups: Map<string, Tally>): Record<string, StatusCounts> {
  return Object.fromEntries([...groups.entries()].sort(([x], [y]) => byText(x, y)).map(([k, tally]) => [k, tally.counts()]));
}

export function buildReport(inventory: Inventory, options: ReportOptions = {}): ReportJson {
  const policy = inventory.policy;
  const c = policy.controller;
  // What a format may not read is made when read (./lazy.ts): the elements, and what the index counts.
  const shared = new SharedValues(policy);
  let isMade = false;
  const elements = memo(() => {
    isMade = true;
    return inventory.elements.map((e) => reportElement(e, inventory, shared));
  });
  const index = memo(() => indexElements(inventory.elements, policy));
  const recipients = () => {
    const { idsByRecipient, undeclared } = index();
    return [...declaredRecipients(policy, idsByRecipient), ...undeclaredRecipients(undeclared, idsByRecipient)];
  };
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
    summary: LATER,
    categories: Object.values(policy.categories)
      .map((cat) => ({ id: cat.id, title: cat.title, ...(cat.description ? { description: cat.description } : {}), fides: cat.fides, builtin: cat.builtin }))
      .sort((a, b) => byText(a.id, b.id)),
    purposes: LATER,
    recipients: LATER,
    elements: LATER,
    coverage: LATER,
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
  defineLazy(report, 'summary', () => ({ ...index().summary.counts(), files: inventory.stats.files, lines: inventory.stats.lines }));
  defineLazy(report, 'purposes', () => purposes(policy, index().byPurpose));
  defineLazy(report, 'recipients', recipients);
  defineLazy(report, 'elements', elements);
  // A format that reads only part of each element can read it from the inventory (./element-rows.ts).
  viewFrom(report, { inventory, shared, isMade: () => isMade });
  defineLazy(report, 'coverage', () => ({ bySource: tallied(index().bySource), byCategory: tallied(index().byCategory) }));
  const previous = options.compare;
  // The inventory's elements have what a comparison reads (id, kind, category, container, field, status).
  if (previous) defineLazy(report, 'compare', () => compareReports(previous, inventory.elements));
  return report;
}

/** Stands for a property defined lazily right after: the object literal keeps the JSON's property order. */
const LATER = undefined as never;

function declaredRecipients(policy: Policy, idsByRecipient: Map<string, string[]>): ReportRecipient[] {
  return Object.values(policy.recipients).map((r) => {
    const t = transfer(r);
    return withElements(
      {
        id: r.id,
        title: r.title,
        ...(r.description ? { description: r.description } : {}),
        kind: r.kind,
        isDeclared: true,
        purposes: r.purposes,
        categories: [...r.categories].sort(byText),
        ...(t ? { transfer: t } : {}),
      },
      idsByRecipient.get(r.id) ?? [],
    );
  });
}

/** Recipients the code reaches but the policy does not name: the report must show them too. */
function undeclaredRecipients(undeclared: ElementIndex['undeclared'], idsByRecipient: Map<string, string[]>): ReportRecipient[] {
  return [...undeclared.keys()].sort(byText).map((id) => {
    const fact = undeclared.get(id)!;
    return withElements(
      {
        id,
        title: id,
        kind: fact.kind ?? 'unknown',
        isDeclared: false,
        purposes: [],
        categories: [...fact.categories].sort(byText),
      },
      idsByRecipient.get(id)!,
    );
  });
}

function purposes(policy: Policy, byPurpose: Map<string, Tally>): ReportPurpose[] {
  return Object.values(policy.purposes).map((p) => ({
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
  }));
}

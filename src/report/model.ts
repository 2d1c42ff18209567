/**
 * The report's data: a versioned, documented JSON shape (formatVersion 1) that every format renders and
 * that `--compare` reads back. No timestamps unless asked for, so the same input gives the same bytes.
 */
import type { Inventory, InventoryElement } from '../inventory/types.js';
import { formatLocation } from '../output/location.js';
import { legalBasisLetter } from '../policy/index.js';
import type { Controller } from '../policy/types.js';
import { reasonText } from './reason-text.js';
import { rightsFor, type Right, type RightCell } from './rights.js';

export interface ReportElement {
  id: string;
  kind: 'field' | 'flow';
  category: string;
  container: string;
  field: string;
  status: 'declared' | 'undeclared' | 'suppressed';
  reasons: { code: string; text: string }[];
  purposes: string[];
  recipients: string[];
  sources: string[];
  locations: { source: string; text: string; file?: string; line?: number; table?: string; column?: string }[];
  evidence: string[];
  organisation: boolean;
  suppressedReason?: string;
}

export interface ReportPurpose {
  id: string;
  title: string;
  description?: string;
  legalBasis?: string;
  article?: string;
  categories: string[];
  subjects: string[];
  recipients: { id: string; title: string; transfer?: { country: string; safeguard: string } }[];
  retention?: string;
  security?: string;
  lia?: string;
  consent?: string;
  optOut?: string;
  rights: Record<Right, RightCell>;
  elements: number;
}

export interface ReportJson {
  formatVersion: 1;
  tool: { name: 'privmap'; version: string };
  generatedAt?: string;
  controller: Controller;
  categories: { id: string; title: string; fides: string }[];
  purposes: ReportPurpose[];
  recipients: { id: string; title: string; kind: string; purposes: string[]; categories: string[]; transfer?: { country: string; safeguard: string } }[];
  elements: ReportElement[];
  coverage: { total: number; declared: number; undeclared: number; suppressed: number; bySource: Record<string, { total: number; declared: number }>; byCategory: Record<string, { total: number; declared: number }> };
  drift: { kind: string; table: string; column: string }[];
  skipped: { file: string; reason: string; line?: number; detail?: string }[];
  lint: { code: string; severity: string; message: string }[];
  compare?: { appeared: string[]; disappeared: string[] };
}

function element(e: InventoryElement): ReportElement {
  return {
    id: e.id,
    kind: e.kind,
    category: e.category,
    container: e.container,
    field: e.field,
    status: e.status,
    reasons: e.reasons.map((r) => ({ code: r.code, text: reasonText(r) })),
    purposes: e.purposes,
    recipients: e.recipients,
    sources: e.sources,
    locations: e.locations.map((l) => ({
      source: l.source,
      text: formatLocation(l),
      ...(l.file ? { file: l.file } : {}),
      ...(l.line ? { line: l.line } : {}),
      ...(l.table ? { table: l.table } : {}),
      ...(l.column ? { column: l.column } : {}),
    })),
    evidence: e.evidence.map((ev) => `${ev.ruleId} (${ev.confidence.toFixed(2)})${ev.notes.length ? `: ${ev.notes.join(', ')}` : ''}`),
    organisation: Boolean(e.isOrganisation),
    ...(e.suppressedReason !== undefined ? { suppressedReason: e.suppressedReason } : {}),
  };
}

function tally(elements: InventoryElement[], key: (e: InventoryElement) => string[]): Record<string, { total: number; declared: number }> {
  const out: Record<string, { total: number; declared: number }> = {};
  for (const e of elements) {
    for (const k of key(e)) {
      out[k] ??= { total: 0, declared: 0 };
      out[k].total++;
      if (e.status !== 'undeclared') out[k].declared++;
    }
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

export function buildReport(inventory: Inventory, options: { compare?: ReportJson; generatedAt?: string } = {}): ReportJson {
  const policy = inventory.policy;
  const elements = inventory.elements.map(element);
  const report: ReportJson = {
    formatVersion: 1,
    tool: inventory.tool,
    ...(options.generatedAt ? { generatedAt: options.generatedAt } : {}),
    controller: policy.controller,
    categories: Object.values(policy.categories).sort((a, b) => a.id.localeCompare(b.id)).map((c) => ({ id: c.id, title: c.title, fides: c.fides })),
    purposes: Object.values(policy.purposes).map((p) => {
      const recipients = Object.values(policy.recipients).filter((r) => r.purposes.includes(p.id));
      return {
        id: p.id,
        title: p.title,
        ...(p.description ? { description: p.description } : {}),
        ...(p.legalBasis ? { legalBasis: p.legalBasis, article: `Art. ${legalBasisLetter(p.legalBasis)}` } : {}),
        categories: p.categories,
        subjects: p.subjects.map((s) => policy.subjects[s]?.title ?? s),
        recipients: recipients.map((r) => ({ id: r.id, title: r.title, ...(r.transfer ? { transfer: r.transfer } : {}) })),
        ...(p.retention ? { retention: p.retention } : {}),
        ...(p.security ? { security: p.security } : {}),
        ...(p.lia ? { lia: p.lia } : {}),
        ...(p.consent ? { consent: `${p.consent.mechanism}${p.consent.withdrawal ? ` Withdrawal: ${p.consent.withdrawal}` : ''}` } : {}),
        ...(p.optOut ? { optOut: p.optOut } : {}),
        rights: rightsFor(p),
        elements: inventory.elements.filter((e) => e.purposes.includes(p.id)).length,
      };
    }),
    recipients: Object.values(policy.recipients).map((r) => ({ id: r.id, title: r.title, kind: r.kind, purposes: r.purposes, categories: r.categories, ...(r.transfer ? { transfer: r.transfer } : {}) })),
    elements,
    coverage: {
      total: elements.length,
      declared: elements.filter((e) => e.status === 'declared').length,
      undeclared: elements.filter((e) => e.status === 'undeclared').length,
      suppressed: elements.filter((e) => e.status === 'suppressed').length,
      bySource: tally(inventory.elements, (e) => e.sources),
      byCategory: tally(inventory.elements, (e) => [e.category]),
    },
    drift: inventory.drift.map((d) => ({ kind: d.kind, table: d.table, column: d.column })),
    skipped: inventory.skipped.map((s) => ({ file: s.file, reason: s.reason, ...(s.line ? { line: s.line } : {}), ...(s.detail ? { detail: s.detail } : {}) })),
    lint: inventory.lint.map((m) => ({ code: m.code, severity: m.severity, message: m.message })),
  };
  if (options.compare) {
    const before = new Set(options.compare.elements.map((e) => e.id));
    const now = new Set(elements.map((e) => e.id));
    report.compare = {
      appeared: elements.filter((e) => !before.has(e.id)).map((e) => e.id),
      disappeared: options.compare.elements.filter((e) => !now.has(e.id)).map((e) => `${e.category} ${e.container}.${e.field}`),
    };
  }
  return report;
}

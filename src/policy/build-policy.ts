/** Turns a valid raw policy into the `Policy` object: built-ins merged in, defaults filled, positions attached. */
import { dirname } from 'node:path';
import { BUILTIN_CATEGORY_DEFS } from './builtin-categories.js';
import type { CategoryDef, LegalBasis, Policy, ProcessingDecl, PurposeDef, RecipientDef, SourcePosition, SubjectDef } from './types.js';

type Raw = Record<string, any>;

/** Position of the key at `path` (the id of an entry), for messages about the entry. */
export type PositionAt = (path: string[]) => SourcePosition;

const OPTIONAL_PURPOSE_TEXT = ['description', 'retention', 'lia', 'optOut', 'security'] as const;

function buildCategories(raw: Raw, at: PositionAt): Record<string, CategoryDef> {
  const categories: Record<string, CategoryDef> = {};
  for (const [id, def] of Object.entries(BUILTIN_CATEGORY_DEFS)) categories[id] = { ...def };
  for (const [id, c] of Object.entries<Raw>(raw.categories ?? {})) {
    const base = categories[id];
    // The schema requires title and fides for custom categories, so the fallbacks only serve built-ins.
    const category: CategoryDef = {
      id,
      title: c.title ?? base?.title ?? id,
      fides: c.fides ?? base?.fides ?? '',
      severity: c.severity ?? base?.severity ?? 'error',
      builtin: Boolean(base?.builtin),
      position: at(['categories', id]),
    };
    const description = c.description ?? base?.description;
    if (description !== undefined) category.description = description;
    if (c.detect !== undefined) category.detect = c.detect;
    categories[id] = category;
  }
  return categories;
}

function buildPurpose(id: string, p: Raw, at: PositionAt): PurposeDef {
  const purpose: PurposeDef = {
    id,
    title: p.title,
    categories: p.categories ?? [],
    subjects: p.subjects ?? [],
    directMarketing: p.directMarketing === true,
    profiling: p.profiling === true,
    erasureExempt: p.erasureExempt === true,
    position: at(['purposes', id]),
  };
  for (const key of OPTIONAL_PURPOSE_TEXT) if (p[key] !== undefined) purpose[key] = p[key];
  if (p.legalBasis !== undefined) purpose.legalBasis = p.legalBasis as LegalBasis;
  if (p.consent !== undefined) purpose.consent = p.consent;
  return purpose;
}

function buildRecipient(id: string, r: Raw, at: PositionAt): RecipientDef {
  const recipient: RecipientDef = {
    id,
    title: r.title,
    kind: r.kind ?? 'processor',
    purposes: r.purposes ?? [],
    categories: r.categories ?? [],
    packages: r.packages ?? [],
    hosts: r.hosts ?? [],
    sinks: r.sinks ?? [],
    position: at(['recipients', id]),
  };
  if (r.description !== undefined) recipient.description = r.description;
  if (r.transfer !== undefined) recipient.transfer = r.transfer;
  return recipient;
}

/** Rules written under a category join `detection.rules`, so the detector has one list to read. */
function categoryRules(categories: Record<string, CategoryDef>): unknown[] {
  return Object.values(categories).flatMap((category) =>
    (category.detect ?? []).map((rule, index) => ({ id: `${category.id}.policy-${index + 1}`, ...(rule as object), category: category.id })),
  );
}

export function buildPolicy(raw: Raw, file: string, at: PositionAt): Policy {
  const categories = buildCategories(raw, at);
  const subjects: Record<string, SubjectDef> = {};
  for (const [id, s] of Object.entries<Raw>(raw.subjects ?? {})) {
    subjects[id] = { id, title: s.title, ...(s.description !== undefined ? { description: s.description } : {}), ...(s.table !== undefined ? { table: s.table } : {}), position: at(['subjects', id]) };
  }
  const purposes: Record<string, PurposeDef> = {};
  for (const [id, p] of Object.entries<Raw>(raw.purposes ?? {})) purposes[id] = buildPurpose(id, p, at);
  const recipients: Record<string, RecipientDef> = {};
  for (const [id, r] of Object.entries<Raw>(raw.recipients ?? {})) recipients[id] = buildRecipient(id, r, at);
  const processing: ProcessingDecl[] = (raw.processing ?? []).map((d: Raw, index: number) => ({
    purposes: d.purposes,
    paths: d.paths ?? [],
    symbols: d.symbols ?? [],
    tables: d.tables ?? [],
    position: at(['processing', String(index)]),
  }));
  const controller = { ...raw.controller, contact: raw.controller.contact ?? [] };

  const policy: Policy = {
    file,
    root: dirname(file),
    version: 1,
    controller,
    categories,
    subjects,
    purposes,
    recipients,
    processing,
    detection: {
      rules: [...categoryRules(categories), ...(raw.detection?.rules ?? [])],
      sinks: raw.detection?.sinks ?? [],
      ...(raw.detection?.defaultRegion !== undefined ? { defaultRegion: raw.detection.defaultRegion } : {}),
    },
    ignore: raw.ignore ?? [],
    sql: raw.sql ?? [],
  };
  if (raw.database !== undefined) policy.database = raw.database;
  return policy;
}

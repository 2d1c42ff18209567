/**
 * fideslang manifests for teams that run Fides: a dataset (collections and fields with data categories) and a
 * system whose privacy declarations are the policy's purposes.
 */
import { stringify } from 'yaml';
import type { Inventory } from '../inventory/types.js';
import type { LegalBasis } from '../policy/types.js';

/** fideslang data uses for common purpose names; anything else is `essential.service`. */
const DATA_USE: [RegExp, string][] = [
  [/marketing|newsletter|advertis/, 'marketing.communications.email'],
  [/profil|personali[sz]/, 'personalize'],
  [/analytic|improv|development/, 'analytics.reporting'],
  [/fraud|security/, 'essential.fraud_detection'],
  [/monitor|error|debug/, 'essential.service.operations.support'],
  [/legal|account|compliance|tax/, 'essential.legal_obligation'],
  [/relationship|support|crm/, 'essential.service.operations.support'],
];

const LEGAL_BASIS: Record<LegalBasis, string> = {
  consent: 'Consent',
  contract: 'Contract',
  'legal-obligation': 'Legal obligations',
  'vital-interests': 'Vital interests',
  'public-task': 'Public interest',
  'legitimate-interests': 'Legitimate interests',
};

const key = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');

export function exportFides(inventory: Inventory): string {
  const policy = inventory.policy;
  const fidesCategory = (c: string) => policy.categories[c]?.fides ?? `user.${c}`;
  const collections = new Map<string, Map<string, Set<string>>>();
  for (const e of inventory.elements) {
    if (e.kind !== 'field' || e.status === 'suppressed') continue;
    const stored = e.locations.find((l) => l.table && l.column);
    const collection = stored?.table ?? e.container;
    const field = stored?.column ?? e.field;
    if (!collections.has(collection)) collections.set(collection, new Map());
    const fields = collections.get(collection)!;
    if (!fields.has(field)) fields.set(field, new Set());
    fields.get(field)!.add(fidesCategory(e.category));
  }
  const systemKey = key(policy.controller.name);
  const dataset = {
    fides_key: `${systemKey}_privmap`,
    name: `${policy.controller.name} (scanned by privmap)`,
    description: 'Personal data found in code, migrations, Prisma schemas and databases by privmap.',
    collections: [...collections.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([name, fields]) => ({
      name,
      fields: [...fields.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([field, categories]) => ({ name: field, data_categories: [...categories].sort() })),
    })),
  };
  const system = {
    fides_key: systemKey,
    name: policy.controller.name,
    description: `Processing declared in ${policy.controller.name}'s privacy policy.`,
    system_type: 'Service',
    privacy_declarations: Object.values(policy.purposes).map((p) => ({
      name: p.title,
      data_use: DATA_USE.find(([re]) => re.test(`${p.id} ${p.title}`.toLowerCase()))?.[1] ?? 'essential.service',
      data_categories: p.categories.map(fidesCategory).sort(),
      data_subjects: p.subjects.length ? p.subjects.map(key) : ['customer'],
      ...(p.legalBasis ? { legal_basis_for_processing: LEGAL_BASIS[p.legalBasis] } : {}),
      ...(p.retention ? { retention_period: p.retention } : {}),
      dataset_references: [dataset.fides_key],
      egress: Object.values(policy.recipients).filter((r) => r.purposes.includes(p.id)).map((r) => ({ fides_key: key(r.id), type: 'system', data_categories: (r.categories.length ? r.categories : p.categories).map(fidesCategory).sort() })),
    })),
  };
  return stringify({ dataset: [dataset], system: [system] }, { lineWidth: 0 });
}

/**
 * fideslang manifests for teams that run Fides (`privmap export -f fides`): one `dataset` per database schema
 * (collections are tables, fields carry fideslang data categories from the policy), and one `system` whose
 * `privacy_declarations` are the policy's purposes. Field names follow fideslang's models.py: a declaration's
 * `egress` lists fides keys that must also appear as `DataFlow`s in the system's `egress`.
 */
import { stringify } from 'yaml';
import type { Inventory } from '../inventory/types.js';
import type { LegalBasis, Policy, RecipientDef } from '../policy/types.js';
import { isOutsideEea } from './eea.js';
import { fidesDataUse } from './fides-data-use.js';
import { finerFidesKey } from './fides-keys.js';

/** fideslang LegalBasisForProcessingEnum. */
export const FIDES_LEGAL_BASIS: Record<LegalBasis, string> = {
  consent: 'Consent',
  contract: 'Contract',
  'legal-obligation': 'Legal obligations',
  'vital-interests': 'Vital interests',
  'public-task': 'Public interest',
  'legitimate-interests': 'Legitimate interests',
};

/** fideslang's default data subjects; a policy subject that names one (singular or plural) maps to it. */
const FIDES_SUBJECTS = ['anonymous_user', 'citizen_voter', 'commuter', 'consultant', 'customer', 'employee', 'job_applicant', 'next_of_kin', 'passenger', 'patient', 'prospect', 'shareholder', 'supplier_vendor', 'trainee', 'visitor'];

/** A fides key: letters, digits, `_`, `.`, `-` only (fideslang FIDES_KEY_PATTERN, without `<>`). */
export function fidesKey(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9_.-]+/g, '_')
      .replace(/^[_.-]+|[_.-]+$/g, '') || 'unnamed'
  );
}

function fidesSubject(id: string, policy: Policy): string {
  const key = fidesKey(id).replace(/-/g, '_');
  const singular = key.replace(/ies$/, 'y').replace(/s$/, '');
  const title = fidesKey(policy.subjects[id]?.title ?? '').replace(/s$/, '');
  return [key, singular, title].find((k) => FIDES_SUBJECTS.includes(k)) ?? key;
}

/** fideslang LegalBasisForTransfersEnum values named in the policy's free-text safeguard (it may name several). */
function transferBases(safeguard: string): string[] {
  const bases = [
    /standard contractual|\bsccs?\b/i.test(safeguard) ? 'SCCs' : '',
    /binding corporate|\bbcrs?\b/i.test(safeguard) ? 'BCRs' : '',
    /adequacy|data privacy framework|\bdpf\b/i.test(safeguard) ? 'Adequacy Decision' : '',
  ].filter(Boolean);
  return bases.length ? bases : ['Other'];
}

const sorted = (values: Iterable<string>) => [...new Set(values)].sort();
const isThirdParty = (r: RecipientDef) => r.kind !== 'internal';

export function exportFides(inventory: Inventory): string {
  const policy = inventory.policy;
  const systemKey = fidesKey(policy.controller.name);
  const category = (id: string) => policy.categories[id]?.fides ?? `user.${fidesKey(id)}`;

  // schema -> table -> column -> fideslang categories. Only stored data belongs in a dataset; code-only fields
  // and flows are covered by the system's declarations.
  const schemas = new Map<string, Map<string, Map<string, Set<string>>>>();
  for (const e of inventory.elements) {
    if (e.kind !== 'field' || e.status === 'suppressed') continue;
    for (const l of e.locations) {
      if (!l.table || !l.column) continue;
      const dot = l.table.lastIndexOf('.');
      const schema = dot > 0 ? l.table.slice(0, dot) : 'public';
      const table = dot > 0 ? l.table.slice(dot + 1) : l.table;
      const tables = schemas.get(schema) ?? new Map<string, Map<string, Set<string>>>();
      const columns = tables.get(table) ?? new Map<string, Set<string>>();
      columns.set(l.column, (columns.get(l.column) ?? new Set()).add(finerFidesKey(category(e.category), l.column)));
      tables.set(table, columns);
      schemas.set(schema, tables);
    }
  }
  const datasets = [...schemas.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([schema, tables]) => ({
      fides_key: fidesKey(`${systemKey}_${schema}`),
      name: `${policy.controller.name}: ${schema} schema`,
      description: `Personal data in the ${schema} schema, found by privmap in migrations, Prisma schemas and the live database.`,
      collections: [...tables.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([table, columns]) => ({
          name: table,
          fields: [...columns.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([column, categories]) => ({ name: column, data_categories: sorted(categories) })),
        })),
    }));
  const datasetKeys = datasets.map((d) => d.fides_key);

  const recipients = Object.values(policy.recipients).filter(isThirdParty);
  const recipientKey = (r: RecipientDef) => fidesKey(r.id);
  const purposes = Object.values(policy.purposes);
  const transfers = recipients.filter((r) => r.transfer && isOutsideEea(r.transfer.country));
  const profiling = purposes.filter((p) => p.profiling);
  const system = {
    fides_key: systemKey,
    name: policy.controller.name,
    description: `Processing of personal data declared in ${policy.controller.name}'s privacy.yml, with the data privmap found in code and databases.`,
    system_type: 'Service',
    legal_name: policy.controller.name,
    ...(policy.controller.dpo ? { dpo: policy.controller.dpo } : {}),
    ...(policy.controller.website ? { privacy_policy: policy.controller.website } : {}),
    dataset_references: datasetKeys,
    processes_personal_data: true,
    does_international_transfers: transfers.length > 0,
    legal_basis_for_transfers: sorted(transfers.flatMap((r) => transferBases(r.transfer!.safeguard))),
    uses_profiling: profiling.length > 0,
    legal_basis_for_profiling: sorted(profiling.flatMap((p) => (p.legalBasis === 'consent' ? ['Explicit consent'] : p.legalBasis === 'contract' ? ['Contract'] : []))),
    egress: recipients.map((r) => ({ fides_key: recipientKey(r), type: 'system', data_categories: sorted(r.categories.map(category)) })),
    privacy_declarations: purposes.map((p) => {
      const receiving = recipients.filter((r) => r.purposes.includes(p.id));
      return {
        name: p.title,
        data_use: fidesDataUse(p),
        data_categories: sorted(p.categories.map(category)),
        data_subjects: sorted(p.subjects.map((s) => fidesSubject(s, policy))),
        ...(p.legalBasis ? { legal_basis_for_processing: FIDES_LEGAL_BASIS[p.legalBasis] } : {}),
        ...(p.lia ? { impact_assessment_location: p.lia } : {}),
        ...(p.retention ? { retention_period: p.retention } : {}),
        dataset_references: datasetKeys,
        egress: receiving.map(recipientKey),
        data_shared_with_third_parties: receiving.length > 0,
        ...(receiving.length ? { third_parties: receiving.map((r) => r.title).join('; ') } : {}),
        shared_categories: sorted(receiving.flatMap((r) => r.categories.filter((c) => p.categories.includes(c)).map(category))),
      };
    }),
  };
  // fideslang resolves an egress `fides_key` to a system: each recipient is defined here, receiving from ours.
  const recipientSystems = recipients.map((r) => ({
    fides_key: recipientKey(r),
    name: r.title,
    ...(r.description ? { description: r.description } : {}),
    system_type: 'Service',
    ingress: [{ fides_key: systemKey, type: 'system', data_categories: sorted(r.categories.map(category)) }],
    privacy_declarations: [],
  }));
  return stringify({ dataset: datasets, system: [system, ...recipientSystems] }, { lineWidth: 0 });
}

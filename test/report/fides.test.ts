/** The Fides export parses as fideslang manifests whose keys and references hold together. */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { exportFides } from '../../src/report/fides.js';
import { loadReportInventory } from './fixture.js';

interface Manifest {
  dataset: { fides_key: string; collections: { name: string; fields: { name: string; data_categories: string[] }[] }[] }[];
  system: { fides_key: string; egress: { fides_key: string; type: string; data_categories: string[] }[]; privacy_declarations: Record<string, unknown>[]; [key: string]: unknown }[];
}

const FIDES_KEY = /^[a-zA-Z0-9_.<>-]+$/;
const manifest = parse(exportFides(loadReportInventory())) as Manifest;

describe('Fides export', () => {
  it('writes one dataset per schema: tables as collections, columns with fideslang data categories', () => {
    expect(manifest.dataset.map((d) => d.fides_key)).toEqual(['smarti_as_public']);
    const collections = manifest.dataset[0]!.collections;
    expect(collections.map((c) => c.name)).toEqual(['addresses', 'call_notes', 'customers', 'invoices', 'orders']);
    const customers = collections.find((c) => c.name === 'customers')!;
    expect(customers.fields).toEqual([
      { name: 'email', data_categories: ['user.contact.email'] },
      { name: 'first_name', data_categories: ['user.name'] },
      { name: 'last_name', data_categories: ['user.name'] },
      { name: 'mobile', data_categories: ['user.contact.phone_number'] },
      { name: 'nickname', data_categories: ['user.name'] },
    ]);
    // The suppressed warehouse phone is not personal data; code-only fields have no table.
    expect(collections.map((c) => c.name)).not.toContain('warehouses');
  });

  it('declares each purpose with its fideslang data use, legal basis, subjects and egress', () => {
    const system = manifest.system[0]!;
    expect(system).toMatchObject({ fides_key: 'smarti_as', system_type: 'Service', does_international_transfers: true, legal_basis_for_transfers: ['Adequacy Decision', 'SCCs'], uses_profiling: true, legal_basis_for_profiling: ['Explicit consent'] });
    const uses = Object.fromEntries(system.privacy_declarations.map((d) => [d.name, d.data_use]));
    expect(uses).toEqual({
      'Provision of services and contractual agreements': 'essential.service',
      'Customer relationship management': 'essential.service.operations.support',
      'Analysis, business development and service improvement': 'analytics.reporting',
      'Customized user experience': 'personalize',
      'Sales and marketing': 'marketing.communications.email',
      'Profiling for relevant marketing': 'marketing.advertising.profiling',
      'System monitoring and error correction': 'essential.service.operations',
      'Security and detection of fraud and criminal activities': 'essential.fraud_detection',
      'Compliance with legal obligations (accounting)': 'essential.legal_obligation',
    });
    const marketing = system.privacy_declarations.find((d) => d.name === 'Sales and marketing')!;
    expect(marketing).toMatchObject({
      legal_basis_for_processing: 'Legitimate interests',
      impact_assessment_location: 'LIA-2024-05 (direct marketing to existing customers)',
      data_subjects: ['customer', 'prospect'],
      data_categories: ['user.contact.address', 'user.contact.email', 'user.name'],
      egress: ['sendgrid'],
      data_shared_with_third_parties: true,
      shared_categories: ['user.contact.email', 'user.name'],
    });
    expect(system.privacy_declarations.find((d) => d.name === 'Compliance with legal obligations (accounting)')).toMatchObject({ legal_basis_for_processing: 'Legal obligations', egress: [], data_shared_with_third_parties: false });
    expect(system.privacy_declarations.find((d) => d.name === 'Analysis, business development and service improvement')!.data_subjects).toEqual(['customer', 'visitor']);
  });

  it('keeps fideslang invariants: valid keys, and declaration egress only to the system egress', () => {
    const system = manifest.system[0]!;
    // Internal logs are part of the system, not a third party it sends data to.
    expect(system.egress.map((e) => e.fides_key)).toEqual(['mixpanel', 'sendgrid']);
    expect(system.egress.every((e) => e.type === 'system')).toBe(true);
    const flows = new Set(system.egress.map((e) => e.fides_key));
    for (const d of system.privacy_declarations) for (const key of d.egress as string[]) expect(flows.has(key), key).toBe(true);
    const keys = [system.fides_key, ...manifest.dataset.map((d) => d.fides_key), ...system.privacy_declarations.flatMap((d) => [d.data_use as string, ...(d.data_categories as string[]), ...(d.data_subjects as string[])])];
    for (const key of keys) expect(key).toMatch(FIDES_KEY);
    expect(exportFides(loadReportInventory())).toBe(exportFides(loadReportInventory()));
  });
});

/** The Fides export parses as fideslang manifests whose keys and references hold together. */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { exportFides } from '../../src/report/fides.js';
import { finerFidesKey } from '../../src/report/fides-keys.js';
import { loadReportInventory } from './fixture.js';

interface Manifest {
  dataset: { fides_key: string; collections: { name: string; fields: { name: string; data_categories: string[] }[] }[] }[];
  system: { fides_key: string; name: string; ingress?: unknown[]; egress: { fides_key: string; type: string; data_categories: string[] }[]; privacy_declarations: Record<string, unknown>[]; [key: string]: unknown }[];
}

const FIDES_KEY = /^[a-zA-Z0-9_.<>-]+$/;
const manifest = parse(exportFides(loadReportInventory())) as Manifest;

describe('fideslang finer keys (issue 15)', () => {
  it('names the part of a name, address or phone a column holds, in several languages', () => {
    const cases: [string, string, string][] = [
      ['user.name', 'first_name', 'user.name.first'],
      ['user.name', 'givenName', 'user.name.first'],
      ['user.name', 'fornavn', 'user.name.first'],
      ['user.name', 'lastName', 'user.name.last'],
      ['user.name', 'surname', 'user.name.last'],
      ['user.name', 'Nachname', 'user.name.last'],
      ['user.name', 'shipping_name', 'user.name'],
      ['user.name', 'middle_name', 'user.name'],
      ['user.contact.address', 'postal_code', 'user.contact.address.postal_code'],
      ['user.contact.address', 'billingZip', 'user.contact.address.postal_code'],
      ['user.contact.address', 'postnummer', 'user.contact.address.postal_code'],
      ['user.contact.address', 'city', 'user.contact.address.city'],
      ['user.contact.address', 'poststed', 'user.contact.address.city'],
      ['user.contact.address', 'street', 'user.contact.address.street'],
      ['user.contact.address', 'address_line1', 'user.contact.address.street'],
      ['user.contact.address', 'shipping_address', 'user.contact.address'],
      ['user.contact.address', 'country_code', 'user.contact.address.country'],
      ['user.contact.phone_number', 'fax', 'user.contact.fax_number'],
      ['user.contact.phone_number', 'mobile_phone', 'user.contact.phone_number'],
      ['user.contact.email', 'first_email', 'user.contact.email'],
      ['user.custom.name', 'first_name', 'user.custom.name'],
    ];
    for (const [key, column, expected] of cases) expect(finerFidesKey(key, column), `${key} ${column}`).toBe(expected);
  });
});

describe('Fides export', () => {
  it('writes one dataset per schema: tables as collections, columns with fideslang data categories', () => {
    expect(manifest.dataset.map((d) => d.fides_key)).toEqual(['smarti_as_public']);
    const collections = manifest.dataset[0]!.collections;
    expect(collections.map((c) => c.name)).toEqual(['addresses', 'call_notes', 'customers', 'invoices', 'orders']);
    const customers = collections.find((c) => c.name === 'customers')!;
    expect(customers.fields).toEqual([
      { name: 'email', data_categories: ['user.contact.email'] },
      { name: 'first_name', data_categories: ['user.name.first'] },
      { name: 'last_name', data_categories: ['user.name.last'] },
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
    // Every system an egress names is defined in the same manifest, receiving from ours (issue 15).
    const defined = new Map(manifest.system.map((x) => [x.fides_key, x]));
    for (const e of system.egress) {
      expect(defined.has(e.fides_key), e.fides_key).toBe(true);
      expect(defined.get(e.fides_key)!.ingress).toEqual([{ fides_key: system.fides_key, type: 'system', data_categories: e.data_categories }]);
    }
    expect(manifest.system.map((x) => x.name)).toEqual(['SMARTi AS', 'Mixpanel (product analytics)', 'Twilio SendGrid (transactional and marketing email)']);
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

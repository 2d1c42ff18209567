/**
 * A settings or configuration record shaped like an address holds the organisation's own postal address (the
 * institution running the system, the operator's billing address): its street, address line and postcode count, as
 * organisation data (src/detect/settings-address.ts). A settings record with no address shape, its mail transport
 * and sender addresses, and its bare town, unit or number stay settings.
 */
import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/index.js';
import { categories } from './field-categories.js';

const detector = createDetector({ defaultRegion: 'NO' });
const cats = (name: string, container: string, siblings: string[], type = 'varchar(80)') => categories(name, { container: [container], type, siblings });

const operator = ['id', 'app_name', 'smtp_host', 'smtp_port', 'admin_billing_address', 'admin_billing_city', 'admin_billing_zip', 'admin_billing_country'];
const institution = ['codigo', 'nomeinst', 'ender', 'numero', 'bairro', 'munic', 'uf', 'cep', 'telef', 'url', 'logo'];

describe("a settings record's own postal address", () => {
  it("counts the address and postcode of a settings record shaped like an address, as the organisation's", () => {
    expect(cats('admin_billing_address', 'settings', operator)).toEqual(['address']);
    expect(cats('admin_billing_zip', 'settings', operator)).toEqual(['address']);
    expect(cats('ender', 'db_config', institution)).toEqual(['address']);
    expect(cats('cep', 'db_config', institution, 'char(8)')).toEqual(['address']);
    const result = detector.classifyField({ name: 'ender', container: ['db_config'], type: 'varchar(80)', siblings: institution });
    expect(result.isOrganisation).toBe(true);
    expect(result.matches[0]!.evidence.notes).toContain('settings:own-address');
  });

  it('keeps a settings record without an address shape, its mail transport and its bare town or number out', () => {
    expect(cats('address', 'settings', ['id', 'smtp_host', 'smtp_port', 'address', 'password'])).toEqual([]);
    expect(cats('mail_from_address', 'settings', [...operator, 'mail_from_address'])).toEqual([]);
    expect(cats('admin_billing_city', 'settings', operator)).toEqual([]);
    expect(cats('numero', 'db_config', institution, 'int4')).toEqual([]);
  });
});

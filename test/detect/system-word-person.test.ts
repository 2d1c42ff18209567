/**
 * A system word (rules/context.yml `systemWords`: `contract`, `server`, `host`) makes an address or a name a system's
 * (`contractAddress`, `server_name`), unless a person stands between it and the term: `contractPartnerEmail` is the
 * contract partner's, `server_admin_email` the administrator's (src/detect/match-terms.ts).
 */
import { describe, expect, it } from 'vitest';
import { categories } from './field-categories.js';

const family = ['id', 'name', 'contractPartnerFirstName', 'contractPartnerLastName', 'contractPartnerEmail', 'contractPartnerStreet', 'contractPartnerZip', 'contractPartnerCity'];
const cats = (name: string, siblings = family) => categories(name, { container: ['families'], type: 'text', siblings });

describe('a person after a system word', () => {
  it('owns the data after it', () => {
    expect(cats('contractPartnerFirstName')).toEqual(['name']);
    expect(cats('contractPartnerEmail')).toEqual(['email']);
    expect(cats('contractPartnerStreet')).toEqual(['address']);
  });

  it('while the system word alone keeps its own address and name', () => {
    expect(cats('contractAddress', ['id', 'contractAddress', 'chainId'])).toEqual([]);
    expect(cats('server_name', ['id', 'server_name', 'port'])).toEqual([]);
    expect(cats('contract_email_template', family)).toEqual([]);
  });
});

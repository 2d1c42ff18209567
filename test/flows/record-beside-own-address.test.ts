/**
 * A record handed whole to the message sent to its own address (record-beside-own-address.ts): `{ to:
 * details.clientEmail, context: { ...details } }` gives the template the addressee's whole record, name included,
 * though `details` names no person. The real scan of fixtures/flows/record-beside-own-address.
 */
import { describe, expect, it } from 'vitest';
import { flowsAt } from '../helpers/flow-fixture.js';

const at = await flowsAt('record-beside-own-address', 'src/reservation-mails.ts');

describe('a record handed whole beside its own address', () => {
  it('carries the addressee’s name, spread or given under a key', () => {
    expect(at(14)).toEqual([['nodemailer', ['email', 'name']]]);
    expect(at(25)).toEqual([['nodemailer', ['email', 'name']]]);
  });

  it('leaves an organisation’s record, which addresses no person, without a flow', () => {
    expect(at(32)).toEqual([]);
  });

  it('leaves a record read member by member with what its members say', () => {
    expect(at(40)).toEqual([['nodemailer', ['email']]]);
  });
});

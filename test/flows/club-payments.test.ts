/**
 * A sports club's payments and mails through its own helpers (session 30, from a Norwegian facility-booking app): a
 * payment client whose URLs start with what its own method returns (`${this.getBaseUrl()}/ecomm/v2/payments`, a test
 * and a live host of one vendor) reaches that vendor from the caller of the factory making it; a mail builder that
 * fills a template (`return renderEmailTemplate(template, { userName, userEmail })`) and is spread into the wrapper's
 * message (`{ to: admin.email, ...emailContent }`) carries the names it was given. The real scan of
 * fixtures/flows/club-payments.
 */
import { describe, expect, it } from 'vitest';
import { flowsAt } from '../helpers/flow-fixture.js';

const at = await flowsAt('club-payments', 'src/app/api/bookings/route.ts');

describe("a club's payments and mails through its own helpers", () => {
  it("names the vendor from the host the client's own method returns", () => {
    expect(at(9)).toEqual([['vipps', ['email', 'phone']]]);
  });

  it('reads the names a spread template builder was given', () => {
    expect(at(16)).toEqual([['nodemailer', ['email', 'name']]]);
  });
});

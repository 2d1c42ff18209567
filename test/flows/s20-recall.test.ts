/**
 * Session 20's recall readings, each on its fixture under fixtures/flows (expectations.test.ts checks the fixtures'
 * `privmap-expect` comments through the scan and ESLint): a booking's `name` handed beside the booking's email
 * (transaction-party-name.ts), and a same-file function returning text, whatever its name, carrying the values it
 * writes (text-function-params.ts) and a record's name beside its address (name-beside-address.ts), or hands back a
 * mail's texts together in an object (text-function-members.ts; a friend's name in German, rules/context.yml).
 */
import { describe, expect, it } from 'vitest';
import { flowsAt } from '../helpers/flow-fixture.js';

describe("a booking's name beside the booking's email", () => {
  it("is the party's name among a call's arguments", async () => {
    const at = await flowsAt('transaction-party-name', 'src/reveal.js');
    expect(at(6)).toEqual([['nodemailer', ['email', 'name']]]);
  });

  it("stays another record's read through the booking (booking.restaurant.name)", async () => {
    const at = await flowsAt('transaction-party-name', 'src/reveal.js');
    expect(at(9)).toEqual([['nodemailer', ['email']]]);
  });
});

describe('a same-file function returning text', () => {
  it('carries the values it writes, named as a getter (getDutchWelcomeEmail), in the sender and at its callers', async () => {
    const mail = await flowsAt('text-function-params', 'src/mail.ts');
    expect(mail(8)).toEqual([['nodemailer', ['email', 'name']]]);
    const routes = await flowsAt('text-function-params', 'src/routes.ts');
    expect(routes(5)).toEqual([['nodemailer', ['email', 'name']]]);
  });

  it('leaves out a value it only tests', async () => {
    const mail = await flowsAt('text-function-params', 'src/mail.ts');
    expect(mail(13)).toEqual([['nodemailer', ['email']]]);
    const routes = await flowsAt('text-function-params', 'src/routes.ts');
    expect(routes(7)).toEqual([['nodemailer', ['email']]]);
  });

  it("writes a record's name beside its address: the person's", async () => {
    const mail = await flowsAt('text-function-params', 'src/mail.ts');
    expect(mail(18)).toEqual([['nodemailer', ['email', 'name']]]);
  });
});

describe("a same-file function handing back a mail's texts together", () => {
  it('is read for the fields taken apart from its argument, the record spread into it too', async () => {
    const at = await flowsAt('text-function-params', 'src/invite.js');
    expect(at(25)).toEqual([['nodemailer', ['email', 'name']]]);
    expect(at(28)).toEqual([['nodemailer', ['email', 'name']]]);
  });

  it("reads a member of a record of values it returns as the value the record was made with (session 34: local-members.ts)", async () => {
    const at = await flowsAt('text-function-params', 'src/invite.js');
    expect(at(32)).toEqual([['nodemailer', ['email', 'name']]]);
  });
});

describe("a local holding a form's name field", () => {
  it("is the person's name in a text beside the form's address (formData.get('name'))", async () => {
    const at = await flowsAt('form-field-local', 'src/route.ts');
    expect(at(11)).toEqual([['nodemailer', ['email', 'name', 'phone']]]);
  });

  it("keeps an organisation's name read into a local", async () => {
    const at = await flowsAt('form-field-local', 'src/route.ts');
    expect(at(20)).toEqual([['nodemailer', ['email']]]);
  });
});

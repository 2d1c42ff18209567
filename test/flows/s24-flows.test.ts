/**
 * Session 24's recall readings on fresh training sets, each on its fixture under fixtures/flows (expectations.test.ts
 * checks the fixtures' `privmap-expect` comments through the scan and ESLint): CommonJS helpers written inline on
 * `exports` (commonjs-exports.ts) with their sends in an inner function (local-thunk.ts), a message addressed to a
 * person naming that person in its texts (name-beside-recipient.ts), an iCalendar file attached to a mail
 * (calendar-file.ts), a template's placeholders replaced by values (placeholder-replace.ts) and a function named for
 * a kind of data handing it on (category-named-call.ts).
 */
import { describe, expect, it } from 'vitest';
import { flowsAt } from '../helpers/flow-fixture.js';

describe('a CommonJS helper written inline on exports', () => {
  it("is reached by a caller destructuring the require (`exports.sendSMS = async (phone, body) => …`)", async () => {
    const at = await flowsAt('commonjs-inline-exports', 'Controller/NurseController.js');
    expect(at(14)).toEqual([['twilio', ['name', 'phone']]]);
  });

  it('is reached through the required module, its send in an inner function without parameters', async () => {
    const at = await flowsAt('commonjs-inline-exports', 'Controller/NurseController.js');
    expect(at(7)).toEqual([['nodemailer', ['email']]]);
  });

  it('is reached when written on module.exports as a function expression', async () => {
    const at = await flowsAt('commonjs-inline-exports', 'Controller/NurseController.js');
    expect(at(21)).toEqual([['nodemailer', ['email', 'name']]]);
  });

  it('is no local of its file: a bare call of the export name throws and reaches nothing', async () => {
    const at = await flowsAt('commonjs-inline-exports', 'utils/sendSMS.js');
    expect(at(10)).toEqual([]);
  });
});

describe('a message addressed to a person', () => {
  it("names the record it is sent to: `to: booking.email` with `Liebe/r ${booking.name}`", async () => {
    const at = await flowsAt('addressed-message', 'src/pages/api/cancel.ts');
    expect(at(22)).toEqual([['nodemailer', ['email', 'name']]]);
  });

  it("keeps another record's name a thing's (`${workshop.name}` in a mail to a booking)", async () => {
    const at = await flowsAt('addressed-message', 'src/pages/api/cancel.ts');
    expect(at(35)).toEqual([['nodemailer', ['email']]]);
  });

  it("greets the form's name tidied and escaped (`Hallo ${escapeHtml(name)}`, `name = sanitizeText(body.name)`)", async () => {
    const at = await flowsAt('addressed-message', 'src/pages/api/workshop-book.ts');
    expect(at(12)).toEqual([['nodemailer', ['email', 'name']]]);
  });

  it("fills a text helper's data with the addressed record's name", async () => {
    const at = await flowsAt('addressed-message', 'src/pages/api/reply.ts');
    expect(at(19)).toEqual([['nodemailer', ['email', 'name']]]);
  });
});

describe('an iCalendar file attached to a mail', () => {
  it('carries what its maker was given (`createICalEvent({ description: `Telefon: ${booking.phone}` })`)', async () => {
    const at = await flowsAt('addressed-message', 'src/pages/api/confirm.ts');
    expect(at(23)).toEqual([['nodemailer', ['email', 'phone']]]);
  });
});

describe("a template's placeholder replaced by a value", () => {
  it("holds the value (`rawTemplate.replace(/{{cliente_nome}}/g, firstName(ag.cliente_nome))`)", async () => {
    const at = await flowsAt('filled-placeholders', 'src/confirmation.js');
    expect(at(16)).toEqual([['nodemailer', ['email', 'name']]]);
  });
});

describe('a function named for a kind of data', () => {
  it('hands on that kind from its argument (`firstName(row.cliente_nome)`, `formatPhone(ag.cliente_telefone)`)', async () => {
    const at = await flowsAt('filled-placeholders', 'src/confirmation.js');
    expect(at(22)).toEqual([['nodemailer', ['email', 'name']]]);
    expect(at(28)).toEqual([['nodemailer', ['email', 'phone']]]);
  });

  it('hands on nothing from an argument of another kind, nor a literal replacement', async () => {
    const at = await flowsAt('filled-placeholders', 'src/confirmation.js');
    expect(at(34)).toEqual([['nodemailer', ['email']]]);
  });
});

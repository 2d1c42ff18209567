/**
 * Session 19's recall readings, each on its fixture under fixtures/flows (expectations.test.ts checks the fixtures'
 * `privmap-expect` comments through the scan and ESLint): a `get…Template` getter fills its text with its arguments
 * (text-getter.ts), a form's fields destructured and handed over one by one (destructured-members.ts), what a
 * same-file text function reads of its argument (text-function-members.ts), a `.then` callback's parameter as the
 * rendered text (resolved-text.ts), and a person's record under a key of a template's data (record-in-template.ts).
 */
import { describe, expect, it } from 'vitest';
import { flowsAt } from '../helpers/flow-fixture.js';

describe('a getter named for a mail\'s text', () => {
  it('fills the text with the data it is given (getWelcomeTemplate(data) in another module)', async () => {
    const at = await flowsAt('text-getter', 'src/auth.service.ts');
    expect(at(8)).toEqual([['nodemailer', ['email', 'name']]]);
  });

  it('leaves a look-up of a stored template by its id unread', async () => {
    const at = await flowsAt('text-getter', 'src/auth.service.ts');
    expect(at(10)).toEqual([['nodemailer', ['email']]]);
  });
});

describe("a form's fields destructured and handed over one by one", () => {
  it("are one person's: the name beside the address taken from the same body", async () => {
    const at = await flowsAt('destructured-fields', 'src/authController.js');
    expect(at(7)).toEqual([['nodemailer', ['email', 'name']]]);
  });

  it("keep a name taken from a call's result (a clinic's) apart", async () => {
    const at = await flowsAt('destructured-fields', 'src/authController.js');
    expect(at(16)).toEqual([['nodemailer', ['email']]]);
  });
});

describe('a same-file text function given a record', () => {
  it('holds the fields it reads of it', async () => {
    const at = await flowsAt('text-function-members', 'src/email-service.js');
    expect(at(17)).toEqual([['nodemailer', ['email', 'name']]]);
  });

  it("is no text where the function builds an object: the message's own reading stands", async () => {
    const at = await flowsAt('text-function-members', 'src/email-service.js');
    expect(at(23)).toEqual([['nodemailer', ['email']]]);
  });
});

describe("a .then callback's parameter", () => {
  it('is the rendered text its promise resolves to', async () => {
    const at = await flowsAt('resolved-text', 'lib/email.js');
    expect(at(19)).toEqual([['nodemailer', ['email', 'name']]]);
  });

  it("stays a look-up's result where the promise is no text", async () => {
    const at = await flowsAt('resolved-text', 'lib/email.js');
    expect(at(30)).toEqual([['nodemailer', ['email']]]);
  });
});

describe("a person's record under a key of a template's data", () => {
  it('fills the text, nested in a context or read through a relation getter', async () => {
    const at = await flowsAt('template-data-record', 'lib/mailer.js');
    expect(at(14)).toEqual([['nodemailer', ['email', 'name']]]);
    expect(at(21)).toEqual([['nodemailer', ['email', 'name']]]);
  });

  it('is no record where the value is an id', async () => {
    const at = await flowsAt('template-data-record', 'lib/mailer.js');
    expect(at(28)).toEqual([['nodemailer', ['email']]]);
  });
});

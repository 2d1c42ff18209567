/**
 * Session 18's recall readings, each on its fixture under fixtures/flows (expectations.test.ts checks the fixtures'
 * `privmap-expect` comments through the scan and ESLint): a getter's declared return type names the class whose
 * method is called (declared-instance.ts), a webhook's URL read through the connector's own getter and field
 * (own-getter-url.ts), a record's name beside its own address in one text (record-own-name.ts), a bare `name`
 * destructured beside an address in a parameter's pattern (name-beside-destructured.ts), a parameter's `name` read
 * in one argument beside its phone read in another (`nameParams` in flows.ts), and a member of a settings group read
 * by its key (`configService.get('brevo').url`, http-base.ts).
 */
import { describe, expect, it } from 'vitest';
import { flowsAt } from '../helpers/flow-fixture.js';

describe("a getter's declared return type", () => {
  it("calls that class's method where the instance comes from another factory", async () => {
    const at = await flowsAt('declared-instance', 'src/booking.ts');
    expect(at(7)).toEqual([['google-calendar', ['name', 'phone']]]);
  });

  it('reports nothing for a class whose method sends nowhere', async () => {
    const at = await flowsAt('declared-instance', 'src/booking.ts');
    expect(at(8)).toEqual([]);
  });
});

describe("a webhook's URL read through the connector's getter and field", () => {
  it('is a third party where the field is named for a webhook', async () => {
    const at = await flowsAt('webhook-getter', 'src/orders.ts');
    expect(at(8)).toEqual([['http', ['email']]]);
  });

  it("stays unreported where the field names the app's own servers", async () => {
    const at = await flowsAt('webhook-getter', 'src/orders.ts');
    expect(at(9)).toEqual([]);
  });
});

describe("a record's name beside its own address", () => {
  it("is the person's name: the order's name beside the order's email", async () => {
    const at = await flowsAt('record-own-name', 'src/orders.ts');
    expect(at(11)).toEqual([['resend', ['email', 'name']]]);
  });

  it("keeps a thing's name beside someone else's address", async () => {
    const at = await flowsAt('record-own-name', 'src/orders.ts');
    expect(at(17)).toEqual([['resend', ['email']]]);
  });
});

describe("a bare name destructured beside an address in a parameter's pattern", () => {
  it('is the person greeted', async () => {
    const at = await flowsAt('destructured-param-name', 'src/actions.ts');
    expect(at(10)).toEqual([['resend', ['email', 'name']]]);
  });

  it('is no one without an address in the pattern', async () => {
    const at = await flowsAt('destructured-param-name', 'src/actions.ts');
    expect(at(15)).toEqual([]);
  });
});

describe("a parameter's name read in one argument beside its phone read in another", () => {
  it("is the person's name at the wrapper's callers", async () => {
    const at = await flowsAt('name-across-arguments', 'src/route.ts');
    expect(at(7)).toEqual([['twilio', ['name', 'phone']]]);
  });

  it("keeps a team's name beside a phone of another parameter", async () => {
    const at = await flowsAt('name-across-arguments', 'src/route.ts');
    expect(at(10)).toEqual([['twilio', ['phone']]]);
  });
});

describe("a member of a settings group read by its key", () => {
  it("names the vendor the group is read for (`configService.get('brevo').url`)", async () => {
    const at = await flowsAt('setting-group-member', 'src/mail.service.ts');
    expect(at(20)).toEqual([['brevo', ['email', 'name']]]);
  });

  it("leaves the app's own group unreported", async () => {
    const at = await flowsAt('setting-group-member', 'src/mail.service.ts');
    expect(at(24)).toEqual([]);
  });
});

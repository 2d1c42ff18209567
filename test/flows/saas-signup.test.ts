/**
 * A SaaS sign-up in TypeScript (session 32, from an Express boilerplate and a personal site's newsletter form): the
 * AWS SDK's v2 client made from a namespace import (`new aws.SES()`), whose `Destination` holds only addresses; a
 * Mongoose model given a class's statics by `schema.loadClass(UserClass)`; a newsletter API called by hand, its query
 * filled on a `URL` and sent as `url.toString()`, its POST going to one of two paths of the same host; a form's fields
 * read by key (`form.get('email')`), while a settings store's key (`configService.get('SUPPORT_EMAIL')`) stays the
 * system's; an SDK reached through the app's accessor of its classes (`new (brevo('ContactsApi'))()`, `brevo(api)` returning
 * `Brevo[api]`), its message a class handed out by name and filled after (`message.to = [{ email, name }]`). The real
 * scan of fixtures/flows/saas-signup.
 */
import { describe, expect, it } from 'vitest';
import { flowsAtIn, scanFlowFixture } from '../helpers/flow-fixture.js';

const scanned = await scanFlowFixture('saas-signup');
const auth = flowsAtIn(scanned, 'server/auth.ts');
const newsletter = flowsAtIn(scanned, 'server/newsletter.ts');
const subscribeRoute = flowsAtIn(scanned, 'app/routes/subscribe.ts');

describe('a sign-up through a model, an SDK namespace and a hand-called newsletter API', () => {
  it("reads the v2 SDK's client made from a namespace import, and a wrapper's `to` as addresses", () => {
    expect(flowsAtIn(scanned, 'server/aws-ses.ts')(7)).toEqual([['aws-ses', ['email']]]);
    // `address` handed to the mail's recipients is an email address, not a postal one.
    expect(auth(11)).toEqual([['aws-ses', ['email']]]);
  });

  it("follows a model's static method to the class its schema loaded", () => {
    expect(auth(6)).toEqual([
      ['aws-ses', ['email', 'name']],
      ['kit', ['email', 'name']],
    ]);
  });

  it("reaches the vendor a URL local's text and a choice between two of its paths name", () => {
    expect(newsletter(7)).toEqual([['kit', ['email']]]);
    expect(newsletter(17)).toEqual([['kit', ['email', 'name']]]);
    // Two servers, one of them the caller's: no vendor is named.
    expect(newsletter(24)).toEqual([]);
  });

  it("reads a form's fields by key, and a settings store's key as the system's", () => {
    expect(subscribeRoute(8)).toEqual([['kit', ['email', 'name']]]);
    expect(subscribeRoute(9)).toEqual([]);
  });

  it("follows an SDK's classes handed out by the app's accessor, and a message filled after it is made", () => {
    const invites = flowsAtIn(scanned, 'server/invites.ts');
    expect(invites(5)).toEqual([['brevo', ['email', 'name']]]);
    expect(invites(10)).toEqual([['brevo', ['email', 'name']]]);
  });
});

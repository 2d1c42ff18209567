/**
 * A chain of factories across modules (factory-chains.ts, concise-instance.ts), with the builder kept in a local
 * (builder-locals.ts) and a key sent in some cases (conditional-spread.ts): `apiRequests().sendMail().execute(request)`
 * reaches Brevo's fetch, so the caller handing `form.email` to the adapter is a flow to Brevo; the same chain to the
 * app's own backend is none. The real scan of fixtures/flows/factory-chains; expectations.test.ts checks ESLint
 * reports the same.
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('factory-chains');
const at = (file: string, line: number) => flows.filter((f) => f.location.file === file && f.location.line === line).map((f) => [f.sinkId, f.categories, f.via]);

describe('a chain of factories across modules', () => {
  it('follows each step to what the last one makes, through a builder kept in a local', () => {
    expect(at('src/signup.ts', 6)).toEqual([['brevo', ['email'], ['BrevoMailer.sendWelcome', 'BrevoMailer.send', 'apiRequests.sendMail.execute', '<class>.execute', 'fetch', 'brevo']]]);
  });

  it('reads a chain written in the call', () => {
    expect(at('src/mailer.ts', 19)).toEqual([['brevo', ['email'], ['apiRequests.createContact.execute', '<class>.execute', 'fetch', 'brevo']]]);
  });

  it("finds no flow where the chain ends at the app's own backend", () => {
    expect(flows.filter((f) => f.location.file === 'src/mailer.ts' && f.location.line !== 19)).toEqual([]);
    expect(flows.filter((f) => f.location.file === 'src/requests.ts' || f.location.file === 'src/builders.ts')).toEqual([]);
  });
});

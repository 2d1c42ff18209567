/**
 * Mail services known only by their names (session 11, from Potentiel's notifications): the recipients of such a
 * service's message are email addresses whatever they are called (inferred-mail-roles.ts), a list written in the call
 * is whose its elements are (roles.ts), and a mail port injected as a function (`({ sendEmail }) => async ({ email }) =>
 * sendEmail(…)`) is such a service (injected-service.ts). The real scans of fixtures/flows/wrappers/…;
 * expectations.test.ts checks ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const at = async (folder: string, file: string) =>
  (await scanFlowFixture(`wrappers/${folder}`)).filter((f) => f.location.file === file).map((f) => [f.location.line, f.sinkId, f.categories, f.expressions]);

describe("an inferred mail service's recipients", () => {
  it('are email addresses, in a list written in the call or in a local', async () => {
    const flows = await at('inferred-recipients', 'src/subscribers/access-granted.ts');
    expect(flows).toEqual([
      [8, 'inferred-email', ['email'], ['[userIdentifier]']],
      [11, 'inferred-email', ['email'], ['agents']],
    ]);
  });
});

describe('a mail port injected as a function', () => {
  it('is a mail service its name says, given the signing-in address', async () => {
    expect((await at('injected-port', 'src/magic-link.ts')).map(([line, sink, categories]) => [line, sink, categories])).toEqual([[7, 'inferred-email', ['email']]]);
  });
});

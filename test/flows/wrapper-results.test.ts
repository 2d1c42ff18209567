/**
 * Three readings of apps' own mail helpers (session 11, from Worklenz and nosgestesclimat-server): a member read
 * through a type assertion is the parameter's key (asserted-receiver.ts), a parameter destructured two levels deep
 * names what its key holds (nested-parameters.ts), and a helper answering what another function of its file answers
 * is a wrapper, not a client's factory (flows.ts `isSinkResult`). The real scans of fixtures/flows/wrappers/…;
 * expectations.test.ts checks ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const at = async (folder: string, file: string) =>
  (await scanFlowFixture(`wrappers/${folder}`)).filter((f) => f.location.file === file).map((f) => [f.location.line, f.sinkId, f.categories]);

describe('a member read through a type assertion', () => {
  it('is the key the caller gives, so the recipient is found where it enters', async () => {
    expect(await at('asserted-receiver', 'src/project-controller.ts')).toEqual([[6, 'nodemailer', ['email']]]);
  });

  it('hands on only that key: the addresses beside a project id go nowhere', async () => {
    const lines = (await at('asserted-receiver', 'src/project-controller.ts')).map(([line]) => line);
    expect(lines).not.toContain(13);
  });
});

describe('a parameter destructured two levels deep', () => {
  it("says its key holds the person's address and name", async () => {
    expect(await at('nested-parameters', 'src/organisation-handlers.ts')).toEqual([[9, 'nodemailer', ['email', 'name']]]);
  });
});

describe("a helper answering what its file's own wrapper answers", () => {
  it('is a wrapper whose callers hand over the data', async () => {
    expect(await at('same-file-wrapper', 'src/signup.ts')).toEqual([
      [5, 'brevo', ['email', 'name']],
      [8, 'http', ['email']],
    ]);
  });
});

/**
 * A method called on an instance made in place (new-receiver.ts): `await new EmailService().verifyEmail({ name, to })`
 * is followed to the class's method as `mailer.verifyEmail(…)` on a local holding the instance is; a class whose
 * method sends nothing stays without a flow. The real scan and the real CLI on fixtures/flows/new-receiver;
 * expectations.test.ts checks ESLint reports the same.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/cli.js';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const folder = 'new-receiver';
const file = 'src/routes/signup/+page.server.ts';

describe('a method called on an instance made in place', () => {
  it("follows `new EmailService().verifyEmail(…)` to the service's send over Resend", async () => {
    const flows = (await scanFlowFixture(folder)).filter((f) => f.location.file === file);
    expect(flows.map((f) => [f.location.line, f.sinkId, f.categories, f.via])).toEqual([[10, 'resend', ['email', 'name'], ['EmailService.verifyEmail', 'EmailService.send', 'resend.emails.send', 'resend']]]);
  });

  it('reports it through the CLI', () => {
    const result = runCli(['scan', join(repoRoot, 'fixtures', 'flows', folder), '--policy', join(repoRoot, 'fixtures', 'flows', 'privacy.yml'), '--format', 'json']);
    expect(result.stderr).not.toMatch(/Error|at /);
    const elements = (JSON.parse(result.stdout) as { elements: { kind: string; category: string; locations: { file: string; line: number }[]; sink?: { id: string } }[] }).elements;
    const here = elements.filter((e) => e.kind === 'flow' && e.locations.some((l) => l.file === file));
    expect(here.map((e) => [e.category, e.sink?.id, e.locations.map((l) => l.line)]).sort()).toEqual([
      ['email', 'resend', [10]],
      ['name', 'resend', [10]],
    ]);
  });
});

/**
 * A request body written out whole (serialised-body.ts): `body: JSON.stringify({ number: chat.remoteJid })` to a
 * WhatsApp gateway keeps the catalogue's role for `number` (a phone), at the `fetch` itself and through the app's
 * client whose parameter is serialised into the body. The real scan and the real CLI on
 * fixtures/flows/serialised-body; expectations.test.ts checks ESLint reports the same.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/cli.js';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const folder = 'serialised-body';

describe('a request body written out whole', () => {
  it("reads the serialised object's keys in the vendor's roles, at the fetch and through the client", async () => {
    const flows = (await scanFlowFixture(folder)).filter((f) => f.sinkKind !== 'logs');
    expect(flows.map((f) => [f.location.file, f.location.line, f.sinkId, f.categories]).sort()).toEqual([
      ['src/evolution-api.ts', 18, 'evolution-api', ['phone']],
      ['src/whatsapp.ts', 9, 'evolution-api', ['phone']],
    ]);
  });

  it('reports them through the CLI', () => {
    const result = runCli(['scan', join(repoRoot, 'fixtures', 'flows', folder), '--policy', join(repoRoot, 'fixtures', 'flows', 'privacy.yml'), '--format', 'json']);
    expect(result.stderr).not.toMatch(/Error|at /);
    const elements = (JSON.parse(result.stdout) as { elements: { kind: string; category: string; locations: { file: string; line: number }[]; sink?: { id: string } }[] }).elements;
    const flows = elements.filter((e) => e.kind === 'flow').flatMap((e) => e.locations.map((l) => [l.file, l.line, e.category, e.sink?.id]));
    expect(flows.sort()).toEqual([
      ['src/evolution-api.ts', 18, 'phone', 'evolution-api'],
      ['src/whatsapp.ts', 9, 'phone', 'evolution-api'],
    ]);
  });
});

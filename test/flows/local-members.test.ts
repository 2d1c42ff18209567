/**
 * A key read back from a local object (src/flows/local-members.ts): the real scan of
 * fixtures/flows/http/sms-gateway.ts, whose `privmap-expect` comments ESLint meets too (expectations.test.ts).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import type { FlowFinding } from '../../src/finding.js';
import { loadPolicy } from '../../src/policy/index.js';
import { scanCode } from '../../src/scan/code/index.js';
import { repoRoot } from '../helpers/cli.js';

const root = join(repoRoot, 'fixtures', 'flows', 'http');
const engine = createEngine(loadPolicy(join(repoRoot, 'fixtures', 'flows', 'privacy.yml')));
const result = await scanCode(root, { engine });
const at = (line: number) => result.findings.filter((f): f is FlowFinding => f.kind === 'flow' && f.location.file === 'sms-gateway.ts' && f.location.line === line);

describe('keys read back from a local object', () => {
  it('reads options.destinataires as the phone number it was written with, in a URL held in a local', () => {
    expect(at(14).map((f) => [f.sinkId, f.host, f.categories, f.expressions])).toEqual([['http', 'sms.gateway-example.com', ['phone'], ['message.phoneNumber']]]);
  });

  it('reads nothing personal where the keys hold settings', () => {
    expect(at(20)).toEqual([]);
  });
});

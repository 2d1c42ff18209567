/**
 * A template filled with data (template-fill.ts): `getCompiledMailTemplate(path, content, 'html')` holds what
 * `content` holds, so the mail it becomes hands over the guest's first name. The real scan of
 * fixtures/flows/template-fill; expectations.test.ts checks ESLint reports the same.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import type { FlowFinding } from '../../src/finding.js';
import { isTemplateFill } from '../../src/flows/template-fill.js';
import { loadPolicy } from '../../src/policy/index.js';
import { scanCode } from '../../src/scan/code/index.js';
import { repoRoot } from '../helpers/cli.js';

const root = join(repoRoot, 'fixtures', 'flows', 'template-fill');
const engine = createEngine(loadPolicy(join(repoRoot, 'fixtures', 'flows', 'privacy.yml')));
const result = await scanCode(root, { engine });
const flows = result.findings.filter((f): f is FlowFinding => f.kind === 'flow');
const at = (line: number) => flows.filter((f) => f.location.file === 'src/guest.ts' && f.location.line === line).map((f) => [f.sinkId, f.categories]);

describe('a template filled with data', () => {
  it("carries the data it was filled with into the mail's text", () => {
    expect(at(9)).toEqual([['nodemailer', ['email', 'name']]]);
  });

  it('carries nothing more when filled with the system\'s data', () => {
    expect(at(16)).toEqual([['nodemailer', ['email']]]);
  });

  it('reads the name: a verb of filling beside a word for a message, never SQL', () => {
    expect(['getCompiledMailTemplate', 'compileTemplate', 'interpolateEmailTemplate', 'mailer.getRenderedHtmlForTemplate'].map(isTemplateFill)).toEqual([true, true, true, true]);
    expect(['compileSqlTemplate', 'getTemplate', 'compileSchema', 'renderRoute'].map(isTemplateFill)).toEqual([false, false, false, false]);
  });
});

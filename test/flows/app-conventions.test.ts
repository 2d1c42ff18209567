/**
 * Conventions real apps write their flows with (issue 12, session 7), on the fixture projects under
 * fixtures/flows/app-conventions: the real scan and a real ESLint 9 run over the same files must report the same
 * lines with the same categories, and the chain each flow names is checked where it matters. Each scenario has a
 * positive and a negative (the same shape with nothing personal, or a value that is not the convention's).
 */
import { join, relative } from 'node:path';
import tsParser from '@typescript-eslint/parser';
import { ESLint, type Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import plugin from '../../src/eslint/index.js';
import type { FlowFinding } from '../../src/finding.js';
import { judgeFlowCategory } from '../../src/inventory/judge.js';
import { loadPolicy } from '../../src/policy/index.js';
import { scanCode } from '../../src/scan/code/index.js';
import { repoRoot } from '../helpers/cli.js';

const flowsRoot = join(repoRoot, 'fixtures', 'flows');
const root = join(flowsRoot, 'app-conventions');
const policy = loadPolicy(join(flowsRoot, 'privacy.yml'));
const engine = createEngine(policy);
const result = await scanCode(root, { engine });
const flows = result.findings.filter((f): f is FlowFinding => f.kind === 'flow');

function at(file: string, line: number): FlowFinding[] {
  return flows.filter((f) => f.location.file === file && f.location.line === line);
}

/** `file:line categories` of every flow rule message ESLint gives on the scenario folder. */
async function linted(scenario: string): Promise<string[]> {
  const eslint = new ESLint({
    cwd: flowsRoot,
    errorOnUnmatchedPattern: false,
    overrideConfigFile: true,
    overrideConfig: [{ files: ['**/*.ts', '**/*.tsx'], languageOptions: { parser: tsParser } }, plugin.configs.recommended as Linter.Config],
  });
  const results = await eslint.lintFiles([`app-conventions/${scenario}/**/*.ts`, `app-conventions/${scenario}/**/*.tsx`]);
  return results
    .flatMap((r) =>
      r.messages
        .filter((m) => m.fatal || m.ruleId === 'privmap/no-undeclared-recipient' || m.ruleId === 'privmap/no-personal-data-in-logs')
        .map((m) => `${relative(root, r.filePath).split('\\').join('/')}:${m.line} ${/^(.+?) data \(/.exec(m.message)?.[1] ?? m.message}`),
    )
    .sort();
}

/** The same, from the scan: the lines and the categories the policy does not allow of the flows in the scenario folder. */
function scanned(scenario: string): string[] {
  return flows
    .filter((f) => f.location.file!.startsWith(`${scenario}/`))
    .map((f) => [f, f.categories.filter((c) => judgeFlowCategory(f, c, policy).status === 'undeclared')] as const)
    .filter(([, undeclared]) => undeclared.length > 0)
    .map(([f, undeclared]) => `${f.location.file}:${f.location.line} ${undeclared.join(', ')}`)
    .sort();
}

describe('app conventions: the scan and ESLint agree', () => {
  it('parses every fixture', () => {
    expect(result.skipped).toEqual([]);
  });

  for (const scenario of ['block-locals', 'email-element', 'own-objects', 'sibling-functions', 'span-callbacks']) {
    it(scenario, async () => {
      expect(scanned(scenario).length).toBeGreaterThan(0);
      expect(await linted(scenario)).toEqual(scanned(scenario));
    });
  }
});

describe('a local declared in two blocks of one function (block-locals)', () => {
  it('reads the declaration of the block the call is in', () => {
    expect(at('block-locals/src/invite-member.ts', 19).map((f) => [f.via, f.categories, f.expressions])).toEqual([
      [['sendMail', 'transport.sendMail', 'nodemailer'], ['email', 'name'], ['existing.email', 'inviteeName: existing.name']],
    ]);
    // The other branch's message goes to the team's own mailbox.
    expect(at('block-locals/src/invite-member.ts', 25)).toEqual([]);
  });
});

describe('a span or scope a tracing client hands to a callback (span-callbacks)', () => {
  it('binds the callback parameter to the client, and a wrapper recording recipients on it is a sink', () => {
    expect(at('span-callbacks/src/mail-service.ts', 16).map((f) => [f.sinkId, f.categories])).toEqual([['opentelemetry', ['email']]]);
    expect(at('span-callbacks/src/waitlist.ts', 18).map((f) => [f.via, f.expressions])).toEqual([[['mail.send', 'getMailService/send', 'span.addEvent', '@opentelemetry/api'], ['attendee.user.email']]]);
    expect(at('span-callbacks/src/waitlist.ts', 27).map((f) => [f.sinkId, f.categories])).toEqual([['sentry', ['phone']]]);
  });

  it("binds nothing for the app's own object with a method of the same name, or for a fixed address", () => {
    expect(at('span-callbacks/src/waitlist.ts', 20)).toEqual([]);
    expect(at('span-callbacks/src/waitlist.ts', 21)).toEqual([]);
    expect(at('span-callbacks/src/waitlist.ts', 29)).toEqual([]);
  });
});

describe('an email template element handed over before it is rendered (email-element)', () => {
  it("carries the template's props to the mail it is rendered into", () => {
    expect(at('email-element/src/auth/password.service.tsx', 20).map((f) => [f.via, f.categories, f.expressions])).toEqual([
      [['this.mailService.send', 'MailService.send', 'transporter.sendMail', 'nodemailer'], ['email', 'name'], ['user.email', 'user.name']],
    ]);
    expect(at('email-element/src/auth/password.service.tsx', 31).map((f) => [f.sinkId, f.categories])).toEqual([['resend', ['email', 'name']]]);
  });

  it('reads nothing more from a template naming no one, or from a component that is no mail template', () => {
    expect(at('email-element/src/auth/password.service.tsx', 26).map((f) => [f.categories, f.expressions])).toEqual([[['email'], ['user.email']]]);
  });
});

describe('a service written as a factory of closures (sibling-functions)', () => {
  it('links a nested function to the sibling it calls by name', () => {
    expect(at('sibling-functions/src/user-service.ts', 29).map((f) => [f.via, f.categories, f.expressions])).toEqual([
      [['getUserService/syncNameToAuth0', 'managementClient.users.update', 'auth0'], ['name'], ['user.name']],
    ]);
  });

  it('reports nothing where the sibling is handed nothing personal', () => {
    expect(at('sibling-functions/src/user-service.ts', 31)).toEqual([]);
  });
});

describe("a method of the app's own object literal (own-objects)", () => {
  it('is not an analytics vendor because of the object\'s name when its body posts to the app\'s own API', () => {
    expect(at('own-objects/src/onboarding.ts', 22)).toEqual([]);
    expect(flows.filter((f) => f.sinkId.startsWith('inferred-'))).toEqual([]);
  });

  it('reaches the vendor its body calls', () => {
    expect(at('own-objects/src/onboarding.ts', 25).map((f) => [f.sinkId, f.via, f.categories])).toEqual([['posthog', ['identify', 'posthog.identify', 'posthog-js'], ['email']]]);
  });
});

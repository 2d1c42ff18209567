/**
 * `privmap diff` on a real git history (issue 14): each commit of the test repository makes one change to
 * personal data, and the diff of that commit lists exactly that change. Run as the built CLI.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type AjvDraft04 from 'ajv-draft-04';
import type * as Sarif from 'sarif';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DiffReport } from '../../src/diff/model.js';
import { runCli } from '../helpers/cli.js';
import { createGitProject, CUSTOMER_V2, type GitProject, SIGNUP_WITH_LOG, TRACK_WITH_MIXPANEL } from './git-project.js';

const require = createRequire(import.meta.url);
const Ajv = require('ajv-draft-04') as typeof AjvDraft04.default;
const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
const validateSarif = new Ajv({ strict: false, unicodeRegExp: false, logger: false, validateFormats: false }).compile(schema);

/** An element as a reviewer reads it: category and name. */
const named = (e: { category: string; container: string; field: string; kind: string }) => `${e.category} ${e.kind === 'flow' ? `${e.field}() in ${e.container}` : `${e.container}.${e.field}`}`;

let project: GitProject;
const commits: Record<string, string> = {};

function diffJson(...refs: string[]): DiffReport {
  const result = runCli(['diff', ...refs, '-C', project.dir, '-f', 'json', '--no-cache']);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout) as DiffReport;
}

beforeAll(() => {
  project = createGitProject();
  commits.base = project.commit('a customer with a name, an email and a phone');
  project.write('src/customer.ts', CUSTOMER_V2);
  commits.field = project.commit('add a delivery address');
  project.write('src/signup.ts', SIGNUP_WITH_LOG);
  commits.flow = project.commit('log the new customer');
  project.write('src/track.ts', TRACK_WITH_MIXPANEL);
  commits.recipient = project.commit('track sign-ups in Mixpanel');
  project.write('src/customer.ts', CUSTOMER_V2.replace('  phone: string;\n', ''));
  commits.removal = project.commit('stop keeping the phone number');
});
afterAll(() => project.cleanup());

describe('privmap diff, commit by commit', () => {
  it('a commit that adds a field lists that field, and nothing else', () => {
    const report = diffJson(commits.base!, commits.field!);
    expect(report.base.sha).toBe(commits.base);
    expect(report.head.sha).toBe(commits.field);
    expect(report.added.map(named)).toEqual(['address Customer.deliveryAddress']);
    expect(report.added[0]!.status).toBe('declared');
    expect(report.added[0]!.locations[0]).toMatchObject({ file: 'src/customer.ts', line: 7 });
    expect([report.removed, report.changed, report.newRecipients, report.newlyUndeclared]).toEqual([[], [], [], []]);
  });

  it('a commit that adds a flow to logs lists the flow, the new recipient and the newly undeclared processing', () => {
    const report = diffJson(commits.field!, commits.flow!);
    expect(report.added.map(named)).toEqual(['email console.log() in welcome']);
    expect(report.newlyUndeclared.map(named)).toEqual(['email console.log() in welcome']);
    expect(report.newRecipients).toEqual([{ id: 'console', isDeclared: false, kind: 'logs', categories: ['email'], elements: [report.added[0]!.id] }]);
    // The field whose value now reaches the logs gains that recipient.
    expect(report.changed.map((c) => [named(c.element), c.changes, c.before.recipients, c.element.recipients])).toEqual([['email Customer.email', ['recipients'], [], ['console']]]);
    expect(report.removed).toEqual([]);
  });

  it('a commit that adds a declared recipient lists it as new and declared, with nothing undeclared', () => {
    const report = diffJson(commits.flow!, commits.recipient!);
    expect(report.added.map(named)).toEqual(['email mixpanel.track() in trackSignup']);
    expect(report.added[0]!.status).toBe('declared');
    expect(report.newRecipients.map((r) => [r.id, r.isDeclared, r.kind])).toEqual([['mixpanel', true, 'processor']]);
    expect(report.newlyUndeclared).toEqual([]);
    expect(report.removed).toEqual([]);
  });

  it('a commit that removes a field lists only the removal', () => {
    const report = diffJson(commits.recipient!, commits.removal!);
    expect(report.removed.map(named)).toEqual(['phone Customer.phone']);
    expect([report.added, report.changed, report.newRecipients, report.newlyUndeclared]).toEqual([[], [], [], []]);
  });

  it('moving code without changing it is no change (ids never hold a line)', () => {
    project.write('src/customer.ts', `// moved down by a comment\n\n${readFileSync(`${project.dir}/src/customer.ts`, 'utf8')}`);
    try {
      const report = diffJson(commits.removal!);
      expect(report.head).toEqual({ ref: 'work tree' });
      expect(report.summary).toEqual({ added: 0, removed: 0, changed: 0, newRecipients: 0, newlyUndeclared: 0 });
    } finally {
      project.git('checkout', '--', 'src/customer.ts');
    }
  });

  it('compares the work tree, uncommitted edits included, with the base by default', () => {
    project.write('src/lead.ts', 'export interface Lead {\n  email: string;\n}\n');
    try {
      // On main itself the default base is HEAD: the diff is what is not committed yet.
      const report = diffJson();
      expect(report.base.sha).toBe(commits.removal);
      expect(report.added.map(named)).toEqual(['email Lead.email']);
      expect(report.newlyUndeclared.map(named)).toEqual(['email Lead.email']);
    } finally {
      project.remove('src/lead.ts');
    }
  });

  it('judges the base by the policy the base had: a purpose the change removes makes processing newly undeclared', () => {
    const policy = readFileSync(`${project.dir}/privacy.yml`, 'utf8');
    project.write('privacy.yml', policy.replace('categories: [name, address, phone, email]', 'categories: [name, phone, email]'));
    try {
      const report = diffJson(commits.removal!);
      expect(report.added).toEqual([]);
      expect(report.changed.map((c) => [named(c.element), c.changes])).toEqual([['address Customer.deliveryAddress', ['status']]]);
      expect(report.newlyUndeclared.map(named)).toEqual(['address Customer.deliveryAddress']);
    } finally {
      project.write('privacy.yml', policy);
    }
  });
});

describe('privmap diff formats', () => {
  it('Markdown for a pull-request comment links each location to its line on GitHub', () => {
    const result = runCli(['diff', commits.field!, commits.flow!, '-C', project.dir, '-f', 'markdown', '--no-cache'], {
      env: { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'example/shop', GITHUB_SHA: 'ffff' },
    });
    expect(result.status).toBe(0);
    const md = result.stdout;
    expect(md).toContain('## privmap: personal data in this change');
    expect(md).toContain('### Newly undeclared processing');
    // The head commit is named, so links point at it rather than at GITHUB_SHA.
    expect(md).toContain(`[\`src/signup.ts:4\`](https://github.com/example/shop/blob/${commits.flow}/src/signup.ts#L4)`);
    expect(md).toMatch(/\| `console` \| \*\*not declared\*\* \| logs \| email \| 1 \|/);
    expect(md).not.toContain('### Removed');
  });

  it('Markdown without a GitHub environment names locations as plain code, and says when nothing changed', () => {
    const empty = runCli(['diff', commits.base!, commits.base!, '-C', project.dir, '-f', 'markdown', '--no-cache'], { env: { GITHUB_SERVER_URL: '', GITHUB_REPOSITORY: '', GITHUB_SHA: '' } });
    expect(empty.stdout).toContain('No change to personal data.');
    const md = runCli(['diff', commits.recipient!, commits.removal!, '-C', project.dir, '-f', 'markdown', '--no-cache'], { env: { GITHUB_SERVER_URL: '', GITHUB_REPOSITORY: '', GITHUB_SHA: '' } }).stdout;
    expect(md).toContain('| phone | `Customer.phone` | `src/customer.ts:6` |');
    expect(md).not.toContain('](');
  });

  it('SARIF holds only the undeclared processing the change introduced, and is valid SARIF 2.1.0', () => {
    const result = runCli(['diff', commits.base!, commits.removal!, '-C', project.dir, '-f', 'sarif', '--no-cache']);
    expect(result.status).toBe(0);
    const log = JSON.parse(result.stdout) as Sarif.Log;
    expect(validateSarif(log), JSON.stringify(validateSarif.errors?.slice(0, 3))).toBe(true);
    const results = log.runs[0]!.results!;
    expect(results.map((r) => [r.ruleId, r.locations?.[0]?.physicalLocation?.artifactLocation?.uri, r.locations?.[0]?.physicalLocation?.region?.startLine])).toEqual([
      ['no-personal-data-in-logs', 'src/signup.ts', 4],
    ]);
    // Nothing from the unchanged part of the project, and no policy lint.
    const unchanged = runCli(['diff', commits.recipient!, commits.removal!, '-C', project.dir, '-f', 'sarif', '--no-cache']);
    expect((JSON.parse(unchanged.stdout) as Sarif.Log).runs[0]!.results).toEqual([]);
  });

  it('the terminal text leads with what fails and marks each change', () => {
    const text = runCli(['diff', commits.field!, commits.flow!, '-C', project.dir, '--no-cache']).stdout;
    expect(text.split('\n').slice(0, 4)).toEqual([
      `privmap diff: ${commits.field} (${commits.field!.slice(0, 7)}) -> ${commits.flow} (${commits.flow!.slice(0, 7)})`,
      '1 new element, 0 removed, 1 changed; 1 new recipient; 1 newly undeclared',
      '',
      'Newly undeclared (1)',
    ]);
    expect(text).toMatch(/^ {2}\+ email {2}console\.log\(\) in welcome {2}src\/signup\.ts:4 {2}undeclared {2}console$/m);
  });
});

describe('check --changed-since', () => {
  it('fails (exit 1) only on undeclared processing the change introduced', () => {
    const introduced = runCli(['check', project.dir, '--changed-since', commits.field!, '--no-cache', '-q']);
    expect(introduced.status).toBe(1);
    expect(introduced.stdout).toContain('console.log');
    // The same undeclared flow, already there at the base: not this change's doing.
    const existing = runCli(['check', project.dir, '--changed-since', commits.flow!, '--no-cache', '-q']);
    expect(existing.status).toBe(0);
    // Said as what it is: no baseline was given, so nothing was "accepted by the baseline".
    expect(existing.stdout).toMatch(new RegExp(`\\d+ undeclared element\\(s\\) already undeclared at ${commits.flow}\\.`));
    expect(existing.stdout).toMatch(new RegExp(`privmap check passed: \\d+ element\\(s\\), none newly undeclared \\(\\d+ already undeclared at ${commits.flow}\\)\\.`));
    expect(existing.stdout).not.toContain('baseline');
    // Without the option the flow fails the build, as always.
    expect(runCli(['check', project.dir, '--no-cache', '-q']).status).toBe(1);
  });
});

describe('a shallow CI clone', () => {
  it('works when the base is there, and exits 2 with one line saying what to fetch when it is not', () => {
    const cloneDir = mkdtempSync(join(tmpdir(), 'privmap-shallow-'));
    try {
      // A CI checkout: only the last commit is there.
      execFileSync('git', ['clone', '-q', '--depth', '1', `file://${project.dir}`, cloneDir]);
      const missing = runCli(['diff', commits.flow!, '-C', cloneDir, '--no-cache']);
      expect(missing.status).toBe(2);
      expect(missing.stderr.trim().split('\n')).toHaveLength(1);
      expect(missing.stderr).toContain(`${commits.flow} is not a commit in this clone (a shallow clone)`);
      expect(missing.stderr).toContain('fetch-depth: 0');
      const here = runCli(['diff', 'HEAD', '-C', cloneDir, '--no-cache', '-f', 'json']);
      expect(here.status).toBe(0);
      expect((JSON.parse(here.stdout) as DiffReport).summary.added).toBe(0);
    } finally {
      rmSync(cloneDir, { recursive: true, force: true });
    }
  });

  it('outside a git repository it exits 2 with one line', () => {
    const result = runCli(['diff', '-C', '/', '--no-cache', '-p', `${project.dir}/privacy.yml`]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^privmap: error \/ is not inside a git work tree/);
  });
});

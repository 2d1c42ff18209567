/**
 * Issue 16: privmap's SARIF passes Microsoft's SARIF validator with the rule kinds GitHub code scanning
 * applies (`--rule-kind "Gh;Sarif"`), without an error or a warning, for every command that writes SARIF.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as Sarif from 'sarif';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixture, repoRoot, runCli, runCliAsync, sampleApp } from '../helpers/cli.js';
import { type SampleDatabase, startSampleDatabase } from '../helpers/sample-database.js';
import { DOCS_URL } from '../../src/output/rule-ids.js';
import { git, gitProject } from '../integrations/git-project.js';
import { findValidator, validateSarif, type ValidatorProblem } from './sarif-validator.js';

interface SarifCase {
  name: string;
  /** Prepares the project (a private copy when the case edits it) and returns the CLI arguments before `--format sarif`. */
  args(work: string): string[] | Promise<string[]>;
}

const CASES: SarifCase[] = [
  { name: 'check on the sample app', args: () => ['check', sampleApp] },
  { name: 'scan on the sample app', args: () => ['scan', sampleApp] },
  { name: 'check on flows to logs and third parties, with in-source suppressions', args: () => ['check', join(repoRoot, 'fixtures/flows')] },
  { name: 'check with policy lint findings', args: () => ['check', join(repoRoot, 'fixtures/report/smarti')] },
  {
    name: 'check with a baseline (external suppressions)',
    args: (work) => {
      const copy = copyFixture(sampleApp);
      cleanups.push(copy.cleanup);
      const baseline = join(work, 'baseline.json');
      runCli(['check', copy.dir, '--update-baseline', '--baseline', baseline]);
      return ['check', copy.dir, '--baseline', baseline];
    },
  },
  {
    name: 'diff: only what a commit introduced (a new undeclared field)',
    args: () => {
      const project = gitProject(sampleApp);
      cleanups.push(project.cleanup);
      writeFileSync(join(project.dir, 'src', 'referral-contact.ts'), 'export interface ReferralContact {\n  friendEmail: string;\n  friendPhone: string;\n}\n');
      git(project.dir, 'add', '-A');
      git(project.dir, 'commit', '-q', '-m', 'referral contact');
      return ['diff', 'HEAD~1', 'HEAD', '--dir', project.dir];
    },
  },
  {
    name: 'check with a live database column (no file: the result points at the policy, with a logical location)',
    args: async () => {
      database = await startSampleDatabase(['CREATE TABLE call_notes (id integer PRIMARY KEY, phone text)']);
      return ['check', sampleApp, '--db', database.url];
    },
  },
];

let database: SampleDatabase | undefined;

const cleanups: (() => void)[] = [];
const validator = findValidator();
// In CI a missing validator is a failure, never a silent skip; on a developer's machine without it, a clear skip.
const isCi = Boolean(process.env.CI);
const skipReason = 'missing' in validator && !isCi ? `SARIF validator unavailable (${validator.missing}); CI runs it` : undefined;

describe.skipIf(skipReason !== undefined)('SARIF passes the official validator with the GitHub rules', () => {
  let work: string;
  const files = new Map<string, string>();
  let problems: ValidatorProblem[] = [];
  let controlFile: string;
  /** Set when the validator ran on every file; each test fails without it (CI without the binary). */
  let validated = false;
  const requireValidator = () => expect(validated, 'missing' in validator ? `the SARIF validator cannot run: ${validator.missing}` : 'the SARIF validator did not run').toBe(true);

  beforeAll(async () => {
    if ('missing' in validator) return;
    work = mkdtempSync(join(tmpdir(), 'privmap-sarif-'));
    for (const [i, c] of CASES.entries()) {
      const file = join(work, `case-${i}.sarif`);
      // Async: the live database is served from this process.
      const result = await runCliAsync([...(await c.args(work)), '--format', 'sarif', '--output', file]);
      if (result.status !== 0 && result.status !== 1) throw new Error(`${c.name}: exit ${result.status}\n${result.stderr}`);
      files.set(c.name, file);
    }
    // The control proves the validator really judges the files: the shape issue 16 started from.
    const before = JSON.parse(readFileSync(files.get(CASES[0]!.name)!, 'utf8')) as Sarif.Log;
    const run = before.runs[0]!;
    run.tool.driver.rules = run.tool.driver.rules!.map((r) => ({ id: r.id, shortDescription: r.shortDescription!, helpUri: r.helpUri! }));
    run.originalUriBaseIds = { '%SRCROOT%': { uri: './' } };
    controlFile = join(work, 'control.sarif');
    writeFileSync(controlFile, JSON.stringify(before, null, 2));
    problems = await validateSarif(validator.binary, [...files.values(), controlFile]);
    validated = true;
  }, 300_000);

  afterAll(async () => {
    await database?.close();
    for (const cleanup of cleanups.splice(0)) cleanup();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('reports the missing GitHub metadata and the relative base URI in the pre-issue-16 shape', () => {
    requireValidator();
    const codes = new Set(problems.filter((p) => p.file === controlFile).map((p) => p.ruleId));
    expect([...codes].sort()).toEqual(expect.arrayContaining(['GH2012', 'SARIF1004']));
  });

  it.each(CASES.map((c) => c.name))('%s: no error and no warning', (name) => {
    requireValidator();
    const file = files.get(name)!;
    expect(problems.filter((p) => p.file === file)).toEqual([]);
    expect((JSON.parse(readFileSync(file, 'utf8')) as Sarif.Log).runs[0]!.results!.length).toBeGreaterThan(0);
  });

  it('covers a result without a source file', () => {
    requireValidator();
    const log = JSON.parse(readFileSync(files.get(CASES.at(-1)!.name)!, 'utf8')) as Sarif.Log;
    const live = log.runs[0]!.results!.find((r) => r.locations?.[0]?.logicalLocations?.[0]?.fullyQualifiedName === 'public.call_notes.phone');
    expect(live?.locations?.[0]?.physicalLocation?.artifactLocation?.uri).toBe('privacy.yml');
  });
});

describe('SARIF rule metadata and messages', () => {
  it('describes every rule with help that says how to declare a purpose and links its page', () => {
    const log = JSON.parse(runCli(['check', sampleApp, '--format', 'sarif']).stdout) as Sarif.Log;
    const rules = log.runs[0]!.tool.driver.rules!;
    expect(rules.map((r) => r.id)).toEqual(expect.arrayContaining(['no-undeclared-personal-data', 'no-personal-data-in-logs', 'no-undeclared-recipient', 'policy/lia-missing']));
    for (const rule of rules) {
      expect(rule.fullDescription?.text.length).toBeGreaterThan(rule.shortDescription!.text.length);
      expect(rule.help?.markdown).toContain(`](${rule.helpUri})`);
      expect(rule.help?.text).toContain(rule.helpUri);
      expect(rule.properties?.tags).toContain('privacy');
      expect(['error', 'warning', 'note']).toContain(rule.defaultConfiguration?.level);
    }
    // Every help link opens a page of this repository, at the rule's own section.
    for (const rule of rules) {
      const [path, anchor] = rule.helpUri!.replace(DOCS_URL, 'docs').split('#');
      const page = readFileSync(join(repoRoot, path!), 'utf8');
      if (anchor) expect(page, rule.id).toMatch(new RegExp(`^#+ \`${anchor}\`$`, 'm'));
    }
    const fields = rules.find((r) => r.id === 'no-undeclared-personal-data')!;
    expect(fields.help!.markdown).toMatch(/@purpose/);
    expect(fields.help!.markdown).toMatch(/processing:/);
    expect(log.runs[0]!.originalUriBaseIds!['%SRCROOT%']!.uri).toMatch(/^file:\/\/\/.*\/sample-app\/$/);
  });

  it('names the purpose to declare in each result message', () => {
    const log = JSON.parse(runCli(['check', sampleApp, '--format', 'sarif']).stdout) as Sarif.Log;
    const referral = log.runs[0]!.results!.find((r) => r.message.text?.startsWith('email in Referral.friendEmail'))!;
    expect(referral.message.text).toMatch(/To fix it, add `@purpose service-provision` to the JSDoc of `Referral.friendEmail`, or declare it under processing in privacy.yml \(`purposes: \[service-provision\]`/);
    const telemarketing = log.runs[0]!.results!.find((r) => r.message.text?.startsWith('phone in TelemarketingLead.phone'))!;
    expect(telemarketing.message.text).toMatch(/use a purpose that allows it \(`service-provision` or `customer-relationship`\)\.$/);
  });
});

/**
 * Issue 16: the GitHub Action, exercised as its docs page shows it. The workflow is taken from
 * docs/integrations/github-action.md; action.yml's steps run as shell steps in a git repository with a base
 * branch and a pull request; the comment goes to a GitHub API stand-in on 127.0.0.1. Only the SARIF upload
 * (github/codeql-action) cannot run here: the test checks what it would be given.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as Sarif from 'sarif';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot, runCli, sampleApp } from '../helpers/cli.js';
import { type ActionFile, type GithubContext, runAction, type StepRecord } from './action-runner.js';
import { type FakeGithub, startFakeGithub } from './fake-github.js';
import { git, type GitProject, gitProject } from './git-project.js';
import { codeBlock } from './markdown-blocks.js';

const page = join(repoRoot, 'docs/integrations/github-action.md');
const REPO = 'smarti/shop';
const version = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;

interface WorkflowStep {
  uses?: string;
  with?: Record<string, string | number | boolean>;
}

function documentedStep(): { uses: string; with: Record<string, string> } {
  const workflow = parse(codeBlock(page, 'yaml', 'uses: privmap/privmap@')) as { jobs: Record<string, { steps: WorkflowStep[] }>; permissions: Record<string, string> };
  const step = Object.values(workflow.jobs).flatMap((job) => job.steps).find((s) => s.uses?.startsWith('privmap/privmap@'))!;
  return { uses: step.uses!, with: Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, String(v)])) };
}

function pullRequest(number: number): GithubContext {
  return { event_name: 'pull_request', base_ref: 'main', token: 'ghs_fake_token', event: { pull_request: { number } } };
}

const step = (steps: StepRecord[], id: string) => steps.find((s) => s.id === id || s.name === id)!;

describe('the GitHub Action from docs/integrations/github-action.md', () => {
  let github: FakeGithub;
  let project: GitProject | undefined;
  beforeAll(async () => {
    github = await startFakeGithub(REPO);
  });
  afterAll(() => github.close());
  afterEach(() => {
    project?.cleanup();
    project = undefined;
    github.comments.clear();
  });

  /** The documented inputs, with the package installed from this checkout instead of the npm registry. */
  function run(workspace: string, context: GithubContext, overrides: Record<string, string> = {}) {
    return runAction({
      actionDir: repoRoot,
      workspace,
      inputs: { ...documentedStep().with, package: repoRoot, ...overrides },
      github: context,
      env: { GITHUB_API_URL: github.url, GITHUB_REPOSITORY: REPO },
    });
  }

  it('pins the release: the docs use the tag of this version and the Action installs it by default', () => {
    expect(documentedStep().uses).toBe(`privmap/privmap@v${version}`);
    const action = parse(readFileSync(join(repoRoot, 'action.yml'), 'utf8')) as ActionFile;
    expect(action.inputs.version!.default).toBe(version);
    const workflow = parse(codeBlock(page, 'yaml', 'uses: privmap/privmap@')) as { permissions: Record<string, string> };
    expect(workflow.permissions).toMatchObject({ 'security-events': 'write', 'pull-requests': 'write' });
    // The scripts the steps call ship in the repository the Action is checked out from.
    const scripts = [...readFileSync(join(repoRoot, 'action.yml'), 'utf8').matchAll(/\$GITHUB_ACTION_PATH\/([\w./-]+)/g)].map((m) => m[1]!);
    expect(scripts.sort()).toEqual(['scripts/action-sarif-paths.mjs', 'scripts/pr-comment.mjs']);
    for (const script of scripts) expect(existsSync(join(repoRoot, script)), script).toBe(true);
  });

  it('on a pull request: checks, hands SARIF to the upload, keeps one change-view comment, and fails the job', async () => {
    project = gitProject(sampleApp);
    git(project.dir, 'checkout', '-q', '-b', 'feature');
    mkdirSync(join(project.dir, 'src/newsletter'), { recursive: true });
    writeFileSync(join(project.dir, 'src/newsletter/subscriber.ts'), 'export interface NewsletterSubscriber {\n  email: string;\n  firstName: string;\n}\n');
    git(project.dir, 'add', '-A');
    git(project.dir, 'commit', '-q', '-m', 'newsletter subscribers');

    const first = await run(project.dir, pullRequest(42));
    expect(step(first.steps, 'install').outcome).toBe('success');
    expect(step(first.steps, 'check').outputs['exit-code']).toBe('1');
    const upload = step(first.steps, 'Upload SARIF to code scanning');
    expect(upload.uses).toMatch(/^github\/codeql-action\/upload-sarif@v\d+$/);
    expect(upload.with).toEqual({ sarif_file: 'privmap.sarif', category: 'privmap-default' });
    const sarif = JSON.parse(readFileSync(join(project.dir, upload.with!.sarif_file!), 'utf8')) as Sarif.Log;
    const uris = sarif.runs[0]!.results!.map((r) => r.locations?.[0]?.physicalLocation?.artifactLocation?.uri);
    expect(uris).toContain('src/newsletter/subscriber.ts');
    expect(step(first.steps, 'Fail on undeclared personal data').outcome).toBe('failure');
    expect(first.failed).toBe(true);

    expect(step(first.steps, 'diff').outcome).toBe('success');
    expect(github.comments.get(42)).toHaveLength(1);
    expect(github.comments.get(42)![0]!.body).toMatch(/^<!-- privmap:change-view:default -->\n/);
    expect(github.comments.get(42)![0]!.body).toContain('NewsletterSubscriber');
    // A second push: the same comment, replaced, never a second one.
    const id = github.comments.get(42)![0]!.id;
    await run(project.dir, pullRequest(42));
    expect(github.comments.get(42)!.map((c) => c.id)).toEqual([id]);
  });

  it('uses the baseline when the project has one: exit 0 and a green job', async () => {
    project = gitProject(sampleApp);
    expect(runCli(['check', project.dir, '--update-baseline']).status).toBe(0);
    const result = await run(project.dir, { event_name: 'push', token: 'ghs_fake_token', event: {} });
    expect(step(result.steps, 'check').output).toContain('failing only on what ./privmap-baseline.json does not accept');
    expect(step(result.steps, 'check').outputs['exit-code']).toBe('0');
    expect(step(result.steps, 'Fail on undeclared personal data').outcome).toBe('skipped');
    // A push has no pull request to comment on.
    expect(step(result.steps, 'diff').outcome).toBe('skipped');
    expect(result.failed).toBe(false);
  });

  it('for a project in a subdirectory, gives code scanning paths from the repository root', async () => {
    project = gitProject(sampleApp, 'services/shop');
    const result = await run(project.dir, { event_name: 'push', token: 'ghs_fake_token', event: {} }, { path: 'services/shop', 'fail-on-findings': 'false' });
    expect(step(result.steps, 'check').outputs['exit-code']).toBe('1');
    const sarif = JSON.parse(readFileSync(join(project.dir, 'privmap.sarif'), 'utf8')) as Sarif.Log;
    const uris = sarif.runs[0]!.results!.map((r) => r.locations![0]!.physicalLocation!.artifactLocation!.uri!);
    expect(uris).toContain('services/shop/src/referrals/referral.ts');
    for (const uri of uris) expect(existsSync(join(project.dir, uri)), uri).toBe(true);
    expect(result.failed).toBe(false);
  });

  it('stops with exit 2 on a broken policy, naming file:line, with no upload', async () => {
    project = gitProject(sampleApp);
    writeFileSync(join(project.dir, 'privacy.yml'), 'version: 1\npurposes: [not, a, map\n');
    const result = await run(project.dir, { event_name: 'push', token: 'ghs_fake_token', event: {} });
    expect(step(result.steps, 'check').outcome).toBe('failure');
    expect(step(result.steps, 'check').outputs['exit-code']).toBe('2');
    expect(step(result.steps, 'check').output).toMatch(/privacy\.yml:\d+:\d+: error/);
    expect(step(result.steps, 'Upload SARIF to code scanning').outcome).toBe('skipped');
    expect(step(result.steps, 'Fail on undeclared personal data').outcome).toBe('skipped');
    expect(result.failed).toBe(true);
  });
});

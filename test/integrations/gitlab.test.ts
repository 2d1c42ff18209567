/**
 * Issue 16: the GitLab job from docs/integrations/gitlab.md, run as written (its `script` lines in order,
 * stopping at the first failure, as GitLab's shell runner does), produces the Code Quality artifact GitLab's
 * merge-request widget reads.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { CodeQualityIssue } from '../../src/output/gitlab.js';
import { repoRoot, runCli, sampleApp } from '../helpers/cli.js';
import { validateCodeQuality } from '../output/gitlab-code-quality.js';
import { git, type GitProject, gitProject } from './git-project.js';
import { codeBlock } from './markdown-blocks.js';

interface GitlabJob {
  image: string;
  script: string[];
  artifacts: { when: string; reports: { codequality: string } };
}

const job = (parse(codeBlock(join(repoRoot, 'docs/integrations/gitlab.md'), 'yaml', 'codequality:')) as Record<string, GitlabJob>).privmap!;

/** The sample app as a project that has privmap as a dev dependency (from this checkout) and a lockfile. */
function projectWithPrivmap(): GitProject {
  const project = gitProject(sampleApp);
  writeFileSync(join(project.dir, 'package.json'), JSON.stringify({ name: 'smarti-shop-api', private: true, devDependencies: { privmap: `file:${repoRoot}` } }, null, 2));
  const lock = spawnSync('npm', ['install', '--package-lock-only', '--no-audit', '--no-fund'], { cwd: project.dir, encoding: 'utf8' });
  if (lock.status !== 0) throw new Error(lock.stderr);
  return project;
}

function runScript(dir: string, lines: string[]): { status: number; log: string } {
  let log = '';
  for (const line of lines) {
    const result = spawnSync('sh', ['-c', line], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CI: 'true', GITLAB_CI: 'true' }, timeout: 180_000 });
    log += `$ ${line}\n${result.stdout}${result.stderr}`;
    if (result.status !== 0) return { status: result.status ?? 1, log };
  }
  return { status: 0, log };
}

describe('the GitLab job from docs/integrations/gitlab.md', () => {
  let project: GitProject | undefined;
  afterEach(() => project?.cleanup());

  it('uploads the report whatever the exit code, as the widget needs it most when the job fails', () => {
    expect(job.artifacts.when).toBe('always');
    expect(job.script.some((line) => line.includes('--format gitlab'))).toBe(true);
  });

  it('fails on a new undeclared field and reports just that, with every field GitLab requires', () => {
    project = projectWithPrivmap();
    expect(runCli(['check', project.dir, '--update-baseline']).status).toBe(0);
    mkdirSync(join(project.dir, 'src/newsletter'));
    writeFileSync(join(project.dir, 'src/newsletter/subscriber.ts'), 'export interface NewsletterSubscriber {\n  email: string;\n}\n');
    git(project.dir, 'add', '-A');
    git(project.dir, 'commit', '-q', '-m', 'newsletter');

    const { status, log } = runScript(project.dir, job.script);
    expect(status, log).toBe(1);
    const issues = JSON.parse(readFileSync(join(project.dir, job.artifacts.reports.codequality), 'utf8')) as CodeQualityIssue[];
    expect(validateCodeQuality(issues), JSON.stringify(validateCodeQuality.errors)).toBe(true);
    const failing = issues.filter((i) => i.severity !== 'info');
    expect(failing).toHaveLength(1);
    expect(failing[0]).toMatchObject({ check_name: 'no-undeclared-personal-data', severity: 'major', location: { path: 'src/newsletter/subscriber.ts', lines: { begin: 2 } } });
    expect(failing[0]!.description).toMatch(/^email in NewsletterSubscriber\.email: no purpose is declared for it\. To fix it, add `@purpose service-provision`/);
  });

  it('passes and writes a report without failing issues when nothing new is undeclared', () => {
    project = projectWithPrivmap();
    expect(runCli(['check', project.dir, '--update-baseline']).status).toBe(0);
    const { status, log } = runScript(project.dir, job.script);
    expect(status, log).toBe(0);
    const issues = JSON.parse(readFileSync(join(project.dir, job.artifacts.reports.codequality), 'utf8')) as CodeQualityIssue[];
    expect(validateCodeQuality(issues)).toBe(true);
    expect(issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });
});

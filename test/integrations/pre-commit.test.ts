/**
 * Issue 16: the pre-commit hook and the husky + lint-staged recipe from docs/integrations/pre-commit.md,
 * run as pre-commit and lint-staged run them, on staged files in temporary git repositories.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot, runCli, sampleApp } from '../helpers/cli.js';
import { git } from './git-project.js';
import { codeBlock } from './markdown-blocks.js';

interface Hook {
  id: string;
  entry: string;
  language: string;
  files: string;
  args?: string[];
  pass_filenames?: boolean;
}

const page = join(repoRoot, 'docs/integrations/pre-commit.md');
const hook = (parse(readFileSync(join(repoRoot, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[]).find((h) => h.id === 'privmap-check')!;
const SUBSCRIBER = 'export interface NewsletterSubscriber {\n  email: string;\n}\n';
const DECLARED = '/** @purpose service-provision */\nexport interface NewsletterSubscriber {\n  email: string;\n}\n';

/** A package under node_modules that is this checkout (privmap) or one of its dependencies. */
function linkPackage(project: string, name: string, target = join(repoRoot, 'node_modules', name)): void {
  mkdirSync(join(project, 'node_modules', name, '..'), { recursive: true });
  symlinkSync(target, join(project, 'node_modules', name), 'dir');
}

function linkBin(project: string, name: string, target: string): void {
  mkdirSync(join(project, 'node_modules/.bin'), { recursive: true });
  symlinkSync(target, join(project, 'node_modules/.bin', name));
}

function newRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'privmap-hook-'));
  git(dir, 'init', '-q', '-b', 'main');
  return dir;
}

/** What pre-commit does for a `language: script` hook: staged files through `files`, then entry + args + files. */
function runHook(repo: string, env: NodeJS.ProcessEnv = {}): { ran: boolean; status: number | null; output: string } {
  const staged = git(repo, 'diff', '--cached', '--name-only', '--diff-filter=ACMR').split('\n').filter(Boolean);
  const files = staged.filter((f) => new RegExp(hook.files).test(f));
  if (files.length === 0) return { ran: false, status: 0, output: '' };
  const entry = join(repoRoot, hook.entry);
  const result = spawnSync(entry, [...(hook.args ?? []), ...(hook.pass_filenames === false ? [] : files)], { cwd: repo, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env }, timeout: 120_000 });
  return { ran: true, status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('the pre-commit hook privmap-check', () => {
  let repo: string | undefined;
  afterEach(() => {
    if (repo) rmSync(repo, { recursive: true, force: true });
    repo = undefined;
  });

  it('is the hook the docs page configures, a script this repository ships as executable', () => {
    const config = parse(codeBlock(page, 'yaml', 'privmap-check')) as { repos: { rev: string; hooks: { id: string }[] }[] };
    expect(config.repos[0]!.hooks.map((h) => h.id)).toEqual([hook.id]);
    const version = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
    expect(config.repos[0]!.rev).toBe(`v${version}`);
    expect(hook.language).toBe('script');
    accessSync(join(repoRoot, hook.entry), constants.X_OK);
    expect(git(repoRoot, 'ls-files', '-s', hook.entry)).toMatch(/^100755 /);
  });

  it('checks the project of the staged files in a monorepo, with its baseline, and passes once the purpose is declared', () => {
    repo = newRepo();
    const shop = join(repo, 'services/shop');
    cpSync(sampleApp, shop, { recursive: true });
    linkPackage(repo, 'privmap', repoRoot);
    linkBin(repo, 'privmap', join(repoRoot, 'dist/cli/main.js'));
    expect(runCli(['check', shop, '--update-baseline']).status).toBe(0);
    writeFileSync(join(repo, 'README.md'), '# shop\n');
    git(repo, 'add', 'services', 'README.md');
    git(repo, 'commit', '-q', '-m', 'base');

    // A README change alone does not run the hook.
    writeFileSync(join(repo, 'README.md'), '# shop, now with a newsletter\n');
    git(repo, 'add', 'README.md');
    expect(runHook(repo).ran).toBe(false);

    mkdirSync(join(shop, 'src/newsletter'));
    writeFileSync(join(shop, 'src/newsletter/subscriber.ts'), SUBSCRIBER);
    git(repo, 'add', '-A', 'services');
    const failing = runHook(repo);
    expect(failing.status, failing.output).toBe(1);
    expect(failing.output).toContain('src/newsletter/subscriber.ts');
    // The baseline's accepted findings do not fail the commit: only the new one is listed as failing.
    expect(failing.output).toMatch(/1 undeclared/);

    writeFileSync(join(shop, 'src/newsletter/subscriber.ts'), DECLARED);
    git(repo, 'add', '-A', 'services');
    const passing = runHook(repo);
    expect(passing.status, passing.output).toBe(0);
  });

  it('ignores staged files outside any project with a privacy.yml', () => {
    repo = newRepo();
    mkdirSync(join(repo, 'tools'));
    writeFileSync(join(repo, 'tools/release.ts'), SUBSCRIBER);
    git(repo, 'add', '-A');
    const result = runHook(repo);
    expect(result).toEqual({ ran: true, status: 0, output: '' });
  });

  it('exits 2 with the install command when privmap is not installed', () => {
    repo = newRepo();
    cpSync(sampleApp, repo, { recursive: true });
    git(repo, 'add', '-A');
    const result = runHook(repo, { PATH: '/usr/bin:/bin' });
    expect(result.status).toBe(2);
    expect(result.output).toContain('npm install --save-dev privmap');
  });
});

// CI installs the pre-commit framework (.ci/run) and must run this; elsewhere a missing tool is a clear skip.
const hasPreCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status === 0;

describe.skipIf(!hasPreCommit && !process.env.CI)('the hook run by the pre-commit framework itself', () => {
  let repo: string | undefined;
  // pre-commit's cache of hook repositories, outside the repository under test.
  let home: string | undefined;
  afterEach(() => {
    for (const dir of [repo, home]) if (dir) rmSync(dir, { recursive: true, force: true });
    repo = home = undefined;
  });

  it('`pre-commit try-repo` reads .pre-commit-hooks.yaml, fails on a staged undeclared field and passes once declared', () => {
    expect(hasPreCommit, 'pre-commit is not installed (.ci/run installs it)').toBe(true);
    repo = newRepo();
    home = mkdtempSync(join(tmpdir(), 'privmap-pre-commit-home-'));
    const shop = join(repo, 'services/shop');
    cpSync(sampleApp, shop, { recursive: true });
    linkPackage(repo, 'privmap', repoRoot);
    linkBin(repo, 'privmap', join(repoRoot, 'dist/cli/main.js'));
    expect(runCli(['check', shop, '--update-baseline']).status).toBe(0);
    writeFileSync(join(repo, '.gitignore'), 'node_modules\n');
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'base');
    mkdirSync(join(shop, 'src/newsletter'));
    writeFileSync(join(shop, 'src/newsletter/subscriber.ts'), SUBSCRIBER);
    git(repo, 'add', '-A');
    // try-repo runs a hook from a repository's working tree, as `rev:` would from a release.
    const run = () =>
      spawnSync('pre-commit', ['try-repo', repoRoot, hook.id], {
        cwd: repo,
        encoding: 'utf8',
        timeout: 180_000,
        env: { ...process.env, NO_COLOR: '1', PRE_COMMIT_HOME: home, PRE_COMMIT_COLOR: 'never', GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.com', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.com' },
      });
    const failing = run();
    expect(failing.status, failing.stdout + failing.stderr).toBe(1);
    expect(failing.stdout).toMatch(/privmap check\.+Failed/);
    expect(failing.stdout).toContain('src/newsletter/subscriber.ts:2  undeclared email: NewsletterSubscriber.email');
    expect(failing.stdout).toMatch(/privmap check failed: 1 undeclared/);

    writeFileSync(join(shop, 'src/newsletter/subscriber.ts'), DECLARED);
    git(repo, 'add', '-A');
    const passing = run();
    expect(passing.status, passing.stdout + passing.stderr).toBe(0);
    expect(passing.stdout).toMatch(/privmap check\.+Passed/);
  });
});

describe('the husky + lint-staged recipe', () => {
  let project: string | undefined;
  afterEach(() => {
    if (project) rmSync(project, { recursive: true, force: true });
    project = undefined;
  });

  it("runs privmap's ESLint rules on the staged files and stops the commit on an undeclared field", () => {
    project = newRepo();
    const lintStaged = (JSON.parse(codeBlock(page, 'json', 'lint-staged')) as { 'lint-staged': Record<string, string> })['lint-staged'];
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'shop', private: true, type: 'module', 'lint-staged': lintStaged }, null, 2));
    writeFileSync(join(project, 'eslint.config.js'), codeBlock(page, 'js', 'privmap/eslint-plugin'));
    cpSync(join(sampleApp, 'privacy.yml'), join(project, 'privacy.yml'));
    linkPackage(project, 'privmap', repoRoot);
    linkPackage(project, 'eslint');
    linkPackage(project, '@typescript-eslint');
    linkBin(project, 'eslint', join(repoRoot, 'node_modules/eslint/bin/eslint.js'));
    mkdirSync(join(project, 'src'));
    writeFileSync(join(project, 'src/subscriber.ts'), SUBSCRIBER);
    git(project, 'add', 'src', 'privacy.yml');

    // lint-staged: the staged files matching the glob, appended to the command, local bins on PATH.
    const [glob, command] = Object.entries(lintStaged)[0]!;
    expect(glob).toBe('*.{ts,tsx}');
    const lint = () => {
      const staged = git(project!, 'diff', '--cached', '--name-only').split('\n').filter((f) => /\.(ts|tsx)$/.test(f));
      return spawnSync('sh', ['-c', `${command} ${staged.map((f) => `'${join(project!, f)}'`).join(' ')}`], {
        cwd: project,
        encoding: 'utf8',
        env: { ...process.env, PATH: `${join(project!, 'node_modules/.bin')}:${process.env.PATH}` },
        timeout: 120_000,
      });
    };
    const failing = lint();
    expect(failing.status, failing.stderr).toBe(1);
    expect(failing.stdout).toMatch(/2:3 +error +`NewsletterSubscriber.email` holds email data.*privmap\/no-undeclared-personal-data/);

    writeFileSync(join(project, 'src/subscriber.ts'), DECLARED);
    git(project, 'add', 'src');
    const passing = lint();
    expect(passing.status, `${passing.stdout}${passing.stderr}`).toBe(0);
  });
});

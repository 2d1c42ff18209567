/** Issue 15: which repository, commit and branch a push describes, from flags, CI variables or git. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repositoryFromRemote, scanIdentity } from '../../src/store/scan-identity.js';

const NOW = new Date('2026-03-01T12:00:00Z');

describe('scan identity', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('reads GitHub Actions, GitLab CI and CircleCI variables, a pull request by its head branch', () => {
    expect(scanIdentity('.', {}, { GITHUB_REPOSITORY: 'acme/shop', GITHUB_SHA: 'abc123', GITHUB_REF_NAME: '42/merge', GITHUB_HEAD_REF: 'feature/x' }, NOW)).toEqual({
      repository: 'acme/shop',
      commit: 'abc123',
      branch: 'feature/x',
      scannedAt: '2026-03-01T12:00:00.000Z',
    });
    expect(scanIdentity('.', {}, { CI_PROJECT_PATH: 'group/billing', CI_COMMIT_SHA: 'def456', CI_COMMIT_REF_NAME: 'main' }, NOW)).toMatchObject({ repository: 'group/billing', commit: 'def456', branch: 'main' });
    expect(scanIdentity('.', {}, { CIRCLE_PROJECT_USERNAME: 'acme', CIRCLE_PROJECT_REPONAME: 'crm', CIRCLE_SHA1: '789', CIRCLE_BRANCH: 'main' }, NOW)).toMatchObject({ repository: 'acme/crm', commit: '789' });
  });

  it('lets flags win over CI variables', () => {
    expect(scanIdentity('.', { repo: 'acme/other', commit: 'fff', branch: 'release', time: '2026-01-02T03:04:05Z' }, { GITHUB_REPOSITORY: 'acme/shop', GITHUB_SHA: 'abc' }, NOW)).toEqual({
      repository: 'acme/other',
      commit: 'fff',
      branch: 'release',
      scannedAt: '2026-01-02T03:04:05.000Z',
    });
    expect(() => scanIdentity('.', { repo: 'a', commit: 'b', time: 'yesterday' }, {}, NOW)).toThrow(/--time expects an ISO date/);
  });

  it('falls back to git: the origin remote as owner/name, HEAD and its branch', () => {
    const dir = mkdtempSync(join(tmpdir(), 'privmap-identity-'));
    dirs.push(dir);
    const git = (...args: string[]) => execFileSync('git', ['-C', dir, '-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], { encoding: 'utf8' }).trim();
    git('init', '-q', '-b', 'trunk');
    writeFileSync(join(dir, 'README.md'), 'x\n');
    git('add', '.');
    git('commit', '-q', '-m', 'first');
    git('remote', 'add', 'origin', 'https://ci-token:secret@github.com/acme/warehouse.git');
    const identity = scanIdentity(dir, {}, {}, NOW);
    expect(identity).toEqual({ repository: 'acme/warehouse', commit: git('rev-parse', 'HEAD'), branch: 'trunk', scannedAt: '2026-03-01T12:00:00.000Z' });
  });

  it('names the repository from every remote form, without credentials', () => {
    expect(repositoryFromRemote('git@github.com:acme/shop.git')).toBe('acme/shop');
    expect(repositoryFromRemote('https://user:token@gitlab.example.com/group/billing.git')).toBe('group/billing');
    expect(repositoryFromRemote('ssh://git@bitbucket.org/acme/crm')).toBe('acme/crm');
  });

  it('asks for --commit outside git and CI', () => {
    const dir = mkdtempSync(join(tmpdir(), 'privmap-identity-'));
    dirs.push(dir);
    expect(() => scanIdentity(dir, {}, {}, NOW)).toThrow(/pass --commit <sha>/);
  });
});

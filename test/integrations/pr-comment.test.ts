/** Issue 16: the Action's pull-request comment is found by its hidden marker and replaced, never duplicated. */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';
import { type FakeGithub, startFakeGithub } from './fake-github.js';

const REPO = 'smarti/shop';
const script = join(repoRoot, 'scripts', 'pr-comment.mjs');

let github: FakeGithub;
let work: string;

function comment(view: string, options: { key?: string; env?: NodeJS.ProcessEnv } = {}): Promise<{ status: number | null; output: string }> {
  const bodyFile = join(work, 'view.md');
  writeFileSync(bodyFile, view);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, '--body-file', bodyFile, ...(options.key ? ['--key', options.key] : [])], {
      env: { PATH: process.env.PATH, GITHUB_API_URL: github.url, GITHUB_REPOSITORY: REPO, GITHUB_TOKEN: github.token, PR_NUMBER: '42', ...options.env },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output }));
  });
}

const bodies = (number = 42) => (github.comments.get(number) ?? []).map((c) => c.body);

describe('scripts/pr-comment.mjs against a GitHub API on 127.0.0.1', () => {
  beforeAll(async () => {
    github = await startFakeGithub(REPO);
    work = mkdtempSync(join(tmpdir(), 'privmap-comment-'));
  });
  afterAll(async () => {
    await github.close();
    rmSync(work, { recursive: true, force: true });
  });
  beforeEach(() => {
    github.comments.clear();
    github.requests.length = 0;
    github.readOnly = false;
  });

  it('posts one comment, then replaces its body on the next push', async () => {
    expect((await comment('## privmap: 1 new undeclared element\n')).status).toBe(0);
    expect(bodies()).toEqual(['<!-- privmap:change-view:default -->\n## privmap: 1 new undeclared element\n']);
    const first = github.comments.get(42)![0]!.id;
    const second = await comment('## privmap: no personal-data changes\n');
    expect(second.output).toContain(`updated pull-request comment ${first}`);
    expect(bodies()).toEqual(['<!-- privmap:change-view:default -->\n## privmap: no personal-data changes\n']);
    expect(github.comments.get(42)![0]!.id).toBe(first);
    // The same view again changes nothing.
    expect((await comment('## privmap: no personal-data changes\n')).output).toContain('unchanged');
    expect(github.requests.filter((r) => r.startsWith('PATCH'))).toHaveLength(1);
  });

  it('finds its comment on a later page of a long discussion, and leaves other comments alone', async () => {
    github.comments.set(42, Array.from({ length: 130 }, (_, i) => ({ id: i + 1, body: `review remark ${i + 1}` })));
    github.comments.get(42)!.splice(120, 0, { id: 500, body: '<!-- privmap:change-view:default -->\nold view' });
    await comment('new view');
    expect(github.requests).toContain(`GET /repos/${REPO}/issues/42/comments?per_page=100&page=2`);
    expect(bodies().filter((b) => b.includes('privmap:change-view'))).toEqual(['<!-- privmap:change-view:default -->\nnew view\n']);
    expect(bodies()).toHaveLength(131);
    expect(github.requests.some((r) => r.startsWith('POST'))).toBe(false);
  });

  it('deletes duplicates an older run left, keeping the oldest', async () => {
    github.comments.set(42, [
      { id: 7, body: '<!-- privmap:change-view:default -->\nfirst' },
      { id: 9, body: '<!-- privmap:change-view:default -->\nsecond' },
    ]);
    await comment('current');
    expect(github.comments.get(42)).toEqual([{ id: 7, body: '<!-- privmap:change-view:default -->\ncurrent\n' }]);
  });

  it('keeps one comment per key, so two projects of a monorepo do not overwrite each other', async () => {
    await comment('api view', { key: 'api' });
    await comment('web view', { key: 'web' });
    await comment('api view 2', { key: 'api' });
    expect(bodies().sort()).toEqual(['<!-- privmap:change-view:api -->\napi view 2\n', '<!-- privmap:change-view:web -->\nweb view\n']);
  });

  it('reads the pull request number from the event file when PR_NUMBER is not set', async () => {
    const event = join(work, 'event.json');
    writeFileSync(event, JSON.stringify({ pull_request: { number: 8 } }));
    await comment('from the event', { env: { PR_NUMBER: '', GITHUB_EVENT_PATH: event } });
    expect(bodies(8)).toEqual(['<!-- privmap:change-view:default -->\nfrom the event\n']);
  });

  it('warns and exits 0 with a read-only token (a fork), fails on a server error', async () => {
    github.readOnly = true;
    const forked = await comment('view');
    expect(forked.status).toBe(0);
    expect(forked.output).toMatch(/::warning title=privmap::could not write the pull-request comment .*403/);
    const broken = await comment('view', { env: { GITHUB_TOKEN: 'wrong' } });
    expect(broken.status).toBe(1);
    expect(broken.output).toMatch(/pull-request comment failed: GitHub API GET .* 401/);
    expect(broken.output).not.toMatch(/at .*\.mjs:\d+/);
  });
});

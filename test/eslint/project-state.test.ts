/**
 * Issue 12 (no file may cost privmap 50 ms; one `eslint` process near plain typescript-eslint): the plugin's
 * project state (every file's module facts and the wrapper summaries) is stored when a process links the
 * project, and the next process on unchanged files takes it from there instead of reading every file's cache
 * entry and summarising again; any change of a file's stat, the fingerprint or the stored files themselves
 * makes it link again. Within a process, the check of the files' stats is spread over the lints that follow
 * it falls due, and a change it finds re-judges callers as before.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadLinkState, type ListedStat, saveLinkState } from '../../src/cache/link-state.js';
import type { FlowFinding } from '../../src/finding.js';
import { repoRoot } from '../helpers/cli.js';
import { MAILER, SIGNUP } from '../helpers/mailer-project.js';

const QUIET_MAILER = MAILER.replace("return transport.sendMail({ to, subject: 'Welcome', text: `Hello ${name}` });", 'return { to, name };');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'privmap-project-state-'));
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'privacy.yml'), readFileSync(join(repoRoot, 'fixtures', 'eslint', 'policy', 'privacy.yml')));
  writeFileSync(join(dir, 'src/mailer.ts'), MAILER);
  writeFileSync(join(dir, 'src/signup.ts'), SIGNUP);
  // Checked out a while ago: no file is racy against a state written now.
  pastMtime('src/mailer.ts', 60);
  pastMtime('src/signup.ts', 60);
});
afterEach(() => {
  vi.useRealTimers();
  rmSync(dir, { recursive: true, force: true });
});

function pastMtime(file: string, secondsAgo: number) {
  const when = new Date(Date.now() - secondsAgo * 1000);
  utimesSync(join(dir, file), when, when);
}

/** A fresh module graph: what a new `eslint` process starts with (no project state in memory). */
async function newProcess() {
  vi.resetModules();
  const project = await import('../../src/flows/project.js');
  const { policyFor } = await import('../../src/eslint/policy-cache.js');
  const state = policyFor(join(dir, 'src/signup.ts'), {}, dir);
  if (state.kind !== 'ok') throw new Error(`no policy: ${state.kind}`);
  const engine = state.engine;
  /** What the plugin reports at signup.ts's calls through other modules, as its rules ask for it. */
  const signupFlows = (): FlowFinding[] => {
    const text = readFileSync(join(dir, 'src/signup.ts'), 'utf8');
    const scan = project.projectScanOf(engine, 'src/signup.ts', text);
    return project.crossModuleFlows(engine, 'src/signup.ts', scan!.module);
  };
  /** The whole project linked, as where a linted file's link needs every module (test/eslint/link-demand.test.ts). */
  const linkWhole = () => project.projectLinks(engine.policy.root, engine);
  return { signupFlows, linkWhole, stats: () => project.projectStats(engine.policy.root) };
}

const projectsDir = () => join(dir, '.privmap-cache', 'projects');
const stateFile = () => join(projectsDir(), readdirSync(projectsDir()).find((n) => n.startsWith('eslint-') && n.endsWith('.json'))!);
const summary = (flows: FlowFinding[]) => flows.map((f) => `${f.location.line} ${[...f.categories].sort().join(',')} ${f.sinkId}`);

describe('the project state between processes', () => {
  it('is stored by the process that linked the project and taken as it is by the next, with the same flows', async () => {
    const first = await newProcess();
    const flows = first.signupFlows();
    expect(summary(flows)).toEqual(['4 email,name nodemailer']);
    first.linkWhole();
    const stored = readFileSync(stateFile());
    const written = statSync(stateFile()).mtimeMs;

    const second = await newProcess();
    expect(second.signupFlows()).toEqual(flows);
    // Taken as it was: not linked and stored again.
    expect(readFileSync(stateFile()).equals(stored)).toBe(true);
    expect(statSync(stateFile()).mtimeMs).toBe(written);
  });

  it('is not used once a file changed: the wrapper that stopped mailing takes the flow away, and a new state is stored', async () => {
    const first = await newProcess();
    first.signupFlows();
    first.linkWhole();
    const stored = readFileSync(stateFile());
    expect(first.stats()?.isWhole).toBe(true);
    writeFileSync(join(dir, 'src/mailer.ts'), QUIET_MAILER);
    pastMtime('src/mailer.ts', 30);
    const next = await newProcess();
    expect(next.signupFlows()).toEqual([]);
    // Stored passes are not used for changed files: nothing of them was read.
    expect(next.stats()).toMatchObject({ isWhole: false, passesRead: 0 });
    next.linkWhole();
    expect(readFileSync(stateFile()).equals(stored)).toBe(false);
  });
});

describe('the stored link state', () => {
  const listing = (): Map<string, ListedStat> => {
    const files = new Map<string, ListedStat>();
    for (const file of ['src/mailer.ts', 'src/signup.ts']) {
      const stat = statSync(join(dir, file));
      files.set(file, [stat.size, stat.mtimeMs, stat.ctimeMs, stat.ino]);
    }
    return files;
  };
  const facts = new Map([['src/signup.ts', { imports: [], exports: [], clients: [], functions: [], calls: [] }]]);
  const summaries = new Map([['src/mailer.ts\0sendWelcome', [{ param: 0, sinkId: 'nodemailer', chain: ['transport.sendMail'] }]]]);
  const cacheDir = () => join(dir, '.cache');

  it('gives back what was stored for the same files, fingerprint and root, the summaries read one at a time', () => {
    saveLinkState(cacheDir(), dir, 'f1', listing(), facts, summaries as never);
    const loaded = loadLinkState(cacheDir(), dir, 'f1', listing());
    expect(loaded?.facts).toEqual(facts);
    expect(loaded?.summaries.get('src/mailer.ts\0sendWelcome')).toEqual(summaries.get('src/mailer.ts\0sendWelcome'));
    expect(loaded?.summaries.get('src/signup.ts\0signup')).toBeUndefined();
  });

  it('is not used for another fingerprint or root, another file list, a changed or racy stat, or damaged files', () => {
    saveLinkState(cacheDir(), dir, 'f1', listing(), facts, summaries as never);
    expect(loadLinkState(cacheDir(), dir, 'f2', listing())).toBeUndefined();
    expect(loadLinkState(cacheDir(), join(dir, 'src'), 'f1', listing())).toBeUndefined();
    const fewer = listing();
    fewer.delete('src/mailer.ts');
    expect(loadLinkState(cacheDir(), dir, 'f1', fewer)).toBeUndefined();
    const more = listing().set('src/new.ts', [1, 1, 1, 1]);
    expect(loadLinkState(cacheDir(), dir, 'f1', more)).toBeUndefined();
    const resized = listing();
    const [size, mtimeMs, ctimeMs, ino] = resized.get('src/signup.ts')!;
    expect(loadLinkState(cacheDir(), dir, 'f1', resized.set('src/signup.ts', [size + 1, mtimeMs, ctimeMs, ino]))).toBeUndefined();
    // Modified at or after the state's write: it may have changed again within the same timestamp.
    const later = Date.now() + 3_600_000;
    utimesSync(join(dir, 'src/signup.ts'), new Date(later), new Date(later));
    saveLinkState(cacheDir(), dir, 'f1', listing(), facts, summaries as never);
    expect(loadLinkState(cacheDir(), dir, 'f1', listing())).toBeUndefined();
    pastMtime('src/signup.ts', 30);
    saveLinkState(cacheDir(), dir, 'f1', listing(), facts, summaries as never);
    expect(loadLinkState(cacheDir(), dir, 'f1', listing())).toBeDefined();

    const folder = join(cacheDir(), 'projects');
    const [summariesFile] = readdirSync(folder).filter((n) => n.endsWith('.summaries'));
    const bytes = readFileSync(join(folder, summariesFile!));
    writeFileSync(join(folder, summariesFile!), Buffer.from(bytes.toString('latin1').replace('"param":0', '"param":1'), 'latin1'));
    expect(loadLinkState(cacheDir(), dir, 'f1', listing())).toBeUndefined();
    writeFileSync(join(folder, summariesFile!), bytes);
    expect(loadLinkState(cacheDir(), dir, 'f1', listing())).toBeDefined();
    const [state] = readdirSync(folder).filter((n) => n.endsWith('.json'));
    writeFileSync(join(folder, state!), '{"format":1,"root":');
    expect(loadLinkState(cacheDir(), dir, 'f1', listing())).toBeUndefined();
  });
});

describe('the check of the files within a process', () => {
  it('finds a changed wrapper once it falls due, and re-judges its caller', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const process = await newProcess();
    expect(summary(process.signupFlows())).toEqual(['4 email,name nodemailer']);
    writeFileSync(join(dir, 'src/mailer.ts'), QUIET_MAILER);
    pastMtime('src/mailer.ts', 30);
    // Not due yet: the state of the last check holds.
    expect(summary(process.signupFlows())).toEqual(['4 email,name nodemailer']);
    vi.setSystemTime(Date.now() + 10_000);
    // A few lints carry the check through this small project; the one that completes it finds the change.
    let flows = process.signupFlows();
    for (let lint = 0; lint < 5 && flows.length; lint++) flows = process.signupFlows();
    expect(flows).toEqual([]);
  });
});

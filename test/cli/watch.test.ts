/**
 * `check --watch` and `scan --watch` (issue 14: one changed file costs about one file): the BUILT CLI as a child
 * process on a private copy of the sample app. After each change the watch's output must be byte for byte
 * what a fresh one-shot run (no cache) writes for the same tree; a broken policy is its file:line:column
 * error and the watch goes on; SIGTERM ends it with exit code 0, no stack trace and no half-written file.
 * Every wait polls for the watch's status line with a generous limit: no fixed sleeps.
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { appendFileSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliPath, copyFixture, runCli, sampleApp } from '../helpers/cli.js';

const WAIT_MS = 240_000;
const project = copyFixture(sampleApp);
const dir = project.dir;
const output = join(dir, 'out.json');
const children: ChildProcessWithoutNullStreams[] = [];
afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  project.cleanup();
});

interface Watch {
  child: ChildProcessWithoutNullStreams;
  stdout(): string;
  stderr(): string;
  /** Resolves once the watch has printed its `count`-th status line. */
  runs(count: number): Promise<void>;
  exited(): Promise<number | null>;
}

function startWatch(args: string[]): Watch {
  const child = spawn(process.execPath, [cliPath, ...args], { cwd: dir, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined } });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const statusLines = () => stderr.split('\n').filter((line) => line.includes('· watching for changes')).length;
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    stdout: () => stdout,
    stderr: () => stderr,
    async runs(count) {
      const until = Date.now() + WAIT_MS;
      while (statusLines() < count) {
        if (child.exitCode !== null) throw new Error(`the watch exited (${child.exitCode}): ${stderr}`);
        if (Date.now() > until) throw new Error(`no status line ${count} within ${WAIT_MS} ms: ${stderr}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    exited: () => exit,
  };
}

/** What a fresh one-shot run of the same command writes for the tree as it is now. */
function oneShot(command: string): string {
  const fresh = join(dir, '..', `${command}-one-shot.json`);
  runCli([command, dir, '-f', 'json', '-o', fresh, '--no-cache', '-q']);
  return readFileSync(fresh, 'utf8');
}

/** An edit as an editor saves it: a whole new file renamed over the old, one event. */
function save(path: string, text: string): void {
  const temp = join(dirname(path), `.${basename(path)}.saving`);
  writeFileSync(temp, text);
  renameSync(temp, path);
}

describe('check --watch', () => {
  it('writes after each change what a one-shot run writes, survives a broken policy and stops on SIGTERM with 0', async () => {
    const watch = startWatch(['check', '--watch', '.', '-f', 'json', '-o', output, '--cache-dir', join(dir, '..', 'watch-cache')]);
    await watch.runs(1);
    expect(readFileSync(output, 'utf8')).toBe(oneShot('check'));
    expect(watch.stderr()).toMatch(/\] check: fail · first run · \d+ ms · /);

    // A personal field added to an existing file.
    const referral = join(dir, 'src/referrals/referral.ts');
    save(referral, `${readFileSync(referral, 'utf8')}\nexport interface Visitor {\n  homeAddress: string;\n}\n`);
    await watch.runs(2);
    const withVisitor = readFileSync(output, 'utf8');
    expect(withVisitor).toContain('Visitor.homeAddress');
    expect(withVisitor).toBe(oneShot('check'));
    expect(watch.stderr()).toMatch(/\] check: fail · 1 path changed · \d+ ms · /);

    // The file removed.
    rmSync(referral);
    await watch.runs(3);
    const withoutReferral = readFileSync(output, 'utf8');
    expect(withoutReferral).not.toContain('Visitor.homeAddress');
    expect(withoutReferral).toBe(oneShot('check'));

    // A broken policy: its error at file:line:column, the last output left as it was, the watch going on.
    const policyFile = join(dir, 'privacy.yml');
    const policy = readFileSync(policyFile, 'utf8');
    appendFileSync(policyFile, 'purposes: [unclosed\n');
    await watch.runs(4);
    expect(watch.stderr()).toMatch(/privacy\.yml:\d+:\d+: error /);
    expect(watch.stderr()).toMatch(/\] check: error · /);
    expect(readFileSync(output, 'utf8')).toBe(withoutReferral);
    save(policyFile, policy);
    await watch.runs(5);
    expect(readFileSync(output, 'utf8')).toBe(oneShot('check'));

    watch.child.kill('SIGTERM');
    expect(await watch.exited()).toBe(0);
    expect(watch.stderr()).toContain('privmap: stopped watching');
    expect(watch.stderr()).not.toMatch(/\n\s+at /);
    expect(readdirSync(dir).filter((name) => name.includes('privmap-tmp'))).toEqual([]);

    // The watch left its cache for the next one-shot run, which writes the same.
    const next = join(dir, '..', 'next.json');
    runCli(['check', dir, '-f', 'json', '-o', next, '--cache-dir', join(dir, '..', 'watch-cache'), '-q']);
    expect(readFileSync(next, 'utf8')).toBe(readFileSync(output, 'utf8'));
  }, 900_000);
});

describe('scan --watch', () => {
  it('prints the report again to stdout after a new file, a folder moved in and a .gitignore, as a one-shot run prints it', async () => {
    const watch = startWatch(['scan', '--watch', '.', '-f', 'json', '--cache-dir', join(dir, '..', 'scan-watch-cache')]);
    await watch.runs(1);
    const first = watch.stdout();
    expect(first).toBe(oneShot('scan'));
    save(join(dir, 'src/visitor.ts'), 'export interface Visitor {\n  mobilePhone: string;\n}\n');
    await watch.runs(2);
    const second = watch.stdout().slice(first.length);
    expect(second).toContain('Visitor.mobilePhone');
    expect(second).toBe(oneShot('scan'));

    // A folder moved in whole (its files named by no event), then ignored by a new .gitignore.
    const incoming = join(dir, '..', 'incoming');
    mkdirSync(join(incoming, 'deep'), { recursive: true });
    writeFileSync(join(incoming, 'deep', 'lead.ts'), 'export interface Lead {\n  workEmail: string;\n}\n');
    renameSync(incoming, join(dir, 'src', 'leads'));
    await watch.runs(3);
    const third = watch.stdout().slice(first.length + second.length);
    expect(third).toContain('Lead.workEmail');
    expect(third).toBe(oneShot('scan'));
    writeFileSync(join(dir, '.gitignore'), 'src/leads/\n');
    await watch.runs(4);
    const fourth = watch.stdout().slice(first.length + second.length + third.length);
    expect(fourth).not.toContain('Lead.workEmail');
    expect(fourth).toBe(oneShot('scan'));
    watch.child.kill('SIGINT');
    expect(await watch.exited()).toBe(0);
  }, 600_000);
});

/**
 * The exit-code contract under bad input: the BUILT CLI in a child process is fed flags, paths, URLs,
 * policies, baselines, compare files, source files and signals it must survive. For each: the contract's exit
 * code, a one-line message naming what was wrong, no stack trace, and no output file half-written (an existing
 * one keeps its old content, no temporary file is left behind). Cases run a few at a time.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliPath, sampleApp } from '../helpers/cli.js';

const POLICY = `version: 1
controller: { name: Acme Ltd, contact: [privacy@example.com] }
subjects: { customers: { title: Customers } }
purposes:
  service-provision:
    title: Service
    legalBasis: contract
    categories: [name, address, phone, email]
    subjects: [customers]
    retention: 12 months.
`;
const OLD = 'OLD CONTENT\n';

interface Outcome {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

interface Case {
  name: string;
  /** Arguments; `$DIR` is the case's project directory, `$TMP` its scratch directory. */
  args: string[];
  setup?: (dir: string, tmp: string) => void;
  env?: Record<string, string>;
  code: number;
  /** What the one line (or the warning) must say. */
  message: RegExp;
  /** Text that must never appear (a password). */
  never?: string[];
  /** An output file (relative to $TMP) that must still hold OLD, or not exist, afterwards. */
  keeps?: string;
  /** Signal to send, and when (ms after start). */
  signal?: { name: NodeJS.Signals; afterMs: number };
  /** Read only the first bytes of stdout, then close it (a reader like `head -1`). */
  closeStdoutEarly?: boolean;
  /** Warnings: the message is a warning and the command goes on; more lines are allowed. */
  warning?: boolean;
}

function writeProject(dir: string): void {
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(join(dir, 'src', 'customer.ts'), 'export interface Customer {\n  fullName: string;\n  email: string;\n}\n');
  writeFileSync(join(dir, 'privacy.yml'), POLICY);
}

const policy = (text: string) => (dir: string) => writeFileSync(join(dir, 'privacy.yml'), text);
const file = (name: string, text: string | Buffer) => (_dir: string, tmp: string) => writeFileSync(join(tmp, name), text);
const source = (name: string, text: string | Buffer) => (dir: string) => {
  mkdirSync(join(dir, name, '..'), { recursive: true });
  writeFileSync(join(dir, name), text);
};
const oldFile = (name: string, mode?: number) => (_dir: string, tmp: string) => {
  writeFileSync(join(tmp, name), OLD);
  if (mode !== undefined) chmodSync(join(tmp, name), mode);
};
const baseline = (text: string) => file('baseline.json', text);

const aliasBomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`)].join('\n');

const CASES: Case[] = [
  // Flags
  { name: 'unknown option', args: ['check', '$DIR', '--no-such-flag'], code: 2, message: /unknown option '--no-such-flag'/ },
  { name: 'unknown command', args: ['scna', '$DIR'], code: 2, message: /unknown command 'scna'/ },
  { name: 'unknown format', args: ['scan', '$DIR', '--format', 'xml'], code: 2, message: /argument 'xml' is invalid/ },
  { name: 'option without its value', args: ['scan', '$DIR', '--output'], code: 2, message: /'-o, --output <file>' argument missing/ },
  { name: 'too many arguments', args: ['scan', '$DIR', 'other'], code: 2, message: /too many arguments/ },
  { name: '--sample without --db', args: ['scan', '$DIR', '--sample', '10'], code: 2, message: /--sample needs --db/ },
  { name: '--sample not a number', args: ['scan', '$DIR', '--db', 'postgres://localhost/x', '--sample', 'many'], code: 2, message: /--sample expects a positive whole number/ },
  { name: '--sample zero', args: ['scan', '$DIR', '--db', 'postgres://localhost/x', '--sample', '0'], code: 2, message: /--sample expects a positive whole number/ },
  { name: '--generated-at that is not a date', args: ['report', '$DIR', '-f', 'json', '--generated-at', 'notadate'], code: 2, message: /--generated-at expects an ISO 8601 date or date-time .*got "notadate"/ },
  { name: '--generated-at with a month 13', args: ['report', '$DIR', '-f', 'markdown', '--generated-at', '2026-13-45'], code: 2, message: /--generated-at expects an ISO 8601 date/ },
  { name: '--generated-at on 30 February', args: ['report', '$DIR', '-f', 'markdown', '--generated-at', '2026-02-30'], code: 2, message: /--generated-at expects an ISO 8601 date/ },
  // Paths
  { name: 'directory that does not exist', args: ['scan', '/no/such/dir'], code: 2, message: /directory \/no\/such\/dir does not exist/ },
  { name: 'directory that is a file', args: ['check', '$DIR/src/customer.ts'], code: 2, message: /customer\.ts is not a directory/ },
  { name: '--policy that does not exist', args: ['check', '$DIR', '--policy', '$TMP/nope.yml'], code: 2, message: /nope\.yml:1:1: error the policy file does not exist/ },
  { name: '--policy that is a directory', args: ['check', '$DIR', '--policy', '$TMP'], code: 2, message: /the policy path is a directory/ },
  { name: '--output into a directory', args: ['scan', '$DIR', '-f', 'json', '--output', '$TMP'], code: 2, message: /cannot write .*: it is a directory/ },
  { name: '--output to a read-only file', args: ['report', '$DIR', '-o', '$TMP/out.html'], setup: oldFile('out.html', 0o444), code: 2, message: /cannot write .*out\.html: permission denied/, keeps: 'out.html' },
  { name: '--output to a full disk', args: ['report', '$DIR', '-f', 'csv', '-o', '/dev/full'], code: 2, message: /cannot write \/dev\/full: no space left on the device/ },
  { name: '--output below a file', args: ['scan', '$DIR', '-f', 'csv', '-o', '$TMP/plain/inventory.csv'], setup: file('plain', 'a file'), code: 2, message: /cannot write .*inventory\.csv: a part of the path is not a directory/ },
  { name: 'check --output to a read-only SARIF file', args: ['check', '$DIR', '-f', 'sarif', '-o', '$TMP/p.sarif'], setup: oldFile('p.sarif', 0o444), code: 2, message: /cannot write .*p\.sarif: permission denied/, keeps: 'p.sarif' },
  { name: 'init over an existing policy', args: ['init', '$DIR'], code: 2, message: /privacy\.yml already exists; privmap init never overwrites/ },
  { name: 'init in a directory that does not exist', args: ['init', '$TMP/missing/project'], code: 2, message: /directory .*missing\/project does not exist/ },
  // --no-scan skips the scan, not the check: it used to create the folder and write a policy there, exit 0.
  { name: 'init --no-scan in a directory that does not exist', args: ['init', '--no-scan', '$TMP/missing/project'], code: 2, message: /directory .*missing\/project does not exist/ },
  { name: '--baseline that is a directory', args: ['check', '$DIR', '--baseline', '$TMP'], code: 2, message: /cannot read baseline .*: it is a directory/ },
  { name: '--update-baseline into a read-only file', args: ['check', '$DIR', '--update-baseline', '--baseline', '$TMP/old.json'], setup: oldFile('old.json', 0o444), code: 2, message: /cannot write .*old\.json: permission denied/, keeps: 'old.json' },
  // URLs (never printed: they can hold a password)
  { name: '--db with a port out of range', args: ['scan', '$DIR', '--db', 'postgres://u:hunter2@db.example:99999/app'], code: 2, message: /--db: the database URL cannot be parsed/, never: ['hunter2', '99999'] },
  { name: '--db of another scheme', args: ['scan', '$DIR', '--db', 'mysql://u:hunter2@db.example/app'], code: 2, message: /--db: the database URL must start with postgres:\/\//, never: ['hunter2'] },
  { name: '--db that is not a URL', args: ['scan', '$DIR', '--db', 'hunter2 at db'], code: 2, message: /--db: the database URL cannot be parsed/, never: ['hunter2'] },
  { name: '--db with a broken %-escape', args: ['scan', '$DIR', '--db', 'postgres://u:hunter2%zz@db.example/app'], code: 2, message: /malformed %-escape/, never: ['hunter2'] },
  { name: 'urlEnv holding a bad URL', args: ['scan', '$DIR', '--db'], setup: policy(`${POLICY}database: { urlEnv: APP_DB }\n`), env: { APP_DB: 'postgres://u:hunter2@db.example:0/app' }, code: 2, message: /\$APP_DB: the database URL has port 0/, never: ['hunter2'] },
  { name: 'database that refuses connections', args: ['scan', '$DIR', '--db', 'postgres://u:hunter2@127.0.0.1:1/app'], code: 2, message: /cannot connect to PostgreSQL at 127\.0\.0\.1:1\/app: connection refused/, never: ['hunter2'] },
  // Policies
  { name: 'policy with a YAML syntax error', args: ['check', '$DIR'], setup: policy('version: 1\ncontroller: [unclosed\n'), code: 2, message: /privacy\.yml:\d+:\d+: error YAML syntax error/ },
  { name: 'policy with a YAML alias bomb', args: ['check', '$DIR'], setup: policy(aliasBomb), code: 2, message: /privacy\.yml:1:1: error the YAML expands too many aliases/ },
  { name: 'policy with a self-referencing alias', args: ['check', '$DIR'], setup: policy('version: 1\ncontroller: &c\n  name: Acme\n  contact: [*c]\npurposes: {}\n'), code: 2, message: /privacy\.yml:4:13: error the alias \*c refers to the node that contains it/ },
  // The policy's own rules and sinks are checked with the rest of the file: a bad rule was an "internal error".
  { name: 'policy with a detection rule missing its terms', args: ['check', '$DIR'], setup: policy(`${POLICY}detection:\n  rules:\n    - { id: x, category: email }\n`), code: 2, message: /^.*privacy\.yml:13:7: error invalid detection rule: must have required property 'terms'$/ },
  { name: 'policy with a sink of unknown keys', args: ['check', '$DIR'], setup: policy(`${POLICY}detection:\n  sinks:\n    - { nonsense: 1 }\n`), code: 2, message: /^.*privacy\.yml:13:7: error invalid sink: .*required property 'id'/ },
  { name: 'policy that is a list', args: ['check', '$DIR'], setup: policy('- version: 1\n'), code: 2, message: /expected a mapping with version, controller and purposes/ },
  { name: 'empty policy', args: ['check', '$DIR'], setup: policy(''), code: 2, message: /expected a mapping/ },
  { name: 'policy with a misspelt legal basis', args: ['check', '$DIR'], setup: policy(POLICY.replace('legalBasis: contract', 'legalBasis: contarct')), code: 2, message: /privacy\.yml:7:17: error .*contract/ },
  { name: 'policy with a password in a URL', args: ['check', '$DIR'], setup: policy(`${POLICY}ignore: ['postgres://u:hunter2@db/app']\n`), code: 2, message: /URL with a password in it/, never: ['hunter2'] },
  { name: 'policy with duplicate keys', args: ['check', '$DIR'], setup: policy(`${POLICY}ignore: []\nignore: []\n`), code: 2, message: /YAML syntax error: Map keys must be unique/ },
  { name: 'policy of binary bytes', args: ['check', '$DIR'], setup: policy('\u0000\u0001\u0002\uFFFD{[}]\u0007'), code: 2, message: /privacy\.yml:1:\d+: error/ },
  // Baselines
  { name: 'baseline holding null', args: ['check', '$DIR', '--baseline', '$TMP/baseline.json'], setup: baseline('null'), code: 2, message: /baseline .* is not a privmap baseline/ },
  { name: 'baseline holding [null] entries', args: ['check', '$DIR', '--baseline', '$TMP/baseline.json'], setup: baseline('{"privmapBaseline":1,"entries":[null]}'), code: 2, message: /baseline .*: entry 1 is not a baseline entry/ },
  { name: 'baseline that is not JSON', args: ['check', '$DIR', '--baseline', '$TMP/baseline.json'], setup: baseline('{"privmapBaseline": 1,'), code: 2, message: /baseline .* is not valid JSON/ },
  { name: 'baseline of another version', args: ['check', '$DIR', '--baseline', '$TMP/baseline.json'], setup: baseline('{"privmapBaseline":2,"entries":[]}'), code: 2, message: /is not a privmap baseline/ },
  { name: 'baseline whose entries are strings', args: ['check', '$DIR', '--baseline', '$TMP/baseline.json'], setup: baseline('{"privmapBaseline":1,"entries":["abc"]}'), code: 2, message: /entry 1 is not a baseline entry/ },
  // Compare files
  { name: '--compare file that does not exist', args: ['report', '$DIR', '-f', 'markdown', '--compare', '$TMP/none.json'], code: 2, message: /--compare: cannot read .*none\.json as a privmap JSON report \(no such file\)/ },
  { name: '--compare file that is not JSON', args: ['report', '$DIR', '-f', 'markdown', '--compare', '$TMP/prev.json'], setup: file('prev.json', '<html>'), code: 2, message: /--compare: .*not JSON/ },
  { name: '--compare file that is a list', args: ['report', '$DIR', '-f', 'markdown', '--compare', '$TMP/prev.json'], setup: file('prev.json', '[]'), code: 2, message: /is not a privmap JSON report/ },
  { name: '--compare file of another format version', args: ['report', '$DIR', '-f', 'markdown', '--compare', '$TMP/prev.json'], setup: file('prev.json', '{"formatVersion":9,"elements":[]}'), code: 2, message: /has formatVersion 9/ },
  { name: '--compare file with a null element', args: ['report', '$DIR', '-f', 'markdown', '--compare', '$TMP/prev.json'], setup: file('prev.json', '{"formatVersion":1,"elements":[null]}'), code: 2, message: /element 0 of .* lacks an id/ },
  // Source files: skipped with a warning naming them; the scan goes on (exit 0)
  { name: 'invalid Prisma schema', args: ['scan', '$DIR'], setup: source('prisma/schema.prisma', 'model Customer {\n  email String\n'), code: 0, message: /warning: skipped prisma\/schema\.prisma:\d+: parse-error/, warning: true },
  { name: 'invalid SQL migration', args: ['scan', '$DIR'], setup: source('migrations/001_init.sql', 'CREATE TABLE customers (email text;\n'), code: 0, message: /warning: skipped migrations\/001_init\.sql:1: sql-error/, warning: true },
  { name: 'TypeScript that does not parse', args: ['scan', '$DIR'], setup: source('src/broken.ts', 'export interface {{{ email: string'), code: 0, message: /1 input\(s\) skipped/, warning: true },
  { name: 'binary bytes in a .ts file', args: ['scan', '$DIR', '-q'], setup: source('src/blob.ts', Buffer.from([0, 255, 254, 0, 1, 2, 3])), code: 0, message: /^$/, warning: true },
  { name: 'a field name with a right-to-left override', args: ['check', '$DIR', '-f', 'sarif', '-o', '$TMP/p.sarif'], setup: source('src/hidden.ts', "export interface Lead { 'e\u202Email': string }\n"), code: 1, message: /hidden-character: the name e\\u\{202E\}mail at src\/hidden\.ts:1/, warning: true },
  { name: 'a field name with a terminal escape', args: ['scan', '$DIR', '-f', 'csv'], setup: source('src/escape.ts', "export interface Lead { 'customerEmail\u001b': string }\n"), code: 0, message: /hidden-character: the name customerEmail\\u\{001B\} at src\/escape\.ts:1/, warning: true },
  // Signals and pipes
  // `--no-cache`: a replayed run of the sample ends within the 300 ms, before the signal (src/cache/replay.ts).
  { name: 'SIGTERM while writing a report', args: ['report', '$SAMPLE', '-o', '$TMP/out.html', '--no-cache'], setup: oldFile('out.html'), signal: { name: 'SIGTERM', afterMs: 300 }, code: 2, message: /^privmap: interrupted by SIGTERM; no output file was changed$/, keeps: 'out.html' },
  { name: 'SIGINT (Ctrl-C) during a scan', args: ['check', '$SAMPLE', '-f', 'sarif', '-o', '$TMP/p.sarif', '--no-cache'], setup: oldFile('p.sarif'), signal: { name: 'SIGINT', afterMs: 300 }, code: 2, message: /^privmap: interrupted by SIGINT/, keeps: 'p.sarif' },
  { name: 'a reader that closes the pipe early (report | head -1)', args: ['report', '$DIR'], closeStdoutEarly: true, code: 0, message: /^$/ },
  { name: 'an unexpected error (a bug) is one line', args: ['scan', '$DIR'], env: { NODE_OPTIONS: `--import=data:text/javascript,${encodeURIComponent("Array.prototype.toSorted = () => { throw new TypeError('boom'); }; Array.prototype.sort = function () { throw new TypeError('boom'); };")}` }, code: 2, message: /^privmap: internal error: TypeError: boom — please report it \(--verbose shows where\)$/ },
];

function runCase(testCase: Case, dir: string, tmp: string, onChild?: (child: ChildProcess) => void): Promise<Outcome> {
  const args = testCase.args.map((a) => a.replace('$DIR', dir).replace('$TMP', tmp).replace('$SAMPLE', sampleApp));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, ...args], {
      cwd: tmp,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...testCase.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    onChild?.(child);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (testCase.closeStdoutEarly) child.stdout.destroy();
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const killer = setTimeout(() => child.kill('SIGKILL'), 90_000);
    if (testCase.signal) void signalWhenListening(child, testCase);
    child.on('error', reject);
    child.on('close', (status, signal) => {
      clearTimeout(killer);
      resolve({ status, signal, stdout, stderr });
    });
  });
}

/**
 * A preload that writes a marker file once the CLI listens for a signal. On a loaded machine a fixed delay
 * could land while Node is still starting, which would test Node, not privmap; and Node itself catches
 * SIGINT and SIGTERM from the start, so /proc cannot tell either.
 */
const LISTENING = `import { writeFileSync } from 'node:fs';
const timer = setInterval(() => {
  if (process.listenerCount(process.env.PRIVMAP_TEST_SIGNAL) === 0) return;
  writeFileSync(process.env.PRIVMAP_TEST_MARKER, 'listening');
  clearInterval(timer);
}, 10);
timer.unref();
`;

/** Signal cases run with the preload; the signal goes `afterMs` after the CLI listens for it. */
function withListeningMarker(testCase: Case, root: string): Case {
  if (!testCase.signal || testCase.signal.name === 'SIGKILL') return testCase;
  writeFileSync(join(root, 'listening.mjs'), LISTENING);
  const env = { ...testCase.env, NODE_OPTIONS: `--import=${pathToFileURL(join(root, 'listening.mjs')).href}`, PRIVMAP_TEST_SIGNAL: testCase.signal.name, PRIVMAP_TEST_MARKER: join(root, 'listening') };
  return { ...testCase, env };
}

async function signalWhenListening(child: ChildProcess, testCase: Case): Promise<void> {
  const marker = testCase.env?.PRIVMAP_TEST_MARKER;
  const started = Date.now();
  while (marker && !existsSync(marker) && child.exitCode === null && Date.now() - started < 60_000) await new Promise((resolve) => setTimeout(resolve, 25));
  await new Promise((resolve) => setTimeout(resolve, testCase.signal!.afterMs));
  child.kill(testCase.signal!.name);
}

/** Runs every case, `limit` at a time. */
async function runAll(cases: Case[], limit: number): Promise<Map<string, { outcome: Outcome; tmp: string }>> {
  const results = new Map<string, { outcome: Outcome; tmp: string }>();
  const queue = [...cases];
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const root = mkdtempSync(join(tmpdir(), 'privmap-bad-input-'));
      const dir = join(root, 'project');
      const tmp = join(root, 'scratch');
      mkdirSync(tmp);
      writeProject(dir);
      next.setup?.(dir, tmp);
      results.set(next.name, { outcome: await runCase(withListeningMarker(next, root), dir, tmp), tmp });
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return results;
}

let results: Map<string, { outcome: Outcome; tmp: string }>;
const roots: string[] = [];
beforeAll(async () => {
  results = await runAll(CASES, 3);
  for (const { tmp } of results.values()) roots.push(join(tmp, '..'));
}, 600_000);
afterAll(() => {
  for (const root of roots) {
    for (const name of existsSync(join(root, 'scratch')) ? readdirSync(join(root, 'scratch')) : []) chmodSync(join(root, 'scratch', name), 0o644);
    rmSync(root, { recursive: true, force: true });
  }
});

describe('bad input ends by the exit-code contract, in one line, with nothing half-written', () => {
  it('covers at least 40 kinds of bad input', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });

  for (const testCase of CASES) {
    it(testCase.name, () => {
      const { outcome, tmp } = results.get(testCase.name)!;
      const all = `${outcome.stdout}${outcome.stderr}`;
      expect(outcome.signal, outcome.stderr).toBeNull();
      expect(outcome.status, outcome.stderr).toBe(testCase.code);
      expect(all).not.toMatch(/\n\s+at /); // no stack trace
      expect(all).not.toMatch(/^\s+at .*\(.*:\d+:\d+\)$/m);
      const lines = outcome.stderr.split('\n').filter((line) => line.trim() && !/^\(Did you mean/.test(line));
      if (testCase.warning) {
        expect(testCase.message.source === '^$' ? outcome.stderr : lines.join('\n')).toMatch(testCase.message);
      } else if (testCase.message.source === '^$') {
        expect(outcome.stderr).toBe('');
      } else {
        expect(lines, outcome.stderr).toHaveLength(1);
        expect(lines[0]).toMatch(testCase.message);
      }
      for (const secret of testCase.never ?? []) expect(all).not.toContain(secret);
      // Scanned names never reach the output raw: no terminal escape, no right-to-left override.
      expect(all).not.toMatch(/[\u001b\u202e]/);
      if (testCase.keeps) expect(readFileSync(join(tmp, testCase.keeps), 'utf8')).toBe(OLD);
      expect(readdirSync(tmp).filter((name) => name.includes('privmap-tmp'))).toEqual([]);
    });
  }
});

describe('atomic writes under SIGKILL', () => {
  /**
   * A preload makes the report's write stop halfway (the first half written, then a marker file, then a
   * pause), so the kill lands exactly mid-write; a plain writeFileSync would leave half a report here.
   */
  const HALFWAY = `import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
const write = fs.writeSync;
const open = fs.openSync;
// Only the report's temporary file pauses: the scan cache writes large files of its own (V8's code cache data).
const reportFds = new Set();
fs.openSync = function (path, ...rest) {
  const fd = open.call(this, path, ...rest);
  if (String(path).includes('privmap-tmp')) reportFds.add(fd);
  return fd;
};
let paused = false;
fs.writeSync = function (fd, buffer, offset = 0, length = buffer.length - offset, ...rest) {
  if (paused || !reportFds.has(fd) || typeof buffer === 'string' || length < 4096) return write.call(this, fd, buffer, offset, length, ...rest);
  paused = true;
  const written = write.call(this, fd, buffer, offset, Math.floor(length / 2), ...rest);
  write.call(this, fs.openSync(process.env.PRIVMAP_TEST_MARKER, 'w'), 'halfway');
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60000);
  return written;
};
syncBuiltinESMExports();
`;

  it('leaves the old report whole when the run is killed halfway through writing the new one', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'privmap-kill-'));
    roots.push(tmp);
    const project = join(tmp, 'project');
    writeProject(project);
    const out = join(tmp, 'report.html');
    const marker = join(tmp, 'halfway');
    writeFileSync(join(tmp, 'halfway.mjs'), HALFWAY);
    writeFileSync(out, OLD);
    let child: ChildProcess | undefined;
    const run = runCase(
      { name: 'kill', args: ['report', project, '-o', out], env: { NODE_OPTIONS: `--import=${pathToFileURL(join(tmp, 'halfway.mjs')).href}`, PRIVMAP_TEST_MARKER: marker }, code: 0, message: /x/ },
      project,
      tmp,
      (spawned) => (child = spawned),
    );
    const started = Date.now();
    while (!existsSync(marker) && Date.now() - started < 60_000) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(existsSync(marker), 'the write never reached its halfway point').toBe(true);
    const partial = readdirSync(tmp).filter((name) => name.includes('privmap-tmp'));
    expect(partial).toHaveLength(1); // the half-written temporary file, next to the target
    expect(readFileSync(out, 'utf8')).toBe(OLD);
    child!.kill('SIGKILL');
    const outcome = await run;
    expect(outcome.signal).toBe('SIGKILL');
    expect(readFileSync(out, 'utf8')).toBe(OLD);
    // Without the kill the same run completes the new report.
    rmSync(marker);
    const whole = await runCase({ name: 'whole', args: ['report', project, '-o', out], code: 0, message: /x/ }, project, tmp);
    expect(whole.status, whole.stderr).toBe(0);
    expect(readFileSync(out, 'utf8').trimEnd().endsWith('</html>')).toBe(true);
  }, 180_000);

  it('leaves the old report whole, or the new one complete, wherever a kill lands', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'privmap-kill-'));
    roots.push(tmp);
    const out = join(tmp, 'report.html');
    const project = join(tmp, 'sample');
    cpSync(sampleApp, project, { recursive: true });
    for (const afterMs of [400, 2500, 5000]) {
      writeFileSync(out, OLD);
      const outcome = await runCase({ name: 'kill', args: ['report', project, '-o', out], signal: { name: 'SIGKILL', afterMs }, code: 0, message: /x/ }, project, tmp);
      const text = readFileSync(out, 'utf8');
      const whole = text === OLD || text.trimEnd().endsWith('</html>');
      expect(whole, `killed after ${afterMs} ms: ${text.length} bytes (${String(outcome.signal ?? outcome.status)})`).toBe(true);
      for (const name of readdirSync(tmp).filter((n) => n.includes('privmap-tmp'))) rmSync(join(tmp, name));
    }
  }, 300_000);
});

/**
 * Files git tracks under a `.gitignore` pattern are the project's code (src/scan/tracked-ignored.ts): a Python
 * template's `**\/lib/` over an app's `server/lib/notifications.ts` must not hide its mails. Real git repositories.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CODE_EXTENSIONS, discoverFiles } from '../../../src/scan/discover.js';
import { runCli } from '../../helpers/cli.js';

const NOTIFY = `import { Resend } from 'resend';
const resend = new Resend(process.env.RESEND_KEY);
export async function notifyPatient(patient: { email: string; firstName: string }) {
  await resend.emails.send({ from: 'clinic@example.com', to: patient.email, subject: 'Your appointment', text: \`Hello \${patient.firstName}\` });
}
`;
const SCRATCH = `export interface Scratch {\n  contactEmail: string;\n}\n`;
const POLICY = `version: 1
controller:
  name: Example Clinic AS
  contact: [privacy@example.com]
purposes: {}
recipients: {}
`;

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], { cwd, stdio: 'pipe' });

/** A repository whose `.gitignore` matches `server/lib/`, `*.local.ts` and `tmp/`; which files are tracked is the caller's. */
function project(asRepository: boolean): string {
  dir = mkdtempSync(join(tmpdir(), 'privmap-tracked-ignored-'));
  const files: Record<string, string> = {
    '.gitignore': '**/lib/\n*.local.ts\ntmp/\n',
    'package.json': '{ "name": "clinic", "dependencies": { "resend": "^4.0.0" } }\n',
    'privacy.yml': POLICY,
    'server/lib/notifications.ts': NOTIFY,
    'server/lib/scratch.ts': SCRATCH,
    'server/app.ts': 'export const port = 3000;\n',
    'src/settings.local.ts': SCRATCH.replace('Scratch', 'LocalSettings'),
    'src/other.local.ts': SCRATCH.replace('Scratch', 'Other'),
    'tmp/draft.ts': SCRATCH.replace('Scratch', 'Draft'),
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  if (asRepository) {
    git(dir, 'init', '-q');
    git(dir, 'add', '-A');
    // Committed before the ignore rules came, or added on purpose: git tracks them.
    git(dir, 'add', '-f', 'server/lib/notifications.ts', 'src/settings.local.ts');
    git(dir, 'commit', '-q', '-m', 'clinic');
  }
  return dir;
}

describe('discovery in a git repository', () => {
  it('lists the files git tracks under a .gitignore pattern, and still counts the untracked ones as ignored', async () => {
    const root = project(true);
    const { files, ignoredCount } = await discoverFiles(root, { extensions: CODE_EXTENSIONS });
    expect(files).toEqual(['server/app.ts', 'server/lib/notifications.ts', 'src/settings.local.ts']);
    // server/lib/scratch.ts and src/other.local.ts one by one (their folder or name is ignored), tmp/ as one folder.
    expect(ignoredCount).toBe(3);
  });

  it("keeps the policy's `ignore:` over a tracked file", async () => {
    const root = project(true);
    const { files } = await discoverFiles(root, { extensions: CODE_EXTENSIONS, ignore: ['server/lib/'] });
    expect(files).toEqual(['server/app.ts', 'src/settings.local.ts']);
  });

  it('leaves every ignored file out of a folder that is not a git work tree', async () => {
    const root = project(false);
    const { files, ignoredCount } = await discoverFiles(root, { extensions: CODE_EXTENSIONS });
    expect(files).toEqual(['server/app.ts']);
    // server/lib/ and tmp/ as folders, the two *.local.ts files.
    expect(ignoredCount).toBe(4);
  });
});

describe('privmap scan in a git repository', () => {
  it('reports the flow of a tracked file under an ignored folder, and sees a file added with `git add -f` on the next run', async () => {
    const root = project(true);
    // Files read by name must be two seconds old for a run to keep its replay (src/cache/replay.ts).
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    const scan = () => runCli(['scan', root, '-f', 'json', '--cache-dir', join(root, '.cache')]);
    const first = scan();
    expect(first.status).toBe(0);
    type Element = { kind: string; field: string; sink?: { id: string }; locations: { file?: string }[] };
    const elements = (stdout: string) => (JSON.parse(stdout) as { elements: Element[] }).elements;
    const inFile = (stdout: string, file: string) => elements(stdout).filter((e) => e.locations.some((l) => l.file === file));
    expect([...new Set(inFile(first.stdout, 'server/lib/notifications.ts').filter((e) => e.kind === 'flow').map((e) => e.sink?.id))]).toEqual(['resend']);
    expect(inFile(first.stdout, 'server/lib/scratch.ts')).toEqual([]);
    expect(readdirSync(join(root, '.cache', 'projects')).some((f) => f.endsWith('.replay'))).toBe(true);
    // No folder's entries and no .gitignore change: only git's index says the file is now the project's.
    git(root, 'add', '-f', 'server/lib/scratch.ts');
    const second = scan();
    expect(second.status).toBe(0);
    expect(inFile(second.stdout, 'server/lib/scratch.ts').map((e) => e.field)).toEqual(['contactEmail']);
    expect(second.stdout).toBe(runCli(['scan', root, '-f', 'json', '--no-cache']).stdout);
  }, 120_000);
});

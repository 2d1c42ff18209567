// A project as users have it, on an older TypeScript: fixtures/eslint/typescript-<version> (package.json and
// lock file: typescript and @typescript-eslint/parser at fixed versions) installed with `npm ci` from the npm
// registry into a temporary directory, once per lock file content, then reused. The ESLint bench and the
// plugin's tests lint with the parser from there, so it resolves that TypeScript while privmap keeps its own.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'eslint');
const FILES = ['package.json', 'package-lock.json', '.npmrc'];

/** The directory holding node_modules for fixture `typescript-<version>` (`5.0`, `5.9`), installed if needed. */
export function installTypeScriptProject(version) {
  const source = join(fixtures, `typescript-${version}`);
  const hash = createHash('sha256');
  for (const file of FILES) hash.update(readFileSync(join(source, file)));
  const dir = join(tmpdir(), `privmap-typescript-${version}-${hash.digest('hex').slice(0, 12)}`);
  if (existsSync(join(dir, 'node_modules', '.package-lock.json'))) return dir;
  // Installed beside and renamed into place, so parallel test workers never see half an install.
  const staging = `${dir}.${process.pid}.${Date.now()}`;
  mkdirSync(staging, { recursive: true });
  for (const file of FILES) copyFileSync(join(source, file), join(staging, file));
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  execFileSync(npm, ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--prefer-offline'], { cwd: staging, stdio: 'pipe', timeout: 300_000, shell: process.platform === 'win32' });
  try {
    renameSync(staging, dir);
  } catch {
    // Another worker finished first; its copy is the same.
    rmSync(staging, { recursive: true, force: true });
  }
  return dir;
}

/** `require` from inside the installed project: its @typescript-eslint/parser resolves its own TypeScript. */
export function requireFrom(dir) {
  return createRequire(join(dir, 'package.json'));
}

/**
 * privmap as users get it: `npm pack`, the tarballs installed into fresh projects that `npm init -y` made
 * (one CommonJS, one ESM), and the README's snippets run there exactly as written (extracted from README.md
 * by readme-snippets.ts): the install line, the first-run commands (scan, init, check with a baseline,
 * report, export), the GitHub Actions check line, the flat ESLint config under the file name the README
 * gives, the `.eslintrc.cjs` with `plugins: ['privmap']` under the real ESLint 8, and the library example
 * type-checked against the installed typings and run.
 *
 * npm reaches the registry for the third-party dependencies (`--prefer-offline`, so a warm cache suffices);
 * every child process has a timeout, so a stuck install fails the test instead of hanging CI.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';
import { installedPackages, readmeSnippet, shellCommands } from './readme-snippets.js';

const NPM_FLAGS = ['--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'];
const INSTALL_TIMEOUT = 240_000;
const COMMAND_TIMEOUT = 60_000;
/** Nine npx runs; npm's own start-up dominates on a loaded two-core machine. */
const FIRST_RUN_TIMEOUT = 300_000;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[], cwd: string, timeout = COMMAND_TIMEOUT, env: NodeJS.ProcessEnv = {}): Run {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', timeout, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...env }, killSignal: 'SIGKILL' });
  if (result.error) throw new Error(`${command} ${args.join(' ')} in ${cwd}: ${result.error.message}`);
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A README shell line, run by the shell as a user would type it. */
const sh = (line: string, cwd: string) => run('sh', ['-c', line], cwd);

const noStack = (r: Run) => expect(`${r.stdout}${r.stderr}`).not.toMatch(/\n\s+at /);

/** A small project with personal data in code, a Prisma schema and a flow to a third party. */
function writeProjectSources(dir: string): void {
  mkdirSync(join(dir, 'src', 'customers'), { recursive: true });
  mkdirSync(join(dir, 'src', 'mail'), { recursive: true });
  mkdirSync(join(dir, 'prisma'), { recursive: true });
  writeFileSync(join(dir, 'src', 'customers', 'customer.ts'), 'export interface Customer {\n  id: string;\n  fullName: string;\n  email: string;\n  phoneNumber: string;\n}\n');
  writeFileSync(
    join(dir, 'src', 'mail', 'welcome.ts'),
    "import sgMail from '@sendgrid/mail';\nimport type { Customer } from '../customers/customer';\n\nexport async function sendWelcome(customer: Customer) {\n  await sgMail.send({ to: customer.email, subject: 'Welcome', text: `Hello ${customer.fullName}` });\n}\n",
  );
  writeFileSync(join(dir, 'prisma', 'schema.prisma'), 'datasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}\n\nmodel Order {\n  id              Int    @id\n  shippingAddress String @map("shipping_address")\n  @@map("orders")\n}\n');
}

let work: string;
let tarballs: { privmap: string; plugin: string };

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'privmap-package-'));
  const packed = run('npm', ['pack', '--pack-destination', work, '--workspaces', '--include-workspace-root', ...NPM_FLAGS], repoRoot, INSTALL_TIMEOUT);
  expect(packed.status, packed.stderr).toBe(0);
  const files = readdirSync(work);
  tarballs = {
    privmap: join(work, files.find((f) => /^privmap-\d/.test(f))!),
    plugin: join(work, files.find((f) => /^eslint-plugin-privmap-\d/.test(f))!),
  };
}, INSTALL_TIMEOUT);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packed tarball', () => {
  it('ships what runs: LICENSE, templates, no source maps, no screenshots', () => {
    const list = run('tar', ['-tzf', tarballs.privmap], work).stdout.split('\n');
    expect(list).toContain('package/LICENSE');
    expect(list).toContain('package/templates/privacy.yml');
    expect(list).toContain('package/dist/cli/main.js');
    expect(list.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(list.filter((f) => /\.(png|jpe?g|gif)$/.test(f))).toEqual([]);
    const plugin = run('tar', ['-tzf', tarballs.plugin], work).stdout.split('\n');
    expect(plugin).toEqual(expect.arrayContaining(['package/index.cjs', 'package/package.json', 'package/LICENSE']));
  });
});

for (const moduleType of ['commonjs', 'module'] as const) {
  describe(`installed in a fresh ${moduleType === 'module' ? 'ESM' : 'CommonJS'} project`, () => {
    let project: string;

    beforeAll(() => {
      project = join(work, moduleType);
      mkdirSync(project);
      expect(run('npm', ['init', '-y', ...NPM_FLAGS], project).status).toBe(0);
      const manifest = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8'));
      manifest.type = moduleType;
      writeFileSync(join(project, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
      writeProjectSources(project);
      // The README's install lines, in one npm run (the packages they name, privmap from the tarball). ESLint 8
      // itself is the repository's own copy below, so the legacy line contributes its other packages.
      const packages = new Set<string>();
      for (const name of ['install', 'eslint-install', ...(moduleType === 'commonjs' ? ['eslint8-install'] : [])]) {
        for (const line of shellCommands(readmeSnippet(name))) for (const pkg of installedPackages(line)) if (!pkg.startsWith('eslint@')) packages.add(pkg);
      }
      const specs = [...packages].map((pkg) => (pkg === 'privmap' ? tarballs.privmap : pkg === 'eslint-plugin-privmap' ? tarballs.plugin : pkg));
      const installed = run('npm', ['install', '--save-dev', ...specs, ...NPM_FLAGS], project, INSTALL_TIMEOUT);
      expect(installed.status, installed.stderr).toBe(0);
    }, INSTALL_TIMEOUT + 30_000);

    it('runs the first-run commands of the README: scan, init, check with a baseline, report, export', () => {
      const commands = shellCommands(readmeSnippet('first-run'));
      expect(commands.map((c) => c.split(' ')[2])).toEqual(expect.arrayContaining(['scan', 'init', 'check', 'report', 'export']));
      for (const command of commands) {
        const result = sh(command, project);
        noStack(result);
        expect(result.status, `${command}\n${result.stderr}`).toBe(0);
        if (command === 'npx privmap scan') {
          expect(result.stdout).toMatch(/found\s+│ email\s+│ Customer\.email/);
          expect(result.stderr).toMatch(/no privacy\.yml found/);
        }
      }
      const policy = readFileSync(join(project, 'privacy.yml'), 'utf8');
      expect(policy).not.toContain('SMARTi');
      expect(policy).toMatch(/#\s+packages: \["@sendgrid\/mail"\]/);
      expect(policy).toMatch(/#\s+paths: \["src\/customers\/\*\*"\]/);
      expect(JSON.parse(readFileSync(join(project, 'privmap-baseline.json'), 'utf8')).entries.length).toBeGreaterThan(0);
      expect(readFileSync(join(project, 'privacy-record.md'), 'utf8')).toContain('Customer');
      expect(readFileSync(join(project, '.fides', 'privmap.yml'), 'utf8')).toContain('dataset');
      // Not a terminal here, so the bare `report` printed HTML to stdout; the file is the terminal's default.
      expect(sh('npx privmap report', project).stdout).toMatch(/^<!doctype html>/i);
    }, FIRST_RUN_TIMEOUT);

    it("runs the README's GitHub Actions line, and it writes SARIF on the very first run", () => {
      const line = readmeSnippet('github-actions').split('\n').find((l) => l.includes('npx privmap check'))!.replace(/^\s*-\s*run:\s*/, '');
      // A checkout with the policy but no baseline yet, run with the installed binary.
      const fresh = join(work, `${moduleType}-first-ci-run`);
      writeProjectSources(fresh);
      writeFileSync(join(fresh, 'privacy.yml'), readFileSync(join(project, 'privacy.yml')));
      const first = sh(line.replace('npx privmap', join(project, 'node_modules', '.bin', 'privmap')), fresh);
      noStack(first);
      expect(first.status, first.stderr).toBe(1); // undeclared personal data, not a usage error
      expect(first.stderr).toMatch(/baseline .*does not exist yet/);
      expect(JSON.parse(readFileSync(join(fresh, 'privmap.sarif'), 'utf8')).version).toBe('2.1.0');
      const withBaseline = sh(line, project);
      expect(withBaseline.status, withBaseline.stderr).toBe(0);
    }, COMMAND_TIMEOUT * 2);

    it('lints with the flat config under the README file name (ESLint 9/10)', () => {
      const config = readmeSnippet('eslint-flat');
      const name = /^\/\/ (\S+)/.exec(config)![1]!;
      expect(name).toBe('eslint.config.mjs');
      writeFileSync(join(project, name), config);
      const lint = run(join(project, 'node_modules', '.bin', 'eslint'), ['.'], project); // the README's `npx eslint .`
      noStack(lint);
      expect(lint.stdout).toMatch(/privmap\/no-undeclared-personal-data/);
      expect(lint.status).toBe(1);
      rmSync(join(project, name));
    });

    if (moduleType === 'commonjs') {
      it("lints with the README's .eslintrc.cjs, plugins: ['privmap'], under the real ESLint 8", () => {
        const config = readmeSnippet('eslint8-config');
        const name = /^\/\/ (\S+)/.exec(config)![1]!;
        expect(name).toBe('.eslintrc.cjs');
        writeFileSync(join(project, name), config);
        // The repository's ESLint 8.57 (the eslint8 alias), resolving plugins and parser from the project, on `.` as
        // the README's `npx eslint .` (ESLint 8 finds the .ts files through the legacy config's overrides).
        const script = `const { ESLint } = require(${JSON.stringify(join(repoRoot, 'node_modules', 'eslint8'))});
new ESLint({ cwd: process.cwd(), resolvePluginsRelativeTo: process.cwd() }).lintFiles(['.']).then((results) => {
  for (const r of results) for (const m of r.messages) console.log(m.ruleId + ' ' + m.message);
}, (error) => { console.error(error.message); process.exit(2); });`;
        const lint = run(process.execPath, ['-e', script], project);
        noStack(lint);
        expect(lint.status, lint.stderr).toBe(0);
        expect(lint.stdout).toMatch(/^privmap\/no-undeclared-personal-data /m);
        rmSync(join(project, name));
      });
    }

    it("type-checks the README's library example against the installed typings, and runs it", () => {
      const source = readmeSnippet('api');
      const name = /^\/\/ (\S+?):/.exec(source)![1]!;
      expect(name).toBe('privmap-check.mts');
      writeFileSync(join(project, name), source);
      // tsc as a consumer runs it: strict, Node's module resolution, privmap's own .d.ts (no skipLibCheck).
      const tsc = join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
      const typeRoots = join(repoRoot, 'node_modules', '@types');
      const checked = run(process.execPath, [tsc, '--noEmit', '--strict', '--module', 'nodenext', '--target', 'es2022', '--types', 'node', '--typeRoots', typeRoots, name], project);
      expect(checked.status, checked.stdout).toBe(0);
      // Run as written: the project's policy (from the first-run test) declares nothing yet, so it lists and exits 1.
      const javascript = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
      writeFileSync(join(project, 'privmap-check.mjs'), javascript);
      rmSync(join(project, 'privacy-record.md'), { force: true });
      const ran = run(process.execPath, ['privmap-check.mjs'], project);
      noStack(ran);
      expect(ran.status, ran.stderr).toBe(1);
      expect(ran.stdout).toMatch(/^src\/customers\/customer\.ts:\d+ {2}email: Customer\.email$/m);
      expect(readFileSync(join(project, 'privacy-record.md'), 'utf8')).toContain('# Record of processing activities');
    });

    if (moduleType === 'commonjs') {
      it('type-checks a CommonJS TypeScript consumer on moduleResolution node10: privmap/eslint-plugin and the library entry', () => {
        // node10 reads no `exports`: the plugin's subpath resolves through `typesVersions`, and its .d.ts must
        // name only entries node10 finds (no `@typescript-eslint/utils/ts-eslint`). Strict, no skipLibCheck.
        const name = 'node10-consumer.ts';
        writeFileSync(
          join(project, name),
          [
            "import plugin from 'privmap/eslint-plugin';",
            "import { configs, rules } from 'privmap/eslint-plugin';",
            "import { scanProject } from 'privmap';",
            'export const names: string[] = Object.keys(plugin.configs).concat(Object.keys(configs));',
            "export const docs: string | undefined = rules['no-undeclared-personal-data'].meta.docs?.description;",
            'export const scan: typeof scanProject = scanProject;',
            '// Typed, not `any`: an unknown config is an error.',
            '// @ts-expect-error',
            'export const missing = plugin.configs.nope;',
            '',
          ].join('\n'),
        );
        const tsc = join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
        const typeRoots = join(repoRoot, 'node_modules', '@types');
        // TypeScript 6 deprecates node10; projects still on it (TypeScript 5.x, or this flag) are who this serves.
        const checked = run(process.execPath, [tsc, '--noEmit', '--strict', '--module', 'commonjs', '--moduleResolution', 'node10', '--ignoreDeprecations', '6.0', '--esModuleInterop', '--target', 'es2022', '--types', 'node', '--typeRoots', typeRoots, name], project);
        expect(checked.status, checked.stdout).toBe(0);
      });
    }

    it('is importable as the README shows: privmap/eslint-plugin and the library entry', () => {
      const probe = moduleType === 'module'
        ? "import plugin from 'privmap/eslint-plugin'; import { scanProject } from 'privmap'; console.log(Object.keys(plugin.configs).join(','), typeof scanProject);"
        : "const plugin = require('privmap/eslint-plugin'); const { scanProject } = require('privmap'); console.log(Object.keys(plugin.configs).join(','), typeof scanProject, plugin.default.configs === plugin.configs, typeof plugin.rules['no-undeclared-personal-data']);";
      const file = join(project, moduleType === 'module' ? 'probe.js' : 'probe.cjs');
      writeFileSync(file, probe);
      const result = run(process.execPath, [file], project);
      expect(result.stderr).toBe('');
      expect(result.stdout).toContain('recommended,strict,recommended-legacy,strict-legacy function');
      // CommonJS: require() gives the plugin's configs and rules directly, and `.default` is the same plugin.
      if (moduleType === 'commonjs') expect(result.stdout).toContain('function true object');
      expect(existsSync(join(project, 'node_modules', 'privmap', 'templates', 'privacy.yml'))).toBe(true);
    });
  });
}

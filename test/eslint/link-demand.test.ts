/**
 * Issue 12 (no file may cost privmap 50 ms): a linted file's cross-module flows come from the modules its calls
 * reach (src/flows/link-demand.ts), so the first file of an `eslint` process, cache cold, neither scans nor
 * summarises the rest of the project; where its link needs a pass over every module (here: whether anything
 * calls the function the call is in), the whole project is linked, with the same messages, and the passes are
 * stored so the next process links that file from what it reaches again.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readHeadLine } from '../../src/cache/link-state.js';
import { repoRoot } from '../helpers/cli.js';
import { MAILER, SIGNUP } from '../helpers/mailer-project.js';
import { newEslintProcess } from '../helpers/eslint-process.js';

/** \`target\` is its function's parameter: whether it is personal data depends on whether anything calls \`remind\`. */
const REMIND = `import { sendWelcome } from './mailer';

export async function remind(target: string) {
  await sendWelcome(target, 'there');
}
`;

/** Modules no linted file reaches: their facts are never read. */
const UNRELATED = (n: number) => `import { helper${n + 1} } from './unrelated-${n + 1}';

export function helper${n}(value: string) {
  return helper${n + 1}(value.trim());
}
`;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'privmap-link-demand-'));
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'privacy.yml'), readFileSync(join(repoRoot, 'fixtures', 'eslint', 'policy', 'privacy.yml')));
  const files: Record<string, string> = { 'src/mailer.ts': MAILER, 'src/signup.ts': SIGNUP, 'src/remind.ts': REMIND };
  for (let n = 0; n < 6; n++) files[`src/unrelated-${n}.ts`] = n < 5 ? UNRELATED(n) : 'export const helper5 = (v: string) => v;\n';
  const past = new Date(Date.now() - 60_000);
  for (const [file, text] of Object.entries(files)) {
    writeFileSync(join(dir, file), text);
    // Checked out a while ago: no file is racy against a state written now.
    utimesSync(join(dir, file), past, past);
  }
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A new `eslint` process: a fresh module graph, so no project state in memory. */
const newProcess = () => newEslintProcess(dir);

describe("a linted file's own link", () => {
  it('finds the flow through another module on the first file, cache cold, reading only the modules its calls reach', async () => {
    const process = await newProcess();
    expect(await process.lint('src/signup.ts')).toEqual(['4:9 privmap/no-undeclared-recipient']);
    // signup.ts and mailer.ts of the 9 files: nothing else scanned, linked or summarised.
    expect(process.stats()).toMatchObject({ listed: 9, isWhole: false, modulesRead: 2 });
  }, 120_000);

  it('links the whole project where a pass over every module decides, with the same messages, and the next process reads the stored passes', async () => {
    const first = await newProcess();
    const flows = await first.lint('src/remind.ts');
    // Nothing calls `remind`: it is an entry point, so what it hands to the mailer is judged here.
    expect(flows).toEqual(['4:9 privmap/no-undeclared-recipient']);
    expect(first.stats()).toMatchObject({ isWhole: true, wholeFor: 'src/remind.ts: callers' });

    const second = await newProcess();
    expect(await second.lint('src/remind.ts')).toEqual(flows);
    expect(await second.lint('src/signup.ts')).toEqual(['4:9 privmap/no-undeclared-recipient']);
    // The stored passes and summaries answered: nothing summarised, no module beyond the two files' reach read.
    expect(second.stats()).toMatchObject({ isWhole: false, summarised: 0, modulesRead: 3 });
    expect(second.stats()!.passesRead).toBeGreaterThan(0);
  }, 120_000);

  it('reads the stored passes only when a file asks one, and links the whole project again where they are damaged', async () => {
    const first = await newProcess();
    const flows = await first.lint('src/remind.ts');
    const projects = join(dir, '.privmap-cache', 'projects');
    const passesFile = join(projects, readdirSync(projects).find((name) => name.endsWith('.passes.json'))!);
    const [head, signatures, passes] = readFileSync(passesFile, 'utf8').split('\n');
    // A head line, then the signatures and the passes, each parsed when first asked (link-state.ts).
    expect(JSON.parse(head!)).toMatchObject({ format: 3, count: 9 });
    expect(Object.keys(JSON.parse(signatures!) as object)).toContain('src/remind.ts');
    expect(Array.isArray(JSON.parse(passes!))).toBe(true);

    // signup.ts asks no pass: its link neither needs nor notices the passes' line.
    writeFileSync(passesFile, `${head}\n${signatures}\n[{"damaged"\n`);
    const second = await newProcess();
    expect(await second.lint('src/signup.ts')).toEqual(['4:9 privmap/no-undeclared-recipient']);
    expect(second.stats()).toMatchObject({ isWhole: false, passesRead: 0 });
    // remind.ts asks one: unreadable, so the whole project is linked, with the same messages, and they are stored again.
    expect(await second.lint('src/remind.ts')).toEqual(flows);
    expect(second.stats()).toMatchObject({ isWhole: true, wholeFor: 'src/remind.ts: stored passes' });
    expect(readFileSync(passesFile, 'utf8').split('\n')[2]).toBe(passes);
  }, 120_000);

  it('reads the passes after their head only from a file with the same head', async () => {
    const first = await newProcess();
    const flows = await first.lint('src/remind.ts');
    const projects = join(dir, '.privmap-cache', 'projects');
    const passesFile = join(projects, readdirSync(projects).find((name) => name.endsWith('.passes.json'))!);
    const text = readFileSync(passesFile, 'utf8');
    const [head, signatures, passes] = text.split('\n');
    expect(readHeadLine(passesFile)?.head.toString('utf8')).toBe(head);

    // The same head, the rest written again (another process storing the same passes): read as stored.
    const same = await newProcess();
    expect(await same.lint('src/signup.ts')).toEqual(['4:9 privmap/no-undeclared-recipient']);
    writeFileSync(passesFile, text);
    expect(await same.lint('src/remind.ts')).toEqual(flows);
    expect(same.stats()).toMatchObject({ isWhole: false });
    expect(same.stats()!.passesRead).toBeGreaterThan(0);

    // Replaced, after the process read the head, by passes of other files (another head): not mixed with the
    // head it checked (no signature or pass read from it), and the same messages.
    const other = await newProcess();
    expect(await other.lint('src/signup.ts')).toEqual(['4:9 privmap/no-undeclared-recipient']);
    writeFileSync(passesFile, `${head!.replace(/"count":9/, '"count":8')}\n${signatures}\n${passes}\n`);
    expect(await other.lint('src/remind.ts')).toEqual(flows);
    expect(other.stats()).toMatchObject({ passesRead: 0 });
  }, 120_000);

  it('reads a head line longer than one piece, and nothing from a file without a line', () => {
    const file = join(dir, 'lines.json');
    const long = `{"root":"${'x'.repeat(10_000)}"}`;
    writeFileSync(file, `${long}\n${'y'.repeat(100_000)}\n`);
    expect(readHeadLine(file)?.head.toString('utf8')).toBe(long);
    writeFileSync(file, long);
    expect(readHeadLine(file)).toBeUndefined();
    expect(readHeadLine(join(dir, 'none.json'))).toBeUndefined();
  });
});

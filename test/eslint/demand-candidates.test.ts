/**
 * Issue 12: an edited buffer's facts are not the ones the stored passes over every module were made from, so
 * its link used to need the whole project's (every module's facts read, every summary made again). Beside the
 * stored summaries, one key of a pass (here: whether anything calls `remind`) is answered from the modules whose
 * text names it (src/flows/demand-candidates.ts, src/flows/project-texts.ts), with the whole link's messages.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';
import { MAILER, SIGNUP } from '../helpers/mailer-project.js';
import { newEslintProcess } from '../helpers/eslint-process.js';

/** `target` is its function's parameter: whether it is personal data depends on whether anything calls `remind`. */
const REMIND = `import { sendWelcome } from './mailer';

export async function remind(target: string) {
  await sendWelcome(target, 'there');
}
`;
/** The same file as an editor holds it: one call more, so its link signature is not the stored one. */
const EDITED = REMIND.replace("  await sendWelcome(target, 'there');\n", "  await sendWelcome(target, 'there');\n  await sendWelcome(target, 'again');\n");
/** A caller of `remind` under another name: found through the re-export that renames it. */
const BARREL = `export { remind as nudge } from './remind';\n`;
const DAILY = `import { nudge } from './barrel';

export async function daily(ids: string[]) {
  for (const id of ids) await nudge(id);
}
`;

let dir: string;
function write(files: Record<string, string>) {
  const past = new Date(Date.now() - 60_000);
  for (const [file, text] of Object.entries(files)) {
    writeFileSync(join(dir, file), text);
    // Checked out a while ago: no file is racy against a state written now.
    utimesSync(join(dir, file), past, past);
  }
}
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'privmap-demand-candidates-'));
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'privacy.yml'), readFileSync(join(repoRoot, 'fixtures', 'eslint', 'policy', 'privacy.yml')));
  write({ 'src/mailer.ts': MAILER, 'src/signup.ts': SIGNUP, 'src/remind.ts': REMIND, 'src/other.ts': 'export const other = 1;\n' });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A new `eslint` process: a fresh module graph, so no project state in memory. */
const newProcess = () => newEslintProcess(dir);

/** The edited buffer's messages with the whole project linked (no stored passes), then from the files naming `remind`. */
async function wholeThenNamed(): Promise<{ whole: string[]; named: string[] }> {
  const cold = await newProcess();
  const whole = await cold.lintBuffer('src/remind.ts', EDITED);
  expect(cold.stats()).toMatchObject({ isWhole: true });
  // A process on the files as they are stores the passes and summaries (the whole project is linked for remind.ts).
  await (await newProcess()).lint('src/remind.ts');
  const warm = await newProcess();
  const named = await warm.lintBuffer('src/remind.ts', EDITED);
  expect(warm.stats()).toMatchObject({ isWhole: false, passesRead: 0 });
  expect(warm.stats()!.keysAnswered).toBeGreaterThan(0);
  return { whole, named };
}

describe('a pass answered from the files naming its key', () => {
  it('finds that nothing calls the edited function, as the whole link does, without linking the whole project', async () => {
    const { whole, named } = await wholeThenNamed();
    // Nothing calls `remind`: an entry point, so what it hands to the mailer is judged here.
    expect(whole).toEqual(['4:9 privmap/no-undeclared-recipient', '5:9 privmap/no-undeclared-recipient']);
    expect(named).toEqual(whole);
  }, 120_000);

  it('finds a caller that names the function only through a renaming re-export, as the whole link does', async () => {
    write({ 'src/barrel.ts': BARREL, 'src/daily.ts': DAILY });
    const { whole, named } = await wholeThenNamed();
    // `daily` calls it (as `nudge`): not an entry point, so nothing is reported in remind.ts.
    expect(whole).toEqual([]);
    expect(named).toEqual(whole);
  }, 120_000);
});

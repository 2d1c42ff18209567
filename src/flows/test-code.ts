/**
 * Code that only tests or seeds the app reports no flows (session 18, flow precision): in a sample of the flows
 * privmap reported outside the labelled files of training repositories, half of the wrong ones were in tests, seeds,
 * mocks and test scripts, whose people are made up (`faker.internet.email()`, a seeded owner, `FIRST_RECIPIENT`) and
 * whose senders are mocked. Bearer's CLI skips test files by default for the same reason. Only flows are left out:
 * the file is still scanned (its functions may be wrappers others call, its fields are still detected). The folders
 * and file names are in rules/test-code.yml; the path is relative to the scanned root, as the CLI and the ESLint
 * plugin both give it.
 */
import { readRulesYaml } from '../cache/parsed-rules.js';

interface TestCodeRules {
  folders: ReadonlySet<string>;
  files: readonly RegExp[];
  served: readonly RegExp[];
}

let rules: TestCodeRules | undefined;

function testCodeRules(): TestCodeRules {
  if (rules) return rules;
  const raw = readRulesYaml(new URL('../../rules/test-code.yml', import.meta.url)) as { folders: string[]; files: string[]; served?: string[] };
  rules = { folders: new Set(raw.folders.map((f) => f.toLowerCase())), files: raw.files.map((f) => new RegExp(f, 'i')), served: (raw.served ?? []).map((f) => new RegExp(f, 'i')) };
  return rules;
}

/** Whether a root-relative POSIX path is test, seed or mock code: a folder or a file name says so. */
export function isTestCode(file: string): boolean {
  const { folders, files, served } = testCodeRules();
  if (served.some((pattern) => pattern.test(file))) return false;
  const parts = file.split('/');
  const name = parts.pop() ?? '';
  return parts.some((part) => folders.has(part.toLowerCase())) || files.some((pattern) => pattern.test(name));
}

/**
 * `privmap diff --format markdown` is pasted into a pull-request comment: the fix it gives must read as the
 * code to write. Inside a code span GitHub shows a backslash as it is, so `purposes: \[x\]` would be copied
 * with its backslashes; and a scanned name with a hidden character is shown escaped, as in every other output.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { createGitProject, type GitProject } from './git-project.js';

let project: GitProject;
let base: string;
let head: string;

beforeAll(() => {
  project = createGitProject();
  base = project.commit('a customer with a name, an email and a phone');
  project.write('src/lead.ts', "export interface Lead {\n  id: string;\n  phone_number: string;\n  'e\u202Email': string;\n}\n");
  head = project.commit('keep leads, with no purpose yet');
});
afterAll(() => project.cleanup());

describe('privmap diff --format markdown', () => {
  it('writes the fix as code to copy, without Markdown escapes inside its code spans', () => {
    const result = runCli(['diff', base, head, '-C', project.dir, '-f', 'markdown', '--no-cache'], { env: { GITHUB_SERVER_URL: '', GITHUB_REPOSITORY: '', GITHUB_SHA: '' } });
    expect(result.status).toBe(0);
    const row = result.stdout.split('\n').find((line) => line.includes('`Lead.phone_number`') && line.includes('@purpose'))!;
    expect(row).toContain("`symbols: ['Lead.phone_number']`");
    expect(row).toContain('`purposes: [service-provision]`');
    expect(row).not.toMatch(/\\[[\]_]/);
  });

  it('shows a hidden character in a name escaped, never raw', () => {
    const md = runCli(['diff', base, head, '-C', project.dir, '-f', 'markdown', '--no-cache'], { env: { GITHUB_SERVER_URL: '', GITHUB_REPOSITORY: '', GITHUB_SHA: '' } }).stdout;
    expect(md).not.toContain('\u202E');
    expect(md).toContain('`Lead.e\\u{202E}mail`');
  });

  it('the terminal text and the JSON sentences show it escaped too (the JSON names keep it raw)', () => {
    const text = runCli(['diff', base, head, '-C', project.dir, '--no-cache']).stdout;
    expect(text).not.toContain('\u202E');
    expect(text).toContain('Lead.e\\u{202E}mail');
    const report = JSON.parse(runCli(['diff', base, head, '-C', project.dir, '-f', 'json', '--no-cache']).stdout) as { newlyUndeclared: { field: string; fix: string }[] };
    const hidden = report.newlyUndeclared.find((e) => e.field === 'e\u202Email')!;
    expect(hidden.fix).not.toContain('\u202E');
    expect(hidden.fix).toContain('Lead.e\\u{202E}mail');
  });
});

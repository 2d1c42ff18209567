/**
 * The newcomer's path through the built CLI: `scan` before any policy lists what it found unjudged, `init`
 * proposes from that scan, `check --update-baseline` then `check` pass, `report` on a terminal writes a file.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportOutput } from '../../src/cli/commands/report.js';
import { copyFixture, repoRoot, runCli, sampleApp } from '../helpers/cli.js';

let project: { dir: string; cleanup(): void };
beforeAll(() => {
  project = copyFixture(sampleApp);
  rmSync(join(project.dir, 'privacy.yml'));
});
afterAll(() => project.cleanup());

describe('first run (issue 13)', () => {
  it('scan without a policy lists the inventory unjudged and points at init', () => {
    const scan = runCli(['scan', project.dir]);
    expect(scan.status).toBe(0);
    expect(scan.stdout).toMatch(/│ found\s+│ email\s+│ Customer\.email/);
    expect(scan.stdout).not.toMatch(/undeclared/);
    expect(scan.stderr).toMatch(/no privacy\.yml found, so nothing is judged yet; `privmap init`/);
  });

  it('init proposes categories, recipients from flows and folders; then a baseline makes check pass', () => {
    const init = runCli(['init', project.dir]);
    expect(init.status, init.stderr).toBe(0);
    expect(init.stderr).toMatch(/with 4 categories, \d+ recipient\(s\) and \d+ folder\(s\) to confirm/);
    const policy = readFileSync(join(project.dir, 'privacy.yml'), 'utf8');
    expect(policy).toMatch(/^# Found in this project by `privmap init`: address \(\d+ fields\), email \(\d+ fields\), name \(\d+ fields\), phone \(\d+ fields\)\.$/m);
    // Third parties seen in flows, as recipients to confirm, with what identifies them in code.
    // The same vendor from package.json (issue 12) merges in: its country proposes a transfer to confirm.
    expect(policy).toMatch(/^# {3}sendgrid-mail:\n# {5}title: "@sendgrid\/mail"\n(#.*\n)*# {5}packages: \["@sendgrid\/mail"\]\n# {5}transfer: \{ country: "US", safeguard: TODO \}\n# {5}# seen at package\.json, src\/customers\/customer\.service\.ts:\d+/m);
    expect(policy).toMatch(/^# {3}api-eu-mixpanel-com:$/m);
    // Folders and tables with personal data, as processing entries whose purposes are to be chosen.
    expect(policy).toMatch(/^# {3}- purposes: \[\] +# TODO: holds [a-z, ]+ \(\d+ fields?\)\n# {5}paths: \["src\/customers\/\*\*"\]$/m);
    expect(policy).toMatch(/^# {5}tables: \["public\.customers\.\*"\]$/m);

    const before = runCli(['check', project.dir]);
    expect(before.status).toBe(1);
    expect(before.stdout).not.toMatch(/policy error\(s\)[^0]*[1-9]\d* policy error/);
    expect(before.stdout).toMatch(/, 0 policy error\(s\)\./);
    const update = runCli(['check', project.dir, '--update-baseline']);
    expect(update.status).toBe(0);
    const after = runCli(['check', project.dir, '--baseline', join(project.dir, 'privmap-baseline.json')]);
    expect(after.status, after.stdout).toBe(0);
    expect(after.stdout).toMatch(/privmap check passed/);
  }, 300_000);

  it('-o says what it wrote, on stderr', () => {
    const out = join(project.dir, 'out', 'record.md');
    const result = runCli(['report', project.dir, '-f', 'markdown', '-o', out]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`wrote the Markdown report to ${out}`);
    expect(readFileSync(out, 'utf8')).toMatch(/^# Record of processing activities/);
  });

  it('report writes privmap-report.html on a terminal unless -o - asks for stdout', () => {
    expect(reportOutput({ format: 'html' }, true)).toBe('privmap-report.html');
    expect(reportOutput({ format: 'html', output: '-' }, true)).toBe('-');
    expect(reportOutput({ format: 'html' }, false)).toBeUndefined();
    expect(reportOutput({ format: 'markdown' }, true)).toBeUndefined();
    expect(reportOutput({ format: 'html', output: 'x.html' }, true)).toBe('x.html');
  });
});

describe('names shown as they are (issue 13)', () => {
  const dir = join(repoRoot, 'fixtures', 'cli', 'hidden-characters');

  it('escapes bidi and invisible characters in every output, and flags them as their own finding', () => {
    const raw = /[\u202E\u200B]/;
    const outputs = {
      table: runCli(['scan', dir]),
      check: runCli(['check', dir]),
      markdown: runCli(['report', dir, '-f', 'markdown']),
      csv: runCli(['report', dir, '-f', 'csv']),
      html: runCli(['report', dir, '-f', 'html']),
      sarif: runCli(['check', dir, '-f', 'sarif']),
      json: runCli(['report', dir, '-f', 'json']),
    };
    for (const [format, result] of Object.entries(outputs)) {
      if (format === 'json') continue;
      expect(result.stdout, format).not.toMatch(raw);
      // SARIF is JSON: its backslash is written doubled.
      expect(result.stdout, format).toContain(format === 'sarif' ? 'e\\\\u{202E}mail' : 'e\\u{202E}mail');
    }
    const messages = JSON.parse(outputs.sarif.stdout).runs[0].results.map((r: { message: { text: string } }) => r.message.text);
    expect(messages.some((m: string) => m.includes('public.leads.e\\u{202E}mail'))).toBe(true);
    expect(outputs.table.stderr).toMatch(/warning: hidden-character: the name e\\u\{202E\}mail at migrations\/001_leads\.sql:3 .*contains \\u\{202E\}/);
    expect(outputs.check.stdout).toMatch(/warning: hidden-character: the name first\\u\{200B\}name/);
    // JSON keeps the raw name in its data fields (ids hash it) and escapes the sentences written for people.
    const json = JSON.parse(outputs.json.stdout);
    const element = json.elements.find((e: { field: string }) => e.field === 'e\u202Email');
    expect(element).toBeDefined();
    expect(JSON.stringify(element.locations.map((l: { text: string }) => l.text))).toContain('e\\\\u{202E}mail');
  }, 300_000);
});

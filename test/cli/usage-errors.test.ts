/**
 * Usage errors that commander finds (an unknown command or option, a value outside the choices, a missing
 * argument) follow the README's contract like every other error: one line on stderr, `privmap: error …`,
 * exit 2, with commander's suggestion kept on that line. The built CLI runs as a child process.
 */
import { describe, expect, it } from 'vitest';
import { runCli, sampleApp } from '../helpers/cli.js';

const cases: { args: string[]; line: RegExp }[] = [
  { args: ['chek', sampleApp], line: /^privmap: error unknown command 'chek' \(did you mean check\?\)$/ },
  { args: ['check', sampleApp, '--baselin', 'x.json'], line: /^privmap: error unknown option '--baselin' \(did you mean --baseline\?\)$/ },
  { args: ['scan', sampleApp, '--format', 'xml'], line: /^privmap: error option '-f, --format <format>' argument 'xml' is invalid\. Allowed choices are table, json, sarif, csv, gitlab\.$/ },
  { args: ['store', 'init', '--bogus'], line: /^privmap: error unknown option '--bogus'$/ },
  { args: ['check', sampleApp, '--policy'], line: /^privmap: error option '-p, --policy <file>' argument missing$/ },
];

describe('usage errors', () => {
  for (const { args, line } of cases) {
    it(`privmap ${args.filter((a) => a !== sampleApp).join(' ')}: one line, privmap: error, exit 2`, () => {
      const result = runCli(args, { env: { NO_COLOR: '1' } });
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.split('\n').filter(Boolean), result.stderr).toHaveLength(1);
      expect(result.stderr.trim()).toMatch(line);
    });
  }
});

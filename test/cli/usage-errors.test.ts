/**
 * Usage errors that commander finds (an unknown command or option, a value outside the choices, a missing
 * argument) follow the README's contract like every other error: one line on stderr, `privmap: error …`,
 * exit 2, with commander's suggestion kept on that line. The built CLI runs as a child process.
 */
import { join } from 'node:path';
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

// An internal error ends with "(--verbose shows where)", and the README lists --verbose among the common
// options: every command takes it, so a bad input under --verbose gets its own message, not "unknown option".
const verboseCases: { args: string[]; line: RegExp }[] = [
  { args: ['init', '--verbose', '--no-scan', join(sampleApp, 'no-such-folder')], line: /^privmap: error directory .*no-such-folder does not exist$/ },
  { args: ['diff', '-C', 'fixtures/sample-app', '--verbose', 'no-such-ref-xyz'], line: /^privmap: error no-such-ref-xyz is not a commit in this clone/ },
  { args: ['dsar', '--verbose', '--subject', 'nonsense'], line: /^privmap: error --subject expects <column>=<value>/ },
  { args: ['store', 'init', '-v'], line: /^privmap: error no store: pass --store <url> or set PRIVMAP_STORE_URL$/ },
];

describe('--verbose on every command', () => {
  for (const { args, line } of verboseCases) {
    it(`privmap ${args.join(' ').replace(sampleApp, '<sample>')}: the input's own error, exit 2`, () => {
      const result = runCli(args, { env: { NO_COLOR: '1', PRIVMAP_STORE_URL: undefined } });
      expect(result.stderr.trim()).toMatch(line);
      expect(result.status).toBe(2);
    });
  }
});

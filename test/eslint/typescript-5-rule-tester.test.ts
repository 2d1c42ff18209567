/**
 * Issue 12, item 5, with RuleTester: the type-aware flow rules under @typescript-eslint/parser running
 * TypeScript 5.0 (whose syntax kinds are numbered differently from privmap's 6.0) and 5.9 (whose type flags
 * are), from the fixture projects bench/eslint-typescript-install.mjs installs. Same cases as on 6.0
 * (rules/no-personal-data-in-logs.test.ts), plus the type walk budget's message.
 */
import { RuleTester } from '@typescript-eslint/rule-tester';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { installTypeScriptProject, requireFrom } from '../../bench/eslint-typescript-install.mjs';
import logsRule from '../../src/eslint/rules/no-personal-data-in-logs.js';
import recipientRule from '../../src/eslint/rules/no-undeclared-recipient.js';
import { repoRoot } from '../helpers/cli.js';
import { settings } from './rule-tester.js';

const typedDir = join(repoRoot, 'fixtures', 'eslint', 'typed');
const filename = join(typedDir, 'customer-logging.ts');
const code = readFileSync(filename, 'utf8');
const notDeclared = (recipient: string): string => `recipient \`${recipient}\` is not declared in the policy`;

for (const version of ['5.0', '5.9'] as const) {
  const require = requireFrom(installTypeScriptProject(version));
  const tester = (privmap: Record<string, unknown>): RuleTester =>
    new RuleTester({
      settings: { privmap: { ...settings.privmap, ...privmap } },
      languageOptions: { parser: require('@typescript-eslint/parser'), parserOptions: { projectService: true, tsconfigRootDir: typedDir } },
    });

  tester({ typeWalkBudgetMs: 5_000 }).run(`no-personal-data-in-logs on TypeScript ${version}`, logsRule, {
    valid: [{ code, filename }],
    invalid: [
      {
        code,
        filename,
        options: [{ typeAware: true }],
        errors: [
          { messageId: 'personalDataInLog', line: 16, column: 3, data: { categories: 'email', expressions: '`record`', sink: 'logger.info', recipient: 'conventional-logger', reason: notDeclared('conventional-logger'), note: '' } },
          { messageId: 'personalDataInLog', line: 18, column: 3 },
        ],
      },
    ],
  });

  tester({ typeWalkBudgetMs: 5_000 }).run(`no-undeclared-recipient on TypeScript ${version}`, recipientRule, {
    valid: [{ code, filename, options: [{ typeAware: true }] }],
    invalid: [
      {
        code: readFileSync(join(typedDir, 'lead-tracking.ts'), 'utf8'),
        filename: join(typedDir, 'lead-tracking.ts'),
        options: [{ typeAware: true }],
        errors: [{ messageId: 'undeclaredRecipient', line: 12, column: 3, data: { categories: 'email', expressions: '`lead`', sink: 'client.track', recipient: 'mixpanel', reason: notDeclared('mixpanel'), note: '' } }],
      },
    ],
  });

  // A budget of 0 ms stops every walk as soon as the value's type is known: deterministic on any machine.
  tester({ typeWalkBudgetMs: 0 }).run(`type walk budget on TypeScript ${version}`, logsRule, {
    valid: [],
    invalid: [
      {
        code,
        filename,
        options: [{ typeAware: true }],
        errors: [
          { messageId: 'typeWalkStopped', line: 16, column: 3, data: { expressions: '`record`', callee: 'logger.info', ms: '0' } },
          // Stopped before it could tell that an AuditEntry holds no personal data: said, not guessed.
          { messageId: 'typeWalkStopped', line: 17, column: 3, data: { expressions: '`entry`', callee: 'logger.info', ms: '0' } },
          { messageId: 'typeWalkStopped', line: 18, column: 3, data: { expressions: '`record`', callee: 'logger.info', ms: '0' } },
        ],
      },
    ],
  });
}

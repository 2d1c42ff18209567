import { RuleTester } from '@typescript-eslint/rule-tester';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import rule from '../../../src/eslint/rules/no-personal-data-in-logs.js';
import { repoRoot } from '../../helpers/cli.js';
import { createRuleTester, settings } from '../rule-tester.js';

const ruleTester = createRuleTester();

ruleTester.run('no-personal-data-in-logs', rule, {
  valid: [
    // Ids and booleans are not personal data.
    `import pino from 'pino'; const logger = pino(); export function f(c: { id: string; emailVerified: boolean }) { logger.info({ id: c.id, ok: c.emailVerified }); }`,
    // A bare object named for no person, whose fields the function does not read, is not a flow without type information.
    `export function f(entry: { email: string }) { console.log(entry); }`,
    // Suppressed with a reason on the line above.
    `export function f(user: { email: string }) {\n  // privmap-ignore-next-line the value is hashed by the log formatter\n  console.log(user.email);\n}`,
    // Flows to other recipients belong to no-undeclared-recipient.
    `import sgMail from '@sendgrid/mail'; export function f(user: { phone: string }) { sgMail.send({ text: user.phone }); }`,
    // Only the configured categories are reported.
    { code: `export function f(user: { phone: string }) { console.log(user.phone); }`, options: [{ categories: ['email'] }] },
  ],
  invalid: [
    // A person's record logged whole holds their email address and name, by its name alone (logged-records.ts).
    {
      code: `export function f(customer: { email: string }) { console.log(customer); }`,
      errors: [{ messageId: 'personalDataInLog', line: 1, column: 50, data: { categories: 'email, name', expressions: '`customer`', sink: 'console.log', recipient: 'console', reason: 'recipient `console` is not declared in the policy', note: '' } }],
    },
    {
      code: `import pino from 'pino';\nconst logger = pino();\nexport function register(customer: { email: string }) {\n  logger.info(\`registered \${customer.email}\`);\n}`,
      errors: [{ messageId: 'personalDataInLog', line: 4, column: 3, data: { categories: 'email', expressions: '`customer.email`', sink: 'logger.info', recipient: 'pino', reason: 'recipient `pino` is not declared in the policy', note: '' } }],
    },
    {
      code: `export class UsersService {\n  constructor(private readonly logger: { log(...a: unknown[]): void }) {}\n  create(dto: { phone: string; firstName: string }) {\n    this.logger.log('created', { phone: dto.phone, name: dto.firstName });\n  }\n}`,
      errors: [{ messageId: 'personalDataInLog', line: 4, column: 5 }],
    },
  ],
});

// With type information (typeAware, as in the strict config): objects whose type holds personal fields.
const typedDir = join(repoRoot, 'fixtures', 'eslint', 'typed');
const typedTester = new RuleTester({
  settings,
  languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: typedDir } },
});
const typedCode = readFileSync(join(typedDir, 'customer-logging.ts'), 'utf8');

typedTester.run('no-personal-data-in-logs (typed)', rule, {
  valid: [
    // Without typeAware the same file reports nothing: a bare identifier is not a flow by name.
    { code: typedCode, filename: join(typedDir, 'customer-logging.ts') },
  ],
  invalid: [
    {
      code: typedCode,
      filename: join(typedDir, 'customer-logging.ts'),
      options: [{ typeAware: true }],
      errors: [
        { messageId: 'personalDataInLog', line: 16, column: 3, data: { categories: 'email', expressions: '`record`', sink: 'logger.info', recipient: 'conventional-logger', reason: 'recipient `conventional-logger` is not declared in the policy', note: '' } },
        { messageId: 'personalDataInLog', line: 18, column: 3 },
      ],
    },
  ],
});

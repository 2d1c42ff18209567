import rule from '../../../src/eslint/rules/valid-annotations.js';
import { createRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester();

ruleTester.run('valid-annotations', rule, {
  valid: [
    `/** @purpose service-provision, marketing */\nexport interface Customer {\n  /** @personal email */\n  contact: string;\n}`,
    `export interface MailSettings {\n  /** @personal none -- the shop's own sender address */\n  fromAddress: string;\n}`,
    `export function f(user: { email: string }) {\n  // privmap-ignore-next-line hashed by the log formatter\n  console.log(user.email);\n}`,
    // Not JSDoc: plain block comments are not annotations.
    `/* @purpose whatever */\nexport const x = 1;`,
    { code: `/** @personal none */\nexport const x = 1;`, options: [{ requireReason: false }] },
  ],
  invalid: [
    {
      code: `/** @purpose servce-provision */\nexport interface Customer {\n  email: string;\n}`,
      errors: [
        {
          messageId: 'unknownPurpose',
          line: 1,
          column: 14,
          endColumn: 30,
          data: { id: 'servce-provision', hint: ' Did you mean `service-provision`?' },
          suggestions: [
            { messageId: 'replaceWith', data: { id: 'servce-provision', replacement: 'service-provision' }, output: `/** @purpose service-provision */\nexport interface Customer {\n  email: string;\n}` },
          ],
        },
      ],
    },
    {
      code: `export interface Customer {\n  /** @personal emial, phone */\n  contact: string;\n  /** @purpose billing */\n  iban: string;\n}`,
      errors: [
        {
          messageId: 'unknownCategory',
          line: 2,
          column: 17,
          suggestions: [{ messageId: 'replaceWith', data: { id: 'emial', replacement: 'email' }, output: `export interface Customer {\n  /** @personal email, phone */\n  contact: string;\n  /** @purpose billing */\n  iban: string;\n}` }],
        },
        { messageId: 'unknownPurpose', line: 4, column: 16, data: { id: 'billing', hint: '' }, suggestions: [] },
      ],
    },
    {
      code: `export interface MailSettings {\n  /** @personal none */\n  fromAddress: string;\n}`,
      errors: [{ messageId: 'missingReason', line: 2, column: 17, data: { annotation: '@personal none' } }],
    },
    {
      code: `export function f(user: { email: string }) {\n  // privmap-ignore-next-line\n  console.log(user.email);\n}`,
      errors: [{ messageId: 'missingReason', line: 2, column: 3 }],
    },
  ],
});

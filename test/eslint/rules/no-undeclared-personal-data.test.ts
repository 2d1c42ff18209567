import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import rule, { NOT_PERSONAL_TAG } from '../../../src/eslint/rules/no-undeclared-personal-data.js';
import { repoRoot } from '../../helpers/cli.js';
import { RuleTester } from '@typescript-eslint/rule-tester';
import { createRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester();
const outsideAnyProject = join(mkdtempSync(join(tmpdir(), 'privmap-eslint-')), 'orphan.ts');
const brokenPolicy = join(repoRoot, 'fixtures', 'eslint', 'broken-policy', 'privacy.yml');

ruleTester.run('no-undeclared-personal-data', rule, {
  valid: [
    // Declared by a purpose that allows the category.
    `export interface Customer {\n  /** @purpose service-provision */\n  email: string;\n}`,
    // Purpose on the type covers its fields.
    `/** @purpose marketing */\nexport interface Subscriber {\n  email: string;\n  firstName: string;\n}`,
    // Not personal data.
    `export interface Customer {\n  emailVerified: boolean;\n  emailCount: number;\n}`,
    // A reviewed false positive.
    `export interface MailSettings {\n  /** @personal none -- the shop's own sender address */\n  email: string;\n}`,
    // Only the configured categories are reported.
    { code: `export interface Lead {\n  phone: string;\n}`, options: [{ categories: ['email'] }] },
  ],
  invalid: [
    {
      code: `export interface Customer {\n  email: string;\n}`,
      errors: [
        {
          messageId: 'undeclared',
          line: 2,
          column: 3,
          endColumn: 8,
          data: { container: 'Customer', field: 'email', category: 'email', reason: 'no purpose is declared for it' },
          suggestions: [
            { messageId: 'addPurpose', data: { purpose: 'analytics' }, output: `export interface Customer {\n  /** @purpose analytics */\n  email: string;\n}` },
            { messageId: 'addPurpose', data: { purpose: 'marketing' }, output: `export interface Customer {\n  /** @purpose marketing */\n  email: string;\n}` },
            { messageId: 'addPurpose', data: { purpose: 'service-provision' }, output: `export interface Customer {\n  /** @purpose service-provision */\n  email: string;\n}` },
            { messageId: 'markNotPersonal', output: `export interface Customer {\n  /** ${NOT_PERSONAL_TAG} */\n  email: string;\n}` },
          ],
        },
      ],
    },
    {
      // An existing JSDoc is merged into, and a purpose that does not allow the category is replaced.
      code: `export class Lead {\n  /**\n   * Where we call the lead.\n   */\n  phone!: string;\n\n  /** Work phone. @purpose marketing */\n  workPhone!: string;\n}`,
      errors: [
        {
          messageId: 'undeclared',
          line: 5,
          column: 3,
          suggestions: [
            { messageId: 'addPurpose', data: { purpose: 'service-provision' }, output: `export class Lead {\n  /**\n   * Where we call the lead.\n   * @purpose service-provision\n   */\n  phone!: string;\n\n  /** Work phone. @purpose marketing */\n  workPhone!: string;\n}` },
            { messageId: 'markNotPersonal', output: `export class Lead {\n  /**\n   * Where we call the lead.\n   * ${NOT_PERSONAL_TAG}\n   */\n  phone!: string;\n\n  /** Work phone. @purpose marketing */\n  workPhone!: string;\n}` },
          ],
        },
        {
          messageId: 'undeclared',
          line: 8,
          column: 3,
          data: { container: 'Lead', field: 'workPhone', category: 'phone', reason: 'purpose `marketing` does not allow phone' },
          suggestions: [
            { messageId: 'addPurpose', data: { purpose: 'service-provision' }, output: `export class Lead {\n  /**\n   * Where we call the lead.\n   */\n  phone!: string;\n\n  /** Work phone. @purpose service-provision */\n  workPhone!: string;\n}` },
            { messageId: 'markNotPersonal', output: `export class Lead {\n  /**\n   * Where we call the lead.\n   */\n  phone!: string;\n\n  /** Work phone. @purpose marketing ${NOT_PERSONAL_TAG} */\n  workPhone!: string;\n}` },
          ],
        },
      ],
    },
    {
      code: `export interface Lead {\n  phone: string;\n  email: string;\n}`,
      settings: { privmap: { policy: brokenPolicy } },
      errors: [{ messageId: 'policyError', line: 1, column: 1 }],
    },
  ],
});

// Without settings the policy is looked up from the linted file upward.
new RuleTester().run('no-undeclared-personal-data (policy lookup)', rule, {
  valid: [
    // Outside any privmap project, with reporting of policy problems turned off.
    { code: `export interface Lead {\n  phone: string;\n}`, filename: outsideAnyProject, options: [{ reportPolicyProblems: false }] },
    // Found upward from the file: fixtures/eslint/policy/privacy.yml declares the purpose.
    { code: `export interface Lead {\n  /** @purpose service-provision */\n  phone: string;\n}`, filename: join(repoRoot, 'fixtures', 'eslint', 'policy', 'lead.ts') },
  ],
  invalid: [
    {
      // No policy anywhere above the file: one message on the first line, nothing else.
      code: `export interface Lead {\n  phone: string;\n  email: string;\n}`,
      filename: outsideAnyProject,
      errors: [{ messageId: 'policyMissing', line: 1, column: 1 }],
    },
    {
      code: `export interface Lead {\n  phone: string;\n}`,
      filename: join(repoRoot, 'fixtures', 'eslint', 'policy', 'lead.ts'),
      errors: [
        {
          messageId: 'undeclared',
          line: 2,
          column: 3,
          suggestions: [
            { messageId: 'addPurpose', data: { purpose: 'service-provision' }, output: `export interface Lead {\n  /** @purpose service-provision */\n  phone: string;\n}` },
            { messageId: 'markNotPersonal', output: `export interface Lead {\n  /** ${NOT_PERSONAL_TAG} */\n  phone: string;\n}` },
          ],
        },
      ],
    },
  ],
});

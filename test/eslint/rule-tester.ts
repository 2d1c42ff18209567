/** RuleTester wired to vitest, with the rule-test policy in settings. */
import { RuleTester } from '@typescript-eslint/rule-tester';
import { join } from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';

RuleTester.afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

export const policyFile = join(repoRoot, 'fixtures', 'eslint', 'policy', 'privacy.yml');
// A type walk budget far above what the fixtures' small types need: the default 20 ms is exercised by the
// bench, and the budget's message by tests that set it to 0.
export const settings = { privmap: { policy: policyFile, typeWalkBudgetMs: 5_000 } };

export function createRuleTester(): RuleTester {
  return new RuleTester({ settings });
}

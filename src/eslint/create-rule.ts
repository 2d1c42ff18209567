import type { ESLintUtils, TSESLint } from '@typescript-eslint/utils';
// The rule creator from its own subpath: the package's root entry loads all of typescript-eslint's utilities and
// its scope manager (216 CommonJS files, about 0.1 s of CPU in every `eslint` process) for this one function.
import { RuleCreator } from '@typescript-eslint/utils/eslint-utils';

export type ConfigName = 'recommended' | 'strict';

/** privmap's extra rule docs: which generated configs include the rule, and with which options. */
export interface PrivmapRuleDocs {
  /** Config name -> the rule's options in it (`[]` for the defaults). The configs are generated from this. */
  configs: Partial<Record<ConfigName, unknown[]>>;
  /** The rule reads types when the parser provides them (`typeAware` option); only `strict` turns it on. */
  usesTypeInformation?: boolean;
}

export const docsUrl = (name: string): string => `https://github.com/privmap/privmap/blob/main/docs/rules/${name}.md`;

/**
 * A rule as the published .d.ts names it: through @typescript-eslint/utils' root entry. Left to inference, tsc
 * writes `import("@typescript-eslint/utils/ts-eslint")`, a subpath only `exports` maps, which a CommonJS
 * project on `moduleResolution: node10` cannot resolve.
 */
export type PrivmapRule<MessageIds extends string, Options extends readonly unknown[]> = TSESLint.RuleModule<MessageIds, Options, PrivmapRuleDocs> & { name: string };

const ruleCreator: ReturnType<typeof ESLintUtils.RuleCreator<PrivmapRuleDocs>> = RuleCreator<PrivmapRuleDocs>(docsUrl);

export const createRule = <Options extends readonly unknown[], MessageIds extends string>(
  rule: Readonly<ESLintUtils.RuleWithMetaAndName<Options, MessageIds, PrivmapRuleDocs>>,
): PrivmapRule<MessageIds, Options> => ruleCreator(rule);

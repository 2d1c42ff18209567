import { ESLintUtils } from '@typescript-eslint/utils';

export type ConfigName = 'recommended' | 'strict';

/** privmap's extra rule docs: which generated configs include the rule, and with which options. */
export interface PrivmapRuleDocs {
  /** Config name -> the rule's options in it (`[]` for the defaults). The configs are generated from this. */
  configs: Partial<Record<ConfigName, unknown[]>>;
  /** The rule reads types when the parser provides them (`typeAware` option); only `strict` turns it on. */
  usesTypeInformation?: boolean;
}

export const docsUrl = (name: string): string => `https://github.com/privmap/privmap/blob/main/docs/rules/${name}.md`;

export const createRule = ESLintUtils.RuleCreator<PrivmapRuleDocs>(docsUrl);

import type { TSESLint } from '@typescript-eslint/utils';
import type { FieldFinding } from '../../finding.js';
import { judgeFinding } from '../../inventory/judge.js';
import { purposesAllowing, reasonText } from '../../report/reason-text.js';
import { annotationEdit } from '../annotation-fix.js';
import { createRule } from '../create-rule.js';
import { fileScan } from '../file-scan.js';
import { scanProblem, SCAN_PROBLEM_MESSAGES } from '../report-scan-problem.js';

export type Options = [{ categories?: string[]; reportPolicyProblems?: boolean }];
export type MessageIds = 'undeclared' | 'addPurpose' | 'markNotPersonal' | keyof typeof SCAN_PROBLEM_MESSAGES;

/** The reason placeholder a reviewer replaces; `valid-annotations` accepts it, reviewers should not. */
export const NOT_PERSONAL_TAG = '@personal none -- TODO: say why this is not personal data';

function nameLocation(finding: FieldFinding, text: string, lineStarts: readonly number[]): TSESLint.AST.SourceLocation {
  const line = finding.location.line ?? 1;
  const column = (finding.location.col ?? 1) - 1;
  const offset = (lineStarts[line - 1] ?? 0) + column;
  const length = text.startsWith(finding.field, offset) ? finding.field.length : 0;
  return { start: { line, column }, end: { line, column: column + length } };
}

export default createRule<Options, MessageIds>({
  name: 'no-undeclared-personal-data',
  meta: {
    type: 'problem',
    hasSuggestions: true,
    docs: {
      description: 'Require every field holding personal data to have a purpose in the privacy policy that allows its category',
      configs: { recommended: [], strict: [] },
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          categories: {
            type: 'array',
            items: { type: 'string' },
            uniqueItems: true,
            description: 'Only report these data categories (default: every category the policy knows).',
          },
          reportPolicyProblems: {
            type: 'boolean',
            description: 'Report a missing or broken privacy.yml once per file, on its first line (default: true). Turn off where a file is linted outside any privmap project.',
          },
        },
      },
    ],
    messages: {
      undeclared: '`{{container}}.{{field}}` holds {{category}} data, but {{reason}}.',
      addPurpose: 'Annotate it with `@purpose {{purpose}}`.',
      markNotPersonal: 'Mark it as not personal data (`@personal none -- reason`).',
      ...SCAN_PROBLEM_MESSAGES,
    },
    defaultOptions: [{ categories: [], reportPolicyProblems: true }],
  },
  defaultOptions: [{ categories: [], reportPolicyProblems: true }],
  create(context, [options]) {
    return {
      'Program:exit'() {
        const scan = fileScan(context);
        if (scan.kind !== 'ok') {
          const problem = scanProblem(scan);
          if (problem && options.reportPolicyProblems !== false) context.report({ loc: { line: 1, column: 0 }, ...problem });
          return;
        }
        const policy = scan.engine.policy;
        const text = scan.sourceFile.text;
        const lineStarts = scan.sourceFile.getLineStarts();
        const only = options.categories?.length ? options.categories : undefined;
        for (const finding of scan.fields) {
          // Organisation data (a warehouse's phone) is listed by the CLI but never blocks.
          if (finding.isOrganisation || (only && !only.includes(finding.category))) continue;
          const judgement = judgeFinding(finding, policy);
          if (judgement.status !== 'undeclared') continue;
          const start = finding.range?.[0];
          const suggest: TSESLint.SuggestionReportDescriptor<MessageIds>[] = [];
          if (start !== undefined) {
            for (const purpose of purposesAllowing(finding.category, policy)) {
              const edit = annotationEdit(text, start, `@purpose ${purpose}`);
              suggest.push({ messageId: 'addPurpose', data: { purpose }, fix: (fixer) => fixer.replaceTextRange(edit.range, edit.text) });
            }
            const edit = annotationEdit(text, start, NOT_PERSONAL_TAG);
            suggest.push({ messageId: 'markNotPersonal', fix: (fixer) => fixer.replaceTextRange(edit.range, edit.text) });
          }
          context.report({
            loc: nameLocation(finding, text, lineStarts),
            messageId: 'undeclared',
            data: { container: finding.container, field: finding.field, category: finding.category, reason: reasonText(judgement.reasons[0] ?? { code: 'no-purpose' }) },
            suggest,
          });
        }
      },
    };
  },
});

import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { parseAnnotations } from '../../detect/annotations.js';
import { didYouMean } from '../../policy/did-you-mean.js';
import { IGNORE_COMMENT } from '../../scan/code/flows.js';
import { createRule } from '../create-rule.js';
import { fileScan } from '../file-scan.js';

export type Options = [{ requireReason?: boolean }];
export type MessageIds = 'unknownPurpose' | 'unknownCategory' | 'missingReason' | 'replaceWith';

const MAX_SUGGESTIONS = 3;

/** Up to three nearest ids, nearest first: `didYouMean` asked again without the ids it already gave. */
function nearest(word: string, candidates: string[]): string[] {
  const result: string[] = [];
  let rest = candidates;
  while (result.length < MAX_SUGGESTIONS) {
    const next = didYouMean(word, rest);
    if (!next) break;
    result.push(next);
    rest = rest.filter((c) => c !== next);
  }
  return result;
}

export default createRule<Options, MessageIds>({
  name: 'valid-annotations',
  meta: {
    type: 'problem',
    hasSuggestions: true,
    docs: {
      description: 'Require `@purpose` and `@personal` annotations to name ids the privacy policy declares, and suppressions to give a reason',
      configs: { recommended: [], strict: [] },
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          requireReason: {
            type: 'boolean',
            description: `Require a reason after \`@personal none --\` and \`// ${IGNORE_COMMENT}\` (default: true).`,
          },
        },
      },
    ],
    messages: {
      unknownPurpose: 'Purpose `{{id}}` is not declared in the privacy policy.{{hint}}',
      unknownCategory: 'Data category `{{id}}` is not declared in the privacy policy.{{hint}}',
      missingReason: '`{{annotation}}` needs a reason: write why this is not (or may carry) personal data after `--`.',
      replaceWith: 'Replace `{{id}}` with `{{replacement}}`.',
    },
    defaultOptions: [{ requireReason: true }],
  },
  defaultOptions: [{ requireReason: true }],
  create(context, [options]) {
    const sourceCode = context.sourceCode;
    return {
      'Program:exit'() {
        const scan = fileScan(context);
        // A missing or broken policy is reported once, by no-undeclared-personal-data.
        if (scan.kind !== 'ok') return;
        const policy = scan.engine.policy;
        const purposes = Object.keys(policy.purposes);
        const categories = Object.keys(policy.categories);
        for (const comment of sourceCode.getAllComments() as TSESTree.Comment[]) {
          const start = comment.range[0] + 2;
          if (comment.type === 'Line') {
            const ignore = new RegExp(`^\\s*${IGNORE_COMMENT}\\b(.*)$`).exec(comment.value);
            if (ignore && options.requireReason !== false && !ignore[1]!.trim()) {
              context.report({ loc: comment.loc, messageId: 'missingReason', data: { annotation: IGNORE_COMMENT } });
            }
            continue;
          }
          if (!comment.value.startsWith('*') || !comment.value.includes('@p')) continue;
          const annotations = parseAnnotations(comment.value);
          for (const span of annotations.spans ?? []) {
            const loc = { start: sourceCode.getLocFromIndex(start + span.start), end: sourceCode.getLocFromIndex(start + span.end) };
            if (span.tag === 'personal' && span.value === 'none') {
              if (options.requireReason !== false && !annotations.suppressed?.reason) context.report({ loc, messageId: 'missingReason', data: { annotation: '@personal none' } });
              continue;
            }
            const known = span.tag === 'purpose' ? purposes : categories;
            if (known.includes(span.value)) continue;
            const replacements = nearest(span.value, known);
            const range: [number, number] = [start + span.start, start + span.end];
            const suggest: TSESLint.SuggestionReportDescriptor<MessageIds>[] = replacements.map((replacement) => ({
              messageId: 'replaceWith',
              data: { id: span.value, replacement },
              fix: (fixer) => fixer.replaceTextRange(range, replacement),
            }));
            context.report({
              loc,
              messageId: span.tag === 'purpose' ? 'unknownPurpose' : 'unknownCategory',
              data: { id: span.value, hint: replacements.length ? ` Did you mean \`${replacements[0]}\`?` : '' },
              suggest,
            });
          }
        }
      },
    };
  },
});

/**
 * References between ids (a purpose's categories and subjects, a recipient's purposes and categories, a
 * processing declaration's purposes). An unknown id is a load error, with the nearest known id as a suggestion.
 */
import { BUILTIN_CATEGORY_DEFS } from './builtin-categories.js';
import { didYouMean } from './did-you-mean.js';

type Raw = Record<string, any>;

export interface ReferenceProblem {
  path: string[];
  message: string;
}

const PLURAL: Record<string, string> = { category: 'categories', purpose: 'purposes', subject: 'subjects' };

function unknownIds(path: string[], ids: unknown, known: ReadonlySet<string>, kind: string): ReferenceProblem[] {
  if (!Array.isArray(ids)) return [];
  return ids.flatMap((value, index) => {
    if (typeof value !== 'string' || known.has(value)) return [];
    const near = didYouMean(value, known);
    const hint = near
      ? ` — did you mean \`${near}\`?`
      : known.size
        ? `; expected one of ${[...known].sort().join(', ')}`
        : `; no ${PLURAL[kind]} are declared (add them under \`${PLURAL[kind]}:\`)`;
    return [{ path: [...path, String(index)], message: `unknown ${kind} \`${value}\`${hint}` }];
  });
}

/** Call only on a structurally valid policy. */
export function checkReferences(raw: Raw): ReferenceProblem[] {
  const categories = new Set([...Object.keys(BUILTIN_CATEGORY_DEFS), ...Object.keys(raw.categories ?? {})]);
  const purposes = new Set(Object.keys(raw.purposes ?? {}));
  const subjects = new Set(Object.keys(raw.subjects ?? {}));
  const problems: ReferenceProblem[] = [];
  for (const [id, purpose] of Object.entries<Raw>(raw.purposes ?? {})) {
    problems.push(...unknownIds(['purposes', id, 'categories'], purpose.categories, categories, 'category'));
    problems.push(...unknownIds(['purposes', id, 'subjects'], purpose.subjects, subjects, 'subject'));
  }
  for (const [id, recipient] of Object.entries<Raw>(raw.recipients ?? {})) {
    problems.push(...unknownIds(['recipients', id, 'purposes'], recipient.purposes, purposes, 'purpose'));
    problems.push(...unknownIds(['recipients', id, 'categories'], recipient.categories, categories, 'category'));
  }
  (raw.processing ?? []).forEach((decl: Raw, index: number) => {
    problems.push(...unknownIds(['processing', String(index), 'purposes'], decl.purposes, purposes, 'purpose'));
  });
  for (const [id, category] of Object.entries<Raw>(raw.categories ?? {})) {
    (category.detect ?? []).forEach((rule: Raw, index: number) => {
      if (rule.category !== undefined && rule.category !== id) {
        problems.push({ path: ['categories', id, 'detect', String(index), 'category'], message: `a rule under \`categories.${id}.detect\` detects \`${id}\`; remove \`category: ${String(rule.category)}\` or move the rule to detection.rules` });
      }
    });
  }
  return problems;
}

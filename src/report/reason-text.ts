/**
 * The words for why an element is undeclared and what fixes it: one place, used by every reporter, the
 * check summary, SARIF and the ESLint rules. Identifiers are quoted with backticks; the HTML and Markdown
 * reporters turn those into code.
 */
import type { InventoryElement, Reason } from '../inventory/types.js';
import type { Policy } from '../policy/types.js';

export function reasonText(reason: Reason): string {
  switch (reason.code) {
    case 'no-purpose':
      return 'no purpose is declared for it';
    case 'unknown-purpose':
      return `purpose \`${reason.purpose}\` is not in the policy${reason.suggestion ? ` (did you mean \`${reason.suggestion}\`?)` : ''}`;
    case 'category-not-allowed':
      return `purpose \`${reason.purpose}\` does not allow ${reason.category}`;
    case 'recipient-undeclared':
      return `recipient \`${reason.recipient}\` is not declared in the policy`;
    case 'recipient-not-allowed':
      return `recipient \`${reason.recipient}\` is not declared to receive ${reason.category} for any of its purposes`;
    case 'purpose-conflict':
      return `its sources name different purposes (${reason.purposes.map((p) => `\`${p}\``).join(', ')})`;
  }
}

/** Purposes in the policy that allow this category, most specific first (fewest categories), then by id. */
export function purposesAllowing(category: string, policy: Policy): string[] {
  return Object.values(policy.purposes)
    .filter((p) => p.categories.includes(category))
    .sort((a, b) => a.categories.length - b.categories.length || a.id.localeCompare(b.id))
    .map((p) => p.id);
}

/** For a fix, the policy's own order reads better: the privacy team lists the everyday purposes first. */
export function purposeSuggestions(category: string, policy: Policy): string[] {
  return Object.values(policy.purposes)
    .filter((p) => p.categories.includes(category))
    .map((p) => p.id)
    .slice(0, 2);
}

const quote = (ids: string[]) => ids.map((id) => `\`${id}\``).join(' or ');

/** Where a purpose annotation goes for this element, and what privacy.yml `processing` entry would cover it. */
function annotationPlace(element: InventoryElement, purpose: string): { annotate?: string; processing: string } {
  const stored = element.locations.find((l) => l.table && l.column);
  const column = stored ? `${stored.table}.${stored.column}` : undefined;
  if (element.kind === 'flow') {
    const file = element.locations[0]?.file;
    return { annotate: `add \`@purpose ${purpose}\` to the JSDoc of \`${element.container}\``, processing: file ? `paths: ['${file}']` : `symbols: ['${element.container}']` };
  }
  const processing = column ? `tables: ['${column}']` : `symbols: ['${element.container}.${element.field}']`;
  if (element.sources.includes('code')) return { annotate: `add \`@purpose ${purpose}\` to the JSDoc of \`${element.container}.${element.field}\``, processing };
  if (element.sources.includes('prisma')) return { annotate: `add \`/// @purpose ${purpose}\` above \`${element.field}\` in the Prisma schema`, processing };
  if (element.sources.includes('sql') && column) return { annotate: `add \`COMMENT ON COLUMN ${column} IS '@purpose ${purpose}'\` in a migration`, processing };
  return { processing };
}

/**
 * What would make this element declared, in one sentence. `candidates` is `purposeSuggestions` for the
 * element's category, passed in by a caller that words many elements (looked up once per category).
 */
export function fixText(element: InventoryElement, policy: Policy, candidates = purposeSuggestions(element.category, policy)): string {
  const reason = element.reasons.find((r) => r.code !== 'purpose-conflict') ?? element.reasons[0];
  switch (reason?.code) {
    case 'unknown-purpose':
      return reason.suggestion
        ? `change \`${reason.purpose}\` to \`${reason.suggestion}\``
        : `declare purpose \`${reason.purpose}\` in privacy.yml${candidates.length ? `, or use ${quote(candidates)}` : ''}`;
    case 'category-not-allowed':
      return `add ${element.category} to the categories of \`${reason.purpose}\` in privacy.yml${candidates.length ? `, or use a purpose that allows it (${quote(candidates)})` : ''}`;
    case 'recipient-undeclared':
      return `declare \`${reason.recipient}\` under recipients in privacy.yml (purposes, categories, transfer), or stop sending ${element.category} there`;
    case 'recipient-not-allowed':
      return `add ${element.category} to the categories of recipient \`${reason.recipient}\` in privacy.yml, or stop sending it`;
    case 'purpose-conflict':
      return `make its sources name the same purpose (now ${quote(reason.purposes)})`;
    default: {
      if (!candidates.length) return `add a purpose that allows ${element.category} to privacy.yml, or mark a false positive with \`@personal none -- reason\``;
      const place = annotationPlace(element, candidates[0]!);
      const declare = `declare it under processing in privacy.yml (\`purposes: [${candidates[0]}]\`, \`${place.processing}\`)`;
      return `${place.annotate ? `${place.annotate}, or ` : ''}${declare}`;
    }
  }
}

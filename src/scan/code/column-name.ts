/**
 * A mapped member's own column name, when the code gives one (`@Column({ name: 'e_mail' }) mail2`, Drizzle's
 * `contact: text('email_address')`, Sequelize's `field`), is a second name for the same value: the database calls it
 * so. When that column reads as an email or a phone and the member's own name does not, the column decides: the
 * member holds what its column holds. Other categories keep the member's own reading (their traps, `name` of a team,
 * are decided by the record, which the column name does not change).
 */
import type { FieldFacts, FieldResult } from '../../detect/types.js';

/** Categories a column name may decide for its member. */
const DECIDED_BY_COLUMN = new Set(['email', 'phone']);

const letters = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * The member's result, or the column's when the column is named for an email or a phone the member's own name misses.
 * `classify` is the detector's; it is asked again only for members whose column is spelled differently.
 */
export function withColumnName(facts: FieldFacts, column: string | undefined, own: FieldResult, classify: (facts: FieldFacts) => FieldResult): FieldResult {
  if (!column || letters(column) === letters(facts.name)) return own;
  const ownCategories = new Set((own.suppressed ? own.suppressed.matches : own.matches).map((m) => m.category));
  const byColumn = classify({ ...facts, name: column });
  if (byColumn.suppressed) return own;
  const decided = byColumn.matches.filter((m) => DECIDED_BY_COLUMN.has(m.category) && !ownCategories.has(m.category));
  if (decided.length === 0) return own;
  // The evidence says which name was read: the member's is not the one whose words it lists.
  return { ...byColumn, matches: byColumn.matches.map((m) => ({ ...m, evidence: { ...m.evidence, notes: [...m.evidence.notes, `column:${column}`] } })) };
}

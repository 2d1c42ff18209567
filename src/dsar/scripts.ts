/**
 * The scripts `privmap dsar` writes for people to review and run with psql. The subject's value is the psql
 * variable `:'subject'` (`psql -v subject=... -f file.sql`), never written into the file.
 */
import type { DsarPlan, OutsidePlace, PlannedTable } from './plan.js';
import { chainText, type ReachedTable } from './reach.js';
import { exportQuery, matchCondition, quoteIdent, tableRef, type SubjectMatch } from './sql.js';

const PSQL_VALUE = `:'subject'`;

export function subjectMatch(plan: DsarPlan, placeholder: string): SubjectMatch {
  const column = plan.subject.table.columns.find((c) => c.name === plan.subject.column)!;
  return { column: column.name, type: column.type, placeholder };
}

/** SQL line comments: a name from the database cannot end the comment and start a statement. */
const comment = (text: string) => `-- ${text.replace(/[\r\n]+/g, ' ')}`;

function outsideLines(outside: OutsidePlace[]): string[] {
  if (!outside.length) return [comment('Outside the database: no recipient found in the code or declared in privacy.yml.')];
  return [
    comment('Outside the database (ask each of them too, GDPR Art. 19):'),
    ...outside.map((o) =>
      comment(
        `  ${o.title} [${o.recipient}], ${o.isDeclared ? o.kind : 'NOT DECLARED in privacy.yml'}${o.country ? `, in ${o.country}` : ''}: ${o.categories.join(', ')}${o.places.length ? ` (sent at ${o.places.join(', ')})` : ' (declared; no call found in the code)'}`,
      ),
    ),
  ];
}

function header(plan: DsarPlan, what: string, run: string): string[] {
  return [
    comment(`privmap dsar: ${what}`),
    comment(`Data subject: ${plan.subject.table.name}.${plan.subject.column}, ${plan.subject.why}.`),
    comment(`Run: ${run}`),
    comment(`Tables reached through foreign keys (${plan.tables.length}):`),
    ...plan.tables.map((t) => comment(`  ${chainText(t.node)}`)),
    ...outsideLines(plan.outside),
  ];
}

export function exportScript(plan: DsarPlan): string {
  const match = subjectMatch(plan, PSQL_VALUE);
  const lines = [
    ...header(plan, "export of one person's rows (GDPR Art. 15), read only.", `psql "$DATABASE_URL" -v subject='<value>' -At -f <this file>`),
    '',
    'BEGIN TRANSACTION READ ONLY;',
  ];
  for (const t of plan.tables) {
    lines.push('', comment(`${t.node.table.name}${t.node.depth ? '' : ' (the data subject)'}`));
    lines.push(`SELECT '${t.node.table.name.replace(/'/g, "''")}' AS "table", q.row FROM (${exportQuery(t.node, match)}) q;`);
  }
  lines.push('', 'ROLLBACK;', '');
  return lines.join('\n');
}

/** Tables that keep rows for an exempt purpose, or lead to such a table: their rows cannot all go. */
function holdsKept(t: PlannedTable, plan: DsarPlan): boolean {
  return Boolean(t.keep) || plan.tables.some((c) => isChildOf(c, t) && holdsKept(c, plan));
}

/** A table whose key points at `t`'s rows (not one `t`'s own key points at). */
const isChildOf = (c: PlannedTable, t: PlannedTable) => c.node.parent === t.node && c.node.direction !== 'referenced';

/** The columns that name one row of a table the subject points at: its primary key, else the key's columns. */
const rowKey = (t: PlannedTable) => (t.node.table.primaryKey.length ? t.node.table.primaryKey : t.node.keys![0]!.toColumns);

/**
 * Rows the subject's own keys point at go after the subject's row changes (its key would stop their delete), so
 * they are noted first in a temporary table, then deleted only where no other row in the database still points
 * at them (another customer, a warehouse sharing the address).
 */
function referencedStatements(t: PlannedTable, scratch: string): string[] {
  const alias = `t${t.node.depth}`;
  const key = rowKey(t);
  const tuple = key.length === 1 ? `${alias}.${quoteIdent(key[0]!)}` : `(${key.map((c) => `${alias}.${quoteIdent(c)}`).join(', ')})`;
  const guards = (t.referencedBy ?? []).map(({ key: fk, from }, i) => {
    const r = `r${i + 1}`;
    return `NOT EXISTS (SELECT 1 FROM ${quoteIdent(from.schema)}.${quoteIdent(from.table)} ${r} WHERE ${fk.fromColumns.map((col, j) => `${r}.${quoteIdent(col)} = ${alias}.${quoteIdent(fk.toColumns[j]!)}`).join(' AND ')})`;
  });
  return [
    comment(`${t.node.table.name}${t.personalColumns.length ? `: ${t.personalColumns.join(', ')}` : ''} (the subject's row pointed at these rows; those another row still points at stay)`),
    `DELETE FROM ${tableRef(t.node)} ${alias} WHERE ${tuple} IN (SELECT ${key.map(quoteIdent).join(', ')} FROM ${scratch})${guards.length ? ` AND ${guards.join(' AND ')}` : ''};`,
  ];
}

const keepReason = (t: PlannedTable) =>
  t.keep!.purposes.map((p) => `${p.title} [${p.id}]${p.legalBasis ? `, legal basis ${p.legalBasis}` : ''}, exempt from erasure${p.retention ? `; retention: ${p.retention}` : ''}`).join('; ');

export function erasureScript(plan: DsarPlan): string {
  const match = subjectMatch(plan, PSQL_VALUE);
  const kept = plan.tables.filter((t) => t.keep);
  const lines = [
    ...header(plan, "erasure of one person's rows (GDPR Art. 17), FOR REVIEW: privmap never runs it.", `psql "$DATABASE_URL" -v subject='<value>' -f <this file>  (it ends with ROLLBACK; change that to COMMIT once reviewed)`),
    comment('Kept, and why (Art. 17(3)): ' + (kept.length ? '' : 'nothing; no purpose exempt from erasure names these tables.')),
    ...kept.map((t) => comment(`  ${t.node.table.name}: ${keepReason(t)}`)),
    '',
    'BEGIN;',
  ];
  const referenced = plan.tables.filter((t) => t.node.direction === 'referenced');
  const scratch = new Map(referenced.filter((t) => !t.keep).map((t, i) => [t, quoteIdent(`privmap_dsar_${i + 1}`)]));
  for (const [t, name] of scratch) {
    lines.push('', comment(`${t.node.table.name}: the rows the subject's row points at, noted before that row changes.`));
    lines.push(`CREATE TEMPORARY TABLE ${name} ON COMMIT DROP AS SELECT ${rowKey(t).map((c) => `t${t.node.depth}.${quoteIdent(c)}`).join(', ')} FROM ${tableRef(t.node)} t${t.node.depth} WHERE ${matchCondition(t.node, match)};`);
  }
  // Children first, so no foreign key stops a delete; then the rows the subject's own keys point at.
  const order = [
    ...plan.tables.filter((t) => t.node.direction !== 'referenced').sort((a, b) => b.node.depth - a.node.depth || a.node.table.name.localeCompare(b.node.table.name)),
    ...referenced,
  ];
  for (const t of order) {
    const alias = `t${t.node.depth}`;
    const where = matchCondition(t.node, match);
    lines.push('');
    if (t.keep) {
      lines.push(comment(`KEPT ${t.node.table.name}: ${keepReason(t)}.`));
      continue;
    }
    if (t.node.direction === 'referenced') {
      lines.push(...referencedStatements(t, scratch.get(t)!));
      continue;
    }
    const keptChildren = plan.tables.filter((c) => isChildOf(c, t) && holdsKept(c, plan));
    if (!keptChildren.length) {
      lines.push(comment(`${t.node.table.name}${t.personalColumns.length ? `: ${t.personalColumns.join(', ')}` : ''}`));
      lines.push(`DELETE FROM ${tableRef(t.node)} ${alias} WHERE ${where};`);
      continue;
    }
    const guards = keptChildren.map((c) => {
      const fk = c.node.via!;
      const k = `k${c.node.depth}`;
      return `NOT EXISTS (SELECT 1 FROM ${tableRef(c.node)} ${k} WHERE ${fk.fromColumns.map((col, i) => `${k}.${quoteIdent(col)} = ${alias}.${quoteIdent(fk.toColumns[i]!)}`).join(' AND ')})`;
    });
    lines.push(comment(`${t.node.table.name}: rows that kept ${keptChildren.map((c) => c.node.table.name).join(', ')} rows refer to must stay; the others go.`));
    lines.push(`DELETE FROM ${tableRef(t.node)} ${alias} WHERE ${where} AND ${guards.join(' AND ')};`);
    const columns = new Map(t.node.table.columns.map((c) => [c.name, c]));
    // The row stays: its links to rows erased below go too where the column may be empty.
    const links = referenced.filter((r) => r.node.parent === t.node && scratch.has(r)).flatMap((r) => r.node.keys!.flatMap((k) => k.fromColumns));
    const nullable = [...new Set([...t.personalColumns, ...links])].filter((c) => columns.get(c)?.isNullable && !t.node.table.primaryKey.includes(c)).sort();
    const required = t.personalColumns.filter((c) => columns.has(c) && !nullable.includes(c));
    if (nullable.length) lines.push(`UPDATE ${tableRef(t.node)} ${alias} SET ${nullable.map((c) => `${quoteIdent(c)} = NULL`).join(', ')} WHERE ${where};`);
    if (required.length) lines.push(comment(`REVIEW ${t.node.table.name}: the rows that stay still hold ${required.join(', ')} (NOT NULL): keep them for the exempt purpose, or overwrite them with a placeholder.`));
  }
  lines.push('', 'ROLLBACK; -- COMMIT once reviewed', '');
  return lines.join('\n');
}

export type { ReachedTable };

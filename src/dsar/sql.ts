/**
 * The SQL of a data-subject request. The subject's value is always a parameter: `$1` when privmap runs the
 * query, the psql variable `:'subject'` in a script for review. It is never written into the text.
 */
import type { ReachedTable } from './reach.js';

export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;
export const tableRef = (node: ReachedTable) => `${quoteIdent(node.table.schema)}.${quoteIdent(node.table.table)}`;

export interface SubjectMatch {
  column: string;
  /** The column's type: the value is cast to it, so an index on the column is used. */
  type: string;
  /** `$1` or `:'subject'`. */
  placeholder: string;
}

const tuple = (alias: string, columns: string[]) => (columns.length === 1 ? `${alias}.${quoteIdent(columns[0]!)}` : `(${columns.map((c) => `${alias}.${quoteIdent(c)}`).join(', ')})`);

/** The WHERE condition that selects the subject's rows of `node` (alias `t<depth>`). */
export function matchCondition(node: ReachedTable, subject: SubjectMatch): string {
  const alias = `t${node.depth}`;
  if (!node.parent || !node.via) return `${alias}.${quoteIdent(subject.column)} = CAST(${subject.placeholder} AS ${subject.type})`;
  const parentAlias = `t${node.parent.depth}`;
  if (node.direction === 'referenced') {
    // The rows the parent's own keys point at: one IN per key (billing or shipping address).
    const each = node.keys!.map((fk) => `${tuple(alias, fk.toColumns)} IN (SELECT ${fk.fromColumns.map((c) => `${parentAlias}.${quoteIdent(c)}`).join(', ')} FROM ${tableRef(node.parent!)} ${parentAlias} WHERE ${matchCondition(node.parent!, subject)})`);
    return each.length === 1 ? each[0]! : `(${each.join(' OR ')})`;
  }
  return `${tuple(alias, node.via.fromColumns)} IN (SELECT ${node.via.toColumns.map((c) => `${parentAlias}.${quoteIdent(c)}`).join(', ')} FROM ${tableRef(node.parent)} ${parentAlias} WHERE ${matchCondition(node.parent, subject)})`;
}

/** One JSON object per row, in primary-key order so the export is stable. */
export function exportQuery(node: ReachedTable, subject: SubjectMatch): string {
  const alias = `t${node.depth}`;
  const order = node.table.primaryKey.length ? ` ORDER BY ${node.table.primaryKey.map((c) => `${alias}.${quoteIdent(c)}`).join(', ')}` : '';
  return `SELECT row_to_json(${alias})::text AS row FROM ${tableRef(node)} ${alias} WHERE ${matchCondition(node, subject)}${order}`;
}

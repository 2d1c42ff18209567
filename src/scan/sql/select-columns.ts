/**
 * The output columns of a view's query, as far as a simple select list tells them: `a`, `t.b AS c`, `*`
 * and `t.*` (expanded from tables the history created), casts and function calls named as PostgreSQL names
 * them. A column passed through unchanged remembers the table column it shows, so the view inherits its type
 * and annotations; an expression (`first_name || ' ' || last_name AS full_name`) is a column of unknown type.
 */
import { typeRef, type TypeRef } from './type-name.js';

type Node = Record<string, any>;

export interface SourceColumn {
  name: string;
  type: TypeRef;
}

export interface SourceRelation<C extends SourceColumn> {
  columns: Map<string, C>;
}

export interface OutputColumn<C extends SourceColumn, R extends SourceRelation<C>> {
  name: string;
  /** Byte offset of the select-list entry. */
  location: number | undefined;
  type?: TypeRef;
  /** The table column shown unchanged. */
  origin?: C;
  from?: R;
}

interface FromItem<R> {
  alias: string;
  relation: R | undefined;
}

/** PostgreSQL's name for an output column nothing names. */
export const UNNAMED = '?column?';

const sval = (node: Node | undefined): string | undefined => node?.String?.sval;

export function selectColumns<C extends SourceColumn, R extends SourceRelation<C>>(
  select: Node | undefined,
  lookup: (schema: string | undefined, name: string) => R | undefined,
): { columns: OutputColumn<C, R>[]; reads: R[] } {
  // A UNION's columns are named by its first branch.
  while (select && select.op && select.op !== 'SETOP_NONE') select = select.larg;
  if (!select) return { columns: [], reads: [] };
  const from: FromItem<R>[] = [];
  const visit = (item: Node | undefined): void => {
    if (!item) return;
    if (item.RangeVar) {
      const rv = item.RangeVar;
      from.push({ alias: rv.alias?.aliasname ?? rv.relname, relation: lookup(rv.schemaname, rv.relname) });
    } else if (item.JoinExpr) {
      visit(item.JoinExpr.larg);
      visit(item.JoinExpr.rarg);
    } else if (item.RangeSubselect?.alias?.aliasname) {
      // A subquery in FROM is a relation of its own output columns.
      const inner = selectColumns<C, R>(item.RangeSubselect.subquery?.SelectStmt, lookup);
      const columns = new Map<string, C>();
      for (const c of inner.columns) if (c.origin) columns.set(c.name, c.origin);
      from.push({ alias: item.RangeSubselect.alias.aliasname, relation: { columns } as R });
    }
  };
  for (const item of select.fromClause ?? []) visit(item);
  const reads = from.map((f) => f.relation).filter((r): r is R => r !== undefined);

  const columns: OutputColumn<C, R>[] = [];
  const findColumn = (qualifier: string | undefined, name: string): { column: C; relation: R } | undefined => {
    for (const item of from) {
      if (qualifier !== undefined && item.alias !== qualifier) continue;
      const column = item.relation?.columns.get(name);
      if (column) return { column, relation: item.relation! };
    }
    return undefined;
  };
  for (const { ResTarget: target } of (select.targetList ?? []) as Node[]) {
    if (!target) continue;
    const value = target.val as Node | undefined;
    const ref = value?.ColumnRef ?? value?.TypeCast?.arg?.ColumnRef;
    const fields = (ref?.fields ?? []) as Node[];
    if (value?.ColumnRef && fields.some((f) => f.A_Star)) {
      const qualifier = fields.length > 1 ? sval(fields[fields.length - 2]) : undefined;
      for (const item of from) {
        if (qualifier !== undefined && item.alias !== qualifier) continue;
        for (const column of item.relation?.columns.values() ?? []) columns.push({ name: column.name, location: target.location, type: column.type, origin: column, from: item.relation! });
      }
      continue;
    }
    const columnName = sval(fields[fields.length - 1]);
    const qualifier = fields.length > 1 ? sval(fields[fields.length - 2]) : undefined;
    const source = columnName ? findColumn(qualifier, columnName) : undefined;
    // PostgreSQL calls any other unnamed expression "?column?"; it keeps its place for `CREATE VIEW v (a, b)`.
    const name = target.name ?? columnName ?? sval(value?.FuncCall?.funcname?.[value.FuncCall.funcname.length - 1]) ?? UNNAMED;
    const output: OutputColumn<C, R> = { name, location: target.location };
    // A cast changes the type, not the data: `email::text` still shows the table's email.
    if (source) {
      output.origin = source.column;
      output.from = source.relation;
      output.type = source.column.type;
    }
    if (value?.TypeCast) output.type = typeRef(value.TypeCast.typeName);
    columns.push(output);
  }
  return { columns, reads };
}

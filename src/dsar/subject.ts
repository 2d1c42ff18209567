/**
 * Whose data: `--subject email=kari@example.com` names a column of the data subject's table and the value to
 * find. The table is the one privacy.yml declares (`subjects.<id>.table`), else the one whose shape says
 * "one row per person": the most personal-data categories, the most tables pointing at it.
 * The value is personal data: no message here repeats it.
 */
import { UsageError } from '../errors.js';
import type { Inventory } from '../inventory/types.js';
import type { GraphTable, SchemaGraph } from './graph.js';

export interface SubjectSelector {
  column: string;
  value: string;
}

export interface SubjectTable {
  table: GraphTable;
  column: string;
  /** Why this table: `declared in privacy.yml (subjects.customers.table)` or `found by its shape (...)`. */
  why: string;
  /** The subject kind from privacy.yml, when declared. */
  subject?: string;
}

export function parseSubject(text: string): SubjectSelector {
  const eq = text.indexOf('=');
  const column = eq > 0 ? text.slice(0, eq).trim() : '';
  if (!column || !/^[A-Za-z_][A-Za-z0-9_$]*$/.test(column)) throw new UsageError('--subject expects <column>=<value>, e.g. --subject email=kari@example.com');
  return { column, value: text.slice(eq + 1) };
}

/** `customers` means `public.customers`, as PostgreSQL's default search path does. */
export const qualifiedTable = (name: string) => (name.includes('.') ? name : `public.${name}`);

function personalCategoriesByTable(inventory: Inventory): Map<string, Set<string>> {
  const byTable = new Map<string, Set<string>>();
  for (const e of inventory.elements) {
    if (e.kind !== 'field' || e.status === 'suppressed' || e.isOrganisation) continue;
    for (const l of e.locations) {
      if (!l.table) continue;
      const table = qualifiedTable(l.table).toLowerCase();
      byTable.set(table, (byTable.get(table) ?? new Set()).add(e.category));
    }
  }
  return byTable;
}

function lookup(graph: SchemaGraph, name: string): GraphTable | undefined {
  const wanted = qualifiedTable(name).toLowerCase();
  return [...graph.tables.values()].find((t) => t.name.toLowerCase() === wanted);
}

function requireColumn(table: GraphTable, column: string): string {
  const found = table.columns.find((c) => c.name === column) ?? table.columns.find((c) => c.name.toLowerCase() === column.toLowerCase());
  if (!found) throw new UsageError(`--subject: ${table.name} has no column "${column}"; its columns are ${table.columns.map((c) => c.name).join(', ')}`);
  return found.name;
}

export function findSubjectTable(graph: SchemaGraph, inventory: Inventory, selector: SubjectSelector, explicitTable?: string): SubjectTable {
  if (explicitTable) {
    const table = lookup(graph, explicitTable);
    if (!table) throw new UsageError(`--table: no table ${qualifiedTable(explicitTable)} in the database`);
    return { table, column: requireColumn(table, selector.column), why: 'named by --table' };
  }
  const declared = Object.values(inventory.policy.subjects).filter((s) => s.table);
  const declaredTables = declared.map((s) => ({ subject: s, table: lookup(graph, s.table!) }));
  for (const { subject, table } of declaredTables) {
    if (!table) throw new UsageError(`privacy.yml declares subjects.${subject.id}.table: ${subject.table}, but the database has no such table`);
  }
  // Several declared kinds (customers, employees): the column named by --subject picks one.
  const withColumn = declaredTables.filter(({ table }) => table!.columns.some((c) => c.name.toLowerCase() === selector.column.toLowerCase()));
  const chosen = withColumn[0] ?? (declaredTables.length === 1 ? declaredTables[0] : undefined);
  if (chosen) return { table: chosen.table!, column: requireColumn(chosen.table!, selector.column), why: `declared in privacy.yml (subjects.${chosen.subject.id}.table)`, subject: chosen.subject.id };

  const personal = personalCategoriesByTable(inventory);
  const incoming = new Map<string, number>();
  for (const fk of graph.foreignKeys) incoming.set(fk.to, (incoming.get(fk.to) ?? 0) + 1);
  const candidates = [...graph.tables.values()]
    .map((table) => ({ table, categories: personal.get(table.name.toLowerCase())?.size ?? 0, referencedBy: incoming.get(table.name) ?? 0 }))
    .filter((c) => c.categories >= 2 && c.table.columns.some((col) => col.name.toLowerCase() === selector.column.toLowerCase()))
    .sort((a, b) => b.categories * (1 + b.referencedBy) - a.categories * (1 + a.referencedBy) || a.table.name.localeCompare(b.table.name));
  const best = candidates[0];
  if (!best) {
    throw new UsageError(`no table looks like the data subject's (personal data in two or more categories and a "${selector.column}" column); declare it in privacy.yml as subjects.<id>.table or pass --table`);
  }
  return { table: best.table, column: requireColumn(best.table, selector.column), why: `found by its shape (${best.categories} personal-data categories, referenced by ${best.referencedBy} foreign key(s)); declare it as subjects.<id>.table in privacy.yml to be sure` };
}

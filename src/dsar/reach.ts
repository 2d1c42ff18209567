/**
 * Which tables hold one person's rows: the subject table, then every table whose foreign key points at a table
 * already reached (orders -> customers, invoices -> orders), breadth first so each table is reached by its
 * shortest chain of keys.
 */
import type { ForeignKey, GraphTable, SchemaGraph } from './graph.js';

export interface ReachedTable {
  table: GraphTable;
  /** The key that leads here from `parent`; none for the subject table. */
  via?: ForeignKey;
  parent?: ReachedTable;
  depth: number;
}

/** Chains longer than this are rarely one person's data (a lookup shared by everybody); stop there. */
export const MAX_DEPTH = 6;

export function reachTables(graph: SchemaGraph, subject: GraphTable): ReachedTable[] {
  const reached = new Map<string, ReachedTable>([[subject.name, { table: subject, depth: 0 }]]);
  let frontier = [reached.get(subject.name)!];
  while (frontier.length) {
    const next: ReachedTable[] = [];
    for (const node of frontier) {
      if (node.depth >= MAX_DEPTH) continue;
      const children = graph.foreignKeys.filter((fk) => fk.to === node.table.name && fk.from !== fk.to).sort((a, b) => a.from.localeCompare(b.from) || a.name.localeCompare(b.name));
      for (const fk of children) {
        if (reached.has(fk.from)) continue;
        const child: ReachedTable = { table: graph.tables.get(fk.from)!, via: fk, parent: node, depth: node.depth + 1 };
        reached.set(fk.from, child);
        next.push(child);
      }
    }
    frontier = next;
  }
  return [...reached.values()];
}

/** `customers <- orders (orders_customer_id_fkey) <- invoices (invoices_order_id_fkey)`. */
export function chainText(node: ReachedTable): string {
  const parts: string[] = [];
  for (let n: ReachedTable | undefined = node; n; n = n.parent) parts.unshift(n.via ? `${n.table.name} (${n.via.fromColumns.join(', ')} -> ${n.via.to})` : n.table.name);
  return parts.join(' <- ');
}

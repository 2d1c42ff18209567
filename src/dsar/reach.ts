/**
 * Which tables hold one person's rows: the subject table, then every table whose foreign key points at a table
 * already reached (orders -> customers, invoices -> orders), breadth first so each table is reached by its
 * shortest chain of keys; then the tables the subject's own row points at (customers.billing_address_id ->
 * postal_addresses) when the inventory finds personal data in them. Only the subject's own keys are followed
 * that way, one step: an order's product or a customer's country is a row many people share, and a table
 * without personal data (a lookup) is never the person's.
 */
import type { ForeignKey, GraphTable, SchemaGraph } from './graph.js';

export interface ReachedTable {
  table: GraphTable;
  /** The key that leads here from `parent`; none for the subject table. */
  via?: ForeignKey;
  /**
   * `referenced`: the parent's own keys point here (all of them in `keys`: billing and shipping address);
   * otherwise this table's key points at the parent.
   */
  direction?: 'referencing' | 'referenced';
  keys?: ForeignKey[];
  parent?: ReachedTable;
  depth: number;
}

/** Chains longer than this are rarely one person's data (a lookup shared by everybody); stop there. */
export const MAX_DEPTH = 6;

export function reachTables(graph: SchemaGraph, subject: GraphTable, holdsPersonalData: (table: string) => boolean = () => true): ReachedTable[] {
  const reached = new Map<string, ReachedTable>([[subject.name, { table: subject, depth: 0 }]]);
  let frontier = [reached.get(subject.name)!];
  while (frontier.length) {
    const next: ReachedTable[] = [];
    for (const node of frontier) {
      if (node.depth >= MAX_DEPTH) continue;
      const children = graph.foreignKeys.filter((fk) => fk.to === node.table.name && fk.from !== fk.to).sort((a, b) => a.from.localeCompare(b.from) || a.name.localeCompare(b.name));
      for (const fk of children) {
        if (reached.has(fk.from)) continue;
        const child: ReachedTable = { table: graph.tables.get(fk.from)!, via: fk, direction: 'referencing', parent: node, depth: node.depth + 1 };
        reached.set(fk.from, child);
        next.push(child);
      }
    }
    frontier = next;
  }
  const root = reached.get(subject.name)!;
  const own = graph.foreignKeys.filter((fk) => fk.from === subject.name && fk.to !== subject.name && !reached.has(fk.to) && holdsPersonalData(fk.to)).sort((a, b) => a.to.localeCompare(b.to) || a.name.localeCompare(b.name));
  for (const fk of own) {
    const existing = reached.get(fk.to);
    if (existing) existing.keys!.push(fk);
    else reached.set(fk.to, { table: graph.tables.get(fk.to)!, via: fk, direction: 'referenced', keys: [fk], parent: root, depth: 1 });
  }
  return [...reached.values()];
}

/**
 * `public.customers <- public.orders (customer_id -> public.customers) <- public.invoices (order_id -> public.orders)`,
 * and `public.customers -> public.postal_addresses (billing_address_id)` for a table the subject's row points at.
 */
export function chainText(node: ReachedTable): string {
  if (node.direction === 'referenced' && node.parent) return `${chainText(node.parent)} -> ${node.table.name} (${node.keys!.map((k) => k.fromColumns.join(', ')).join(' or ')})`;
  const parts: string[] = [];
  for (let n: ReachedTable | undefined = node; n; n = n.parent) parts.unshift(n.via ? `${n.table.name} (${n.via.fromColumns.join(', ')} -> ${n.via.to})` : n.table.name);
  return parts.join(' <- ');
}

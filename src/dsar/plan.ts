/**
 * A data-subject request as data: the subject table, every table reached with its personal columns and, for
 * erasure, whether a purpose exempt from erasure keeps it; plus the places outside the database that hold or
 * receive the person's data. Scripts are rendered from it in ./scripts.ts.
 */
import type { Inventory } from '../inventory/types.js';
import { isErasureExempt } from '../policy/erasure-exempt.js';
import type { PurposeDef } from '../policy/types.js';
import type { ForeignKey, GraphTable, SchemaGraph } from './graph.js';
import { reachTables, type ReachedTable } from './reach.js';
import { qualifiedTable, type SubjectTable } from './subject.js';

export interface PlannedTable {
  node: ReachedTable;
  /** Columns the inventory found personal data in, sorted. */
  personalColumns: string[];
  /** For a table the subject's row points at: every key in the database that points at it (erasure keeps rows others still use). */
  referencedBy?: { key: ForeignKey; from: GraphTable }[];
  /** Erasure: why these rows must be kept (a purpose exempt from erasure names the table). */
  keep?: { purposes: { id: string; title: string; legalBasis?: string; retention?: string }[] };
}

export interface OutsidePlace {
  recipient: string;
  title: string;
  kind: string;
  isDeclared: boolean;
  country?: string;
  categories: string[];
  /** `src/marketing/newsletter.ts:14`: where the code sends it. Empty when only declared. */
  places: string[];
}

export interface DsarPlan {
  subject: SubjectTable;
  tables: PlannedTable[];
  outside: OutsidePlace[];
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Table -> column -> purposes, from the inventory's field elements (code, migrations, Prisma, live). */
function columnsByTable(inventory: Inventory): Map<string, Map<string, Set<string>>> {
  const tables = new Map<string, Map<string, Set<string>>>();
  for (const e of inventory.elements) {
    if (e.kind !== 'field' || e.status === 'suppressed') continue;
    for (const l of e.locations) {
      if (!l.table || !l.column) continue;
      const table = qualifiedTable(l.table).toLowerCase();
      const columns = tables.get(table) ?? new Map<string, Set<string>>();
      const purposes = columns.get(l.column) ?? new Set<string>();
      for (const p of e.purposes) purposes.add(p);
      columns.set(l.column, purposes);
      tables.set(table, columns);
    }
  }
  return tables;
}

function outsidePlaces(inventory: Inventory): OutsidePlace[] {
  const policy = inventory.policy;
  const byRecipient = new Map<string, { categories: Set<string>; places: Set<string> }>();
  for (const e of inventory.elements) {
    if (e.kind !== 'flow' || e.status === 'suppressed') continue;
    for (const r of e.recipients) {
      const entry = byRecipient.get(r) ?? { categories: new Set(), places: new Set() };
      entry.categories.add(e.category);
      for (const l of e.locations) if (l.file) entry.places.add(`${l.file}${l.line ? `:${l.line}` : ''}`);
      byRecipient.set(r, entry);
    }
  }
  // Declared recipients the code was not seen calling still receive data by the policy's own word.
  for (const r of Object.values(policy.recipients)) if (!byRecipient.has(r.id) && r.categories.length) byRecipient.set(r.id, { categories: new Set(r.categories), places: new Set() });
  return [...byRecipient.entries()]
    .map(([id, entry]) => {
      const declared = policy.recipients[id];
      return {
        recipient: id,
        title: declared?.title ?? id,
        kind: declared?.kind ?? 'undeclared',
        isDeclared: Boolean(declared),
        ...(declared?.transfer ? { country: declared.transfer.country } : {}),
        categories: [...entry.categories].sort(byText),
        places: [...entry.places].sort(byText),
      };
    })
    .sort((a, b) => byText(a.recipient, b.recipient));
}

export function planDsar(graph: SchemaGraph, inventory: Inventory, subject: SubjectTable): DsarPlan {
  const columns = columnsByTable(inventory);
  const exempt = new Map<string, PurposeDef>(Object.values(inventory.policy.purposes).filter(isErasureExempt).map((p) => [p.id, p]));
  const tables = reachTables(graph, subject.table, (table) => (columns.get(table.toLowerCase())?.size ?? 0) > 0).map((node) => {
    const personal = columns.get(node.table.name.toLowerCase()) ?? new Map<string, Set<string>>();
    const keeping = [...new Set([...personal.values()].flatMap((purposes) => [...purposes]))].filter((p) => exempt.has(p)).sort(byText);
    const planned: PlannedTable = { node, personalColumns: [...personal.keys()].sort(byText) };
    if (node.direction === 'referenced') planned.referencedBy = graph.foreignKeys.filter((fk) => fk.to === node.table.name).map((key) => ({ key, from: graph.tables.get(key.from)! }));
    if (keeping.length) {
      planned.keep = {
        purposes: keeping.map((id) => {
          const p = exempt.get(id)!;
          return { id, title: p.title, ...(p.legalBasis ? { legalBasis: p.legalBasis } : {}), ...(p.retention ? { retention: p.retention } : {}) };
        }),
      };
    }
    return planned;
  });
  return { subject, tables, outside: outsidePlaces(inventory) };
}

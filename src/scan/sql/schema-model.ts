/**
 * The schema a migration history leaves behind, replayed statement by statement from libpg-query's parse
 * trees. A renamed column stays one column (it remembers where it was created and last renamed); a dropped
 * column or table is gone.
 */
export interface Place {
  file: string;
  line: number;
}

export interface ColumnState {
  name: string;
  type: string;
  created: Place;
  renamed?: Place;
  comment?: string;
}

export interface TableState {
  schema: string;
  name: string;
  kind: 'table' | 'view' | 'materialized-view';
  columns: Map<string, ColumnState>;
  comment?: string;
}

type Node = Record<string, any>;

const key = (schema: string, name: string) => `${schema}.${name}`;

function sval(node: Node | undefined): string | undefined {
  return node?.String?.sval;
}

function typeText(typeName: Node | undefined, enums: Set<string>): string {
  const names = ((typeName?.names ?? []) as Node[]).map(sval).filter((n): n is string => Boolean(n) && n !== 'pg_catalog');
  const base = names[names.length - 1] ?? 'unknown';
  if (enums.has(base)) return 'enum';
  return typeName?.arrayBounds ? `${base}[]` : base;
}

export class SchemaModel {
  readonly tables = new Map<string, TableState>();
  readonly enums = new Set<string>();
  /** Domain name -> base type. */
  readonly domains = new Map<string, string>();

  private table(relation: Node | undefined): TableState | undefined {
    return relation ? this.tables.get(key(relation.schemaname ?? 'public', relation.relname)) : undefined;
  }

  private addColumn(table: TableState, def: Node, place: Place): void {
    const name = def.colname as string;
    table.columns.set(name, { name, type: typeText(def.typeName, this.enums), created: place });
  }

  /** `place(offset)` turns a parse-tree location into file:line. */
  apply(statement: Node, place: (offset: number | undefined) => Place): void {
    const [kind, s] = Object.entries(statement)[0] ?? [];
    if (!kind || !s) return;
    switch (kind) {
      case 'CreateStmt': {
        const schema = s.relation.schemaname ?? 'public';
        const id = key(schema, s.relation.relname);
        if (s.if_not_exists && this.tables.has(id)) return;
        const table: TableState = { schema, name: s.relation.relname, kind: 'table', columns: new Map() };
        for (const element of s.tableElts ?? []) if (element.ColumnDef) this.addColumn(table, element.ColumnDef, place(element.ColumnDef.location));
        this.tables.set(id, table);
        return;
      }
      case 'AlterTableStmt': {
        const table = this.table(s.relation);
        if (!table) return;
        for (const { AlterTableCmd: cmd } of s.cmds ?? []) {
          if (!cmd) continue;
          if (cmd.subtype === 'AT_AddColumn' && cmd.def?.ColumnDef) {
            if (!(cmd.missing_ok && table.columns.has(cmd.def.ColumnDef.colname))) this.addColumn(table, cmd.def.ColumnDef, place(cmd.def.ColumnDef.location));
          } else if (cmd.subtype === 'AT_DropColumn') {
            table.columns.delete(cmd.name);
          } else if (cmd.subtype === 'AT_AlterColumnType') {
            const column = table.columns.get(cmd.name);
            if (column && cmd.def?.ColumnDef) column.type = typeText(cmd.def.ColumnDef.typeName, this.enums);
          }
        }
        return;
      }
      case 'RenameStmt': {
        const table = this.table(s.relation);
        if (!table) return;
        if (s.renameType === 'OBJECT_COLUMN') {
          const column = table.columns.get(s.subname);
          if (!column) return;
          table.columns.delete(s.subname);
          table.columns.set(s.newname, { ...column, name: s.newname, renamed: place(s.relation.location) });
        } else if (s.renameType === 'OBJECT_TABLE' || s.renameType === 'OBJECT_VIEW' || s.renameType === 'OBJECT_MATVIEW') {
          this.tables.delete(key(table.schema, table.name));
          table.name = s.newname;
          this.tables.set(key(table.schema, table.name), table);
        }
        return;
      }
      case 'AlterObjectSchemaStmt': {
        const table = this.table(s.relation);
        if (!table) return;
        this.tables.delete(key(table.schema, table.name));
        table.schema = s.newschema;
        this.tables.set(key(table.schema, table.name), table);
        return;
      }
      case 'DropStmt': {
        if (!['OBJECT_TABLE', 'OBJECT_VIEW', 'OBJECT_MATVIEW'].includes(s.removeType)) return;
        for (const object of s.objects ?? []) {
          const parts = ((object.List?.items ?? []) as Node[]).map(sval).filter(Boolean) as string[];
          const name = parts[parts.length - 1]!;
          this.tables.delete(key(parts.length > 1 ? parts[parts.length - 2]! : 'public', name));
        }
        return;
      }
      case 'ViewStmt':
        this.view(s.view, s.query?.SelectStmt, 'view', place);
        return;
      case 'CreateTableAsStmt':
        if (s.objtype === 'OBJECT_MATVIEW') this.view(s.into?.rel, s.query?.SelectStmt, 'materialized-view', place);
        return;
      case 'CommentStmt': {
        const parts = ((s.object?.List?.items ?? []) as Node[]).map(sval).filter(Boolean) as string[];
        if (s.objtype === 'OBJECT_COLUMN') {
          const [column, tableName, schema = 'public'] = [...parts].reverse();
          const target = this.tables.get(key(schema, tableName!))?.columns.get(column!);
          if (target) target.comment = s.comment ?? undefined;
        } else if (s.objtype === 'OBJECT_TABLE' || s.objtype === 'OBJECT_VIEW') {
          const [tableName, schema = 'public'] = [...parts].reverse();
          const target = this.tables.get(key(schema, tableName!));
          if (target) target.comment = s.comment ?? undefined;
        }
        return;
      }
      case 'CreateDomainStmt': {
        const names = ((s.domainname ?? []) as Node[]).map(sval).filter(Boolean) as string[];
        this.domains.set(names[names.length - 1]!, typeText(s.typeName, this.enums));
        return;
      }
      case 'CreateEnumStmt': {
        const names = ((s.typeName ?? []) as Node[]).map(sval).filter(Boolean) as string[];
        this.enums.add(names[names.length - 1]!);
        return;
      }
    }
  }

  /** Views keep the columns of a simple select list: `a`, `b AS c`, and `*` from a known table. */
  private view(relation: Node | undefined, select: Node | undefined, kind: TableState['kind'], place: (offset: number | undefined) => Place): void {
    if (!relation || !select) return;
    const schema = relation.schemaname ?? 'public';
    const view: TableState = { schema, name: relation.relname, kind, columns: new Map() };
    const from = select.fromClause?.[0]?.RangeVar;
    const source = from ? this.tables.get(key(from.schemaname ?? 'public', from.relname)) : undefined;
    for (const { ResTarget: target } of select.targetList ?? []) {
      const fields = (target?.val?.ColumnRef?.fields ?? []) as Node[];
      if (fields.some((f) => f.A_Star)) {
        for (const column of source?.columns.values() ?? []) view.columns.set(column.name, { name: column.name, type: column.type, created: place(relation.location) });
        continue;
      }
      const sourceName = sval(fields[fields.length - 1]);
      const name = target?.name ?? sourceName;
      if (!name) continue;
      const type = sourceName ? source?.columns.get(sourceName)?.type ?? 'unknown' : 'unknown';
      view.columns.set(name, { name, type, created: place(target.location ?? relation.location) });
    }
    this.tables.set(key(schema, view.name), view);
  }
}

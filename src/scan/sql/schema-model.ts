/**
 * The schema a migration history leaves behind, replayed statement by statement from libpg-query's parse
 * trees. A renamed column stays one column (it remembers where it was created and where it was last
 * renamed); a dropped column or table is gone, and so are the views that depended on a dropped table.
 * Statements that do not shape the schema (INSERT, DO blocks, functions, grants) are ignored.
 */
import { selectColumns, UNNAMED } from './select-columns.js';
import { typeRef, type TypeRef } from './type-name.js';

export interface Place {
  file: string;
  line: number;
  col?: number;
}

export interface ColumnState {
  name: string;
  type: TypeRef;
  created: Place;
  /** The last rename, with the name it had before. */
  renamed?: Place & { from: string };
  comment?: string;
  /** A foreign key holds another table's id, not personal data of its own. */
  isForeignKey: boolean;
  /** A view column showing a table column unchanged: it carries the same data. */
  origin?: ColumnState;
}

export type RelationKind = 'table' | 'view' | 'materialized-view';

export interface TableState {
  schema: string;
  name: string;
  kind: RelationKind;
  columns: Map<string, ColumnState>;
  comment?: string;
  created: Place;
  renamed?: Place & { from: string };
  /** The relations a view reads: dropping one of them drops the view. */
  reads: Set<TableState>;
}

export interface UserType {
  kind: 'domain' | 'enum' | 'composite';
  name: string;
  /** A domain's base type. */
  base?: TypeRef;
}

/** Turns parse-tree byte offsets into places; `undefined` (or -1) means "where the statement starts". */
export interface Locator {
  at(offset: number | undefined): Place;
}

type Node = Record<string, any>;

const key = (schema: string, name: string) => `${schema}.${name}`;
const sval = (node: Node | undefined): string | undefined => node?.String?.sval;
const names = (list: Node[] | undefined): string[] => (list ?? []).map(sval).filter((n): n is string => n !== undefined);
const RELATION_OBJECTS = new Set(['OBJECT_TABLE', 'OBJECT_VIEW', 'OBJECT_MATVIEW', 'OBJECT_FOREIGN_TABLE']);

export class SchemaModel {
  readonly tables = new Map<string, TableState>();
  /** Domains, enums and composite types by unqualified name. */
  readonly types = new Map<string, UserType>();
  /** The first schema of `search_path`: where unqualified names live. Reset per file: tools run each in a new session. */
  defaultSchema = 'public';

  /** A relation as a statement names it: qualified, or found through the search path (default schema, then public). */
  lookup(schema: string | undefined, name: string): TableState | undefined {
    if (schema) return this.tables.get(key(schema, name));
    return this.tables.get(key(this.defaultSchema, name)) ?? this.tables.get(key('public', name));
  }

  private relation(rv: Node | undefined): TableState | undefined {
    return rv?.relname ? this.lookup(rv.schemaname, rv.relname) : undefined;
  }

  private column(def: Node, at: Locator): ColumnState {
    const constraints = (def.constraints ?? []) as Node[];
    return {
      name: def.colname,
      type: typeRef(def.typeName),
      created: at.at(def.location),
      isForeignKey: constraints.some((c) => c.Constraint?.contype === 'CONSTR_FOREIGN'),
    };
  }

  apply(statement: Node, at: Locator): void {
    const kind = Object.keys(statement)[0];
    const s = kind ? statement[kind] : undefined;
    if (!kind || !s) return;
    switch (kind) {
      case 'CreateStmt':
        return this.createTable(s, at);
      case 'CreateTableAsStmt':
        if (s.objtype === 'OBJECT_MATVIEW' || s.objtype === 'OBJECT_TABLE') {
          if (s.if_not_exists && this.relation(s.into?.rel)) return;
          this.view(s.into?.rel, s.query?.SelectStmt, undefined, s.objtype === 'OBJECT_MATVIEW' ? 'materialized-view' : 'table', at);
        }
        return;
      case 'ViewStmt':
        return this.view(s.view, s.query?.SelectStmt, names(s.aliases), 'view', at);
      case 'AlterTableStmt':
        return this.alterTable(s, at);
      case 'RenameStmt':
        return this.rename(s, at);
      case 'AlterObjectSchemaStmt': {
        if (!RELATION_OBJECTS.has(s.objectType)) return;
        const table = this.relation(s.relation);
        if (table) this.move(table, s.newschema, table.name);
        return;
      }
      case 'DropStmt':
        return this.drop(s);
      case 'CommentStmt':
        return this.comment(s);
      case 'CreateDomainStmt': {
        const name = names(s.domainname).pop();
        if (name) this.types.set(name, { kind: 'domain', name, base: typeRef(s.typeName) });
        return;
      }
      case 'CreateEnumStmt': {
        const name = names(s.typeName).pop();
        if (name) this.types.set(name, { kind: 'enum', name });
        return;
      }
      case 'CompositeTypeStmt':
        if (s.typevar?.relname) this.types.set(s.typevar.relname, { kind: 'composite', name: s.typevar.relname });
        return;
      case 'CreateSchemaStmt': {
        // `CREATE SCHEMA crm CREATE TABLE ...`: the elements live in the new schema.
        const previous = this.defaultSchema;
        this.defaultSchema = s.schemaname ?? previous;
        for (const element of s.schemaElts ?? []) this.apply(element, at);
        this.defaultSchema = previous;
        return;
      }
      case 'VariableSetStmt':
        if (s.name === 'search_path') {
          const first = ((s.args ?? []) as Node[]).map((a) => a.A_Const?.sval?.sval as string | undefined).find((v) => v && v !== '$user');
          this.defaultSchema = s.kind === 'VAR_SET_VALUE' && first ? first : 'public';
        }
        return;
    }
  }

  private createTable(s: Node, at: Locator): void {
    const rv = s.relation;
    // Temporary tables vanish with the session; partitions hold their parent's columns (the live scan skips them too).
    if (!rv?.relname || rv.relpersistence === 't' || s.partbound) return;
    const schema = rv.schemaname ?? this.defaultSchema;
    if (s.if_not_exists && this.tables.has(key(schema, rv.relname))) return;
    const table: TableState = { schema, name: rv.relname, kind: 'table', columns: new Map(), created: at.at(rv.location), reads: new Set() };
    const copy = (from: TableState | undefined, where: Place) => {
      for (const c of from?.columns.values() ?? []) table.columns.set(c.name, { name: c.name, type: c.type, created: where, isForeignKey: c.isForeignKey });
    };
    // Inherited columns come first, as PostgreSQL orders them.
    for (const parent of (s.inhRelations ?? []) as Node[]) copy(this.relation(parent.RangeVar), at.at(parent.RangeVar?.location));
    const foreignKeys: string[] = [];
    for (const element of (s.tableElts ?? []) as Node[]) {
      if (element.ColumnDef) table.columns.set(element.ColumnDef.colname, this.column(element.ColumnDef, at));
      else if (element.TableLikeClause) copy(this.relation(element.TableLikeClause.relation), at.at(element.TableLikeClause.relation?.location));
      else if (element.Constraint?.contype === 'CONSTR_FOREIGN') foreignKeys.push(...names(element.Constraint.fk_attrs));
    }
    for (const name of foreignKeys) {
      const column = table.columns.get(name);
      if (column) column.isForeignKey = true;
    }
    this.tables.set(key(schema, table.name), table);
  }

  private alterTable(s: Node, at: Locator): void {
    const table = this.relation(s.relation);
    if (!table) return;
    for (const { AlterTableCmd: cmd } of (s.cmds ?? []) as Node[]) {
      if (!cmd) continue;
      switch (cmd.subtype) {
        case 'AT_AddColumn': {
          const def = cmd.def?.ColumnDef;
          if (def && !(cmd.missing_ok && table.columns.has(def.colname))) table.columns.set(def.colname, this.column(def, at));
          break;
        }
        case 'AT_DropColumn':
          table.columns.delete(cmd.name);
          break;
        case 'AT_AlterColumnType': {
          const column = table.columns.get(cmd.name);
          if (column && cmd.def?.ColumnDef?.typeName) column.type = typeRef(cmd.def.ColumnDef.typeName);
          break;
        }
        case 'AT_AddConstraint':
          if (cmd.def?.Constraint?.contype === 'CONSTR_FOREIGN') {
            for (const name of names(cmd.def.Constraint.fk_attrs)) {
              const column = table.columns.get(name);
              if (column) column.isForeignKey = true;
            }
          }
          break;
      }
    }
  }

  private rename(s: Node, at: Locator): void {
    const table = this.relation(s.relation);
    if (s.renameType === 'OBJECT_COLUMN') {
      const column = table?.columns.get(s.subname);
      if (!table || !column || s.subname === s.newname) return;
      // Keep the column's position: PostgreSQL renames in place.
      const entries = [...table.columns.entries()].map(([name, c]): [string, ColumnState] => (name === s.subname ? [s.newname, c] : [name, c]));
      table.columns.clear();
      for (const [name, c] of entries) table.columns.set(name, c);
      column.renamed = { ...at.at(undefined), from: column.name };
      column.name = s.newname;
    } else if (RELATION_OBJECTS.has(s.renameType) && table) {
      table.renamed = { ...at.at(undefined), from: table.name };
      this.move(table, table.schema, s.newname);
    } else if ((s.renameType === 'OBJECT_DOMAIN' || s.renameType === 'OBJECT_TYPE') && s.object?.List) {
      const old = names(s.object.List.items).pop();
      const type = old ? this.types.get(old) : undefined;
      if (type) {
        this.types.delete(type.name);
        this.types.set(s.newname, { ...type, name: s.newname });
      }
    }
  }

  private move(table: TableState, schema: string, name: string): void {
    this.tables.delete(key(table.schema, table.name));
    table.schema = schema;
    table.name = name;
    this.tables.set(key(schema, name), table);
  }

  private drop(s: Node): void {
    const dropped = new Set<TableState>();
    if (RELATION_OBJECTS.has(s.removeType)) {
      for (const object of (s.objects ?? []) as Node[]) {
        const parts = names(object.List?.items);
        const name = parts.pop();
        const table = name ? this.lookup(parts.pop(), name) : undefined;
        if (table) dropped.add(table);
      }
    } else if (s.removeType === 'OBJECT_SCHEMA') {
      const schemas = new Set(((s.objects ?? []) as Node[]).map(sval));
      for (const table of this.tables.values()) if (schemas.has(table.schema)) dropped.add(table);
    } else if (s.removeType === 'OBJECT_DOMAIN' || s.removeType === 'OBJECT_TYPE') {
      for (const object of (s.objects ?? []) as Node[]) {
        const name = names(object.TypeName?.names ?? object.List?.items).pop();
        if (name) this.types.delete(name);
      }
      return;
    } else return;
    // A view cannot outlive what it reads: PostgreSQL drops it with CASCADE or refuses the drop.
    let grew = dropped.size > 0;
    while (grew) {
      grew = false;
      for (const table of this.tables.values()) {
        if (!dropped.has(table) && [...table.reads].some((r) => dropped.has(r))) {
          dropped.add(table);
          grew = true;
        }
      }
    }
    for (const table of dropped) this.tables.delete(key(table.schema, table.name));
  }

  private comment(s: Node): void {
    const parts = names(s.object?.List?.items);
    const text = (s.comment as string | undefined) ?? undefined;
    if (s.objtype === 'OBJECT_COLUMN') {
      const column = parts.pop()!;
      const name = parts.pop();
      const target = name ? this.lookup(parts.pop(), name)?.columns.get(column) : undefined;
      if (target) target.comment = text;
    } else if (RELATION_OBJECTS.has(s.objtype)) {
      const name = parts.pop();
      const target = name ? this.lookup(parts.pop(), name) : undefined;
      if (target) target.comment = text;
    }
  }

  private view(rv: Node | undefined, select: Node | undefined, aliases: string[] | undefined, kind: RelationKind, at: Locator): void {
    if (!rv?.relname || !select) return;
    const schema = rv.schemaname ?? this.defaultSchema;
    const { columns, reads } = selectColumns<ColumnState, TableState>(select, (sch, name) => this.lookup(sch, name));
    const view: TableState = { schema, name: rv.relname, kind, columns: new Map(), created: at.at(rv.location), reads: new Set(reads) };
    columns.forEach((output, i) => {
      // `CREATE VIEW v (a, b) AS ...` renames the first columns.
      const name = aliases?.[i] ?? output.name;
      if (name === UNNAMED) return;
      const column: ColumnState = { name, type: output.type ?? { text: 'unknown', name: 'unknown', isArray: false }, created: at.at(output.location), isForeignKey: output.origin?.isForeignKey ?? false };
      if (output.origin) column.origin = output.origin.origin ?? output.origin;
      if (!view.columns.has(name)) view.columns.set(name, column);
    });
    this.tables.set(key(schema, view.name), view);
  }
}

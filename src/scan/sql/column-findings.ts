/**
 * Turns a replayed schema into findings (personal columns, one per category) and schema columns (every
 * table column, for drift). The detector sees each column as plain facts: its name, `[schema, table]`, its
 * type as SQL text, its siblings, hints from the user type it is declared with, and the annotations of its
 * comment (a table comment's `@purpose` applies to every column without one of its own).
 */
import type { Annotations, Category, Detector } from '../../detect/types.js';
import type { FieldFinding, Location, SchemaColumn } from '../../finding.js';
import { columnCommentAnnotations, parsedComment } from '../comment-annotations.js';
import { fieldFindings } from '../field-findings.js';
import type { ColumnState, SchemaModel, TableState } from './schema-model.js';

/** The column's own annotations win; purposes and a suppression fall back to the table's comment. */
export function columnAnnotations(column: ColumnState, table: TableState): Annotations | undefined {
  // A view column showing a table column unchanged carries that column's annotations unless it has its own.
  return columnCommentAnnotations(parsedComment(column.comment) ?? parsedComment(column.origin?.comment), parsedComment(table.comment));
}

interface TypeFacts {
  type: string;
  hints: Category[];
}

/**
 * What the declared type says. An enum is a closed set of labels, not personal text. A domain stands for its
 * base type, and its name is evidence (`email_address`, `phone_number`); so is a composite type's name.
 */
function typeFacts(column: ColumnState, model: SchemaModel, detector: Detector, cache: Map<string, Category[]>): TypeFacts {
  const type = column.origin?.type && column.type.name === 'unknown' ? column.origin.type : column.type;
  const user = model.types.get(type.name);
  if (!user) return { type: type.text, hints: [] };
  if (user.kind === 'enum') return { type: 'enum', hints: [] };
  let hints = cache.get(user.name);
  if (!hints) {
    hints = detector.classifyField({ name: user.name, ...(user.base ? { type: user.base.text } : {}) }).matches.map((m) => m.category);
    cache.set(user.name, hints);
  }
  return { type: user.base ? user.base.text + (type.isArray ? '[]' : '') : type.text, hints };
}

function locationOf(table: TableState, column: ColumnState): Location {
  const location: Location = { source: 'sql', file: column.created.file, line: column.created.line, table: `${table.schema}.${table.name}`, column: column.name };
  if (column.created.col !== undefined) location.col = column.created.col;
  const related: NonNullable<Location['related']> = [];
  if (column.renamed) related.push({ file: column.renamed.file, line: column.renamed.line, note: `column renamed from ${column.renamed.from}` });
  if (table.renamed) related.push({ file: table.renamed.file, line: table.renamed.line, note: `table renamed from ${table.renamed.from}` });
  if (related.length) location.related = related;
  return location;
}

export interface ModelOutput {
  findings: FieldFinding[];
  columns: SchemaColumn[];
}

export function modelFindings(model: SchemaModel, detector: Detector): ModelOutput {
  const output: ModelOutput = { findings: [], columns: [] };
  const hintCache = new Map<string, Category[]>();
  const tables = [...model.tables.values()].sort((a, b) => (a.schema === b.schema ? (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) : a.schema < b.schema ? -1 : 1));
  for (const table of tables) {
    const container = `${table.schema}.${table.name}`;
    const siblings = [...table.columns.keys()];
    for (const column of table.columns.values()) {
      const location = locationOf(table, column);
      if (table.kind === 'table') output.columns.push({ source: 'sql', schema: table.schema, table: table.name, column: column.name, type: column.type.text, location });
      // A foreign key is the other table's id; the live scan skips it the same way.
      if (column.isForeignKey) continue;
      const annotations = columnAnnotations(column, table);
      const { type, hints } = typeFacts(column, model, detector, hintCache);
      const verdict = detector.classifyField({ name: column.name, container: [table.schema, table.name], type, siblings, hints, ...(annotations ? { annotations } : {}) });
      const tags = [...(table.kind === 'table' ? [] : [table.kind]), ...(/^jsonb?(\[\])?$/.test(type) ? ['json'] : [])];
      output.findings.push(...fieldFindings(verdict, { source: 'sql', container, field: column.name, location, purposes: annotations?.purposes ?? [], storage: { schema: table.schema, table: table.name, column: column.name }, tags }));
    }
  }
  return output;
}

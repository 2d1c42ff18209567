/**
 * Decorator-based ORMs: which table a class maps to and which column each property becomes, following each
 * ORM's own default naming when the code does not say.
 *
 * - TypeORM (`@Entity`, `@ViewEntity`): table `@Entity('name')` / `{ name }`, else DefaultNamingStrategy's
 *   snake_case of the class name (`CustomerProfile` -> `customer_profile`); columns keep the property name
 *   (`firstName`) unless `@Column({ name })`.
 * - MikroORM (`@Entity` imported from `@mikro-orm/*`, or a class using `@Property`): table `{ tableName }` or
 *   `{ collection }`, else snake_case of the class; columns `{ fieldName }`, else snake_case
 *   (UnderscoreNamingStrategy, the default).
 * - sequelize-typescript (`@Table`): table `{ tableName }`, else the plural of the model name (`{ modelName }`
 *   or the class), snake_case when `underscored`, as written when `freezeTableName`; columns `{ field }`,
 *   else the property, snake_case when `underscored`.
 * A custom naming strategy configured elsewhere is not visible here; an explicit name always is.
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import { objectStringProperty, propertyName, stringArg } from './call-chain.js';
import { pluralize, snakeCase } from './naming.js';
import { TYPE_OF_BUILDER } from './schema-types.js';

export interface Decorator {
  name: string;
  call?: ts.CallExpression;
}

export interface TableMapping {
  table: string;
  schema?: string;
  /** How property names become column names when no explicit name is given. */
  columns: 'as-is' | 'snake';
}

export interface ColumnFacts {
  /** The explicit column name, when the decorator gives one. */
  column?: string;
  /** The type a decorator states (`@Column('boolean')`, `@IsEmail` says nothing here), for untyped JavaScript. */
  type?: string;
  /** Relations, generated keys and timestamps hold no personal data of their own. */
  isIgnored: boolean;
  /** A column or embedded-value decorator says the member is stored as a value. */
  isColumn?: boolean;
}

export function decoratorsOf(node: ts.Node): Decorator[] {
  const decorators = typescript.canHaveDecorators(node) ? typescript.getDecorators(node) : undefined;
  if (!decorators) return [];
  return decorators.map((d) => {
    const e = d.expression;
    if (typescript.isCallExpression(e)) {
      const callee = e.expression;
      return { name: typescript.isIdentifier(callee) ? callee.text : typescript.isPropertyAccessExpression(callee) ? callee.name.text : '', call: e };
    }
    return { name: typescript.isIdentifier(e) ? e.text : typescript.isPropertyAccessExpression(e) ? e.name.text : '' };
  });
}

function booleanProperty(node: ts.Expression | undefined, key: string): boolean {
  if (!node || !typescript.isObjectLiteralExpression(node)) return false;
  return node.properties.some((p) => typescript.isPropertyAssignment(p) && propertyName(p.name) === key && p.initializer.kind === typescript.SyntaxKind.TrueKeyword);
}

/** The options object of `@Entity('name', { schema })` or `@Entity({ name, schema })`. */
function optionsArg(call: ts.CallExpression | undefined): ts.Expression | undefined {
  if (!call) return undefined;
  const [first, second] = call.arguments;
  return first && typescript.isObjectLiteralExpression(first) ? first : second;
}

export function tableMapping(className: string, classDecorators: Decorator[], members: readonly ts.ClassElement[], modules: Set<string>): TableMapping | undefined {
  for (const d of classDecorators) {
    const options = optionsArg(d.call);
    const schema = objectStringProperty(options, 'schema');
    const withSchema = (mapping: TableMapping): TableMapping => (schema ? { ...mapping, schema } : mapping);
    if (d.name === 'Entity' || d.name === 'ViewEntity') {
      const isMikro = [...modules].some((m) => m.startsWith('@mikro-orm/')) || members.some((m) => decoratorsOf(m).some((md) => md.name === 'Property'));
      if (isMikro) {
        const table = objectStringProperty(options, 'tableName') ?? objectStringProperty(options, 'collection') ?? snakeCase(className);
        return withSchema({ table, columns: 'snake' });
      }
      const table = stringArg(d.call) ?? objectStringProperty(options, 'name') ?? snakeCase(className);
      return withSchema({ table, columns: 'as-is' });
    }
    if (d.name === 'Table') {
      const underscored = booleanProperty(options, 'underscored');
      const model = objectStringProperty(options, 'modelName') ?? className;
      const plural = booleanProperty(options, 'freezeTableName') ? model : pluralize(model);
      const table = objectStringProperty(options, 'tableName') ?? (underscored ? snakeCase(plural) : plural);
      return withSchema({ table, columns: underscored ? 'snake' : 'as-is' });
    }
  }
  return undefined;
}

const IGNORED = new Set(['OneToMany', 'ManyToOne', 'OneToOne', 'ManyToMany', 'RelationId', 'BelongsTo', 'HasMany', 'HasOne', 'BelongsToMany', 'ForeignKey',
  'PrimaryGeneratedColumn', 'PrimaryKey', 'SerializedPrimaryKey', 'ObjectIdColumn', 'CreateDateColumn', 'UpdateDateColumn', 'DeleteDateColumn', 'VersionColumn',
  'CreatedAt', 'UpdatedAt', 'DeletedAt', 'TreeParent', 'TreeChildren', 'Formula', 'JoinColumn', 'JoinTable', 'RelationCount', 'VirtualColumn',
  'HasManyThrough', 'BelongsToThrough']);
const COLUMN = new Set(['Column', 'PrimaryColumn', 'Property', 'Prop', 'prop', 'Enum', 'ViewColumn', 'Embedded']);

/** Types a member may hold as a value; any other capitalised type in a mapped entity is another record. */
const VALUE_TYPES = new Set(['String', 'Number', 'Boolean', 'Date', 'Buffer', 'BigInt', 'Decimal', 'Object', 'Record', 'Uint8Array', 'Json', 'JSON', 'JsonValue', 'Dayjs', 'Moment', 'DateTime', 'Money']);
/** Wrappers of a relation's other side: MikroORM `Collection<Order>`, `Ref<User>`, TypeORM `Relation<User>`, `Promise<User>` (lazy). */
const RELATION_WRAPPERS = new Set(['Array', 'Collection', 'Ref', 'Reference', 'IdentifiedReference', 'Relation', 'Promise', 'Lazy', 'Rel']);

/** `Order`, `Order[]`, `Collection<Order>`, `Ref<User> | null`: a link to other records, not a value. */
export function isEntityReference(type: ts.TypeNode | undefined): boolean {
  if (!type) return false;
  if (typescript.isArrayTypeNode(type)) return isEntityReference(type.elementType);
  if (typescript.isUnionTypeNode(type)) {
    const parts = type.types.filter((t) => !(typescript.isLiteralTypeNode(t) && t.literal.kind === typescript.SyntaxKind.NullKeyword) && t.kind !== typescript.SyntaxKind.UndefinedKeyword);
    return parts.length === 1 && isEntityReference(parts[0]);
  }
  if (!typescript.isTypeReferenceNode(type) || !typescript.isIdentifier(type.typeName)) return false;
  const name = type.typeName.text;
  if (RELATION_WRAPPERS.has(name)) return type.typeArguments?.length === 1 && isEntityReference(type.typeArguments[0]);
  return /^[A-Z]/.test(name) && !VALUE_TYPES.has(name) && !type.typeArguments?.length;
}

/** A type stated in a decorator argument: `'boolean'`, `{ type: 'varchar' }`, `DataType.BOOLEAN`, `() => Boolean`. */
function statedType(node: ts.Expression | undefined): string | undefined {
  if (!node) return undefined;
  if (typescript.isStringLiteral(node)) return node.text;
  if (typescript.isPropertyAccessExpression(node)) return TYPE_OF_BUILDER[node.name.text];
  if (typescript.isIdentifier(node)) return TYPE_OF_BUILDER[node.text];
  if (typescript.isCallExpression(node)) return statedType(node.expression);
  if (typescript.isArrowFunction(node) && !typescript.isBlock(node.body)) return statedType(node.body);
  if (typescript.isObjectLiteralExpression(node)) {
    const type = node.properties.find((p): p is ts.PropertyAssignment => typescript.isPropertyAssignment(p) && propertyName(p.name) === 'type');
    return statedType(type?.initializer);
  }
  return undefined;
}

/** Validators whose type says the value is not free text (for JavaScript with decorators but no types). */
const VALIDATOR_TYPES: Readonly<Record<string, string>> = Object.assign(Object.create(null) as Record<string, string>, {
  IsBoolean: 'boolean', IsBooleanString: 'boolean', IsDate: 'Date', IsDateString: 'Date', IsISO8601: 'Date', IsInt: 'number',
  IsNumber: 'number', IsPositive: 'number', IsEnum: 'enum', IsIn: 'enum', IsUUID: 'uuid', IsMongoId: 'objectid',
});

const NOTHING_STATED: ColumnFacts = Object.freeze({ isIgnored: false });

export function columnFacts(decorators: Decorator[]): ColumnFacts {
  if (decorators.length === 0) return NOTHING_STATED;
  let column: string | undefined;
  let type: string | undefined;
  let isColumn = false;
  for (const d of decorators) {
    if (IGNORED.has(d.name)) return { isIgnored: true };
    if (COLUMN.has(d.name)) {
      const options = optionsArg(d.call);
      // Typegoose and Mongoose-style `@prop({ ref: () => User })`: a link to another document.
      if (options && typescript.isObjectLiteralExpression(options) && options.properties.some((p) => propertyName(p.name) === 'ref')) return { isIgnored: true };
      isColumn = true;
      column ??= objectStringProperty(options, 'name') ?? objectStringProperty(options, 'fieldName') ?? objectStringProperty(options, 'field');
      type ??= d.name === 'Enum' ? 'enum' : statedType(d.call?.arguments[0]);
    } else if (d.name === 'Field') {
      type ??= statedType(d.call?.arguments[0]);
    } else if (VALIDATOR_TYPES[d.name]) {
      type ??= VALIDATOR_TYPES[d.name];
    }
  }
  return { ...(column ? { column } : {}), ...(type ? { type } : {}), isIgnored: false, ...(isColumn ? { isColumn } : {}) };
}

/** The column a property maps to under a table mapping. */
export function columnName(property: string, explicit: string | undefined, mapping: TableMapping): string {
  return explicit ?? (mapping.columns === 'snake' ? snakeCase(property) : property);
}

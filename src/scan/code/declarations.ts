/**
 * Where a TypeScript/JavaScript file declares data: interfaces and type literals, classes (ORM entities,
 * DTOs, GraphQL types, constructor parameter properties, JavaScript `this.x =` fields), schema builders
 * (zod, yup, valibot, Joi, TypeBox, Drizzle, Mongoose, Sequelize) and object literals written to a database.
 * Produces plain facts; the detector decides what is personal.
 *
 * The file's one walk (walk.ts) hands this collector the nodes it reads, with the collector's scope, or none
 * where no declaration is looked for: function bodies are mostly logic, so a body's statements are read only
 * when a cheap text search found something that may start a declaration or a database write inside them.
 */
import type ts from 'typescript';
import { perTypeScript, typescript } from './typescript-api.js';
import type { Annotations } from '../../detect/types.js';
import { objectStringProperty, propertyName, readChain, stringArg } from './call-chain.js';
import { writtenObjects } from './db-writes.js';
import { decoratorHints } from './decorator-hints.js';
import { columnFacts, columnName, decoratorsOf, isEntityReference, tableMapping, type TableMapping } from './entity-mapping.js';
import type { FileIndex } from './file-index.js';
import { mergeAnnotations, type FileAnnotations } from './jsdoc.js';
import { pluralize, snakeCase, withoutSchemaSuffix } from './naming.js';
import { definitionFacts, initializerType, type BuilderFacts } from './schema-types.js';
import { unwrap } from './unwrap.js';
import { formModelShape } from './form-model.js';
import { builderMemberFacts, schemaVariableObjects, tupleShapes } from './member-shapes.js';
import { pothosFieldType, pothosType } from './pothos-types.js';

export interface DeclaredField {
  name: string;
  /** Where the name is written (for line and column). */
  nameNode: ts.Node;
  /** The whole declaration (for the editor fix range). */
  declaration: ts.Node;
  container: string[];
  type?: string;
  hints: string[];
  annotations?: Annotations;
  storage?: { schema?: string; table: string; column: string };
}

/** Where the walk is, as the declaration collector sees it. */
export interface DeclarationScope {
  container: string[];
  annotations?: Annotations;
  /** The table a schema object maps to, when it names one (Drizzle, Sequelize). */
  table?: { table: string; schema?: string; columns: 'as-is' | 'snake' };
}

const SCHEMA_ROOTS = new Set(['z', 'zod', 'yup', 'Yup', 'y', 'v', 'valibot', 'Joi', 'joi', 's', 'Type', 'T']);
const TABLE_BUILDERS = new Set(['pgTable', 'mysqlTable', 'sqliteTable', 'singlestoreTable']);
const SHAPE_NAME = /(?:Schema|Shape)$/;

/** Every property of the object is `key: <schema expression>`: a call, a name or a member access, no literal. */
function isSchemaShape(object: ts.ObjectLiteralExpression): boolean {
  if (object.properties.length === 0) return false;
  for (const property of object.properties) {
    if (!typescript.isPropertyAssignment(property)) return false;
    const value = unwrap(property.initializer);
    if (!typescript.isCallExpression(value) && !typescript.isIdentifier(value) && !typescript.isPropertyAccessExpression(value)) return false;
  }
  return true;
}

/**
 * Every property is a field descriptor (`nom: { type: String, maxLength: 80 }`) and one at least names its `type`: a
 * Mongoose schema written as a plain object and handed to `new Schema()` elsewhere (session 54, a French public
 * service's apprenticeship contracts: `const apprentiSchema = { nom: { type: String, … }, courriel: { … } }`).
 */
function isDescriptorShape(object: ts.ObjectLiteralExpression): boolean {
  let typed = false;
  for (const property of object.properties) {
    if (typescript.isSpreadAssignment(property)) continue;
    if (!typescript.isPropertyAssignment(property)) return false;
    const value = unwrap(property.initializer);
    if (!typescript.isObjectLiteralExpression(value)) return false;
    typed ||= value.properties.some((p) => typescript.isPropertyAssignment(p) && propertyName(p.name) === 'type');
  }
  return typed;
}

/**
 * Text that may start a declaration or a database write inside a function body. Statements without a match
 * are skipped whole; a false match costs only a visit.
 */
const INTERESTING =
  /\.(?:create|createMany|createManyAndReturn|update|updateMany|upsert|insert|insertOne|insertMany|updateOne|replaceOne|findOneAndUpdate|findOneAndReplace|findByIdAndUpdate|save|values|set|add|into|patch|merge|bulkCreate|define|init|object|shape|strictObject|looseObject|extend|keys|Object|nativeInsert|nativeUpdate|persist)\s*\(|\b(?:class|interface|type|Schema|pgTable|mysqlTable|sqliteTable|addDoc|setDoc|updateDoc|defineSchema|defineTable)\b/g;

/** Shared by every field without hints; never mutated. */
const NO_HINTS: string[] = [];
const accessModifiers = perTypeScript(() => new Set([typescript.SyntaxKind.PublicKeyword, typescript.SyntaxKind.PrivateKeyword, typescript.SyntaxKind.ProtectedKeyword, typescript.SyntaxKind.ReadonlyKeyword]));

/**
 * Parameter decorators that bind a request's or an operation's input (NestJS, TypeGraphQL): `@Args('inviteeEmail')`,
 * `@Body() dto`, `@Query('email')`. Such a parameter holds what the client sent.
 */
const INPUT_DECORATORS = new Set(['Args', 'Arg', 'Body', 'Query', 'Param', 'Payload', 'MessageBody']);
const MAY_HAVE_INPUT_DECORATORS = /@(?:Args|Arg|Body|Query|Param|Payload|MessageBody)\s*\(/;

/** A member whose type or value is a function is behaviour, not data: `setEmail: (v: string) => void`, `onEmail = () => {}`. */
function isFunctionMember(type: ts.TypeNode | undefined, initializer: ts.Expression | undefined): boolean {
  return (!!type && (typescript.isFunctionTypeNode(type) || typescript.isConstructorTypeNode(type))) || (!!initializer && (typescript.isArrowFunction(initializer) || typescript.isFunctionExpression(initializer)));
}

/**
 * `const useBurgerValidator = () => zod.object({ voornamen: zod.string() })`: a schema made anew per call (a React hook,
 * a factory given the translations) is the schema it makes; any other arrow function is left as it is.
 */
function schemaFactoryBody(init: ts.Expression): ts.Expression {
  if (!typescript.isArrowFunction(init) || typescript.isBlock(init.body)) return init;
  const body = unwrap(init.body);
  if (!typescript.isCallExpression(body)) return init;
  const root = readChain(body).root;
  return root !== undefined && SCHEMA_ROOTS.has(root) ? body : init;
}

/** `{...}`, `{...}[]`, `Array<{...}>`, `Maybe<{...}>`, `{...} | null`: the type literal describing a nested object. */
function nestedLiteral(type: ts.TypeNode | undefined): ts.TypeLiteralNode | undefined {
  return nestedLiterals(type)?.[0];
}

/**
 * The type literals describing a nested object: one, or each option of a union of object shapes
 * (`source: { type: 'a' } | { type: 'b'; recipientEmail: string }`), whose members all belong to the member.
 * A union mixing shapes with other types (`from: { name: string } | string`) is no nested object.
 */
function nestedLiterals(type: ts.TypeNode | undefined): ts.TypeLiteralNode[] | undefined {
  if (!type) return undefined;
  if (typescript.isTypeLiteralNode(type)) return dictionaryValues(type) ?? [type];
  if (typescript.isArrayTypeNode(type)) return nestedLiterals(type.elementType);
  if (typescript.isParenthesizedTypeNode(type)) return nestedLiterals(type.type);
  if (typescript.isTupleTypeNode(type)) return tupleShapes(type, nestedLiterals);
  if (typescript.isUnionTypeNode(type)) {
    const parts = type.types.filter((t) => !(typescript.isLiteralTypeNode(t) && (t.literal.kind === typescript.SyntaxKind.NullKeyword)) && t.kind !== typescript.SyntaxKind.UndefinedKeyword);
    const shapes = parts.map(nestedLiterals);
    return shapes.length > 0 && shapes.every((s) => s !== undefined) ? shapes.flat() as ts.TypeLiteralNode[] : undefined;
  }
  // GraphQL codegen's and utility libraries' nullability wrappers hold the shape too: `Maybe<{ naam?: … }>`, and so
  // does codegen's `Exact<{ voornamen?: … }>` of an operation's variables.
  if (typescript.isTypeReferenceNode(type) && typescript.isIdentifier(type.typeName) && /^(?:Array|ReadonlyArray|Partial|Required|Readonly|Maybe|InputMaybe|Nullable|Optional|NonNullable|DeepPartial|Exact)$/.test(type.typeName.text) && type.typeArguments?.length === 1) {
    return nestedLiterals(type.typeArguments[0]);
  }
  // Kysely's JSON and column wrappers hold the stored shape first: `JSONColumnType<{ email: string }[]>`.
  if (typescript.isTypeReferenceNode(type) && typescript.isIdentifier(type.typeName) && /^(?:JSONColumnType|ColumnType)$/.test(type.typeName.text) && type.typeArguments?.length) {
    return nestedLiterals(type.typeArguments[0]);
  }
  // A dictionary of records keyed by an id or a date: `Record<string, { name: string }>`.
  if (typescript.isTypeReferenceNode(type) && typescript.isIdentifier(type.typeName) && type.typeName.text === 'Record' && type.typeArguments?.length === 2) {
    return nestedLiterals(type.typeArguments[1]);
  }
  return undefined;
}

/**
 * `perioder: { [key: string]: { regnskapsførerNavn: string } }`: a dictionary written as an index signature, whose
 * values are the records; a literal with named members beside the signature is a record of its own.
 */
function dictionaryValues(type: ts.TypeLiteralNode): ts.TypeLiteralNode[] | undefined {
  const [only] = type.members;
  if (type.members.length !== 1 || !only || !typescript.isIndexSignatureDeclaration(only)) return undefined;
  return nestedLiterals(only.type);
}

/** The scopes of a class's member bodies (methods, property initializers) worth reading, by member. */
export type MemberScopes = Map<ts.ClassElement, DeclarationScope>;

export class DeclarationCollector {
  readonly fields: DeclaredField[] = [];
  private readonly text: string;
  /** Offsets where something this collector handles may start inside a function body; found on first need. */
  private interesting: number[] | undefined;
  private readonly hasInputDecorators: boolean;
  /** Class expressions read by `variable` (`const Customer = class {…}`): their member scopes, for when the walk reaches them. */
  private readonly classExpressions = new Map<ts.ClassLikeDeclaration, MemberScopes | undefined>();

  constructor(
    sourceFile: ts.SourceFile,
    private readonly index: FileIndex,
    private readonly notes: FileAnnotations,
  ) {
    this.text = sourceFile.text;
    this.hasInputDecorators = MAY_HAVE_INPUT_DECORATORS.test(this.text);
  }

  /** The scope of the file's top-level statements. */
  moduleScope(): DeclarationScope {
    return { container: [] };
  }

  /** Whether [pos, end) holds a place worth visiting; statements without one are skipped whole. */
  worthVisiting(node: ts.Node): boolean {
    let list = this.interesting;
    if (!list) {
      list = this.interesting = [];
      for (const match of this.text.matchAll(INTERESTING)) list.push(match.index);
    }
    let low = 0;
    let high = list.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (list[mid]! < node.pos) low = mid + 1;
      else high = mid;
    }
    return low < list.length && list[low]! < node.end;
  }

  private annotations(node: ts.Node): Annotations | undefined {
    return this.notes.before(node);
  }

  private typeText(node: ts.TypeNode | undefined): string | undefined {
    return node ? this.text.slice(node.pos, node.end).trim() : undefined;
  }

  /** Records a field; `field` is always a fresh object, so its optional properties are set in place. */
  private add(field: DeclaredField, own: Annotations | undefined, scope: DeclarationScope): void {
    const annotations = own || scope.annotations || this.notes.file ? mergeAnnotations(own, scope.annotations, this.notes.file) : undefined;
    if (annotations) field.annotations = annotations;
    this.fields.push(field);
  }

  private field(name: string, nameNode: ts.Node, declaration: ts.Node, container: string[], hints: string[], type: string | undefined, storage?: DeclaredField['storage']): DeclaredField {
    const field: DeclaredField = { name, nameNode, declaration, container, hints };
    if (type) field.type = type;
    if (storage) field.storage = storage;
    return field;
  }

  /** A scope for a declaration's body, carrying the declaration's own JSDoc annotations. */
  private inner(node: ts.Node, scope: DeclarationScope, container: string[]): DeclarationScope {
    const own = this.annotations(node);
    const annotations = own ? mergeAnnotations(own, scope.annotations, undefined) : scope.annotations;
    return { container, ...(annotations ? { annotations } : {}) };
  }

  private typeMembers(members: ts.NodeArray<ts.TypeElement>, scope: DeclarationScope): void {
    for (const member of members) {
      if (!typescript.isPropertySignature(member) || isFunctionMember(member.type, undefined)) continue;
      const name = propertyName(member.name);
      if (!name) continue;
      const nested = nestedLiterals(member.type);
      if (nested) {
        for (const shape of nested) this.typeMembers(shape.members, this.inner(member, scope, [...scope.container, name]));
        continue;
      }
      const type = this.typeText(member.type);
      this.add(this.field(name, member.name, member, scope.container, NO_HINTS, type), this.annotations(member), scope);
    }
  }

  interfaceDeclaration(node: ts.InterfaceDeclaration, scope: DeclarationScope): void {
    this.typeMembers(node.members, this.inner(node, scope, [node.name.text]));
  }

  typeAlias(node: ts.TypeAliasDeclaration, scope: DeclarationScope): void {
    const inner = this.inner(node, scope, [node.name.text]);
    const parts = typescript.isIntersectionTypeNode(node.type) || typescript.isUnionTypeNode(node.type) ? node.type.types : [node.type];
    for (const part of parts) {
      const literal = nestedLiteral(part);
      if (literal) this.typeMembers(literal.members, inner);
    }
  }

  /**
   * A class's fields; returns the scopes in which the walk reads its member bodies (the writes in its
   * methods), for the members worth reading.
   */
  classDeclaration(node: ts.ClassLikeDeclaration, outer: DeclarationScope, fallbackName?: string): MemberScopes | undefined {
    const className = node.name?.text ?? fallbackName ?? 'default';
    const scope = this.inner(node, outer, [className]);
    const mapping = tableMapping(className, decoratorsOf(node), node.members, this.index.modules);
    const declared = new Set<string>();
    for (const member of node.members) {
      if (typescript.isPropertyDeclaration(member)) {
        const name = propertyName(member.name);
        if (!name) continue;
        declared.add(name);
        this.classProperty(member, name, member.type, member.initializer, scope, mapping);
      } else if (typescript.isConstructorDeclaration(member)) {
        for (const parameter of member.parameters) {
          const name = propertyName(parameter.name);
          if (!name || !typescript.getModifiers(parameter)?.some((m) => accessModifiers().has(m.kind))) continue;
          declared.add(name);
          this.classProperty(parameter, name, parameter.type, undefined, scope, mapping);
        }
      }
    }
    // JavaScript classes declare their fields by assigning them in the constructor: `this.email = email`.
    const constructorBody = node.members.find(typescript.isConstructorDeclaration)?.body;
    if (constructorBody) {
      for (const statement of constructorBody.statements) {
        if (!typescript.isExpressionStatement(statement) || !typescript.isBinaryExpression(statement.expression)) continue;
        const { left, operatorToken, right } = statement.expression;
        if (operatorToken.kind !== typescript.SyntaxKind.EqualsToken || !typescript.isPropertyAccessExpression(left) || left.expression.kind !== typescript.SyntaxKind.ThisKeyword) continue;
        const name = left.name.text;
        if (declared.has(name)) continue;
        declared.add(name);
        const type = initializerType(right);
        this.add(this.field(name, left.name, statement, scope.container, NO_HINTS, type), this.annotations(statement), scope);
      }
    }
    if (this.hasInputDecorators) this.inputParameters(node, className, scope);
    // Methods may write to the database.
    let bodies: MemberScopes | undefined;
    for (const member of node.members) {
      if ((typescript.isMethodDeclaration(member) || typescript.isConstructorDeclaration(member) || typescript.isGetAccessor(member) || typescript.isSetAccessor(member)) && member.body && this.worthVisiting(member.body)) {
        (bodies ??= new Map()).set(member, this.inner(member, scope, []));
      } else if (typescript.isPropertyDeclaration(member) && member.initializer && this.worthVisiting(member.initializer)) {
        (bodies ??= new Map()).set(member, this.inner(member, scope, []));
      }
    }
    return bodies;
  }

  /** The member scopes of a class expression `variable` read already; undefined for any other class. */
  classExpressionBodies(node: ts.ClassLikeDeclaration): MemberScopes | undefined {
    return this.classExpressions.get(node);
  }

  /** Resolver and controller parameters bound to the client's input: `@Args('inviteeEmail') email: string`. */
  private inputParameters(node: ts.ClassLikeDeclaration, className: string, scope: DeclarationScope): void {
    for (const member of node.members) {
      if (!typescript.isMethodDeclaration(member)) continue;
      let container: string[] | undefined;
      for (const parameter of member.parameters) {
        const input = decoratorsOf(parameter).find((d) => INPUT_DECORATORS.has(d.name));
        if (!input) continue;
        const bound = input.call?.arguments[0];
        const name = stringArg(input.call) ?? propertyName(parameter.name);
        if (!name) continue;
        container ??= [className, propertyName(member.name) ?? 'method'];
        const nameNode = bound && stringArg(input.call) !== undefined ? bound : parameter.name;
        this.add(this.field(name, nameNode, parameter, container, NO_HINTS, this.typeText(parameter.type)), this.annotations(member), scope);
      }
    }
  }

  private classProperty(member: ts.PropertyDeclaration | ts.ParameterDeclaration, name: string, typeNode: ts.TypeNode | undefined, initializer: ts.Expression | undefined, scope: DeclarationScope, mapping: TableMapping | undefined): void {
    if (isFunctionMember(typeNode, initializer)) return;
    const decorators = decoratorsOf(member);
    const column = columnFacts(decorators);
    if (column.isIgnored) return;
    // In a mapped entity, a member typed as another entity (or a list of them) without a column decorator is a
    // relation: the other record's own fields are reported where it is declared.
    if (mapping && !column.isColumn && isEntityReference(typeNode)) return;
    const nested = nestedLiterals(typeNode);
    if (nested) {
      for (const shape of nested) this.typeMembers(shape.members, this.inner(member, scope, [...scope.container, name]));
      return;
    }
    // `aluno: Alunos = { nome: '', email: '' }`, `form = new FormGroup({ correo: new FormControl('') })`: each key of a
    // form's model is a field (form-model.ts).
    const model = formModelShape(initializer);
    if (model) return this.formModel(model, this.inner(member, scope, [...scope.container, name]));
    const hints = decoratorHints(decorators, NO_HINTS);
    const type = this.typeText(typeNode) ?? column.type ?? initializerType(initializer);
    const storage = mapping ? { ...(mapping.schema ? { schema: mapping.schema } : {}), table: mapping.table, column: columnName(name.replace(/^#/, ''), column.column, mapping) } : undefined;
    this.add(this.field(name.replace(/^#/, ''), member.name, member, scope.container, hints, type, storage), this.annotations(member), scope);
  }

  /** The keys of a form's model, each a field under the member's name. */
  private formModel(model: ts.ObjectLiteralExpression, scope: DeclarationScope): void {
    for (const property of model.properties) {
      if (!typescript.isPropertyAssignment(property)) continue;
      const key = propertyName(property.name);
      if (!key) continue;
      this.add(this.field(key, property.name, property, scope.container, NO_HINTS, initializerType(unwrap(property.initializer))), this.annotations(property), scope);
    }
  }

  /** Properties of a schema object literal: zod/yup/valibot/Drizzle builders or Mongoose/Sequelize definitions. */
  private schemaObject(object: ts.ObjectLiteralExpression, scope: DeclarationScope, style: 'builder' | 'definition'): void {
    for (const property of object.properties) {
      if (!typescript.isPropertyAssignment(property)) continue;
      const name = propertyName(property.name);
      if (!name) continue;
      const facts: BuilderFacts = style === 'builder' ? builderMemberFacts(property.initializer) : definitionFacts(property.initializer, this.text);
      const own = this.annotations(property);
      if (facts.nested) {
        const { table: _table, ...rest } = scope;
        for (const shape of [facts.nested, ...(facts.options ?? [])]) this.schemaObject(shape, { ...rest, container: [...scope.container, name] }, style);
        continue;
      }
      const table = scope.table;
      const storage = table ? { ...(table.schema ? { schema: table.schema } : {}), table: table.table, column: facts.column ?? (table.columns === 'snake' ? snakeCase(name) : name) } : undefined;
      this.add(this.field(name, property.name, property, scope.container, facts.hints, facts.type, storage), own, scope);
    }
  }

  /** `const CustomerSchema = z.object({...})`, `pgTable('customers', {...})`, `new Schema({...})`. Returns whether it was one. */
  variable(declaration: ts.VariableDeclaration, scope: DeclarationScope): boolean {
    if (!declaration.initializer) return false;
    const init = schemaFactoryBody(unwrap(declaration.initializer));
    const variable = propertyName(declaration.name) ?? 'default';
    if (typescript.isClassExpression(init)) {
      this.classExpressions.set(init, this.classDeclaration(init, scope, variable));
      return true;
    }
    if (typescript.isNewExpression(init)) {
      // Mongoose: new Schema({...}) / new mongoose.Schema({...}), named after the model it becomes.
      const callee = init.expression;
      const isSchema = (typescript.isIdentifier(callee) && callee.text === 'Schema') || (typescript.isPropertyAccessExpression(callee) && callee.name.text === 'Schema');
      const arg = init.arguments?.[0];
      if (isSchema && arg && typescript.isObjectLiteralExpression(arg)) {
        const model = this.index.mongooseModels.get(variable) ?? withoutSchemaSuffix(variable);
        this.schemaObject(arg, { ...scope, container: [model] }, 'definition');
        return true;
      }
      return false;
    }
    if (typescript.isObjectLiteralExpression(init)) {
      // A schema's shape written as a plain object and composed later (`const addressSchema = { street:
      // stringSchema, plz: postcodeSchema }`, `z.object(addressShape)`): named like a schema, every value a
      // schema expression (a builder call, another schema, a field of one), never a literal.
      if (!SHAPE_NAME.test(variable)) return false;
      const style = isSchemaShape(init) ? 'builder' : isDescriptorShape(init) ? 'definition' : undefined;
      if (!style) return false;
      this.schemaObject(init, { ...scope, container: [withoutSchemaSuffix(variable)] }, style);
      return true;
    }
    if (!typescript.isCallExpression(init)) return false;
    const chain = readChain(init);
    const first = chain.calls[0];
    const firstName = chain.names[0];
    // Convex: `export const klanten = defineTable({ naam: v.string() }).index(…)`, a table kept apart and composed
    // into the schema later.
    if (first && firstName === 'defineTable') return this.convexTable(first, variable, scope);
    // Drizzle: pgTable('customers', {...}) or crm.table('customers', {...}) for `const crm = pgSchema('crm')`.
    const schema = chain.root !== undefined && firstName === 'table' ? this.index.drizzleSchemas.get(chain.root) : undefined;
    if (first && firstName && (TABLE_BUILDERS.has(firstName) || schema)) {
      const table = stringArg(first) ?? variable;
      let columns = first.arguments[1] ? unwrap(first.arguments[1]) : undefined;
      if (columns && typescript.isArrowFunction(columns) && !typescript.isBlock(columns.body)) columns = unwrap(columns.body);
      if (columns && typescript.isObjectLiteralExpression(columns)) {
        this.schemaObject(columns, { ...scope, container: [table], table: { table, columns: 'as-is', ...(schema ? { schema } : {}) } }, 'builder');
        return true;
      }
    }
    // `z.object({...})`, or an extension of a schema declared elsewhere: `CustomerSchema.extend({...})`.
    if (chain.root === undefined || SCHEMA_ROOTS.has(chain.root) || chain.root === 't' || /(Schema|Validator)$/.test(chain.root)) {
      const objects = schemaVariableObjects(init, chain);
      for (const object of objects) this.schemaObject(object, { ...scope, container: [withoutSchemaSuffix(variable)] }, 'builder');
      if (objects.length) return true;
    }
    return false;
  }

  /** Sequelize: `sequelize.define('Customer', {...}, options)` and `Customer.init({...}, { sequelize, tableName })`. */
  private modelDefinition(call: ts.CallExpression, scope: DeclarationScope): boolean {
    const callee = call.expression;
    if (!typescript.isPropertyAccessExpression(callee)) return false;
    const method = callee.name.text;
    if (method !== 'define' && method !== 'init') return false;
    const [first, second, third] = call.arguments;
    let model: string | undefined;
    let attributes: ts.Expression | undefined;
    let options: ts.Expression | undefined;
    if (method === 'define' && first && second && typescript.isObjectLiteralExpression(second)) {
      model = stringArg(call);
      attributes = second;
      options = third;
    } else if (method === 'init' && typescript.isIdentifier(callee.expression) && /^[A-Z]/.test(callee.expression.text) && first && typescript.isObjectLiteralExpression(first)) {
      // Model.init needs `sequelize` in its options; without it this is some other init.
      options = second;
      if (!options || !typescript.isObjectLiteralExpression(options) || !options.properties.some((p) => propertyName(p.name) === 'sequelize')) return false;
      model = objectStringProperty(options, 'modelName') ?? callee.expression.text;
      attributes = first;
    }
    if (!model || !attributes || !typescript.isObjectLiteralExpression(attributes)) return false;
    const flag = (key: string) => !!options && typescript.isObjectLiteralExpression(options) && options.properties.some((p) => typescript.isPropertyAssignment(p) && propertyName(p.name) === key && p.initializer.kind === typescript.SyntaxKind.TrueKeyword);
    const underscored = flag('underscored');
    const plural = flag('freezeTableName') ? model : pluralize(model);
    const table = objectStringProperty(options, 'tableName') ?? (underscored ? snakeCase(plural) : plural);
    const schema = objectStringProperty(options, 'schema');
    this.schemaObject(attributes, { ...scope, container: [model], table: { table, columns: underscored ? 'snake' : 'as-is', ...(schema ? { schema } : {}) } }, 'definition');
    return true;
  }

  /** Object literals written to a database, with nested objects as nested containers. */
  private databaseWrite(call: ts.CallExpression, scope: DeclarationScope): void {
    for (const written of writtenObjects(call, this.index)) this.writtenObject(written.object, [written.container], written.table, scope);
  }

  private writtenObject(object: ts.ObjectLiteralExpression, container: string[], table: string | undefined, scope: DeclarationScope): void {
    for (const property of object.properties) {
      if (!typescript.isPropertyAssignment(property) && !typescript.isShorthandPropertyAssignment(property)) continue;
      const name = propertyName(property.name);
      if (!name || name.startsWith('$')) continue;
      const value = typescript.isPropertyAssignment(property) ? unwrap(property.initializer) : undefined;
      if (value && typescript.isObjectLiteralExpression(value)) {
        // A nested document or a Prisma nested write: `address: { create: { street } }`.
        const isOperation = /^(create|createMany|connectOrCreate|update|upsert|set|data)$/.test(name);
        this.writtenObject(value, isOperation ? container : [...container, name], undefined, scope);
        continue;
      }
      const type = initializerType(value);
      const storage = table ? { table, column: name } : undefined;
      this.add(this.field(name, property.name, property, container, NO_HINTS, type, storage), this.annotations(property), scope);
    }
  }

  /** A variable statement's scope: its own JSDoc's purposes cover the data its declarations hold. */
  variableStatementScope(statement: ts.VariableStatement, scope: DeclarationScope): DeclarationScope {
    const own = this.annotations(statement);
    return own ? { ...scope, annotations: mergeAnnotations(own, scope.annotations, undefined)! } : scope;
  }

  /** A function's or method's scope: its @purpose covers the data its body writes. */
  functionScope(node: ts.FunctionDeclaration | ts.MethodDeclaration, scope: DeclarationScope): DeclarationScope {
    const own = this.annotations(node);
    return own ? { ...scope, annotations: mergeAnnotations(own, scope.annotations, undefined)! } : scope;
  }

  /**
   * Convex: `defineSchema({ klanten: defineTable({ naam: v.string(), email: v.optional(v.string()) }), … })`, each
   * table named by its key in the schema (docs.convex.dev/database/schemas). Its validators (`v.*`) are read as a
   * zod object's are; a table kept in a variable and composed here by name is read at its declaration.
   */
  private convexSchema(call: ts.CallExpression, scope: DeclarationScope): boolean {
    if (!typescript.isIdentifier(call.expression) || call.expression.text !== 'defineSchema') return false;
    const tables = call.arguments[0] && unwrap(call.arguments[0]);
    if (!tables || !typescript.isObjectLiteralExpression(tables)) return false;
    for (const property of tables.properties) {
      const name = typescript.isPropertyAssignment(property) ? propertyName(property.name) : undefined;
      if (!name) continue;
      const chain = readChain(unwrap((property as ts.PropertyAssignment).initializer));
      if (chain.names[0] === 'defineTable' && chain.calls[0]) this.convexTable(chain.calls[0], name, scope);
    }
    return true;
  }

  private convexTable(table: ts.CallExpression, name: string, scope: DeclarationScope): boolean {
    let fields = table.arguments[0] && unwrap(table.arguments[0]);
    // `defineTable(v.object({ … }))`, `defineTable(v.union(v.object(…), …))`: the validator's objects.
    if (fields && typescript.isCallExpression(fields)) {
      const objects = schemaVariableObjects(fields, readChain(fields));
      for (const object of objects) this.schemaObject(object, { ...scope, container: [name], table: { table: name, columns: 'as-is' } }, 'builder');
      return objects.length > 0;
    }
    if (!fields || !typescript.isObjectLiteralExpression(fields)) return false;
    this.schemaObject(fields, { ...scope, container: [name], table: { table: name, columns: 'as-is' } }, 'builder');
    return true;
  }

  /** A GraphQL type of Pothos's builder: its fields, typed by their builders (pothos-types.ts). */
  private pothosType(call: ts.CallExpression, scope: DeclarationScope): boolean {
    const type = pothosType(call);
    if (!type) return false;
    // One container array for all the fields: it is what groups them as siblings (scan-source-file.ts).
    const container = [...scope.container, type.name];
    for (const property of type.fields.properties) {
      if (!typescript.isPropertyAssignment(property)) continue;
      const name = propertyName(property.name);
      if (!name) continue;
      this.add(this.field(name, property.name, property, container, NO_HINTS, pothosFieldType(property.initializer)), this.annotations(property), scope);
    }
    return true;
  }

  /** A call: a model definition (nothing below it is read), or maybe a database write. Returns whether it was a model definition. */
  call(call: ts.CallExpression, scope: DeclarationScope): boolean {
    if (this.convexSchema(call, scope) || this.modelDefinition(call, scope) || this.pothosType(call, scope)) return true;
    this.databaseWrite(call, scope);
    return false;
  }
}

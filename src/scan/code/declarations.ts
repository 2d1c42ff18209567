/**
 * Where a TypeScript/JavaScript file declares data: interfaces and type literals, classes (ORM entities,
 * DTOs, GraphQL types), schema builders (zod, yup, valibot, Drizzle, Mongoose, Sequelize) and object literals
 * written to a database. Produces plain facts; the detector decides what is personal.
 */
import ts from 'typescript';
import type { Annotations } from '../../detect/types.js';
import { objectStringProperty, propertyName, readChain, stringArg } from './call-chain.js';
import { annotationsBefore, fileAnnotations, mergeAnnotations } from './jsdoc.js';
import { builderFacts, definitionFacts, initializerType } from './schema-types.js';

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
  storage?: { table: string; column: string };
}

interface Scope {
  container: string[];
  annotations?: Annotations;
  table?: string;
  /** Column names: `as-is` (TypeORM), `snake` (MikroORM's default). */
  columns?: 'as-is' | 'snake';
}

const snake = (name: string) => name.replace(/([a-z\d])([A-Z])/g, '$1_$2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2').toLowerCase();
const stripSuffix = (name: string) => name.replace(/(Schema|Validator|Validation|Model|Table|Definition)$/, '') || name;

const DB_WRITES = new Set(['create', 'createMany', 'update', 'updateMany', 'upsert', 'insert', 'insertOne', 'insertMany', 'updateOne', 'save', 'values', 'set', 'bulkCreate']);
const SCHEMA_ROOTS = new Set(['z', 'zod', 'yup', 'y', 'v', 'valibot', 'Joi', 'joi', 't', 's']);
const TABLE_BUILDERS = new Set(['pgTable', 'mysqlTable', 'sqliteTable']);
/** Text that may start a declaration or a database write inside a function body. */
const INTERESTING = /\.(?:create|createMany|update|updateMany|upsert|insert|insertOne|insertMany|updateOne|save|values|set|bulkCreate|define|init|object|shape|strictObject)\s*\(|\b(?:class|interface|type|Schema|pgTable|mysqlTable|sqliteTable)\b/g;

function decoratorsOf(node: ts.Node): { name: string; call?: ts.CallExpression }[] {
  const decorators = ts.canHaveDecorators(node) ? ts.getDecorators(node) ?? [] : [];
  return decorators.map((d) => {
    const e = d.expression;
    if (ts.isCallExpression(e)) {
      const callee = e.expression;
      const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
      return { name, call: e };
    }
    return { name: ts.isIdentifier(e) ? e.text : '' };
  });
}

const VALIDATOR_HINTS: Record<string, string> = { IsEmail: 'email', IsPhoneNumber: 'phone', IsMobilePhone: 'phone', IsPostalCode: 'address' };

export class DeclarationCollector {
  readonly fields: DeclaredField[] = [];
  private readonly text: string;
  private fileAnnotations: Annotations | undefined;
  /** Offsets where something this collector handles may start inside a function body. */
  private readonly interesting: number[] = [];

  constructor(private readonly sourceFile: ts.SourceFile) {
    this.text = sourceFile.text;
    for (const match of this.text.matchAll(INTERESTING)) this.interesting.push(match.index ?? 0);
  }

  /** Whether [pos, end) holds a place worth visiting; statements without one are skipped whole. */
  private worthVisiting(node: ts.Node): boolean {
    const list = this.interesting;
    let low = 0;
    let high = list.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (list[mid]! < node.pos) low = mid + 1;
      else high = mid;
    }
    return low < list.length && list[low]! < node.end;
  }

  collect(): DeclaredField[] {
    this.fileAnnotations = fileAnnotations(this.sourceFile);
    for (const statement of this.sourceFile.statements) this.visit(statement, { container: [] });
    return this.fields;
  }

  private typeText(node: ts.TypeNode | undefined): string | undefined {
    return node ? this.text.slice(node.pos, node.end).trim() : undefined;
  }

  private add(field: Omit<DeclaredField, 'annotations'>, own: Annotations | undefined, scope: Scope): void {
    const annotations = mergeAnnotations(own, scope.annotations, this.fileAnnotations);
    this.fields.push({ ...field, ...(annotations ? { annotations } : {}) });
  }

  private members(members: ts.NodeArray<ts.TypeElement>, scope: Scope): void {
    for (const member of members) {
      if (!ts.isPropertySignature(member)) continue;
      const name = propertyName(member.name);
      if (!name) continue;
      const own = annotationsBefore(member, this.sourceFile);
      if (member.type && ts.isTypeLiteralNode(member.type)) {
        this.members(member.type.members, { ...scope, container: [...scope.container, name], annotations: mergeAnnotations(own, scope.annotations, undefined) });
        continue;
      }
      const type = this.typeText(member.type);
      this.add({ name, nameNode: member.name, declaration: member, container: scope.container, hints: [], ...(type ? { type } : {}) }, own, scope);
    }
  }

  private classDeclaration(node: ts.ClassDeclaration | ts.ClassExpression, outer: Scope): void {
    const className = node.name?.text ?? 'default';
    const decorators = decoratorsOf(node);
    const scope: Scope = { container: [className], ...(outer.annotations ? { annotations: outer.annotations } : {}) };
    const own = annotationsBefore(node, this.sourceFile);
    if (own) scope.annotations = mergeAnnotations(own, outer.annotations, undefined);
    for (const d of decorators) {
      const arg = d.call?.arguments[0];
      if (d.name === 'Entity' || d.name === 'Table') {
        // TypeORM names tables after the class in snake_case unless told; MikroORM likewise; sequelize-typescript needs tableName.
        const explicit = stringArg(d.call) ?? objectStringProperty(arg, 'name') ?? objectStringProperty(arg, 'tableName');
        scope.table = explicit ?? snake(className);
        scope.columns = 'as-is';
      }
    }
    if (scope.table && node.members.some((m) => decoratorsOf(m).some((d) => d.name === 'Property'))) scope.columns = 'snake';
    for (const member of node.members) {
      if (ts.isPropertyDeclaration(member)) {
        const name = propertyName(member.name);
        if (name) this.classProperty(member, name, member.type, member.initializer, scope);
      } else if (ts.isConstructorDeclaration(member)) {
        for (const parameter of member.parameters) {
          const isProperty = ts.getModifiers?.(parameter)?.some((m) => m.kind === ts.SyntaxKind.PublicKeyword || m.kind === ts.SyntaxKind.PrivateKeyword || m.kind === ts.SyntaxKind.ProtectedKeyword || m.kind === ts.SyntaxKind.ReadonlyKeyword);
          const name = propertyName(parameter.name);
          if (isProperty && name) this.classProperty(parameter, name, parameter.type, undefined, scope);
        }
      }
    }
  }

  private classProperty(member: ts.PropertyDeclaration | ts.ParameterDeclaration, name: string, typeNode: ts.TypeNode | undefined, initializer: ts.Expression | undefined, scope: Scope): void {
    const decorators = decoratorsOf(member);
    if (decorators.some((d) => /^(OneToMany|ManyToOne|OneToOne|ManyToMany|BelongsTo|HasMany|HasOne|BelongsToMany|JoinColumn)$/.test(d.name))) return;
    const hints = decorators.map((d) => VALIDATOR_HINTS[d.name]).filter((h): h is string => Boolean(h));
    let column: string | undefined;
    let type = this.typeText(typeNode) ?? initializerType(initializer);
    for (const d of decorators) {
      if (d.name === 'Column' || d.name === 'Property' || d.name === 'PrimaryColumn') {
        const arg = d.call?.arguments[0];
        column = objectStringProperty(arg, 'name') ?? objectStringProperty(arg, 'fieldName') ?? objectStringProperty(d.call?.arguments[1], 'name');
        type ??= stringArg(d.call) ?? objectStringProperty(arg, 'type');
      }
      if (/^(PrimaryGeneratedColumn|CreateDateColumn|UpdateDateColumn|DeleteDateColumn|VersionColumn)$/.test(d.name)) return;
    }
    const storage = scope.table ? { table: scope.table, column: column ?? (scope.columns === 'snake' ? snake(name) : name) } : undefined;
    const own = annotationsBefore(member, this.sourceFile);
    this.add({ name, nameNode: member.name, declaration: member, container: scope.container, hints, ...(type ? { type } : {}), ...(storage ? { storage } : {}) }, own, scope);
  }

  /** Properties of a schema object literal: zod/yup/valibot/Drizzle builders or Mongoose/Sequelize definitions. */
  private schemaObject(object: ts.ObjectLiteralExpression, scope: Scope, style: 'builder' | 'definition'): void {
    for (const property of object.properties) {
      if (!ts.isPropertyAssignment(property)) continue;
      const name = propertyName(property.name);
      if (!name) continue;
      const facts = style === 'builder' ? builderFacts(property.initializer) : definitionFacts(property.initializer, this.text);
      const own = annotationsBefore(property, this.sourceFile);
      if (facts.nested) {
        this.schemaObject(facts.nested, { ...scope, container: [...scope.container, name] }, style);
        continue;
      }
      const storage = scope.table ? { table: scope.table, column: facts.column ?? name } : undefined;
      this.add({ name, nameNode: property.name, declaration: property, container: scope.container, hints: facts.hints, ...(facts.type ? { type: facts.type } : {}), ...(storage ? { storage } : {}) }, own, scope);
    }
  }

  /** `const CustomerSchema = z.object({...})`, `pgTable('customers', {...})`, `new Schema({...})`, `sequelize.define(...)`. */
  private variable(declaration: ts.VariableDeclaration, scope: Scope): boolean {
    const init = declaration.initializer;
    const variable = propertyName(declaration.name) ?? 'default';
    if (!init) return false;
    if (ts.isNewExpression(init)) {
      const callee = init.expression;
      const isSchema = (ts.isIdentifier(callee) && callee.text === 'Schema') || (ts.isPropertyAccessExpression(callee) && callee.name.text === 'Schema');
      const arg = init.arguments?.[0];
      if (isSchema && arg && ts.isObjectLiteralExpression(arg)) {
        this.schemaObject(arg, { ...scope, container: [stripSuffix(variable)] }, 'definition');
        return true;
      }
      return false;
    }
    if (!ts.isCallExpression(init)) return false;
    const chain = readChain(init);
    const first = chain.calls[0];
    const firstName = chain.names[0];
    if (first && firstName && TABLE_BUILDERS.has(firstName)) {
      const table = stringArg(first) ?? variable;
      let columns = first.arguments[1];
      if (columns && ts.isArrowFunction(columns)) columns = ts.isParenthesizedExpression(columns.body) ? columns.body.expression : (columns.body as ts.Expression);
      if (columns && ts.isObjectLiteralExpression(columns)) {
        this.schemaObject(columns, { ...scope, container: [table], table }, 'builder');
        return true;
      }
    }
    const root = chain.root;
    const objectCall = chain.calls.find((c) => {
      const n = ts.isPropertyAccessExpression(c.expression) ? c.expression.name.text : ts.isIdentifier(c.expression) ? c.expression.text : '';
      return (n === 'object' || n === 'shape' || n === 'strictObject') && c.arguments[0] && ts.isObjectLiteralExpression(c.arguments[0]);
    });
    if (objectCall && (root === undefined || SCHEMA_ROOTS.has(root))) {
      this.schemaObject(objectCall.arguments[0] as ts.ObjectLiteralExpression, { ...scope, container: [stripSuffix(variable)] }, 'builder');
      return true;
    }
    return false;
  }

  /** Sequelize: `sequelize.define('User', {...})` and `User.init({...}, { tableName })`. */
  private modelDefinition(call: ts.CallExpression, scope: Scope): void {
    const callee = call.expression;
    if (!ts.isPropertyAccessExpression(callee)) return;
    const [first, second] = call.arguments;
    if (callee.name.text === 'define' && first && second && ts.isObjectLiteralExpression(second)) {
      const model = stringArg(call);
      if (model) this.schemaObject(second, { ...scope, container: [model] }, 'definition');
    } else if (callee.name.text === 'init' && ts.isIdentifier(callee.expression) && /^[A-Z]/.test(callee.expression.text) && first && ts.isObjectLiteralExpression(first)) {
      const table = objectStringProperty(second, 'tableName');
      this.schemaObject(first, { ...scope, container: [callee.expression.text], ...(table ? { table } : {}) }, 'definition');
    }
  }

  /** Object literals written to a database: only call shapes that are clearly writes, for precision. */
  private databaseWrite(call: ts.CallExpression, scope: Scope): void {
    const callee = call.expression;
    if (!ts.isPropertyAccessExpression(callee) || !DB_WRITES.has(callee.name.text)) return;
    const method = callee.name.text;
    const target = callee.expression;
    let container: string | undefined;
    let table: string | undefined;
    let object = call.arguments[0];
    if (ts.isPropertyAccessExpression(target) && ['create', 'createMany', 'update', 'updateMany', 'upsert'].includes(method) && object && ts.isObjectLiteralExpression(object)) {
      // Prisma: prisma.customer.create({ data: {...} })
      const data = object.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && ['data', 'create'].includes(propertyName(p.name) ?? ''));
      if (!data) return;
      container = target.name.text;
      object = data.initializer;
    } else if (ts.isCallExpression(target)) {
      const inner = target.expression;
      const innerName = ts.isIdentifier(inner) ? inner.text : ts.isPropertyAccessExpression(inner) ? inner.name.text : '';
      if (['insert', 'update'].includes(innerName) && (method === 'values' || method === 'set')) {
        // Drizzle: db.insert(customers).values({...})
        const arg = target.arguments[0];
        container = arg && ts.isIdentifier(arg) ? arg.text : undefined;
      } else if (['insert', 'update'].includes(method) && (table = stringArg(target))) {
        // knex('customers').insert({...}), db.table('customers').insert(...)
        container = table;
      } else if (['insertOne', 'insertMany', 'updateOne'].includes(method) && innerName === 'collection') {
        container = table = stringArg(target);
        if (method === 'updateOne') object = call.arguments[1];
      }
    } else if (ts.isIdentifier(target)) {
      if (['insertOne', 'insertMany', 'updateOne'].includes(method)) {
        container = target.text;
        if (method === 'updateOne') object = call.arguments[1];
      } else if (/Repo(sitory)?$/.test(target.text) && ['save', 'insert'].includes(method)) {
        container = target.text.replace(/Repo(sitory)?$/, '');
      } else if (/^[A-Z]/.test(target.text) && ['create', 'bulkCreate'].includes(method)) {
        container = target.text;
      }
    }
    if (!container || !object) return;
    if (ts.isArrayLiteralExpression(object)) object = object.elements.find(ts.isObjectLiteralExpression);
    if (object && ts.isObjectLiteralExpression(object)) {
      const set = object.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && propertyName(p.name) === '$set');
      if (set && ts.isObjectLiteralExpression(set.initializer)) object = set.initializer;
    }
    if (!object || !ts.isObjectLiteralExpression(object)) return;
    for (const property of object.properties) {
      if (!ts.isPropertyAssignment(property) && !ts.isShorthandPropertyAssignment(property)) continue;
      const name = propertyName(property.name);
      if (!name || name.startsWith('$')) continue;
      const storage = table ? { table, column: name } : undefined;
      this.add({ name, nameNode: property.name, declaration: property, container: [container], hints: [], ...(storage ? { storage } : {}) }, annotationsBefore(property, this.sourceFile), scope);
    }
  }

  private visit(node: ts.Node, scope: Scope): void {
    switch (node.kind) {
      case ts.SyntaxKind.InterfaceDeclaration: {
        const n = node as ts.InterfaceDeclaration;
        const own = annotationsBefore(n, this.sourceFile);
        this.members(n.members, { container: [n.name.text], ...(own ?? scope.annotations ? { annotations: mergeAnnotations(own, scope.annotations, undefined)! } : {}) });
        return;
      }
      case ts.SyntaxKind.TypeAliasDeclaration: {
        const n = node as ts.TypeAliasDeclaration;
        const own = annotationsBefore(n, this.sourceFile);
        const literals = ts.isTypeLiteralNode(n.type) ? [n.type] : ts.isIntersectionTypeNode(n.type) ? n.type.types.filter(ts.isTypeLiteralNode) : [];
        for (const literal of literals) this.members(literal.members, { container: [n.name.text], ...(own ?? scope.annotations ? { annotations: mergeAnnotations(own, scope.annotations, undefined)! } : {}) });
        return;
      }
      case ts.SyntaxKind.ClassDeclaration:
      case ts.SyntaxKind.ClassExpression:
        this.classDeclaration(node as ts.ClassDeclaration, scope);
        break;
      case ts.SyntaxKind.VariableStatement: {
        const statement = node as ts.VariableStatement;
        const own = annotationsBefore(statement, this.sourceFile);
        const inner = own ? { ...scope, annotations: mergeAnnotations(own, scope.annotations, undefined)! } : scope;
        for (const declaration of statement.declarationList.declarations) {
          if (!this.variable(declaration, inner) && declaration.initializer) this.visit(declaration.initializer, inner);
        }
        return;
      }
      case ts.SyntaxKind.FunctionDeclaration:
      case ts.SyntaxKind.MethodDeclaration: {
        // A function's @purpose covers the data its body writes.
        const own = annotationsBefore(node, this.sourceFile);
        if (own) scope = { ...scope, annotations: mergeAnnotations(own, scope.annotations, undefined)! };
        break;
      }
      case ts.SyntaxKind.CallExpression:
        this.modelDefinition(node as ts.CallExpression, scope);
        this.databaseWrite(node as ts.CallExpression, scope);
        break;
      case ts.SyntaxKind.Block: {
        // Most of a function body is logic, not data: visit only the statements that may hold something.
        for (const statement of (node as ts.Block).statements) if (this.worthVisiting(statement)) this.visit(statement, scope);
        return;
      }
    }
    ts.forEachChild(node, (child) => this.visit(child, scope));
  }
}

/**
 * Object literals written to a database. Only call shapes that are writes in a known data-access library
 * count, because `x.create({...})` and `x.set({...})` mean many things elsewhere (React Native's
 * `StyleSheet.create`, `Map#set`, `URLSearchParams#set`):
 *
 * - Prisma: `prisma.customer.create({ data })`, `update`, `upsert` (`create` and `update`), `createMany`;
 * - Drizzle: `db.insert(customers).values({...})`, `db.update(customers).set({...})`;
 * - Kysely: `db.insertInto('customers').values({...})`, `db.updateTable('customers').set({...})`;
 * - Knex: `knex('customers').insert({...})`, `.where(...).update({...})`, `knex.insert({...}).into('customers')`;
 * - TypeORM / MikroORM: `customerRepository.save({...})`, `getRepository(Customer).insert({...})`,
 *   `manager.save(Customer, {...})`, `em.create(Customer, {...})`, `repository.update(criteria, {...})`;
 * - Sequelize / Mongoose / Objection models: `Customer.create({...})`, `Customer.bulkCreate([...])`,
 *   `Customer.updateOne(filter, {...})`, `Customer.query().insert({...})`, for a model declared in the
 *   file or imported from the project (never from a package);
 * - MongoDB and Firestore: `db.collection('customers').insertOne({...})`, `customers.updateOne(filter,
 *   { $set })`, `db.collection('customers').add({...})`, `addDoc(collection(db, 'customers'), {...})`.
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import { propertyName, stringArg } from './call-chain.js';
import { isPackageImport, type FileIndex } from './file-index.js';
import { prismaModelName } from './naming.js';
import { unwrap } from './unwrap.js';

export interface WrittenObject {
  container: string;
  /** The SQL table, when the call names it (Knex, Kysely). */
  table?: string;
  object: ts.ObjectLiteralExpression;
}

const PRISMA_WRITES = new Set(['create', 'createMany', 'createManyAndReturn', 'update', 'updateMany', 'upsert']);
const MONGO_WRITES = new Set(['insertOne', 'insertMany', 'updateOne', 'updateMany', 'replaceOne', 'findOneAndUpdate', 'findOneAndReplace', 'findByIdAndUpdate']);
/** Mongo writes whose document is the second argument (the first is the filter). */
const MONGO_SECOND = new Set(['updateOne', 'updateMany', 'replaceOne', 'findOneAndUpdate', 'findOneAndReplace', 'findByIdAndUpdate']);
const REPOSITORY_WRITES = new Set(['save', 'insert', 'update', 'upsert', 'create']);
const MANAGER_WRITES = new Set(['save', 'insert', 'update', 'upsert', 'create', 'nativeInsert', 'nativeUpdate', 'persist']);
const MODEL_WRITES = new Set(['create', 'bulkCreate', 'upsert', 'insertMany', 'update']);
const QUERY_BUILDER_WRITES = new Set(['insert', 'update', 'upsert', 'patch', 'merge']);
/** Built-ins and framework singletons with methods named like writes. */
const NOT_MODELS = new Set(['Object', 'Array', 'Promise', 'Map', 'Set', 'WeakMap', 'Reflect', 'JSON', 'Math', 'Date', 'Symbol', 'Proxy', 'URL', 'Buffer', 'Intl', 'Error', 'Number', 'String', 'Boolean', 'Response', 'Request', 'Headers', 'StyleSheet', 'React', 'Vue']);


/** The last name of a receiver: `customers`, `this.customers`, `db.customers` -> `customers`. */
function receiverName(node: ts.Expression): string | undefined {
  const n = unwrap(node);
  if (typescript.isIdentifier(n)) return n.text;
  if (typescript.isPropertyAccessExpression(n)) return n.name.text;
  return undefined;
}

/** Object literals of an argument: the literal itself, or each literal in an array (`createMany`, `insertMany`). */
function literals(arg: ts.Expression | undefined): ts.ObjectLiteralExpression[] {
  if (!arg) return [];
  const n = unwrap(arg);
  if (typescript.isObjectLiteralExpression(n)) return [n];
  if (typescript.isArrayLiteralExpression(n)) return n.elements.map(unwrap).filter(typescript.isObjectLiteralExpression);
  return [];
}

function property(object: ts.ObjectLiteralExpression, key: string): ts.Expression | undefined {
  for (const p of object.properties) if (typescript.isPropertyAssignment(p) && propertyName(p.name) === key) return p.initializer;
  return undefined;
}

/** A MongoDB update document's fields: `{ $set: {...}, $setOnInsert: {...} }` or a plain replacement. */
function mongoDocuments(arg: ts.Expression | undefined): ts.ObjectLiteralExpression[] {
  return literals(arg).flatMap((object) => {
    const operators = object.properties.filter((p): p is ts.PropertyAssignment => typescript.isPropertyAssignment(p) && (propertyName(p.name) ?? '').startsWith('$'));
    if (!operators.length) return [object];
    return operators.filter((p) => /^\$(set|setOnInsert)$/.test(propertyName(p.name)!)).flatMap((p) => literals(p.initializer));
  });
}

/** A string-named table at the base of a query-builder chain: `knex('customers').where(...)`, `knex.table('customers')`. */
function builderTable(node: ts.Expression): string | undefined {
  let n = unwrap(node);
  for (let depth = 0; depth < 12; depth++) {
    if (typescript.isCallExpression(n)) {
      const callee = unwrap(n.expression);
      const table = stringArg(n);
      if (table) {
        // knex('customers'), trx('customers'), this.knex('customers'), knex.table('customers')
        if (typescript.isIdentifier(callee)) return table;
        if (typescript.isPropertyAccessExpression(callee) && /^(table|from|knex|db|trx|database)$/.test(callee.name.text)) return table;
      }
      n = unwrap(callee);
    } else if (typescript.isPropertyAccessExpression(n)) {
      n = unwrap(n.expression);
    } else {
      return undefined;
    }
  }
  return undefined;
}

/** A `collection('customers')` call somewhere in the receiver chain (MongoDB, Firestore). */
function collectionName(node: ts.Expression): string | undefined {
  let n = unwrap(node);
  for (let depth = 0; depth < 8; depth++) {
    if (typescript.isCallExpression(n)) {
      const callee = unwrap(n.expression);
      const name = typescript.isPropertyAccessExpression(callee) ? callee.name.text : typescript.isIdentifier(callee) ? callee.text : '';
      if (name === 'collection') return stringArg(n);
      n = callee;
    } else if (typescript.isPropertyAccessExpression(n)) {
      n = unwrap(n.expression);
    } else {
      return undefined;
    }
  }
  return undefined;
}

/** A model class: PascalCase, declared here or imported from the project itself, never a package export. */
function isModel(name: string, index: FileIndex): boolean {
  if (!/^[A-Z][A-Za-z0-9]*$/.test(name) || NOT_MODELS.has(name)) return false;
  const from = index.imports.get(name);
  return from === undefined || !isPackageImport(from);
}

function capitalised(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** Firestore's modular API: `addDoc(collection(db, 'customers'), {...})`, `setDoc(doc(db, 'customers', id), {...})`. */
const FIRESTORE_FUNCTIONS = new Set(['addDoc', 'setDoc', 'updateDoc']);

function firestoreWrite(call: ts.CallExpression): WrittenObject[] {
  const [reference, data] = call.arguments;
  const ref = reference ? unwrap(reference) : undefined;
  if (!ref || !typescript.isCallExpression(ref) || !typescript.isIdentifier(ref.expression) || !/^(collection|doc)$/.test(ref.expression.text)) return [];
  const path = ref.arguments[1];
  const collection = path && typescript.isStringLiteral(path) ? path.text.split('/')[0] : undefined;
  return collection ? literals(data).map((object) => ({ container: collection, object })) : [];
}

/** Every method name a write below is recognised by: any other call is answered before its receiver is read. */
const WRITE_METHODS = new Set(['values', 'set', 'add', 'update', 'create', 'into', ...MONGO_WRITES, ...PRISMA_WRITES, ...REPOSITORY_WRITES, ...MANAGER_WRITES, ...MODEL_WRITES, ...QUERY_BUILDER_WRITES]);
/** What most calls write: nothing (shared, never changed). */
const NOTHING: WrittenObject[] = [];

export function writtenObjects(call: ts.CallExpression, index: FileIndex): WrittenObject[] {
  const callee = unwrap(call.expression);
  if (typescript.isIdentifier(callee)) return FIRESTORE_FUNCTIONS.has(callee.text) ? firestoreWrite(call) : NOTHING;
  if (!typescript.isPropertyAccessExpression(callee)) return NOTHING;
  const method = callee.name.text;
  if (!WRITE_METHODS.has(method)) return NOTHING;
  const receiver = unwrap(callee.expression);
  const [first, second] = call.arguments;
  const of = (container: string, objects: ts.ObjectLiteralExpression[], table?: string): WrittenObject[] => objects.map((object) => ({ container, object, ...(table ? { table } : {}) }));

  // Drizzle and Kysely: insert(...).values({...}) / update(...).set({...}).
  if ((method === 'values' || method === 'set') && typescript.isCallExpression(receiver)) {
    const inner = unwrap(receiver.expression);
    const innerName = typescript.isPropertyAccessExpression(inner) ? inner.name.text : typescript.isIdentifier(inner) ? inner.text : '';
    const target = receiver.arguments[0] ? unwrap(receiver.arguments[0]) : undefined;
    if ((innerName === 'insert' || innerName === 'update') && target && (typescript.isIdentifier(target) || typescript.isPropertyAccessExpression(target))) {
      return of(receiverName(target)!, literals(first));
    }
    if ((innerName === 'insertInto' || innerName === 'updateTable' || innerName === 'replaceInto') && target && typescript.isStringLiteral(target)) {
      return of(target.text, literals(first), target.text);
    }
    return [];
  }

  // MongoDB / Mongoose: collection('x').insertOne({...}), customers.updateOne(filter, { $set }), Customer.findByIdAndUpdate(id, {...}).
  const typed = receiverName(receiver);
  const entity = typed !== undefined ? index.repositories.get(typed) : undefined;

  if (MONGO_WRITES.has(method)) {
    const name = collectionName(receiver) ?? entity ?? receiverName(receiver);
    if (!name || (typescript.isIdentifier(receiver) && NOT_MODELS.has(name))) return [];
    return of(name, mongoDocuments(MONGO_SECOND.has(method) ? second : first));
  }

  // Firestore: collection('customers').add({...}), .doc(id).set({...}) / .update({...}).
  if ((method === 'add' || method === 'set' || method === 'update' || method === 'create') && typescript.isCallExpression(receiver)) {
    const collection = collectionName(receiver);
    if (collection) return of(collection, literals(first));
  }

  // Prisma: prisma.customer.create({ data: {...} }).
  if (PRISMA_WRITES.has(method) && typescript.isPropertyAccessExpression(receiver) && first) {
    const args = literals(first)[0];
    if (args) {
      const keys = method === 'upsert' ? ['create', 'update'] : ['data'];
      const objects = keys.flatMap((key) => literals(property(args, key)));
      if (objects.length) return of(prismaModelName(receiver.name.text), objects);
    }
  }

  // TypeORM / MikroORM repositories: customerRepository.save({...}), getRepository(Customer).insert({...}).
  // A repository or model whose declared type names its entity: `this.users: Repository<User>`, `catModel: Model<Cat>`.
  if (entity && (REPOSITORY_WRITES.has(method) || MODEL_WRITES.has(method))) return of(entity, literals(method === 'update' ? second : first));

  if (REPOSITORY_WRITES.has(method)) {
    let repositoryOf: string | undefined;
    if (typed && /[a-z](Repo|Repository)$/.test(typed)) repositoryOf = capitalised(typed.replace(/(Repo|Repository)$/, ''));
    else if (typescript.isCallExpression(receiver)) {
      const inner = unwrap(receiver.expression);
      const innerName = typescript.isPropertyAccessExpression(inner) ? inner.name.text : typescript.isIdentifier(inner) ? inner.text : '';
      const arg = receiver.arguments[0] ? unwrap(receiver.arguments[0]) : undefined;
      if ((innerName === 'getRepository' || innerName === 'getCustomRepository') && arg && typescript.isIdentifier(arg)) repositoryOf = arg.text;
    }
    if (repositoryOf) return of(repositoryOf, literals(method === 'update' ? second : first));
  }

  // Entity managers: manager.save(Customer, {...}), em.create(Customer, {...}), em.nativeUpdate(Customer, where, {...}).
  if (MANAGER_WRITES.has(method) && first && typescript.isIdentifier(unwrap(first)) && /^(em|manager|entityManager|\w+Manager|\w+\.manager)$/.test(receiverName(receiver) ?? '')) {
    const entity = (unwrap(first) as ts.Identifier).text;
    if (/^[A-Z]/.test(entity)) {
      const data = method === 'update' || method === 'nativeUpdate' ? call.arguments[2] : second;
      return of(entity, literals(data));
    }
  }

  // Objection: Customer.query().insert({...}) / .patch({...}).
  if (QUERY_BUILDER_WRITES.has(method) && typescript.isCallExpression(receiver)) {
    const inner = unwrap(receiver.expression);
    if (typescript.isPropertyAccessExpression(inner) && inner.name.text === 'query' && typescript.isIdentifier(inner.expression) && isModel(inner.expression.text, index)) {
      return of(inner.expression.text, literals(first));
    }
    // Knex: knex('customers').insert({...}), knex('customers').where({...}).update({...}).
    const table = builderTable(receiver);
    if (table && method !== 'patch') return of(table, literals(first), table);
  }
  // Knex the other way round: knex.insert({...}).into('customers').
  if (method === 'into' && typescript.isCallExpression(receiver)) {
    const inner = unwrap(receiver.expression);
    const table = stringArg(call);
    if (table && typescript.isPropertyAccessExpression(inner) && inner.name.text === 'insert') return of(table, literals(receiver.arguments[0]), table);
  }

  // Sequelize / Mongoose models: Customer.create({...}), Customer.bulkCreate([...]), Customer.update({...}, { where }).
  if (MODEL_WRITES.has(method) && typescript.isIdentifier(receiver) && isModel(receiver.text, index)) {
    if (method === 'update') {
      const options = literals(second)[0];
      return options && property(options, 'where') ? of(receiver.text, literals(first)) : [];
    }
    return of(receiver.text, literals(first));
  }
  return [];
}

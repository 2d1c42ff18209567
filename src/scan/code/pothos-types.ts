/**
 * GraphQL types defined with Pothos's schema builder (session 43, seen in a German therapy practice's API):
 * `builder.inputType('KindInput', { fields: (t) => ({ vorname: t.string({ required: true }) }) })`,
 * `builder.objectRef<Kind>('Kind').implement({ fields: (t) => ({ vorname: t.exposeString('vorname') }) })`,
 * `builder.prismaObject('User', { fields: (t) => ({ email: t.exposeString('email') }) })`. Their fields are what the
 * API takes in and hands out, as a zod object's members are. A field's builder says its type (`t.string`,
 * `t.exposeInt`, `t.id`); a relation (`t.relation('posts')`) or a field of another object type (`t.field({ type: Kind })`)
 * links to another record.
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import { unwrap } from './unwrap.js';
import { propertyName } from './call-chain.js';
import { returnedValues } from './returns.js';

/** Builder methods that define a type from a `fields` callback (the last one the chain calls). */
const TYPE_DEFINERS = new Set(['inputType', 'objectType', 'interfaceType', 'prismaObject', 'prismaNode', 'drizzleObject', 'drizzleNode', 'implement', 'simpleObject', 'loadableObject']);

/** What a field builder's name says it holds: `string`, `exposeString`, `stringList`, `exposeIntList`, `id`, `exposeID`. */
const SCALAR = /^(?:expose)?(String|Int|Float|Boolean|ID|Id|Date|DateTime)(?:List)?$/i;
const SCALAR_TYPES: Readonly<Record<string, string>> = { string: 'string', int: 'number', float: 'number', boolean: 'boolean', id: 'uuid', date: 'Date', datetime: 'Date' };
/** Builders of links to other types: relations, connections, and object fields (read by their `type` below). */
const LINKS = new Set(['relation', 'relatedConnection', 'relationCount', 'connection', 'node', 'nodeList', 'variant']);

/** The type a Pothos call defines, named by its first string argument (or the class or ref it is given), with its fields. */
export function pothosType(call: ts.CallExpression): { name: string; fields: ts.ObjectLiteralExpression } | undefined {
  const callee = unwrap(call.expression);
  if (!typescript.isPropertyAccessExpression(callee) || !TYPE_DEFINERS.has(callee.name.text)) return undefined;
  const options = call.arguments.map((a) => unwrap(a)).find(typescript.isObjectLiteralExpression);
  const fields = options && fieldsObject(options);
  if (!fields) return undefined;
  return { name: typeName(call) ?? callee.name.text, fields };
}

/** `fields: (t) => ({ … })` or `fields(t) { return { … } }`: the object the callback returns. */
function fieldsObject(options: ts.ObjectLiteralExpression): ts.ObjectLiteralExpression | undefined {
  for (const property of options.properties) {
    if (propertyName(property.name) !== 'fields') continue;
    const fn = typescript.isPropertyAssignment(property) ? unwrap(property.initializer) : typescript.isMethodDeclaration(property) ? property : undefined;
    if (!fn || !(typescript.isArrowFunction(fn) || typescript.isFunctionExpression(fn) || typescript.isMethodDeclaration(fn)) || !fn.body) return undefined;
    const returned = typescript.isBlock(fn.body) ? returnedValues(fn.body) : [fn.body as ts.Expression];
    const object = returned.length === 1 ? unwrap(returned[0]!) : undefined;
    return object && typescript.isObjectLiteralExpression(object) ? object : undefined;
  }
  return undefined;
}

/** The GraphQL type's name: the first string argument along the chain (`objectRef<Kind>('Kind')`), else the class given. */
function typeName(call: ts.CallExpression): string | undefined {
  let node: ts.Expression = call;
  while (typescript.isCallExpression(node) || typescript.isPropertyAccessExpression(node)) {
    if (typescript.isCallExpression(node)) {
      const first = node.arguments[0] && unwrap(node.arguments[0]);
      if (first && typescript.isStringLiteralLike(first)) return first.text;
      if (first && typescript.isIdentifier(first)) return first.text;
    }
    node = unwrap(node.expression);
  }
  return undefined;
}

/** The declared type a field builder gives (`t.exposeString('vorname')` -> string), `Link` for a link, undefined if unknown. */
export function pothosFieldType(value: ts.Expression): string | undefined {
  const call = unwrap(value);
  if (!typescript.isCallExpression(call)) return undefined;
  const callee = unwrap(call.expression);
  if (!typescript.isPropertyAccessExpression(callee)) return undefined;
  const method = callee.name.text;
  const scalar = SCALAR.exec(method);
  if (scalar) return SCALAR_TYPES[scalar[1]!.toLowerCase()] + (/List$/.test(method) ? '[]' : '');
  if (LINKS.has(method)) return 'Link';
  if (method === 'field' || method === 'expose' || method === 'listRef') {
    const options = call.arguments.map((a) => unwrap(a)).find(typescript.isObjectLiteralExpression);
    const type = options?.properties.find((p): p is ts.PropertyAssignment => typescript.isPropertyAssignment(p) && propertyName(p.name) === 'type');
    const given = type && unwrap(type.initializer);
    if (given && typescript.isStringLiteralLike(given)) return SCALAR_TYPES[given.text.toLowerCase()] ?? given.text;
    if (given && typescript.isArrayLiteralExpression(given)) return 'Link[]';
    if (given && typescript.isIdentifier(given)) return SCALAR_TYPES[given.text.toLowerCase()] ?? 'Link';
  }
  return undefined;
}

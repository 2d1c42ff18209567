/**
 * Nested object shapes the member collector follows beyond plain type literals, so their members reach the
 * detector with their own container and siblings (`ownership[].owner.name`, `telecom[].value`).
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import { readChain, type CallChain } from './call-chain.js';
import { builderFacts, objectSchemaLiterals, TYPE_OF_BUILDER, type BuilderFacts } from './schema-types.js';

/**
 * `telecom: [{ system: string; value: string }]`: interfaces written for Mongoose and JSON documents declare an
 * array of sub-documents as a one-element tuple of its shape (`[ { owner: { name: string } } ]`). A tuple whose
 * every element is an object shape (named `[first: {...}]`, optional or rest) holds those shapes; a tuple with
 * any other element (`[string]`, `[number, number]`) holds no record.
 */
export function tupleShapes(type: ts.TupleTypeNode, shapesOf: (type: ts.TypeNode) => ts.TypeLiteralNode[] | undefined): ts.TypeLiteralNode[] | undefined {
  if (type.elements.length === 0) return undefined;
  const found: ts.TypeLiteralNode[] = [];
  for (let element of type.elements) {
    if (typescript.isNamedTupleMember(element)) element = element.type;
    if (typescript.isOptionalTypeNode(element) || typescript.isRestTypeNode(element)) element = element.type;
    const shapes = shapesOf(element);
    if (!shapes) return undefined;
    found.push(...shapes);
  }
  return found;
}

/** Calls on a schema that keep the record it describes: `addressSchema.optional()`, `z.array(phoneSchema)`. */
const KEEPS_RECORD = new Set([
  'optional', 'nullable', 'nullish', 'array', 'default', 'catch', 'describe', 'openapi', 'meta', 'readonly', 'brand', 'partial',
  'deepPartial', 'required', 'strict', 'passthrough', 'strip', 'notRequired', 'defined', 'nonNullable', 'nullOptional', 'label',
  'lazy', 'pipe', 'exactOptional', 'undefinedable', 'nonOptional', 'nonNullish',
]);
const SCHEMA_VARIABLE = /^(.+?)(?:Schema|Validator)$/;
/** Words of a shared value schema's name that say it checks a plain value (`stringRequiredSchema`, `nonEmptySchema`). */
const PRIMITIVES = new Set(['string', 'str', 'text', 'number', 'int', 'integer', 'float', 'boolean', 'bool', 'date', 'datetime', 'uuid', 'json']);
const VALUE_WORDS = new Set(['required', 'optional', 'nonempty', 'non', 'empty', 'trimmed', 'trim', 'nullable', 'primitive', 'value']);

/**
 * The type text for the record or value a schema variable describes: `addressSchema` -> `Address`, zod's prefix
 * dropped (`ZNameSchema` -> `Name`); a shared schema of a plain value (`stringRequiredSchema`, `booleanSchema`)
 * -> that value's type, so a member is judged by its own name as with `z.string()`.
 */
function describedType(described: string): string {
  const name = described.replace(/^Z(?=[A-Z])/, '');
  const words = name.split(/(?<=[a-z0-9])(?=[A-Z])|[_-]+/).map((w) => w.toLowerCase());
  const primitive = words.find((w) => PRIMITIVES.has(w));
  if (primitive) return TYPE_OF_BUILDER[primitive] ?? 'string';
  if (words.some((w) => VALUE_WORDS.has(w))) return 'string';
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/**
 * A schema builder's member whose value is another schema (`billing: addressSchema.optional()`, `sms: phoneSchema`,
 * `contacts: z.array(ContactSchema)`, `primaryEmail: emailInfoSchema`): the record that schema describes, as the type
 * text the detector reads (`Address`, `Phone`, `Contact[]`, `EmailInfo`), the way a Mongoose member typed by a
 * sub-schema is. A value that reads a field of a schema (`startupSchema.shape.name`) says nothing of the member's type.
 */
export function referencedSchemaType(expression: ts.Expression, depth = 0): string | undefined {
  const chain = readChain(expression);
  if (!chain.names.every((name) => KEEPS_RECORD.has(name))) return undefined;
  const list = chain.names.includes('array') ? '[]' : '';
  const described = chain.root !== undefined ? SCHEMA_VARIABLE.exec(chain.root)?.[1] : undefined;
  if (described) return describedType(described) + list;
  // A library's wrapper around the reference: `z.array(addressSchema)`, `v.optional(PhoneSchema)`, `z.lazy(() => x)`.
  let inner = chain.calls[0]?.arguments[0];
  if (inner && typescript.isArrowFunction(inner) && !typescript.isBlock(inner.body)) inner = inner.body;
  if (!inner || depth > 3 || !(typescript.isIdentifier(inner) || typescript.isCallExpression(inner) || typescript.isPropertyAccessExpression(inner))) return undefined;
  const type = referencedSchemaType(inner, depth + 1);
  return type && list && !type.endsWith('[]') ? type + list : type;
}

/** A schema builder member's facts, with the type of the schema it references when the builder itself names none. */
export function builderMemberFacts(expression: ts.Expression): BuilderFacts {
  const facts = builderFacts(expression);
  if (facts.type !== undefined || facts.nested) return facts;
  const type = referencedSchemaType(expression);
  return type ? { ...facts, type } : facts;
}

/** io-ts's object codecs: `t.type({...})`, `t.partial({...})`, `t.strict({...})`, `t.exact(t.type({...}))`. */
const IO_TS_OBJECTS = new Set(['type', 'partial', 'strict', 'interface', 'readonlyType']);
const IO_TS_WRAPPERS = new Set(['exact', 'readonly', 'intersection', 'union', 'array', 'readonlyArray', 'brand', ...IO_TS_OBJECTS]);

/** Every property is `key: <codec>`: no literal value, so a plain object with a `type` call is not read as a codec. */
function isCodecShape(object: ts.ObjectLiteralExpression): boolean {
  return object.properties.length > 0 && object.properties.every((p) => typescript.isPropertyAssignment(p) && (typescript.isCallExpression(p.initializer) || typescript.isIdentifier(p.initializer) || typescript.isPropertyAccessExpression(p.initializer)));
}

/**
 * The object shapes a schema variable declares, its own (`z.object({...}).extend({...})`) and those it composes
 * (`z.array(z.object({...}))`, `base.merge(z.object({...}))`, `z.union([z.object(...), ...])`); for io-ts (`t.type`,
 * `t.intersection([t.type({...}), t.partial({...})])`) the codec objects. The members of all of them are the variable's.
 */
export function schemaVariableObjects(expression: ts.Expression, chain: CallChain): ts.ObjectLiteralExpression[] {
  const found = objectSchemaLiterals(chain.calls);
  const facts = builderFacts(expression);
  for (const shape of [facts.nested, ...(facts.options ?? [])]) if (shape && !found.includes(shape)) found.push(shape);
  if (chain.root === 't' && chain.names.length > 0 && IO_TS_WRAPPERS.has(chain.names[0]!)) ioTsObjects(chain, found, 0);
  return found;
}

function ioTsObjects(chain: CallChain, into: ts.ObjectLiteralExpression[], depth: number): void {
  if (depth > 4) return;
  chain.calls.forEach((call, i) => {
    const name = chain.names[i];
    if (!name || !IO_TS_WRAPPERS.has(name)) return;
    for (const arg of call.arguments) {
      if (IO_TS_OBJECTS.has(name) && typescript.isObjectLiteralExpression(arg) && isCodecShape(arg) && !into.includes(arg)) into.push(arg);
      const parts = typescript.isArrayLiteralExpression(arg) ? arg.elements : [arg];
      for (const part of parts) if (typescript.isCallExpression(part)) ioTsObjects(readChain(part), into, depth + 1);
    }
  });
}

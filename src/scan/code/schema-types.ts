/**
 * Types and validator hints read from schema builders (zod, yup, valibot, Joi, TypeBox, Drizzle) and
 * definition objects (Mongoose, Sequelize). The type goes to the detector as text, so `z.boolean()` rules a
 * field out the way `: boolean` does.
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import { objectStringProperty, propertyName, readChain, type CallChain } from './call-chain.js';
import { formatHint } from './format-hint.js';

/** Builder or constructor name -> the type text the detector understands. */
export const TYPE_OF_BUILDER: Readonly<Record<string, string>> = Object.assign(Object.create(null) as Record<string, string>, {
  string: 'string', text: 'string', varchar: 'string', char: 'string', citext: 'string', email: 'string', url: 'string',
  number: 'number', int: 'number', integer: 'number', bigint: 'number', smallint: 'number', serial: 'number', bigserial: 'number',
  real: 'number', doublePrecision: 'number', numeric: 'number', decimal: 'number', float: 'number', double: 'number', tinyint: 'number',
  boolean: 'boolean', bool: 'boolean', date: 'Date', timestamp: 'Date', time: 'Date', datetime: 'Date', interval: 'Date',
  uuid: 'uuid', enum: 'enum', nativeEnum: 'enum', literal: 'enum', picklist: 'enum', pgEnum: 'enum', mysqlEnum: 'enum', json: 'json', jsonb: 'json',
  STRING: 'string', TEXT: 'string', CITEXT: 'string', CHAR: 'string', INTEGER: 'number', BIGINT: 'number', FLOAT: 'number',
  DOUBLE: 'number', DECIMAL: 'number', BOOLEAN: 'boolean', DATE: 'Date', DATEONLY: 'Date', TIME: 'Date', UUID: 'uuid', UUIDV4: 'uuid', ENUM: 'enum',
  JSON: 'json', JSONB: 'json', String: 'string', Number: 'number', Boolean: 'boolean', Date: 'Date', ObjectId: 'objectid',
  // GraphQL scalars (`@Field(() => Int)`) and TypeBox (`Type.Boolean()`).
  Int: 'number', Float: 'number', ID: 'uuid', Integer: 'number', Literal: 'enum', Enum: 'enum', Union: 'enum',
});

/** Validator calls and options that say what a string holds. */
const HINTS: Readonly<Record<string, string>> = Object.assign(Object.create(null) as Record<string, string>, {
  email: 'email', isEmail: 'email', phone: 'phone', isPhoneNumber: 'phone', isMobilePhone: 'phone', e164: 'phone',
  isPostalCode: 'address', postalCode: 'address',
});

/** Calls whose object-literal argument is a nested object schema. */
const OBJECT_CALLS = new Set(['object', 'shape', 'strictObject', 'looseObject', 'extend', 'keys', 'Object']);

export interface BuilderFacts {
  type?: string;
  hints: string[];
  /** A nested object schema: `z.object({...})` as a property value, a Mongoose sub-document. */
  nested?: ts.ObjectLiteralExpression;
  /**
   * The other object shapes of a union (`z.union([z.object({...}), z.object({...})])`, `z.discriminatedUnion('type', [...])`):
   * each option's members are members of the same nested container (an email in one option is still held).
   */
  options?: ts.ObjectLiteralExpression[];
  /** The SQL column a Drizzle builder (`text('first_name')`) or a Sequelize `field` names. */
  column?: string;
}

function calleeName(call: ts.CallExpression): string {
  const e = call.expression;
  return typescript.isPropertyAccessExpression(e) ? e.name.text : typescript.isIdentifier(e) ? e.text : '';
}

/** The object literals of a chain's object-schema calls: `z.object({...}).extend({...})`. */
export function objectSchemaLiterals(calls: ts.CallExpression[]): ts.ObjectLiteralExpression[] {
  const found: ts.ObjectLiteralExpression[] = [];
  for (const call of calls) {
    const arg = call.arguments[0];
    if (arg && typescript.isObjectLiteralExpression(arg) && OBJECT_CALLS.has(calleeName(call))) found.push(arg);
  }
  return found;
}

interface Collected {
  names: string[];
  nested: ts.ObjectLiteralExpression[];
  /** Hints of options objects: TypeBox's `Type.String({ format: 'email' })`. */
  formats: string[];
}

function collectNames(chain: CallChain, into: Collected, depth: number): void {
  for (const name of chain.names) into.names.push(name);
  const own = objectSchemaLiterals(chain.calls)[0];
  if (own) into.nested.push(own);
  if (depth > 4) return;
  for (const call of chain.calls) {
    for (const arg of call.arguments) {
      // valibot pipes and wrappers: v.pipe(v.string(), v.email()), z.array(z.object({...})), v.optional(v.string())
      if (typescript.isCallExpression(arg)) collectNames(readChain(arg), into, depth + 1);
      else if (typescript.isObjectLiteralExpression(arg) && !OBJECT_CALLS.has(calleeName(call))) {
        const format = objectStringProperty(arg, 'format');
        const hint = format !== undefined ? formatHint(format) : undefined;
        if (hint) into.formats.push(hint);
      }
      // Union options: z.union([z.object({...}), ...]), z.discriminatedUnion('type', [...]), v.union([...]).
      else if (typescript.isArrayLiteralExpression(arg)) {
        for (const element of arg.elements) if (typescript.isCallExpression(element)) collectNames(readChain(element), into, depth + 1);
      }
    }
  }
}

export function builderFacts(expression: ts.Expression): BuilderFacts {
  const chain = readChain(expression);
  const collected: Collected = { names: [], nested: [], formats: [] };
  collectNames(chain, collected, 0);
  const { names } = collected;
  const [nested, ...options] = collected.nested;
  let hints: string[] = [...new Set(collected.formats)];
  let typeName: string | undefined;
  // `z.literal('').or(z.string().email())`: an empty literal or a string is a string, not an enum of literals.
  const union = names.includes('or') || names.includes('union');
  for (const name of names) {
    const hint = HINTS[name];
    if (hint !== undefined && !hints.includes(hint)) hints = [...hints, hint];
    if (typeName === undefined && TYPE_OF_BUILDER[name] !== undefined && !(union && TYPE_OF_BUILDER[name] === 'enum')) typeName = name;
  }
  if (typeName === undefined) typeName = names.find((name) => TYPE_OF_BUILDER[name] !== undefined);
  const first = chain.base?.arguments[0];
  const column = first && (typescript.isStringLiteral(first) || typescript.isNoSubstitutionTemplateLiteral(first)) ? first.text : undefined;
  return { ...(nested ? { nested, type: 'object', ...(options.length ? { options } : {}) } : typeName ? { type: TYPE_OF_BUILDER[typeName]! } : {}), hints, ...(column ? { column } : {}) };
}

/** `String`, `DataTypes.STRING`; or another schema (`AddressSchema`), passed on as the type it describes (`Address`). */
function namedType(name: string): BuilderFacts {
  const type = TYPE_OF_BUILDER[name] ?? (/^[A-Z]\w*Schema$/.test(name) ? name.slice(0, -'Schema'.length) : undefined);
  return { hints: [], ...(type ? { type } : {}) };
}

/**
 * Mongoose and Sequelize field values: `String`, `[String]`, `{ type: String }`, `DataTypes.STRING`,
 * `{ type: DataTypes.STRING, field: 'e_mail', validate: { isEmail: true } }`, a nested sub-document.
 */
export function definitionFacts(value: ts.Expression, text: string): BuilderFacts {
  if (typescript.isIdentifier(value)) return namedType(value.text);
  if (typescript.isPropertyAccessExpression(value)) return namedType(value.name.text);
  if (typescript.isArrayLiteralExpression(value) && value.elements[0]) return definitionFacts(value.elements[0], text);
  if (typescript.isCallExpression(value)) return builderFacts(value);
  if (!typescript.isObjectLiteralExpression(value)) return { hints: [] };
  let typeValue: ts.Expression | undefined;
  let column: string | undefined;
  const hints = new Set<string>();
  for (const p of value.properties) {
    if (!typescript.isPropertyAssignment(p)) continue;
    const key = propertyName(p.name);
    if (key === 'type') typeValue = p.initializer;
    else if (key === 'field' && typescript.isStringLiteral(p.initializer)) column = p.initializer.text;
    else if (key === 'validate' || key === 'match') {
      const source = text.slice(p.initializer.pos, p.initializer.end);
      for (const [name, hint] of Object.entries(HINTS)) if (new RegExp(`\\b${name}\\b`).test(source)) hints.add(hint);
    }
  }
  // No `type` key: a sub-document (`address: { street: String, city: String }`).
  if (!typeValue) return { hints: [], nested: value, type: 'object' };
  const facts = definitionFacts(typeValue, text);
  for (const hint of facts.hints) hints.add(hint);
  return { ...facts, hints: [...hints], ...(column ? { column } : {}) };
}

/** JavaScript without types: `= false`, `= 0`, `= ''`, `new Date()` say what a field holds. */
export function initializerType(initializer: ts.Expression | undefined): string | undefined {
  if (!initializer) return undefined;
  switch (initializer.kind) {
    case typescript.SyntaxKind.TrueKeyword:
    case typescript.SyntaxKind.FalseKeyword:
      return 'boolean';
    case typescript.SyntaxKind.NumericLiteral:
    case typescript.SyntaxKind.BigIntLiteral:
      return 'number';
    case typescript.SyntaxKind.StringLiteral:
    case typescript.SyntaxKind.NoSubstitutionTemplateLiteral:
      return 'string';
    case typescript.SyntaxKind.PrefixUnaryExpression:
      return typescript.isNumericLiteral((initializer as ts.PrefixUnaryExpression).operand) ? 'number' : undefined;
    case typescript.SyntaxKind.NewExpression: {
      const callee = (initializer as ts.NewExpression).expression;
      return typescript.isIdentifier(callee) && callee.text === 'Date' ? 'Date' : undefined;
    }
  }
  return undefined;
}

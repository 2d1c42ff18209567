/** Types and validator hints read from schema builders: zod, yup, valibot, Drizzle, Mongoose, Sequelize. */
import ts from 'typescript';
import { readChain } from './call-chain.js';

const TYPE_OF_BUILDER: Record<string, string> = {
  string: 'string', text: 'string', varchar: 'string', char: 'string', citext: 'string', email: 'string', url: 'string',
  number: 'number', int: 'number', integer: 'number', bigint: 'number', smallint: 'number', serial: 'number', bigserial: 'number',
  real: 'number', doublePrecision: 'number', numeric: 'number', decimal: 'number', float: 'number', double: 'number',
  boolean: 'boolean', bool: 'boolean', date: 'Date', timestamp: 'Date', time: 'Date', datetime: 'Date', interval: 'Date',
  uuid: 'uuid', enum: 'enum', nativeEnum: 'enum', literal: 'enum', picklist: 'enum', pgEnum: 'enum', json: 'json', jsonb: 'json',
  STRING: 'string', TEXT: 'string', CITEXT: 'string', CHAR: 'string', INTEGER: 'number', BIGINT: 'number', FLOAT: 'number',
  DOUBLE: 'number', DECIMAL: 'number', BOOLEAN: 'boolean', DATE: 'Date', DATEONLY: 'Date', TIME: 'Date', UUID: 'uuid', ENUM: 'enum',
  JSON: 'json', JSONB: 'json', String: 'string', Number: 'number', Boolean: 'boolean', Date: 'Date', ObjectId: 'objectid',
};

/** Validator calls that say what a string holds. */
const HINTS: Record<string, string> = {
  email: 'email', isEmail: 'email', phone: 'phone', isPhoneNumber: 'phone', isMobilePhone: 'phone', e164: 'phone',
  isPostalCode: 'address', postalCode: 'address',
};

export interface BuilderFacts {
  type?: string;
  hints: string[];
  /** A nested object schema: `z.object({...})` as a property value. */
  nested?: ts.ObjectLiteralExpression;
  /** The SQL column name a Drizzle builder names: `text('first_name')`. */
  column?: string;
}

function collectNames(expression: ts.Expression, into: string[]): ts.ObjectLiteralExpression | undefined {
  const chain = readChain(expression);
  into.push(...chain.names);
  let nested: ts.ObjectLiteralExpression | undefined;
  for (const call of chain.calls) {
    for (const arg of call.arguments) {
      // valibot pipes: v.pipe(v.string(), v.email())
      if (ts.isCallExpression(arg)) nested ??= collectNames(arg, into);
    }
    const name = ts.isPropertyAccessExpression(call.expression) ? call.expression.name.text : ts.isIdentifier(call.expression) ? call.expression.text : '';
    if ((name === 'object' || name === 'shape' || name === 'strictObject' || name === 'looseObject') && call.arguments[0] && ts.isObjectLiteralExpression(call.arguments[0])) {
      nested = call.arguments[0];
    }
  }
  return nested;
}

export function builderFacts(expression: ts.Expression): BuilderFacts {
  const names: string[] = [];
  const nested = collectNames(expression, names);
  const hints = [...new Set(names.map((n) => HINTS[n]).filter((h): h is string => Boolean(h)))];
  const typeName = names.find((n) => TYPE_OF_BUILDER[n] !== undefined);
  const chain = readChain(expression);
  const column = chain.base && chain.base.arguments[0] && ts.isStringLiteral(chain.base.arguments[0]) ? chain.base.arguments[0].text : undefined;
  return { ...(nested ? { nested, type: 'object' } : typeName ? { type: TYPE_OF_BUILDER[typeName]! } : {}), hints, ...(column ? { column } : {}) };
}

/** Mongoose and Sequelize field values: `String`, `{ type: String }`, `DataTypes.STRING`, `{ type: DataTypes.STRING, validate: { isEmail: true } }`. */
export function definitionFacts(value: ts.Expression, text: string): BuilderFacts {
  if (ts.isIdentifier(value)) return { hints: [], ...(TYPE_OF_BUILDER[value.text] ? { type: TYPE_OF_BUILDER[value.text]! } : {}) };
  if (ts.isPropertyAccessExpression(value)) return { hints: [], ...(TYPE_OF_BUILDER[value.name.text] ? { type: TYPE_OF_BUILDER[value.name.text]! } : {}) };
  if (ts.isArrayLiteralExpression(value) && value.elements[0]) return definitionFacts(value.elements[0], text);
  if (ts.isCallExpression(value)) return builderFacts(value);
  if (ts.isObjectLiteralExpression(value)) {
    const typeProperty = value.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === 'type');
    if (!typeProperty) return { hints: [], nested: value, type: 'object' };
    const facts = definitionFacts(typeProperty.initializer, text);
    const hints = new Set(facts.hints);
    for (const p of value.properties) {
      if (ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && (p.name.text === 'validate' || p.name.text === 'match')) {
        const source = text.slice(p.initializer.pos, p.initializer.end);
        for (const [key, hint] of Object.entries(HINTS)) if (new RegExp(`\\b${key}\\b`).test(source)) hints.add(hint);
      }
    }
    return { ...facts, hints: [...hints] };
  }
  return { hints: [] };
}

/** JavaScript without types: `= false`, `= 0`, `= ''` say what a class field holds. */
export function initializerType(initializer: ts.Expression | undefined): string | undefined {
  if (!initializer) return undefined;
  if (initializer.kind === ts.SyntaxKind.TrueKeyword || initializer.kind === ts.SyntaxKind.FalseKeyword) return 'boolean';
  if (ts.isNumericLiteral(initializer)) return 'number';
  if (ts.isStringLiteral(initializer) || ts.isNoSubstitutionTemplateLiteral(initializer)) return 'string';
  if (ts.isNewExpression(initializer) && ts.isIdentifier(initializer.expression) && initializer.expression.text === 'Date') return 'Date';
  return undefined;
}

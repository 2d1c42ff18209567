/**
 * What a member's decorators say its value is, whatever the member is called: a validator (`@IsEmail()`), an API
 * document's format or example (`@ApiProperty({ format: 'email' })`, `@ApiPropertyOptional({ example:
 * 'jane@example.org' })`), a GraphQL scalar (`@Field(() => EmailAddress)`, graphql-scalars' `GraphQLPhoneNumber`).
 * `@ApiProperty({ format: 'email' }) contact: string` holds an address as surely as `email: string` does; the
 * detector takes a hint as strong evidence, and types (`boolean`, `number`) still rule a member out.
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import { propertyName } from './call-chain.js';
import type { Decorator } from './entity-mapping.js';
import { formatHint } from './format-hint.js';

/** class-validator decorators that say what a string holds. */
const VALIDATOR_HINTS: Readonly<Record<string, string>> = Object.assign(Object.create(null) as Record<string, string>, {
  IsEmail: 'email',
  IsPhoneNumber: 'phone',
  IsMobilePhone: 'phone',
  IsPostalCode: 'address',
});

/** Decorators whose options describe the value for an API document or a schema (NestJS Swagger, TypeGraphQL, Mongoose). */
const DESCRIBING = new Set(['ApiProperty', 'ApiPropertyOptional', 'ApiResponseProperty', 'ApiModelProperty', 'ApiModelPropertyOptional', 'Field', 'Prop']);

/** graphql-scalars' types, by each of the names it exports them under (`EmailAddress`, `GraphQLEmailAddress`, `EmailAddressResolver`). */
const SCALAR_HINTS: Readonly<Record<string, string>> = Object.assign(Object.create(null) as Record<string, string>, {
  EmailAddress: 'email',
  GraphQLEmailAddress: 'email',
  EmailAddressResolver: 'email',
  EmailAddressScalar: 'email',
  PhoneNumber: 'phone',
  GraphQLPhoneNumber: 'phone',
  PhoneNumberResolver: 'phone',
  PhoneNumberScalar: 'phone',
});

/** An example that is plainly an address: one `@`, a dot in the domain, no spaces. */
const EMAIL_EXAMPLE = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;

function stringValue(node: ts.Expression): string | undefined {
  if (typescript.isStringLiteral(node) || typescript.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (typescript.isArrayLiteralExpression(node) && node.elements[0]) return stringValue(node.elements[0]);
  return undefined;
}

/** `{ format: 'email' }`, `{ example: 'jane@example.org' }`, `{ type: () => EmailAddress }` of one options object. */
function optionHints(options: ts.ObjectLiteralExpression, into: Set<string>): void {
  for (const property of options.properties) {
    if (!typescript.isPropertyAssignment(property)) continue;
    const key = propertyName(property.name);
    const value = stringValue(property.initializer);
    if (key === 'format' && value !== undefined) {
      const hint = formatHint(value);
      if (hint) into.add(hint);
    } else if ((key === 'example' || key === 'examples') && value !== undefined && EMAIL_EXAMPLE.test(value.trim())) {
      into.add('email');
    } else if (key === 'type') {
      scalarHint(property.initializer, into);
    }
  }
}

/** `() => EmailAddress`, `(type) => GraphQLEmailAddress`, `EmailAddressResolver`, `[EmailAddress]`. */
function scalarHint(node: ts.Expression, into: Set<string>): void {
  let value: ts.Node = node;
  if (typescript.isArrowFunction(value) && !typescript.isBlock(value.body)) value = value.body;
  if (typescript.isArrayLiteralExpression(value) && value.elements[0]) value = value.elements[0];
  const name = typescript.isIdentifier(value) ? value.text : typescript.isPropertyAccessExpression(value) ? value.name.text : undefined;
  const hint = name ? SCALAR_HINTS[name] : undefined;
  if (hint) into.add(hint);
}

/** The hints of a member's decorators, in a stable order; `none` (shared, never mutated) when there are none. */
export function decoratorHints(decorators: Decorator[], none: string[]): string[] {
  if (decorators.length === 0) return none;
  const found = new Set<string>();
  for (const d of decorators) {
    const hint = VALIDATOR_HINTS[d.name];
    if (hint !== undefined) found.add(hint);
    if (!DESCRIBING.has(d.name) || !d.call) continue;
    for (const arg of d.call.arguments) {
      if (typescript.isObjectLiteralExpression(arg)) optionHints(arg, found);
      else scalarHint(arg, found);
    }
  }
  return found.size === 0 ? none : [...found];
}

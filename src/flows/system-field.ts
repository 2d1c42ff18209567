/**
 * The system's own values kept in a local or a class field (session 18, flow precision). `const toAddress =
 * process.env.EMAIL_TO || 'desk@shop.example'` and a service's `this.defaultRecipient = process.env.EMAIL_TO ||
 * 'desk@shop.example'` in its constructor are the shop's inbox, chosen by whoever runs the app, as
 * `process.env.EMAIL_TO` written in place is (roles.ts `isVariableValue`): mailing or logging them hands over no
 * one's data. A value is written so when it is a literal, a member chain the roles read as the system's (the
 * environment, configuration, a constant) or a fallback or a choice between such values (`a || b`, `a ?? b`,
 * `fr ? a : b`), every one of them the system's, or such a value tidied by a string method (`(process.env.EMAIL_PROVIDER
 * || 'gmail').toLowerCase()`); any other call is not (it makes a value out of whatever it is given). A
 * field counts only where every value the file gives it is written so: one given a parameter (`this.email = email`)
 * is whoever's that is.
 */
import type ts from 'typescript';
import { typescript } from '../scan/code/typescript-api.js';
import { unwrap } from '../scan/code/unwrap.js';
import { isLiteral } from './personal-data.js';
import { isVariableValue, STRING_METHODS, SYSTEM_ROOTS } from './roles.js';

/**
 * A literal, a member chain the roles read as the system's, or a fallback or choice between such values, each of them
 * the system's: `admin.phone || process.env.ADMIN_PHONE` is the administrator's phone with a default, not the system's.
 */
export function isWrittenSystemValue(input: ts.Expression): boolean {
  return isWritten(unwrap(input), 0);
}

/** Functions reading the environment or configuration by name: `env('X')`, `Deno.env.get('X')`, `config.get('x')`. */
const SETTING_READERS = new Set(['env', 'getEnv', 'getenv']);
/** Beside the roots the roles read as the system's (roles.ts `SYSTEM_ROOTS`, read at the call: the modules import each other), Deno's and a DI container's configuration. */
const MORE_SETTING_ROOTS = new Set(['Deno', 'configService']);

function readsSetting(callee: ts.Expression): boolean {
  const node = unwrap(callee);
  if (typescript.isIdentifier(node)) return SETTING_READERS.has(node.text);
  if (!typescript.isPropertyAccessExpression(node) || node.name.text !== 'get') return false;
  let root: ts.Expression = node.expression;
  while (typescript.isPropertyAccessExpression(root)) root = unwrap(root.expression);
  return typescript.isIdentifier(root) && (SYSTEM_ROOTS.has(root.text) || MORE_SETTING_ROOTS.has(root.text));
}

/** Methods that cut, tidy or pick from a list or a text without adding values of their own. */
const LIST_SHAPING = new Set(['split', 'map', 'filter', 'join', 'slice']);

/** A literal separator, a function (`(s) => s.trim()`) or `Boolean`: nothing the shaped value takes from elsewhere. */
function isShapingArgument(arg: ts.Expression): boolean {
  const node = unwrap(arg);
  return isLiteral(node) || typescript.isRegularExpressionLiteral(node) || typescript.isArrowFunction(node) || typescript.isFunctionExpression(node) || (typescript.isIdentifier(node) && node.text === 'Boolean');
}

function isWritten(node: ts.Expression, depth: number): boolean {
  if (depth > 8) return false;
  if (isLiteral(node) || typescript.isNoSubstitutionTemplateLiteral(node)) return true;
  // `ADMIN_EMAILS`: a constant of the app's, as the roles read one written in place.
  if (typescript.isIdentifier(node)) return !isVariableValue(node);
  if (typescript.isPropertyAccessExpression(node)) return !isVariableValue(node);
  if (typescript.isConditionalExpression(node)) return isWritten(unwrap(node.whenTrue), depth + 1) && isWritten(unwrap(node.whenFalse), depth + 1);
  if (typescript.isCallExpression(node) && node.arguments.length === 0 && typescript.isPropertyAccessExpression(node.expression) && STRING_METHODS.has(node.expression.name.text)) return isWritten(unwrap(node.expression.expression), depth + 1);
  // `(Deno.env.get('REPORT_RECIPIENTS') || ADMIN_EMAILS.join(',')).split(',').map((s) => s.trim()).filter(Boolean)`:
  // a list of the app's own addresses cut from a setting (a French tradesmen's SaaS's weekly report, session 55).
  if (typescript.isCallExpression(node) && typescript.isPropertyAccessExpression(node.expression) && LIST_SHAPING.has(node.expression.name.text)) return node.arguments.every(isShapingArgument) && isWritten(unwrap(node.expression.expression), depth + 1);
  // `Deno.env.get('REPORT_RECIPIENTS')`, `env('MAIL_TO')`, `config.get('mail.to')`: a setting read by its name; not any
  // call with a literal (`useState('')`, a builder's `.setSubject('Welcome')` make values out of whatever comes later).
  if (typescript.isCallExpression(node) && node.arguments.length === 1 && typescript.isStringLiteral(node.arguments[0]!)) return readsSetting(node.expression);
  if (!typescript.isBinaryExpression(node)) return false;
  const op = node.operatorToken.kind;
  if (op !== typescript.SyntaxKind.BarBarToken && op !== typescript.SyntaxKind.QuestionQuestionToken) return false;
  return isWritten(unwrap(node.left), depth + 1) && isWritten(unwrap(node.right), depth + 1);
}

/**
 * `this.defaultRecipient` as the key the flow walk binds field values under, with the members read below it
 * (`this.defaultSender.email`: `this.defaultSender` and `['email']`); undefined for anything else.
 */
export function fieldRead(input: ts.Expression): { key: string; members: string[] } | undefined {
  const members: string[] = [];
  let node = unwrap(input);
  while (typescript.isPropertyAccessExpression(node) && node.expression.kind !== typescript.SyntaxKind.ThisKeyword && members.length < 4) {
    members.unshift(node.name.text);
    node = unwrap(node.expression);
  }
  if (!typescript.isPropertyAccessExpression(node) || node.expression.kind !== typescript.SyntaxKind.ThisKeyword) return undefined;
  return { key: `this.${node.name.text}`, members };
}

/**
 * Whether a field was given values, every one of them the system's; a member read below it (`this.defaultSender.email`)
 * is looked up in each value written as an object (`{ email: process.env.SENDER || 'desk@…', name: 'Shop' }`).
 */
export function isSystemField(values: readonly ts.Expression[] | undefined, members: readonly string[] = []): boolean {
  return values !== undefined && values.length > 0 && values.every((value) => {
    const member = memberOf(value, members);
    return member !== undefined && isWrittenSystemValue(member);
  });
}

/** The value written under `members` in an object literal (`{ email: x }` and `['email']`: `x`). */
function memberOf(value: ts.Expression, members: readonly string[]): ts.Expression | undefined {
  let current: ts.Expression | undefined = value;
  for (const member of members) {
    const object: ts.Expression = unwrap(current);
    if (!typescript.isObjectLiteralExpression(object)) return undefined;
    current = undefined;
    for (const property of object.properties) {
      if (typescript.isPropertyAssignment(property) && (typescript.isIdentifier(property.name) || typescript.isStringLiteral(property.name)) && property.name.text === member) current = property.initializer;
    }
    if (current === undefined) return undefined;
  }
  return current;
}

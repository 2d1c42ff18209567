/**
 * Helpers whose result is the text they were given, written another way: `escapeHtml(name)`, `sanitize(…)`,
 * `formatPhoneNumber(phone)`, or the app's own `const trygg = (s) => s.replace(/</g, '&lt;')` (a Norwegian housing
 * co-op app's "safe"). A mail's HTML escapes what it writes of a person, so the escaped value is still that person's
 * (personal-data.ts reads such calls in a sink's arguments; text-function-params.ts inside a text function).
 */
import type ts from 'typescript';
import { typescript } from '../scan/code/typescript-api.js';
import { isOrElse, unwrap } from '../scan/code/unwrap.js';
import { returnedValues } from '../scan/code/returns.js';
import { topLevelFunctions } from './own-function-result.js';

/** Helpers named for escaping or reshaping text (`escapeHtml(user.name)`, `sanitize(…)`, `capitalize(…)`): the text still holds its argument. */
export const TEXT_HELPER = /^(?:escape|sanitize|encode|capitali[sz]e|truncate|normali[sz]e|upperFirst|lowerFirst|startCase|titleCase)/i;
/** Helpers named for formatting what they are given (`this.toE164(item.telefono)`, `formatPhoneNumber(user.phone)`, `formatName(p)`): the same value, written another way. */
export const FORMATTER = /^(?:format[A-Z]|to(?:E164|International|National)(?:[A-Z]|$))/;

/**
 * The argument a call hands back as text, reshaped: the first, where the callee is named for escaping or
 * formatting, or is a function at the top of the same file that returns its first parameter through string methods
 * only (`s.replace(…).replace(…)`, `String(s ?? '').trim()`), whatever it is called.
 */
export function reshapedArgument(call: ts.CallExpression, sourceFile: ts.SourceFile | undefined): ts.Expression | undefined {
  const first = call.arguments[0];
  if (!first) return undefined;
  const callee = unwrap(call.expression);
  const name = typescript.isIdentifier(callee) ? callee.text : typescript.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
  if (name === undefined) return undefined;
  if (TEXT_HELPER.test(name) || FORMATTER.test(name)) return first;
  const fn = sourceFile && typescript.isIdentifier(callee) ? topLevelFunctions(sourceFile).get(name) : undefined;
  return fn && returnsFirstParameter(fn) ? first : undefined;
}

/** String methods whose result is the same text, reshaped (not cut: `slice` may keep only an initial). */
const RESHAPING = new Set(['replace', 'replaceAll', 'trim', 'trimStart', 'trimEnd', 'toString', 'normalize', 'toLowerCase', 'toUpperCase']);

const returnsFirstOf = new WeakMap<ts.Node, boolean>();

function returnsFirstParameter(fn: ts.SignatureDeclaration & { body?: ts.Node }): boolean {
  let known = returnsFirstOf.get(fn);
  if (known !== undefined) return known;
  const first = fn.parameters[0]?.name;
  const body = fn.body;
  const values = !body ? [] : typescript.isBlock(body) ? returnedValues(body) : [body as ts.Expression];
  // A literal handed back for an empty value (`if (!value) return '-'`) is a placeholder, not another text: the function
  // still returns its parameter wherever there is one.
  known = first !== undefined && typescript.isIdentifier(first) && values.some((value) => isReshaped(value, first.text)) && values.every((value) => isReshaped(value, first.text) || isLiteralText(value));
  returnsFirstOf.set(fn, known);
  return known;
}

const isLiteralText = (value: ts.Expression): boolean => typescript.isStringLiteralLike(unwrap(value));

/**
 * `s`, `s || ''`, `String(s)`, `s.replace(…).trim()`: the parameter `name`, reshaped by string methods only; or the first
 * of it where a form library hands a field as a list (`Array.isArray(value) ? value[0] : value`, formidable's fields).
 */
function isReshaped(value: ts.Expression, name: string): boolean {
  let node = unwrap(value);
  for (let step = 0; step < 16; step++) {
    if (typescript.isIdentifier(node)) return node.text === name;
    if (typescript.isConditionalExpression(node)) {
      const branches = [node.whenTrue, node.whenFalse];
      return branches.some((branch) => isReshaped(branch, name)) && branches.every((branch) => isReshaped(branch, name) || isLiteralText(branch));
    }
    if (typescript.isElementAccessExpression(node) && typescript.isNumericLiteral(unwrap(node.argumentExpression))) {
      node = unwrap(node.expression);
      continue;
    }
    if (isOrElse(node)) node = unwrap(node.left);
    else if (typescript.isCallExpression(node) && typescript.isPropertyAccessExpression(node.expression) && RESHAPING.has(node.expression.name.text)) node = unwrap(node.expression.expression);
    else if (typescript.isCallExpression(node) && typescript.isIdentifier(node.expression) && node.expression.text === 'String' && node.arguments[0]) node = unwrap(node.arguments[0]);
    else return false;
  }
  return false;
}

/**
 * A message template filled in, placeholder by placeholder, from a record the function is given (session 35, seen in
 * a French restaurant-booking SaaS: `function loadTemplate(name, params) { let html = readFileSync(path, 'utf-8');
 * Object.keys(params).forEach((key) => { const value = params[key]; html = html.replace(new RegExp(`{{${key}}}`,
 * 'g'), String(value)); }); return html; }`, then `htmlContent = loadTemplate('restaurant-notification', { customerName,
 * customerEmail, customerPhone })`). Apps without a template engine keep their mails as HTML files with `{{key}}`
 * marks and one such loop; the text returned holds every value of the record, whatever keys the caller gives it.
 * Read from the body: the returned local is given `local.replace(…, value)` (a text filled in, placeholder-replace.ts),
 * or the text is the result of `Object.entries(params).reduce((text, [key, value]) => text.replace(…), template)`; a
 * parameter fills it where the value put in is one of its values (`params[key]`, `value` of `Object.entries(params)`,
 * a local holding `params[key]`), as it is or through a one-argument call (`String(value)`, `escapeHtml(value)`).
 * Session 45 (a UK beauty salon's SMS and a German trades SaaS's mails): the shortest form, a replace callback looking
 * each placeholder up, `template.replace(/{{(\w+)}}/g, (_, key) => vars[key] ?? '')`, returned as it is.
 */
import type ts from 'typescript';
import { typescript } from '../scan/code/typescript-api.js';
import { isOrElse, unwrap } from '../scan/code/unwrap.js';
import { placeholderValue } from './placeholder-replace.js';
import { returnedValues } from '../scan/code/returns.js';

const REPLACING = new Set(['replace', 'replaceAll']);
/** Array methods whose callback is handed each entry (`forEach`, `map`) or the text so far and the entry (`reduce`). */
const ENTRY_CALLBACK_ARG: Readonly<Record<string, number>> = { forEach: 0, map: 0, reduce: 1 };

/** `x.replace(…)` / `x.replaceAll(…)` with a value put in: the receiver's name, else undefined. */
function replacedName(node: ts.Node): string | undefined {
  if (!typescript.isCallExpression(node) || !typescript.isPropertyAccessExpression(node.expression)) return undefined;
  if (!REPLACING.has(node.expression.name.text) || !placeholderValue(node, node.expression.name.text)) return undefined;
  const receiver = unwrap(node.expression.expression);
  return typescript.isIdentifier(receiver) ? receiver.text : undefined;
}

/** The callback of `text.replace(pattern, (match, key) => …)`, when the second argument is one. */
function replaceCallback(node: ts.Node): ts.ArrowFunction | ts.FunctionExpression | undefined {
  if (!typescript.isCallExpression(node) || !typescript.isPropertyAccessExpression(node.expression) || !REPLACING.has(node.expression.name.text) || node.arguments.length !== 2) return undefined;
  const callback = unwrap(node.arguments[1]!);
  return typescript.isArrowFunction(callback) || typescript.isFunctionExpression(callback) ? callback : undefined;
}

/**
 * The objects a replace callback looks each match up in by a key it computed (`vars[key] ?? ''`, `String(data[match[1]])`):
 * their names, from its returns.
 */
function lookedUpObjects(callback: ts.ArrowFunction | ts.FunctionExpression): string[] {
  const values = typescript.isBlock(callback.body) ? returnedValues(callback.body) : [callback.body];
  return values.flatMap((value) => {
    const node = unwrap(putValue(value));
    const object = typescript.isElementAccessExpression(node) ? unwrap(node.expression) : undefined;
    return object && typescript.isIdentifier(object) ? [object.text] : [];
  });
}

/**
 * `template.replace(/{{(\w+)}}/g, (_, key) => vars[key] ?? '')`: a text whose placeholders are looked up in an object
 * the function holds (not one of the callback's own parameters).
 */
export function isPlaceholderLookup(value: ts.Expression): boolean {
  const callback = replaceCallback(unwrap(value));
  if (!callback) return false;
  const own = new Set(callback.parameters.flatMap((p) => (typescript.isIdentifier(p.name) ? [p.name.text] : [])));
  return lookedUpObjects(callback).some((object) => !own.has(object));
}

/** `return html` where the body assigns `html = html.replace(…, value)` (in a loop or a callback too). */
export function isPlaceholderFilledLocal(value: ts.Expression, body: ts.Node): boolean {
  const returned = unwrap(value);
  if (!typescript.isIdentifier(returned)) return false;
  const visit = (node: ts.Node): boolean => {
    if (typescript.isBinaryExpression(node) && node.operatorToken.kind === typescript.SyntaxKind.EqualsToken && typescript.isIdentifier(node.left) && node.left.text === returned.text && replacedName(unwrap(node.right)) === returned.text) return true;
    return typescript.forEachChild(node, visit) === true;
  };
  return typescript.forEachChild(body, visit) === true;
}

/** `Object.entries(params)` / `Object.keys(params)` / `Object.values(params)`: the object read, else undefined. */
function entriesOf(node: ts.Expression): string | undefined {
  const call = unwrap(node);
  if (!typescript.isCallExpression(call) || call.arguments.length !== 1) return undefined;
  const callee = call.expression;
  if (!typescript.isPropertyAccessExpression(callee) || !typescript.isIdentifier(callee.expression) || callee.expression.text !== 'Object') return undefined;
  if (!['entries', 'keys', 'values'].includes(callee.name.text)) return undefined;
  const object = unwrap(call.arguments[0]!);
  return typescript.isIdentifier(object) ? object.text : undefined;
}

/** `Object.entries(params).reduce((text, [key, value]) => text.replace(…), template)`: a text filled in entry by entry. */
export function isPlaceholderReduce(value: ts.Expression): boolean {
  const call = unwrap(value);
  if (!typescript.isCallExpression(call) || !typescript.isPropertyAccessExpression(call.expression) || call.expression.name.text !== 'reduce') return false;
  if (!entriesOf(call.expression.expression)) return false;
  const callback = call.arguments[0] && unwrap(call.arguments[0]);
  if (!callback || !(typescript.isArrowFunction(callback) || typescript.isFunctionExpression(callback))) return false;
  const first = callback.parameters[0]?.name;
  if (!first || !typescript.isIdentifier(first)) return false;
  const results = typescript.isBlock(callback.body) ? returnedValues(callback.body) : [callback.body];
  return results.length > 0 && results.every((r) => replacedName(unwrap(r)) === first.text);
}

/** The value put in, through a one-argument call (`String(value)`, `escapeHtml(value)`), `.toString()` or a default (`value ?? ''`). */
function putValue(node: ts.Expression): ts.Expression {
  const value = unwrap(node);
  if (typescript.isCallExpression(value) && value.arguments.length === 1 && typescript.isIdentifier(value.expression)) return putValue(value.arguments[0]!);
  if (typescript.isCallExpression(value) && value.arguments.length === 0 && typescript.isPropertyAccessExpression(value.expression) && value.expression.name.text === 'toString') return putValue(value.expression.expression);
  if (isOrElse(value)) return putValue(value.left);
  return value;
}

/** The value name of an entry pattern: `value` of `[key, value]` (entries), the name itself for `Object.values`. */
function entryValueName(name: ts.BindingName, method: string): string | undefined {
  if (typescript.isIdentifier(name)) return method === 'values' ? name.text : undefined;
  const element = typescript.isArrayBindingPattern(name) ? name.elements[1] : undefined;
  return element && typescript.isBindingElement(element) && typescript.isIdentifier(element.name) ? element.name.text : undefined;
}

/** The `Object.…` method of an entries call (`entries`, `keys`, `values`). */
function entriesMethod(node: ts.Expression): string {
  const call = unwrap(node) as ts.CallExpression;
  return (call.expression as ts.PropertyAccessExpression).name.text;
}

/**
 * For each parameter, whether its values are put into the text's placeholders: `params[key]`, a local holding it, or
 * the value of each of its entries (`for (const [key, value] of Object.entries(params))`, `Object.entries(params)
 * .forEach(([key, value]) => …)`, the entry of a `reduce`).
 */
export function placeholderParams(fn: ts.SignatureDeclaration & { body?: ts.Node }): boolean[] {
  const names = fn.parameters.map((p) => (typescript.isIdentifier(p.name) ? p.name.text : undefined));
  const filled = names.map(() => false);
  if (!fn.body) return filled;
  // Names standing for one value of a parameter (`value` of its entries, `const value = params[key]`).
  const valueOf = new Map<string, number>();
  const paramIndex = (node: ts.Expression): number => {
    const value = unwrap(node);
    if (typescript.isElementAccessExpression(value) && typescript.isIdentifier(unwrap(value.expression))) return names.indexOf((unwrap(value.expression) as ts.Identifier).text);
    return typescript.isIdentifier(value) ? (valueOf.get(value.text) ?? -1) : -1;
  };
  const bindEntries = (pattern: ts.BindingName | undefined, source: ts.Expression): void => {
    const object = entriesOf(source);
    const index = object === undefined ? -1 : names.indexOf(object);
    const name = pattern && index >= 0 ? entryValueName(pattern, entriesMethod(source)) : undefined;
    if (name) valueOf.set(name, index);
  };
  const visit = (node: ts.Node): void => {
    if (typescript.isVariableDeclaration(node) && typescript.isIdentifier(node.name) && node.initializer) {
      const index = paramIndex(node.initializer);
      if (index >= 0 && typescript.isElementAccessExpression(unwrap(node.initializer))) valueOf.set(node.name.text, index);
    }
    if (typescript.isForOfStatement(node) && typescript.isVariableDeclarationList(node.initializer)) bindEntries(node.initializer.declarations[0]?.name, node.expression);
    if (typescript.isCallExpression(node) && typescript.isPropertyAccessExpression(node.expression) && node.expression.name.text in ENTRY_CALLBACK_ARG) {
      const callback = node.arguments[0] && unwrap(node.arguments[0]);
      if (callback && (typescript.isArrowFunction(callback) || typescript.isFunctionExpression(callback))) bindEntries(callback.parameters[ENTRY_CALLBACK_ARG[node.expression.name.text]!]?.name, node.expression.expression);
    }
    if (replacedName(node) !== undefined) {
      const call = node as ts.CallExpression;
      const index = paramIndex(putValue(placeholderValue(call, (call.expression as ts.PropertyAccessExpression).name.text)!));
      if (index >= 0) filled[index] = true;
    }
    // `template.replace(/{{(\w+)}}/g, (_, key) => vars[key] ?? '')`: each placeholder looked up in the parameter.
    const callback = replaceCallback(node);
    for (const object of callback ? lookedUpObjects(callback) : []) {
      const index = names.indexOf(object);
      if (index >= 0) filled[index] = true;
    }
    typescript.forEachChild(node, visit);
  };
  visit(fn.body);
  return filled;
}

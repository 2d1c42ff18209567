/**
 * A list of the project's implementations, each called in turn (a composite, or fan-out): `export default
 * [brevoMailPipe, brevoContactPipe, mattermostPipe] as NotifyOutPipe[]` then `this.pipes.map((pipe) =>
 * pipe.notify(type, data))`, or `const adapters: ProviderAdapter[] = [openAIAdapter, genericAdapter]` then
 * `for (const adapter of adapters) adapter.detect(ctx)`. A method called on an element is each listed value's,
 * so the link stage reads the list as a choice among its elements (`ObjectFact.oneOf`).
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import { unwrap } from './unwrap.js';

/**
 * The values a module-level array literal lists, as link roots (`mailPipe`, `Mailer` for `new Mailer()`,
 * `createMailer()` for what a function makes); `undefined` unless every element is such a value.
 */
export function listedValues(value: ts.Expression): string[] | undefined {
  const node = unwrap(value);
  if (!typescript.isArrayLiteralExpression(node) || node.elements.length === 0) return undefined;
  return implementationRoots(node.elements);
}

/** The link roots of values written one after another (an array's elements, a record's values); `undefined` unless every one is such a value. */
export function implementationRoots(elements: readonly ts.Expression[]): string[] | undefined {
  if (elements.length === 0) return undefined;
  const out: string[] = [];
  for (const element of elements) {
    const item = unwrap(element);
    if (typescript.isIdentifier(item) && item.text !== 'undefined') out.push(item.text);
    else if (typescript.isNewExpression(item) && typescript.isIdentifier(unwrap(item.expression))) out.push((unwrap(item.expression) as ts.Identifier).text);
    else if (typescript.isCallExpression(item) && typescript.isIdentifier(unwrap(item.expression))) out.push(`${(unwrap(item.expression) as ts.Identifier).text}()`);
    else return undefined;
  }
  return [...new Set(out)];
}

/**
 * The list an element is taken from, as a link root: an imported name (`pipes.map(…)`), a list of this module
 * (`adapters`), or a field holding either (`private outPipes: NotifyOutPipe[] = outPipes`, `this.outPipes.map(…)`).
 */
export function listRoot(receiver: ts.Expression, isList: (name: string) => boolean, initializersOf: (key: string) => readonly ts.Expression[]): string | undefined {
  const node = unwrap(receiver);
  if (typescript.isIdentifier(node)) return isList(node.text) ? node.text : undefined;
  if (!typescript.isPropertyAccessExpression(node) || node.expression.kind !== typescript.SyntaxKind.ThisKeyword) return undefined;
  const values = initializersOf(`this.${node.name.text}`);
  if (values.length !== 1) return undefined;
  const value = unwrap(values[0]!);
  return typescript.isIdentifier(value) && isList(value.text) ? value.text : undefined;
}

/** Whether `name` is written as an element of an array literal (`[mailPipe, contactPipe]`): a list a file may call each of. */
export function isListedInText(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    let before = at - 1;
    while (before >= 0 && /\s/.test(text[before]!)) before--;
    if (text[before] !== '[' && text[before] !== ',') continue;
    let next = at + name.length;
    while (next < text.length && /\s/.test(text[next]!)) next++;
    if (text[next] === ',' || text[next] === ']') return true;
  }
  return false;
}

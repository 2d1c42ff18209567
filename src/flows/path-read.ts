/**
 * A member read by its path (session 43, seen in a French home-care company's API: `const origins = get(prevEvent,
 * 'address.fullAddress')` handed through two of its own modules to Google's Distance Matrix): lodash's `get(object,
 * 'a.b.c')` and `_.get(object, ['a', 'b'])` read `object.a.b.c`, and are read as that member is, so an address read so
 * is an address and `get(credentials, 'company._id')` is an id. Only lodash's (imported from `lodash`, `lodash-es`,
 * `lodash/get` or `lodash.get`, or its `_`): a function of the app's own named `get` may do anything with its
 * arguments, and lodash/fp's `get` takes the path first.
 */
import type ts from 'typescript';
import { typescript } from '../scan/code/typescript-api.js';
import { unwrap } from '../scan/code/unwrap.js';
import { importBindings } from '../scan/code/import-bindings.js';

const LODASH = new Set(['lodash', 'lodash-es']);
const LODASH_GET = new Set(['lodash/get', 'lodash-es/get', 'lodash.get']);

/** The member read (`fullAddress`), the value it is read from (`prevEvent`), and the members between (`address`). */
export function pathRead(node: ts.CallExpression, sourceFile: ts.SourceFile): { field: string; of: ts.Expression; through: string[] } | undefined {
  if (node.arguments.length < 2 || node.arguments.length > 3 || !isLodashGet(unwrap(node.expression), sourceFile)) return undefined;
  const path = pathOf(unwrap(node.arguments[1]!));
  if (!path || path.length === 0) return undefined;
  return { field: path[path.length - 1]!, of: node.arguments[0]!, through: path.slice(0, -1) };
}

function isLodashGet(callee: ts.Expression, sourceFile: ts.SourceFile): boolean {
  if (typescript.isIdentifier(callee)) {
    return importBindings(sourceFile).some((b) => b.local === callee.text && (LODASH_GET.has(b.specifier) ? b.imported === 'default' || b.imported === '*' : LODASH.has(b.specifier) && b.imported === 'get'));
  }
  if (!typescript.isPropertyAccessExpression(callee) || callee.name.text !== 'get' || !typescript.isIdentifier(callee.expression)) return false;
  const root = callee.expression.text;
  // `_` is lodash's (or underscore's, whose `get` reads paths alike) wherever it is not bound to something else.
  const binding = importBindings(sourceFile).find((b) => b.local === root);
  return binding ? LODASH.has(binding.specifier) && (binding.imported === 'default' || binding.imported === '*') : root === '_';
}

/** `'a.b[0].c'` or `['a', 'b', 0, 'c']` as its member names (indexes are an element of the same thing). */
function pathOf(node: ts.Expression): string[] | undefined {
  if (typescript.isStringLiteralLike(node)) return node.text.split(/[.[\]]+/).filter((part) => part !== '' && !/^\d+$/.test(part));
  if (!typescript.isArrayLiteralExpression(node)) return undefined;
  const parts: string[] = [];
  for (const element of node.elements) {
    if (typescript.isStringLiteralLike(element)) parts.push(element.text);
    else if (!typescript.isNumericLiteral(element)) return undefined;
  }
  return parts;
}

/**
 * `const [stripe, order] = await Promise.all([this.getStripeClient(ctx), repository.findOne(…)])`: apps fetch a
 * client and a record in parallel and destructure the results. Each name holds what the element at its place
 * resolves to, as `const stripe = await this.getStripeClient(ctx)` would (seen in vendure's Stripe service). Also a
 * plain array literal (`const [a, b] = [x, y]`). Holes, rests and nested patterns bind nothing.
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import { unwrap } from './unwrap.js';

/** The elements a destructured `Promise.all([...])` or array literal gives each name, by place. */
export function destructuredElements(pattern: ts.ArrayBindingPattern, init: ts.Expression): Array<{ name: string; element: ts.Expression }> {
  let source = unwrap(init);
  if (typescript.isCallExpression(source) && source.arguments.length === 1 && isPromiseAll(source.expression)) source = unwrap(source.arguments[0]!);
  if (!typescript.isArrayLiteralExpression(source)) return [];
  const out: Array<{ name: string; element: ts.Expression }> = [];
  pattern.elements.forEach((binding, index) => {
    const element = source.elements[index];
    if (typescript.isOmittedExpression(binding) || binding.dotDotDotToken || !typescript.isIdentifier(binding.name) || !element || typescript.isSpreadElement(element)) return;
    out.push({ name: binding.name.text, element });
  });
  return out;
}

function isPromiseAll(callee: ts.Expression): boolean {
  const node = unwrap(callee);
  return typescript.isPropertyAccessExpression(node) && node.name.text === 'all' && typescript.isIdentifier(node.expression) && node.expression.text === 'Promise';
}

/** The names an array pattern binds at its top level, a rest included (`[first, ...rest]`): nested patterns bind none here. */
export function arrayBindingNames(pattern: ts.ArrayBindingPattern): string[] {
  const names: string[] = [];
  for (const binding of pattern.elements) if (!typescript.isOmittedExpression(binding) && typescript.isIdentifier(binding.name)) names.push(binding.name.text);
  return names;
}

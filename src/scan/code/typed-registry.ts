/**
 * A registry of implementations by key, typed with the project's type: `private strategies: Map<PaymentMethod,
 * PaymentStrategy>` filled with `set(…)`, `const AI_PROVIDER_REGISTRY: Record<Provider, AIProviderAdapter>`,
 * `new Map<string, CookieProvider>()`. A value looked up in it (`const strategy = this.strategies.get(method)`,
 * `registry[provider]`) is a value of the registry's value type, so a method called on it is each
 * implementation's (the link stage's values known by their type).
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import { unwrap } from './unwrap.js';

const MAPS = new Set(['Map', 'ReadonlyMap', 'WeakMap', 'Record']);
/** Wrappers around a record type that keep its value type (`Partial<Record<K, V>>`). */
const KEEPING = new Set(['Partial', 'Readonly', 'Required']);

/** The name of a type reference (`PaymentStrategy`, `ns.PaymentStrategy` as its last name), or undefined. */
function referenceName(type: ts.TypeNode | undefined): string | undefined {
  if (!type || !typescript.isTypeReferenceNode(type)) return undefined;
  return typescript.isIdentifier(type.typeName) ? type.typeName.text : type.typeName.right.text;
}

/** A registry type's value type by name: `Map<K, V>`, `Record<K, V>`, `Partial<Record<K, V>>`, `{ [key: string]: V }`. */
export function registryValueType(type: ts.TypeNode | undefined): string | undefined {
  if (!type) return undefined;
  if (typescript.isTypeLiteralNode(type) && type.members.length === 1 && typescript.isIndexSignatureDeclaration(type.members[0]!)) return referenceName(type.members[0].type);
  if (!typescript.isTypeReferenceNode(type) || !type.typeArguments) return undefined;
  const name = referenceName(type);
  if (name !== undefined && KEEPING.has(name) && type.typeArguments.length === 1) return registryValueType(type.typeArguments[0]);
  return name !== undefined && MAPS.has(name) && type.typeArguments.length === 2 ? referenceName(type.typeArguments[1]) : undefined;
}

/** `new Map<string, CookieProvider>(…)`: the value type its type arguments give. */
export function registryMadeWith(value: ts.Expression): string | undefined {
  const node = unwrap(value);
  if (!typescript.isNewExpression(node) || !node.typeArguments || node.typeArguments.length !== 2) return undefined;
  const callee = unwrap(node.expression);
  return typescript.isIdentifier(callee) && MAPS.has(callee.text) ? referenceName(node.typeArguments[1]) : undefined;
}

/** The registry a value is looked up in (`strategies` or `this.strategies` for `.get(key)` / `[key]`), or undefined. */
export function registryLookedUp(value: ts.Expression): string | undefined {
  const node = unwrap(value);
  let registry: ts.Expression | undefined;
  if (typescript.isCallExpression(node) && typescript.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'get' && node.arguments.length === 1) registry = node.expression.expression;
  else if (typescript.isElementAccessExpression(node) && !typescript.isStringLiteralLike(node.argumentExpression) && !typescript.isNumericLiteral(node.argumentExpression)) registry = node.expression;
  if (!registry) return undefined;
  const r = unwrap(registry);
  if (typescript.isIdentifier(r)) return r.text;
  return typescript.isPropertyAccessExpression(r) && r.expression.kind === typescript.SyntaxKind.ThisKeyword ? `this.${r.name.text}` : undefined;
}

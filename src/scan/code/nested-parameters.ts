/**
 * A parameter destructured two levels deep: `({ administrator: { name: administratorName, email }, origin }) =>
 * sendEmail({ email, params: { NAME: administratorName } })`. Event handlers and mail helpers of apps with typed
 * events take the person's record out of the message in the parameter list itself (seen in nosgestesclimat-server's
 * Brevo helpers and their event handlers). Each inner name stands for the parameter's key it is taken from
 * (`administrator`), as a name bound one level down does for its own key; and what the inner names say is that key's
 * contract (`FunctionFact.named`): the record holds an email address, and beside one, its bare `name` is the person's
 * (the person's-record rule). A caller handing `{ administrator }` or `{ user }`, whose own name says nothing, hands
 * that person's address and name. Deeper patterns and array patterns bind nothing.
 */
import type ts from 'typescript';
import type { Category } from '../../detect/types.js';
import type { ParamRef } from '../../flows/module-facts.js';
import { classify, type DataContext } from '../../flows/personal-data.js';
import { typescript } from './typescript-api.js';

/** The key an element of a parameter's object pattern reads (`administrator` of `administrator: { … }`). */
function keyOf(element: ts.BindingElement): string | undefined {
  const named = element.propertyName;
  if (named) return typescript.isIdentifier(named) || typescript.isStringLiteral(named) ? named.text : undefined;
  return typescript.isIdentifier(element.name) ? element.name.text : undefined;
}

/** The inner names of `key: { a, b: c }` on parameter `param`, each standing for the parameter's `key`. */
export function nestedElementRefs(element: ts.BindingElement, param: number): Array<{ name: string; ref: ParamRef }> {
  if (!typescript.isObjectBindingPattern(element.name) || element.dotDotDotToken) return [];
  const key = keyOf(element);
  if (key === undefined) return [];
  const out: Array<{ name: string; ref: ParamRef }> = [];
  for (const inner of element.name.elements) if (typescript.isIdentifier(inner.name)) out.push({ name: inner.name.text, ref: { param, key } });
  return out;
}

/** What the inner names of the pattern a parameter's key is destructured into say it holds (`[email, name]`). */
export function nestedKeyCategories(fn: ts.SignatureDeclaration, ref: ParamRef, ctx: DataContext): Category[] {
  const parameter = fn.parameters[ref.param];
  if (ref.key === undefined || !parameter || !typescript.isObjectBindingPattern(parameter.name)) return [];
  const element = parameter.name.elements.find((e) => typescript.isObjectBindingPattern(e.name) && keyOf(e) === ref.key);
  if (!element || !typescript.isObjectBindingPattern(element.name)) return [];
  const keys = element.name.elements.map(keyOf).filter((k): k is string => k !== undefined);
  const categories = new Set<Category>();
  for (const key of keys) for (const c of classify(key, [ref.key], ctx)) categories.add(c);
  // Beside the person's address or phone, the record's bare `name` is theirs.
  if ((categories.has('email') || categories.has('phone')) && keys.includes('name')) categories.add('name');
  return [...categories].sort();
}

/**
 * Rest elements of an object pattern: `const { tags, ...message } = email` (or a parameter written
 * `({ tags, ...message })`) keeps in `message` every key of the parameter it did not name, so a wrapper that
 * spreads `...message` into a vendor's call hands on its callers' `to`, `cc`, … as they came. The rest stands
 * for the whole parameter (the keys taken out are not tracked: a key the caller named `tags` is not personal data
 * by its name either way); a named element stands for the parameter's key of that name.
 */
import type ts from 'typescript';
import type { ParamRef } from '../../flows/module-facts.js';
import { typescript } from './typescript-api.js';

/** The parameter, or its key, an element of an object pattern on parameter `param` stands for. */
export function boundElementRef(element: ts.BindingElement, param: number): ParamRef | undefined {
  if (!typescript.isIdentifier(element.name)) return undefined;
  if (element.dotDotDotToken) return { param };
  const named = element.propertyName;
  const key = named && (typescript.isIdentifier(named) || typescript.isStringLiteral(named)) ? named.text : element.name.text;
  return { param, key };
}

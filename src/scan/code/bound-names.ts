/**
 * The names a binding declares: `req`, and each name a pattern takes apart (`{ user, team: t }` -> `user`, `t`;
 * `[first, , rest]` -> `first`, `rest`). One walk for every reader that asks whether a declaration or a parameter
 * binds a name (logged-records.ts, own-object-handoff.ts, mapped-elements.ts, defaulted-param.ts).
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';

export function boundNames(name: ts.BindingName, out: string[] = []): string[] {
  if (typescript.isIdentifier(name)) out.push(name.text);
  else for (const element of name.elements) if (!typescript.isOmittedExpression(element)) boundNames(element.name, out);
  return out;
}

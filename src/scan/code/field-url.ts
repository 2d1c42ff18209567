/**
 * A URL a class keeps in a field (`private readonly baseUrl = 'https://api.ahrefs.com/v3/public'`,
 * `this.apiUrl = 'https://mattermost.example.org/hooks/…'` in the constructor): an API client's usual shape. A
 * generic HTTP call to `this.apiUrl` or `${this.baseUrl}/contacts` names the host that field was given, as a
 * URL in a local `const` does; the field is read by the name the flow walk binds it under (`this.apiUrl`).
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import { unwrap } from './unwrap.js';

/** `this.apiUrl` as the key its value is bound under, or undefined for anything else. */
export function thisFieldKey(node: ts.Expression): string | undefined {
  const n = unwrap(node);
  if (!typescript.isPropertyAccessExpression(n) || n.expression.kind !== typescript.SyntaxKind.ThisKeyword) return undefined;
  return `this.${n.name.text}`;
}

/** The value a name was given, when it was given exactly one (its declared type aside). */
export function onlyValue(values: readonly ts.Expression[]): ts.Expression | undefined {
  return values.length === 1 ? values[0] : undefined;
}

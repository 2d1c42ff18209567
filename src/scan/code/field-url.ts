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

/**
 * What a class's own method returns as the base of its URLs (`${this.getBaseUrl()}/ecomm/v2/payments`, seen in a
 * Norwegian booking app's Vipps client): one URL, or a test and a live URL of one vendor (`https://apitest.vipps.no`,
 * `https://api.vipps.no`), whose last two host labels agree; the live one, written last, stands for them.
 */
export function oneSiteValue(values: readonly ts.Expression[]): ts.Expression | undefined {
  if (values.length <= 1) return values[0];
  const sites = values.map((v) => {
    const n = unwrap(v);
    const host = typescript.isStringLiteralLike(n) ? /^https?:\/\/([^/:?#]+)/i.exec(n.text)?.[1] : undefined;
    return host?.toLowerCase().split('.').slice(-2).join('.');
  });
  return sites[0] !== undefined && sites.every((site) => site === sites[0]) ? values[values.length - 1] : undefined;
}

/** `this.getBaseUrl()` (as hostOfLiteral names it) in a method of `className`: what that method returns, by `oneSiteValue`. */
export function ownMethodValue(name: string, className: string | undefined, initializersOf: (key: string) => readonly ts.Expression[]): ts.Expression | undefined {
  if (className === undefined || !name.startsWith('this.') || !name.endsWith('()')) return undefined;
  return oneSiteValue(initializersOf(`${className}.${name.slice('this.'.length)}`));
}

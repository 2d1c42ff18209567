/**
 * A vendor's host with the customer's own subdomain written into the URL: `https://${ZENDESK_SUBDOMAIN}.zendesk.com/api/v2`,
 * `https://${dc}.api.mailchimp.com/3.0`, `https://${account}.freshdesk.com`. Multi-tenant SaaS APIs give each customer
 * (or data centre) a subdomain, so the code writes the vendor's domain literally and the tenant as a value. The host
 * is read as `*.` + the literal rest (`*.zendesk.com`), which only a catalogue vendor's wildcard host matches: the
 * flow walk keeps such a host only where it names a vendor (flows.ts), since an app's own tenants
 * (`https://${team}.example-app.com`) are written the same way.
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';

/** `https://${sub}.zendesk.com/…` -> `*.zendesk.com`; undefined where the template does not start so. */
export function tenantHost(template: ts.TemplateExpression): string | undefined {
  return tenantHostOfPieces(template.head.text, template.templateSpans[0]?.literal.text ?? '');
}

/**
 * The same URL written by concatenation, `'https://' + MC_DC + '.api.mailchimp.com/3.0/lists/' + list` (a Norwegian
 * workshop's newsletter sign-up, session 55): its operands in order, the scheme, a value, then the literal rest.
 */
export function tenantHostOfConcatenation(operands: readonly ts.Expression[]): string | undefined {
  const [scheme, , rest] = operands;
  if (!scheme || !rest || !typescript.isStringLiteralLike(scheme) || !typescript.isStringLiteralLike(rest) || typescript.isStringLiteralLike(operands[1]!)) return undefined;
  return tenantHostOfPieces(scheme.text, rest.text);
}

/** The scheme written before the tenant's value and the literal written after it. */
function tenantHostOfPieces(head: string, rest: string): string | undefined {
  if (!/^https?:\/\/$/i.test(head)) return undefined;
  // The literal after the subdomain: `.zendesk.com` then a path, a port, a query or the end of the template.
  const match = /^\.((?:[a-z0-9-]+\.)+[a-z]{2,})(?=$|[/:?#])/i.exec(rest);
  if (!match) return undefined;
  return `*.${match[1]!.toLowerCase()}`;
}

/** Whether a host is a tenant's wildcard (`*.zendesk.com`), kept only where a catalogue vendor's host covers it. */
export function isTenantHost(host: string): boolean {
  return host.startsWith('*.');
}

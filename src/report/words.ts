/** Plain words shared by the HTML and Markdown reporters, so both say the same thing the same way. */
import type { ElementStatus, ReportElement, ReportTransfer } from './model.js';

export const STATUS_TITLES: Record<ElementStatus, string> = { declared: 'Declared', undeclared: 'Undeclared', suppressed: 'Suppressed' };

export const STATUS_LEGEND: Record<ElementStatus, string> = {
  declared: 'a purpose in privacy.yml covers this data here.',
  undeclared: 'no purpose in privacy.yml allows this processing; `privmap check` fails on it.',
  suppressed: 'reviewed and marked as not personal data (`@personal none -- reason`).',
};

export const SOURCE_TITLES: Record<string, string> = { code: 'Code', sql: 'SQL migrations', prisma: 'Prisma schema', postgres: 'Live PostgreSQL' };

/** `Customer.email`, or for a flow `logger.info() in CheckoutService.placeOrder`. */
export function elementLabel(e: Pick<ReportElement, 'kind' | 'container' | 'field'>): string {
  return e.kind === 'flow' ? `${e.field}() in ${e.container}` : `${e.container}.${e.field}`;
}

/** Why an element has its status, in words: the reasons of an undeclared one, the note of a suppressed one. */
export function statusDetail(e: Pick<ReportElement, 'status' | 'suppressedReason'> & { reasons: readonly { text: string }[] }): string {
  if (e.status === 'undeclared') return e.reasons.map((r) => r.text).join('; ') || 'no purpose is declared for it';
  if (e.status === 'suppressed') return e.suppressedReason || 'no reason given';
  return '';
}

export function transferText(t: ReportTransfer): string {
  return `${t.outsideEea ? 'transfer outside the EEA' : 'within the EEA'} to ${t.country}; safeguard: ${t.safeguard}`;
}

export function percentText(n: number): string {
  return `${n}%`;
}

/** Splits prose on backtick pairs so a reporter can show the quoted identifiers as code. */
export function splitCode(text: string): { code: boolean; text: string }[] {
  const parts = text.split('`');
  // An odd number of backticks is not a quoting: keep everything as prose.
  if (parts.length % 2 === 0) return [{ code: false, text }];
  return parts.map((part, index) => ({ code: index % 2 === 1, text: part })).filter((p) => p.text !== '');
}

/** Words shared by the diff's formats: how an element is named and where it is. */
import type { ReportElement } from '../../report/model.js';
import type { DiffReport, DiffSide } from '../model.js';

export function elementName(e: ReportElement): string {
  return e.kind === 'flow' ? `${e.field}() in ${e.container}` : `${e.container}.${e.field}`;
}

export function purposesOrRecipient(e: ReportElement): string {
  if (e.kind === 'flow') return `${e.recipients[0] ?? e.sink?.id ?? '?'}${e.purposes.length ? `: ${e.purposes.join(', ')}` : ''}`;
  return e.purposes.join(', ');
}

export function sideName(side: DiffSide): string {
  return side.sha ? `${side.ref} (${side.sha.slice(0, 7)})` : side.ref;
}

export function isEmpty(report: DiffReport): boolean {
  const s = report.summary;
  return s.added + s.removed + s.changed + s.newRecipients + s.newlyUndeclared === 0;
}

export function summaryLine(report: DiffReport): string {
  const s = report.summary;
  const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  return `${plural(s.added, 'new element')}, ${s.removed} removed, ${s.changed} changed; ${plural(s.newRecipients, 'new recipient')}; ${s.newlyUndeclared} newly undeclared`;
}

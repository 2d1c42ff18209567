/** `privmap diff`'s terminal output: one line per change, newly undeclared processing first. */
import type { Palette } from '../../output/color.js';
import type { ReportElement } from '../../report/model.js';
import type { DiffReport } from '../model.js';
import { showName } from '../../output/display-name.js';
import { elementName as rawElementName, isEmpty, purposesOrRecipient, sideName, summaryLine } from './describe.js';

// A scanned name with a bidirectional control or a terminal escape is shown escaped (src/output/display-name.ts).
const elementName = (e: ReportElement) => showName(rawElementName(e));

/** Longer lists are cut here with a pointer to the full formats; a terminal is for reading. */
const LIMIT = 50;

function where(e: ReportElement): string {
  const first = e.locations[0];
  if (!first) return '';
  return showName(e.locations.length > 1 ? `${first.text} (+${e.locations.length - 1})` : first.text);
}

function section<T>(title: string, items: readonly T[], line: (item: T) => string, p: Palette): string[] {
  if (items.length === 0) return [];
  const lines = [p.bold(`${title} (${items.length})`), ...items.slice(0, LIMIT).map((item) => `  ${line(item)}`)];
  if (items.length > LIMIT) lines.push(p.dim(`  ... and ${items.length - LIMIT} more (--format json or markdown lists all)`));
  return [...lines, ''];
}

export function renderDiffText(report: DiffReport, p: Palette): string {
  const head = `privmap diff: ${sideName(report.base)} -> ${sideName(report.head)}`;
  if (isEmpty(report)) return `${head}\nNo change to personal data.\n`;
  const status = (e: ReportElement) => (e.status === 'undeclared' ? p.red('undeclared') : e.status === 'declared' ? p.green('declared') : p.dim('suppressed'));
  const lines = [
    head,
    summaryLine(report),
    '',
    ...section('Newly undeclared', report.newlyUndeclared, (e) => `${p.red('!')} ${e.category}  ${elementName(e)}  ${where(e)}  ${p.dim(showName(e.reasons.map((r) => r.text).join('; ')))}`, p),
    ...section('New', report.added, (e) => `${p.green('+')} ${e.category}  ${elementName(e)}  ${where(e)}  ${status(e)}${purposesOrRecipient(e) ? `  ${purposesOrRecipient(e)}` : ''}`, p),
    ...section('Removed', report.removed, (e) => `${p.red('-')} ${e.category}  ${elementName(e)}  ${where(e)}`, p),
    ...section(
      'Changed',
      report.changed,
      (c) =>
        `${p.yellow('~')} ${c.element.category}  ${elementName(c.element)}  ${where(c.element)}  ${c.changes
          .map((k) => (k === 'status' ? `${c.before.status} -> ${c.element.status}` : `${k}: ${c.before[k].join(', ') || '-'} -> ${c.element[k].join(', ') || '-'}`))
          .join('; ')}`,
      p,
    ),
    ...section('New recipients', report.newRecipients, (r) => `${p.green('+')} ${r.id}  ${r.isDeclared ? p.green('declared') : p.red('undeclared')}  ${r.kind}  ${r.categories.join(', ')}`, p),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}

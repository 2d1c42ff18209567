/** The record of processing condensed for a wiki page or a pull-request comment. */
import type { ReportJson } from '../model.js';
import { RIGHTS } from '../rights.js';

/** Table cells: no pipes, newlines or backticks can break out of the cell. */
export function mdCell(text: string | undefined): string {
  return (text ?? '').replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/`/g, "'").replace(/[\r\n]+/g, ' ').replace(/</g, '&lt;');
}

export function renderMarkdown(report: ReportJson): string {
  const c = report.controller;
  const out: string[] = [`# Record of processing activities — ${mdCell(c.name)}`, ''];
  out.push(`Controller: **${mdCell(c.name)}**${c.website ? ` (${mdCell(c.website)})` : ''}. Contact: ${c.contact.map(mdCell).join(', ')}.`);
  if (c.dpo) out.push(`Data protection officer: ${mdCell(c.dpo)}.`);
  if (c.supervisoryAuthority) out.push(`Supervisory authority: ${mdCell(c.supervisoryAuthority.name)}${c.supervisoryAuthority.url ? ` (${mdCell(c.supervisoryAuthority.url)})` : ''}.`);
  if (report.generatedAt) out.push(`Generated ${mdCell(report.generatedAt)} by privmap ${report.tool.version}.`);
  const cov = report.coverage;
  out.push('', `**${cov.total}** data elements: ${cov.declared} declared, **${cov.undeclared} undeclared**, ${cov.suppressed} suppressed.`, '');
  out.push('## Purposes', '', '| Purpose | Legal basis | Categories | Data subjects | Recipients | Retention |', '| --- | --- | --- | --- | --- | --- |');
  for (const p of report.purposes) {
    const recipients = p.recipients.map((r) => `${r.title}${r.transfer ? ` (transfer to ${r.transfer.country}: ${r.transfer.safeguard})` : ''}`).join('; ');
    out.push(`| ${mdCell(p.title)} | ${mdCell(p.legalBasis ?? 'none')}${p.article ? ` (${p.article})` : ''} | ${mdCell(p.categories.join(', '))} | ${mdCell(p.subjects.join(', '))} | ${mdCell(recipients)} | ${mdCell(p.retention)} |`);
  }
  out.push('', '## Rights per purpose', '', `| Purpose | ${RIGHTS.join(' | ')} |`, `| --- |${RIGHTS.map(() => ' --- |').join('')}`);
  for (const p of report.purposes) out.push(`| ${mdCell(p.title)} | ${RIGHTS.map((r) => `${p.rights[r].applies} — ${mdCell(p.rights[r].why)}`).join(' | ')} |`);
  out.push('', '## Inventory', '', '| Status | Category | Element | Where | Purposes | Recipients |', '| --- | --- | --- | --- | --- | --- |');
  for (const e of report.elements) {
    const status = e.status === 'undeclared' ? `**undeclared**: ${mdCell(e.reasons.map((r) => r.text).join('; '))}` : e.status === 'suppressed' ? `suppressed: ${mdCell(e.suppressedReason)}` : 'declared';
    const what = e.kind === 'flow' ? `${e.field}() in ${e.container}` : `${e.container}.${e.field}`;
    out.push(`| ${status} | ${mdCell(e.category)}${e.organisation ? ' (organisation)' : ''} | ${mdCell(what)} | ${mdCell(e.locations.map((l) => l.text).join(', '))} | ${mdCell(e.purposes.join(', '))} | ${mdCell(e.recipients.join(', '))} |`);
  }
  if (report.drift.length) {
    out.push('', '## Drift between schema files and the database', '');
    for (const d of report.drift) out.push(`- ${d.kind === 'undocumented-column' ? 'Only in the live database' : 'Missing from the live database'}: ${mdCell(`${d.table}.${d.column}`)}`);
  }
  if (report.compare) {
    out.push('', '## Since the previous report', '', `Appeared: ${report.compare.appeared.length}. Disappeared: ${report.compare.disappeared.length}.`);
    for (const id of report.compare.appeared) {
      const e = report.elements.find((x) => x.id === id);
      if (e) out.push(`- new: ${mdCell(`${e.category} ${e.container}.${e.field}`)}`);
    }
    for (const what of report.compare.disappeared) out.push(`- gone: ${mdCell(what)}`);
  }
  if (report.lint.length) {
    out.push('', '## Policy review', '');
    for (const m of report.lint) out.push(`- ${m.severity}: ${mdCell(m.message)}`);
  }
  return `${out.join('\n')}\n`;
}

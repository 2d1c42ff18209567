/**
 * One self-contained HTML page for the privacy team: no external scripts, fonts or styles, a strict
 * Content-Security-Policy built from hashes of the inline style and script, and every scanned string escaped
 * (field names and comments come from untrusted code).
 */
import { createHash } from 'node:crypto';
import type { ReportElement, ReportJson } from '../model.js';
import { RIGHTS } from '../rights.js';

export function escapeHtml(text: string | number | undefined): string {
  return String(text ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const STYLE = `
:root{--ink:#1d2433;--muted:#5b6478;--line:#dfe3ea;--bg:#f6f7f9;--ok:#1f7a4d;--bad:#b42318;--warn:#8a6100;--accent:#2f5fd0}
*{box-sizing:border-box}body{margin:0;font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
header{background:#fff;border-bottom:1px solid var(--line);padding:24px 32px}header h1{margin:0 0 4px;font-size:22px}
main{padding:8px 32px 48px;max-width:1400px}section{background:#fff;border:1px solid var(--line);border-radius:8px;padding:16px 20px;margin:16px 0}
h2{font-size:17px;margin:0 0 12px}.muted{color:var(--muted)}.cards{display:flex;gap:12px;flex-wrap:wrap}
.card{flex:1;min-width:150px;border:1px solid var(--line);border-radius:8px;padding:12px 16px}.card b{display:block;font-size:24px}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:6px 8px;border-bottom:1px solid var(--line);vertical-align:top}
th{background:#fafbfc;font-weight:600;white-space:nowrap}th[data-sort]{cursor:pointer}th[data-sort]:after{content:" \\2195";color:var(--muted)}
.status{font-weight:600;white-space:nowrap}.declared{color:var(--ok)}.undeclared{color:var(--bad)}.suppressed{color:var(--muted)}
.yes{color:var(--ok)}.no{color:var(--muted)}.limited{color:var(--warn)}.tag{display:inline-block;border:1px solid var(--line);border-radius:10px;padding:0 7px;margin:1px;font-size:12px;white-space:nowrap}
.filters{display:flex;gap:8px;flex-wrap:wrap;margin-bottom:10px}select,input{font:inherit;padding:4px 6px;border:1px solid var(--line);border-radius:6px}
.matrix td{text-align:center}.cell-on{background:#e7efff;color:var(--accent);font-weight:600}.legend span{font-weight:600;margin:0 4px 0 12px}.legend span:first-child{margin-left:0}
.small{font-size:12px}.grow{flex:1}.section-title{margin-top:24px}code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12px}
@media print{body{background:#fff}.filters{display:none}section{break-inside:avoid-page;border:none;padding:0}tr.hidden{display:table-row!important}h2{break-after:avoid}}
tr.hidden{display:none}
`;

const SCRIPT = `
(function(){
  var table=document.getElementById('inventory');if(!table)return;
  var rows=[].slice.call(table.tBodies[0].rows);
  var filters=[].slice.call(document.querySelectorAll('[data-filter]'));
  function apply(){
    var text=(document.getElementById('filter-text').value||'').toLowerCase();
    var shown=0;
    rows.forEach(function(row){
      var ok=filters.every(function(f){return !f.value||(' '+row.dataset[f.dataset.filter]+' ').indexOf(' '+f.value+' ')>=0;});
      if(ok&&text)ok=row.textContent.toLowerCase().indexOf(text)>=0;
      row.classList.toggle('hidden',!ok);if(ok)shown++;
    });
    document.getElementById('shown').textContent=String(shown);
  }
  filters.forEach(function(f){f.addEventListener('change',apply);});
  document.getElementById('filter-text').addEventListener('input',apply);
  [].slice.call(table.tHead.rows[0].cells).forEach(function(th,index){
    if(!th.dataset.sort)return;
    th.addEventListener('click',function(){
      var dir=th.dataset.dir==='asc'?-1:1;th.dataset.dir=dir===1?'asc':'desc';
      rows.sort(function(a,b){return dir*a.cells[index].textContent.trim().localeCompare(b.cells[index].textContent.trim());});
      rows.forEach(function(r){table.tBodies[0].appendChild(r);});
    });
  });
  apply();
})();
`;

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64');
const options = (values: string[]) => values.map((v) => `<option value="${escapeHtml(v)}">${escapeHtml(v)}</option>`).join('');

function statusCell(e: ReportElement): string {
  const detail = e.status === 'undeclared' ? e.reasons.map((r) => r.text).join('; ') : e.status === 'suppressed' ? e.suppressedReason ?? '' : '';
  const label = e.status === 'undeclared' ? 'Undeclared' : e.status === 'suppressed' ? 'Suppressed' : 'Declared';
  return `<span class="status ${e.status}">${label}</span>${detail ? `<div class="small muted">${escapeHtml(detail)}</div>` : ''}`;
}

function inventoryTable(report: ReportJson): string {
  const unique = (values: string[]) => [...new Set(values)].sort();
  const rows = report.elements.map((e) => {
    const what = e.kind === 'flow' ? `${e.field}() in ${e.container}` : `${e.container}.${e.field}`;
    return `<tr data-category="${escapeHtml(e.category)}" data-status="${e.status}" data-purpose="${escapeHtml(e.purposes.join(' '))}" data-source="${escapeHtml(e.sources.join(' '))}">` +
      `<td>${statusCell(e)}</td><td>${escapeHtml(e.category)}${e.organisation ? ' <span class="tag">organisation</span>' : ''}</td>` +
      `<td><code>${escapeHtml(what)}</code></td><td class="small">${e.locations.map((l) => `<div>${escapeHtml(l.text)}</div>`).join('')}</td>` +
      `<td>${e.purposes.map((p) => `<span class="tag">${escapeHtml(p)}</span>`).join('')}</td><td>${e.recipients.map((r) => `<span class="tag">${escapeHtml(r)}</span>`).join('')}</td>` +
      `<td class="small muted">${e.evidence.map((x) => escapeHtml(x)).join('<br>')}</td></tr>`;
  });
  return `<div class="filters">
<label>Category <select data-filter="category"><option value="">all</option>${options(unique(report.elements.map((e) => e.category)))}</select></label>
<label>Status <select data-filter="status"><option value="">all</option>${options(['declared', 'undeclared', 'suppressed'])}</select></label>
<label>Purpose <select data-filter="purpose"><option value="">all</option>${options(unique(report.elements.flatMap((e) => e.purposes)))}</select></label>
<label>Source <select data-filter="source"><option value="">all</option>${options(unique(report.elements.flatMap((e) => e.sources)))}</select></label>
<input id="filter-text" type="search" placeholder="Search fields, files, tables" aria-label="Search">
<span class="muted"><span id="shown">${report.elements.length}</span> of ${report.elements.length} shown</span></div>
<table id="inventory"><thead><tr><th data-sort="1">Status</th><th data-sort="1">Category</th><th data-sort="1">Data element</th><th data-sort="1">Where</th><th data-sort="1">Purposes</th><th>Recipients</th><th>Evidence</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>`;
}

function purposesSection(report: ReportJson): string {
  return report.purposes.map((p) => `<section><h2>${escapeHtml(p.title)} <span class="muted small">(${escapeHtml(p.id)})</span></h2>
${p.description ? `<p>${escapeHtml(p.description)}</p>` : ''}
<table><tbody>
<tr><th>Legal basis</th><td>${p.legalBasis ? `${escapeHtml(p.legalBasis)} — GDPR ${escapeHtml(p.article)}` : '<span class="undeclared">none declared</span>'}</td></tr>
<tr><th>Personal data</th><td>${p.categories.map((c) => `<span class="tag">${escapeHtml(c)}</span>`).join('')}</td></tr>
<tr><th>Data subjects</th><td>${escapeHtml(p.subjects.join(', ') || '—')}</td></tr>
<tr><th>Recipients</th><td>${p.recipients.map((r) => `${escapeHtml(r.title)}${r.transfer ? ` <span class="small">(transfer to ${escapeHtml(r.transfer.country)}; ${escapeHtml(r.transfer.safeguard)})</span>` : ''}`).join('<br>') || '—'}</td></tr>
<tr><th>Retention</th><td>${escapeHtml(p.retention ?? '—')}</td></tr>
${p.lia ? `<tr><th>Balancing test</th><td>${escapeHtml(p.lia)}</td></tr>` : ''}${p.consent ? `<tr><th>Consent</th><td>${escapeHtml(p.consent)}</td></tr>` : ''}${p.optOut ? `<tr><th>Opt-out</th><td>${escapeHtml(p.optOut)}</td></tr>` : ''}${p.security ? `<tr><th>Security</th><td>${escapeHtml(p.security)}</td></tr>` : ''}
<tr><th>Found in code and data</th><td>${p.elements} element(s)</td></tr>
</tbody></table></section>`).join('\n');
}

function rightsSection(report: ReportJson): string {
  const head = RIGHTS.map((r) => `<th>${escapeHtml(r)}</th>`).join('');
  const rows = report.purposes.map((p) => `<tr><td>${escapeHtml(p.title)}</td>${RIGHTS.map((r) => `<td class="${p.rights[r].applies}">${p.rights[r].applies}<div class="small muted">${escapeHtml(p.rights[r].why)}</div></td>`).join('')}</tr>`);
  return `<section><h2>Data-subject rights per purpose</h2><table><thead><tr><th>Purpose</th>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
}

function matrixSection(report: ReportJson): string {
  const head = report.purposes.map((p) => `<th class="small">${escapeHtml(p.id)}</th>`).join('');
  const rows = report.categories.map((c) => `<tr><th>${escapeHtml(c.title)}</th>${report.purposes.map((p) => (p.categories.includes(c.id) ? '<td class="cell-on">&#10003;</td>' : '<td></td>')).join('')}</tr>`);
  const coverage = Object.entries(report.coverage.byCategory).map(([k, v]) => `<tr><td>${escapeHtml(k)}</td><td>${v.declared} / ${v.total}</td><td>${v.total ? Math.round((100 * v.declared) / v.total) : 100}%</td></tr>`).join('');
  const bySource = Object.entries(report.coverage.bySource).map(([k, v]) => `<tr><td>${escapeHtml(k)}</td><td>${v.declared} / ${v.total}</td><td>${v.total ? Math.round((100 * v.declared) / v.total) : 100}%</td></tr>`).join('');
  return `<section><h2>Which purposes may use which data</h2><table class="matrix"><thead><tr><th></th>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></section>
<section><h2>Coverage</h2><div class="cards"><div class="grow"><h3 class="small muted">By category</h3><table><thead><tr><th>Category</th><th>Declared</th><th>Share</th></tr></thead><tbody>${coverage}</tbody></table></div>
<div class="grow"><h3 class="small muted">By source</h3><table><thead><tr><th>Source</th><th>Declared</th><th>Share</th></tr></thead><tbody>${bySource}</tbody></table></div></div></section>`;
}

export function renderHtml(report: ReportJson): string {
  const c = report.controller;
  const cov = report.coverage;
  const percent = cov.total ? Math.round((100 * (cov.declared + cov.suppressed)) / cov.total) : 100;
  const csp = `default-src 'none'; style-src 'sha256-${sha256(STYLE)}'; script-src 'sha256-${sha256(SCRIPT)}'; img-src data:; base-uri 'none'; form-action 'none'`;
  const extra: string[] = [];
  if (report.compare) {
    const appeared = report.compare.appeared.map((id) => report.elements.find((e) => e.id === id)).filter(Boolean).map((e) => `<li>${escapeHtml(`${e!.category}: ${e!.container}.${e!.field}`)}</li>`);
    extra.push(`<section><h2>Since the previous report</h2><p>${appeared.length} appeared, ${report.compare.disappeared.length} disappeared.</p><ul>${appeared.join('')}${report.compare.disappeared.map((d) => `<li class="muted">gone: ${escapeHtml(d)}</li>`).join('')}</ul></section>`);
  }
  if (report.drift.length) extra.push(`<section><h2>Schema files and the live database disagree</h2><ul>${report.drift.map((d) => `<li>${d.kind === 'undocumented-column' ? 'Only in the live database' : 'Missing from the live database'}: <code>${escapeHtml(`${d.table}.${d.column}`)}</code></li>`).join('')}</ul></section>`);
  if (report.lint.length) extra.push(`<section><h2>Policy review</h2><ul>${report.lint.map((m) => `<li class="${m.severity === 'error' ? 'undeclared' : 'limited'}">${escapeHtml(m.severity)}: ${escapeHtml(m.message)}</li>`).join('')}</ul></section>`);
  if (report.skipped.length) extra.push(`<section><h2>Inputs not read</h2><ul class="small">${report.skipped.map((s) => `<li><code>${escapeHtml(s.file)}${s.line ? `:${s.line}` : ''}</code> ${escapeHtml(s.reason)}${s.detail ? ` — ${escapeHtml(s.detail)}` : ''}</li>`).join('')}</ul></section>`);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Record of processing activities — ${escapeHtml(c.name)}</title>
<style>${STYLE}</style></head>
<body><header><h1>Record of processing activities</h1>
<div>${escapeHtml(c.name)}${c.website ? ` · ${escapeHtml(c.website)}` : ''} · contact ${escapeHtml(c.contact.join(', '))}${c.dpo ? ` · DPO ${escapeHtml(c.dpo)}` : ''}${c.supervisoryAuthority ? ` · supervisory authority ${escapeHtml(c.supervisoryAuthority.name)}` : ''}</div>
<div class="muted small">Generated from code and databases by privmap ${escapeHtml(report.tool.version)}${report.generatedAt ? ` on ${escapeHtml(report.generatedAt)}` : ''} (GDPR Art. 30(1)).</div></header>
<main>
<section><h2>Summary</h2><div class="cards">
<div class="card"><b>${cov.total}</b>data elements found</div><div class="card"><b class="declared">${cov.declared}</b>declared</div>
<div class="card"><b class="undeclared">${cov.undeclared}</b>undeclared</div><div class="card"><b class="suppressed">${cov.suppressed}</b>suppressed</div><div class="card"><b>${percent}%</b>covered</div></div>
<p class="legend small"><span class="declared">Declared</span>a purpose in the policy covers it. <span class="undeclared">Undeclared</span>processing without a purpose that allows it. <span class="suppressed">Suppressed</span>reviewed: not personal data.</p></section>
${extra.join('\n')}
<section><h2>Inventory</h2>${inventoryTable(report)}</section>
${matrixSection(report)}
<h2 class="section-title">Purposes</h2>
${purposesSection(report)}
${rightsSection(report)}
</main>
<script>${SCRIPT}</script>
</body></html>
`;
}

/**
 * One self-contained HTML page for the privacy team, in the order a privacy officer reads it: who is
 * responsible, the summary, each purpose with its legal basis and rights, then the evidence (inventory,
 * recipients, coverage, drift, skipped inputs, changes).
 *
 * Safety: no external scripts, fonts, images or styles; a strict Content-Security-Policy allowing only the
 * hashes of the one inline style and script; every string escaped, since field names, comments and purposes in
 * annotations come from untrusted code.
 *
 * The page carries the data once: the inventory's rows are the data, readable and printable without
 * JavaScript, and each row carries in data attributes what the filters need (category, status, purposes,
 * sources as JSON arrays). The report as data is the JSON format; embedding it again here tripled the page at
 * 40,000 elements (issue 14: linear outputs).
 */
import { createHash } from 'node:crypto';
import { hiddenOr, showName } from '../../output/display-name.js';
import type { ElementStatus, ReportElement, ReportJson, StatusCounts } from '../model.js';
import { elementCount } from '../element-rows.js';
import { elementFacts } from '../html/element-facts.js';
import { pagedElements } from '../html/paging.js';
import { SCRIPT } from '../html/script.js';
import { once, perList } from '../once.js';
import { elementTotal } from '../recipient-elements.js';
import { STYLE } from '../html/style.js';
import { RIGHT_TITLES, RIGHTS } from '../rights.js';
import { elementLabel, SOURCE_TITLES, STATUS_LEGEND, STATUS_TITLES, splitCode, statusDetail } from '../words.js';

export { ORGANISATION_ROWS, pagedElements, PROJECT_ROWS, type PagedElements } from '../html/paging.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Also true past Latin-1 (anything past printable ASCII is): such characters become numeric references. */
const NEEDS_ESCAPING = hiddenOr(`&<>"'`);
const entity = (c: string) => ENTITIES[c] ?? `&#${c.codePointAt(0)!};`;

/**
 * Text and attribute values: all five characters, so the same function is safe in both places. A character
 * past Latin-1 is written as a numeric reference (`&#8226;`): the page then stays a one-byte string in V8,
 * where one such character anywhere would make the whole page, tens of megabytes, two bytes per character to
 * build and to encode (issue 14: linear outputs). The browser shows the same text.
 */
export function escapeHtml(text: string | number | undefined): string {
  const value = String(text ?? '');
  // Most names need no escaping: one test for both kinds, and no copy (issue 14: linear outputs).
  if (!NEEDS_ESCAPING.test(value)) return value;
  // Hidden characters first (src/output/display-name.ts): a right-to-left override would reverse the page.
  return showName(value).replace(/[&<>"']|[^\u0000-\u00FF]/gu, entity);
}

/** Prose whose `quoted` identifiers become <code>. */
function prose(text: string | undefined): string {
  return splitCode(text ?? '')
    .map((p) => (p.code ? `<code>${escapeHtml(p.text)}</code>` : escapeHtml(p.text)))
    .join('');
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');

export const CONTENT_SECURITY_POLICY = `default-src 'none'; style-src 'sha256-${sha256(STYLE)}'; script-src 'sha256-${sha256(SCRIPT)}'; img-src data:; base-uri 'none'; form-action 'none'`;

const STATUSES: ElementStatus[] = ['declared', 'undeclared', 'suppressed'];
const tags = (ids: string[], cls = 'tag') => ids.map((id) => `<span class="${cls}">${escapeHtml(id)}</span>`).join('');

const code = (text: string) => `<code>${escapeHtml(text)}</code>`;
/** Identifiers may break after a dot rather than mid-word. */
const breakable = (escaped: string) => `<code>${escaped.replace(/\./g, '.<wbr>')}</code>`;
const breakableCode = (text: string) => breakable(escapeHtml(text));
const badge = (status: ElementStatus) => `<span class="badge ${status}">${STATUS_TITLES[status]}</span>`;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const sorted = (values: Set<string>) => [...values].sort();

/** A stacked bar of declared / undeclared / suppressed, drawn as inline SVG (attributes, not styles: CSP). */
function bar(c: StatusCounts): string {
  if (!c.total) return '<svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true"></svg>';
  let x = 0;
  const rects = STATUSES.map((s) => {
    const width = (100 * c[s]) / c.total;
    const rect = width ? `<rect class="b-${s}" x="${x.toFixed(2)}" width="${width.toFixed(2)}" height="10"/>` : '';
    x += width;
    return rect;
  }).join('');
  return `<svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label="${c.declared} declared, ${c.undeclared} undeclared, ${c.suppressed} suppressed">${rects}</svg>`;
}

const swatch = (s: ElementStatus) => `<svg class="swatch" viewBox="0 0 10 10" aria-hidden="true"><rect class="b-${s}" width="10" height="10"/></svg>`;

function header(report: ReportJson): string {
  const c = report.controller;
  const sa = c.supervisoryAuthority;
  const link = (url: string) => (/^https?:\/\//i.test(url) ? `<a href="${escapeHtml(url)}" rel="noreferrer">${escapeHtml(url.replace(/^https?:\/\//i, ''))}</a>` : escapeHtml(url));
  return `<header class="top"><div class="wrap">
<p class="eyebrow">Record of processing activities · GDPR Art. 30(1)</p>
<h1>${escapeHtml(c.name)}</h1>
<dl class="facts">
<div><dt>Controller</dt><dd>${escapeHtml(c.name)}${c.website ? `<br>${link(c.website)}` : ''}</dd></div>
<div><dt>Contact</dt><dd>${c.contact.map(escapeHtml).join('<br>') || 'not named'}</dd></div>
<div><dt>Data protection officer</dt><dd>${c.dpo ? escapeHtml(c.dpo) : 'none designated'}</dd></div>
<div><dt>Supervisory authority</dt><dd>${sa ? `${escapeHtml(sa.name)}${sa.url ? `<br>${link(sa.url)}` : ''}` : 'not named'}</dd></div>
</dl>
<p class="meta">Built by privmap ${escapeHtml(report.tool.version)} from ${plural(report.summary.files, 'file')} of code, schemas and databases${report.generatedAt ? ` on ${escapeHtml(report.generatedAt)}` : ''}.</p>
</div></header>`;
}

function toc(report: ReportJson): string {
  const links: [string, string][] = [
    ['summary', 'Summary'],
    ...(report.organisation ? ([['systems', 'Systems']] as [string, string][]) : []),
    ['purposes', 'Purposes'],
    ['rights', 'Rights'],
    ['inventory', 'Inventory'],
    ['recipients', 'Recipients and flows'],
    ['coverage', 'Coverage'],
  ];
  if (report.drift.length) links.push(['drift', 'Drift']);
  if (report.skipped.length) links.push(['skipped', 'Not read']);
  if (report.lint.length || report.warnings.length) links.push(['review', 'Policy review']);
  if (report.compare) links.push(['changes', 'Changes']);
  return `<nav class="toc wrap" aria-label="Sections">${links.map(([id, title]) => `<a href="#${id}">${title}</a>`).join('')}</nav>`;
}

function summary(report: ReportJson): string {
  const s = report.summary;
  const changes = report.compare ? report.compare.appeared.length + report.compare.disappeared.length + report.compare.changed.length : 0;
  const categories = Object.entries(report.coverage.byCategory)
    .map(([id, n]) => `<div>${escapeHtml(report.categories.find((c) => c.id === id)?.title ?? id)} <span class="muted small">${code(id)}</span></div>${bar(n)}<div class="small">${n.declared + n.suppressed} of ${n.total} covered</div>`)
    .join('');
  return `<section id="summary"><h2>Summary</h2>
<p class="lead">Personal data found in the code and databases, checked against the purposes declared in privacy.yml.</p>
<div class="cards">
<div class="card"><b>${s.total}</b><span>data elements found</span></div>
<div class="card declared"><b>${s.declared}</b><span>declared</span></div>
<div class="card undeclared${s.undeclared ? ' alert' : ''}"><b>${s.undeclared}</b><span>undeclared</span></div>
<div class="card suppressed"><b>${s.suppressed}</b><span>suppressed</span></div>
<div class="card coverage"><b>${s.percent}%</b><span>covered by the policy</span></div>
${report.compare ? `<div class="card"><b>${changes}</b><span><a href="#changes">changes since the previous report</a></span></div>` : ''}
</div>
<div class="bars">${categories}</div>
<dl class="legend">${STATUSES.map((st) => `<dt>${swatch(st)}${badge(st)}</dt><dd>${prose(STATUS_LEGEND[st])}</dd>`).join('')}</dl>
</section>`;
}

/** The organisation's record only: each system's counts, and the columns several systems hold. */
function systems(report: ReportJson): string {
  const o = report.organisation;
  if (!o) return '';
  const rows = o.systems.map((y) => {
    const n = y.elements;
    return `<tr><td><b>${escapeHtml(y.id)}</b></td><td>${code(y.commit.slice(0, 12))}${y.branch ? `<span class="why">${escapeHtml(y.branch)}</span>` : ''}</td><td>${escapeHtml(y.scannedAt)}</td><td>${n.total}</td><td>${n.declared}</td><td>${n.undeclared}</td><td>${n.suppressed}</td><td data-sort-value="${n.percent}">${n.percent}%</td><td>${bar(n)}</td></tr>`;
  });
  const shared = o.sharedColumns.map((c) => `<tr><td>${breakableCode(`${c.table}.${c.column}`)}</td><td>${tags(c.categories)}</td><td data-sort-value="${c.systems.length}">${c.systems.map((y) => `<span class="tag">${escapeHtml(y.system)}</span>`).join('')}</td></tr>`);
  return `<section id="systems"><h2>Systems</h2>
<p class="lead">${plural(o.systems.length, 'repository or database', 'repositories and databases')} in the store, each with its newest scan; the inventory below lists their elements with places prefixed by the system.</p>
<details${o.systems.length <= 50 ? ' open' : ''}><summary>${plural(o.systems.length, 'system')}</summary>
<table class="sortable counts"><thead><tr><th data-sort>System</th><th data-sort>Commit</th><th data-sort>Scanned</th><th data-sort>Elements</th><th data-sort>Declared</th><th data-sort>Undeclared</th><th data-sort>Suppressed</th><th data-sort>Covered</th><th></th></tr></thead><tbody>${rows.join('\n')}</tbody></table></details>
<h3 class="section-sub">Columns held by several systems</h3>
<details${o.sharedColumns.length <= 50 ? ' open' : ''}><summary>${plural(o.sharedColumns.length, 'column')}</summary>
<table class="sortable"><thead><tr><th data-sort>Column</th><th data-sort>Categories</th><th data-sort>Systems</th></tr></thead><tbody>${shared.join('\n') || '<tr><td colspan="3" class="muted">No column is held by more than one system.</td></tr>'}</tbody></table></details></section>`;
}

function purposes(report: ReportJson): string {
  const cards = report.purposes.map((p) => {
    const rows: [string, string][] = [
      ['Legal basis', p.legalBasis ? `${escapeHtml(p.legalBasisTitle)}, GDPR Art. ${escapeHtml(p.article)}` : '<span class="badge none">None declared</span>'],
      ['Data subjects', escapeHtml(p.subjects.map((x) => x.title).join(', ')) || 'not named'],
      ['Personal data', tags(p.categories.map((id) => report.categories.find((c) => c.id === id)?.title ?? id)) || 'none'],
      [
        'Recipients',
        p.recipients
          .map((r) => `${escapeHtml(r.title)}${r.transfer ? ` <span class="badge transfer">${escapeHtml(r.transfer.outsideEea ? `Transfer to ${r.transfer.country}` : r.transfer.country)}</span><span class="why">Safeguard: ${escapeHtml(r.transfer.safeguard)}</span>` : ''}`)
          .join('<br>') || 'none',
      ],
      ['Retention', p.retention ? escapeHtml(p.retention) : '<span class="badge none">Not stated</span>'],
    ];
    if (p.security) rows.push(['Security', escapeHtml(p.security)]);
    if (p.lia) rows.push(['Balancing test (LIA)', escapeHtml(p.lia)]);
    else if (p.legalBasis === 'legitimate-interests') rows.push(['Balancing test (LIA)', '<span class="badge none">Not referenced</span>']);
    if (p.consent) rows.push(['Consent', `${escapeHtml(p.consent.mechanism)}${p.consent.withdrawal ? `<span class="why">Withdrawal: ${escapeHtml(p.consent.withdrawal)}</span>` : ''}`]);
    if (p.optOut) rows.push(['Opt-out', escapeHtml(p.optOut)]);
    if (p.erasureExempt) rows.push(['Erasure', 'Exempt: kept for the retention period even after an erasure request']);
    const e = p.elements;
    rows.push(['Found', `<span class="found">${plural(e.total, 'element')}${e.total ? `: ${e.declared} declared${e.undeclared ? `, <b class="sev-error">${e.undeclared} undeclared</b>` : ''}` : ''}</span>`]);
    return `<article class="purpose" id="purpose-${escapeHtml(p.id)}"><header><div><h3>${escapeHtml(p.title)}</h3><span class="id">${escapeHtml(p.id)}</span></div>${p.legalBasis ? `<span class="badge basis">Art. ${escapeHtml(p.article)}</span>` : '<span class="badge none">No legal basis</span>'}</header>
${p.description ? `<p>${escapeHtml(p.description)}</p>` : ''}<dl>${rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl></article>`;
  });
  return `<section id="purposes"><h2>Purposes of processing</h2>
<p class="lead">Each purpose as privacy.yml declares it (Art. 30(1)(b)-(g)), with what was found in the code and databases for it.</p>
<div class="purposes">${cards.join('\n')}</div></section>`;
}

function rights(report: ReportJson): string {
  const mark = { yes: '&#10003; Yes', no: '&#8212; No', limited: '&#9680; Limited' };
  const rows = report.purposes.map(
    (p) =>
      `<tr><td data-sort-value="${escapeHtml(p.title)}"><b>${escapeHtml(p.title)}</b><span class="why">${p.legalBasis ? `${escapeHtml(p.legalBasisTitle)}, Art. ${escapeHtml(p.article)}` : 'no legal basis'}</span></td>${RIGHTS.map((r) => `<td class="${p.rights[r].applies}" data-sort-value="${p.rights[r].applies}"><span class="mark">${mark[p.rights[r].applies]}</span>${escapeHtml(p.rights[r].why)}</td>`).join('')}</tr>`,
  );
  return `<section id="rights"><h2>Data-subject rights per purpose</h2>
<p class="lead">Which rights a person can exercise against each purpose, derived from its legal basis (GDPR Art. 7 and 15-21). Access, rectification and restriction always apply.</p>
<table class="rights sortable"><thead><tr><th data-sort>Purpose</th>${RIGHTS.map((r) => `<th data-sort>${RIGHT_TITLES[r]}</th>`).join('')}</tr></thead><tbody>${rows.join('\n')}</tbody></table></section>`;
}

function statusCell(e: ReportElement, proseOf: (text: string) => string = prose): string {
  const detail = statusDetail(e);
  const why = detail ? `<span class="why">${e.status === 'undeclared' ? 'Undeclared: ' : 'Not personal data: '}${proseOf(detail)}</span>` : '';
  const fix = e.fix ? `<span class="fix"><b>Fix:</b> ${prose(e.fix)}</span>` : '';
  return `<td data-sort-value="${e.status}">${badge(e.status)}${why}${fix}</td>`;
}

function omittedNote(report: ReportJson, omitted: number, perSystem: number): string {
  if (!omitted) return '';
  const more = plural(omitted, 'more element is', 'more elements are');
  return report.organisation
    ? `<p class="lead small">This page lists each system's first ${perSystem} elements, undeclared first: ${more} in the CSV and JSON formats, and <code>--repo &lt;system&gt;</code> shows one system in full.</p>`
    : `<p class="lead small">This page lists ${perSystem} of ${elementCount(report)} elements, undeclared first: ${more} in the CSV and JSON formats (<code>privmap report --format csv</code>), which always list every element.</p>`;
}

function inventory(report: ReportJson): string {
  const options = (values: string[], title: (v: string) => string = (v) => v) => values.map((v) => `<option value="${escapeHtml(v)}">${escapeHtml(title(v))}</option>`).join('');
  const categoryTitle = (id: string) => report.categories.find((c) => c.id === id)?.title ?? id;
  const { shown, omitted, perSystem } = pagedElements(report);
  const values = elementFacts(report);
  // What rows repeat (issue 14: linear outputs): filter attributes, category titles, tags, reasons, sinks.
  const attribute = once((values) => escapeHtml(values));
  const oneValue = once((value) => escapeHtml(JSON.stringify([value])));
  const filterValues = perList<string>((values) => (values.length === 1 ? oneValue(values[0]!) : attribute(JSON.stringify(values))));
  const category = once((id) => escapeHtml(categoryTitle(id)));
  const tag = once((id) => `<span class="tag">${escapeHtml(id)}</span>`);
  const tagList = perList<string>((ids) => ids.map(tag).join('') || '<span class="muted">none</span>');
  const evidenceList = perList<string>((lines) => lines.map(escapeHtml).join('<br>'));
  const place = (l: ReportElement['locations'][number]) => `<div><span class="src">${escapeHtml(l.source)}</span>${escapeHtml(l.text)}</div>`;
  const proseOf = once(prose);
  const sendsTo = once((text) => `<span class="why">${escapeHtml(text)}</span>`);
  const rows = shown.map((e) => {
    const where = e.locations.length === 1 ? place(e.locations[0]!) : e.locations.map(place).join('');
    const label = escapeHtml(elementLabel(e));
    return (
      `<tr data-category="${oneValue(e.category)}" data-status="${oneValue(e.status)}" data-purpose="${filterValues(e.purposes)}" data-source="${filterValues(e.sources)}" id="element-${escapeHtml(e.id)}">` +
      statusCell(e, proseOf) +
      `<td>${category(e.category)}${e.organisation ? ' <span class="badge org">organisation</span>' : ''}</td>` +
      `<td data-sort-value="${label}">${breakable(label)}${e.kind === 'flow' && e.sink ? sendsTo(`sends to ${e.sink.kind}${e.sink.host ? ` (${e.sink.host})` : ''}`) : ''}</td>` +
      `<td class="where">${where}</td>` +
      `<td>${tagList(e.purposes)}</td>` +
      `<td>${tagList(e.recipients)}</td>` +
      `<td class="evidence" data-sort-value="${e.confidence.toFixed(2)}">${evidenceList(e.evidence)}</td></tr>`
    );
  });
  return `<section id="inventory"><h2>Inventory</h2>
<p class="lead">Every data element with all the places it was seen. Click a column header to sort; the filters narrow the list.</p>
<div class="filters" role="search">
<label>Category<select data-filter="category"><option value="">All categories</option>${options(sorted(values.categories), categoryTitle)}</select></label>
<label>Purpose<select data-filter="purpose"><option value="">All purposes</option>${options(sorted(values.purposes))}</select></label>
<label>Status<select data-filter="status"><option value="">All statuses</option>${options(STATUSES, (s) => STATUS_TITLES[s as ElementStatus])}</select></label>
<label>Source<select data-filter="source"><option value="">All sources</option>${options(sorted(values.sources), (s) => SOURCE_TITLES[s] ?? s)}</select></label>
<label>Search<input id="filter-text" type="search" placeholder="Field, table, file&#8230;" autocomplete="off"></label>
<span class="count"><b id="shown">${shown.length}</b> of ${shown.length} shown</span>
</div>
${omittedNote(report, omitted, perSystem)}
<div class="table-scroll"><table id="inventory-table" class="sortable"><thead><tr><th data-sort>Status</th><th data-sort>Category</th><th data-sort>Data element</th><th data-sort>Where</th><th data-sort>Purposes</th><th data-sort>Recipients</th><th data-sort>Evidence</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table></div></section>`;
}

function recipients(report: ReportJson): string {
  const rows = report.recipients.map(
    (r) =>
      `<tr><td><b>${escapeHtml(r.title)}</b><span class="why">${escapeHtml(r.id)}</span></td><td>${r.isDeclared ? escapeHtml(r.kind) : `${escapeHtml(r.kind)} <span class="badge undeclared">Not declared</span>`}</td><td>${tags(r.purposes) || '<span class="muted">none</span>'}</td><td>${tags(r.categories)}</td><td>${r.transfer ? `<span class="badge transfer">${escapeHtml(r.transfer.outsideEea ? `Outside the EEA: ${r.transfer.country}` : r.transfer.country)}</span><span class="why">${escapeHtml(r.transfer.safeguard)}</span>` : '<span class="muted">none</span>'}</td><td data-sort-value="${elementTotal(r)}">${elementTotal(r)}</td></tr>`,
  );
  const flows = pagedElements(report).shown.filter((e) => e.kind === 'flow');
  // A flow's status links to its inventory row, which says why and what fixes it: the page says it once.
  const sink = once((callee) => breakableCode(`${callee}()`));
  const tag = once((id) => tags([id]));
  const flowRows = flows.map(
    (e) =>
      `<tr><td data-sort-value="${e.status}"><a href="#element-${escapeHtml(e.id)}">${badge(e.status)}</a></td><td>${breakableCode(e.container)}</td><td>${sink(e.field)}</td><td>${escapeHtml(e.category)}</td><td>${e.recipients.map(tag).join('')}</td><td class="where">${e.locations.map((l) => `<div>${escapeHtml(l.text)}</div>`).join('')}</td></tr>`,
  );
  return `<section id="recipients"><h2>Recipients and flows</h2>
<p class="lead">Who receives personal data (Art. 30(1)(d)-(e)): the recipients declared in privacy.yml, and any the code sends data to without a declaration.</p>
<table class="sortable"><thead><tr><th data-sort>Recipient</th><th data-sort>Kind</th><th data-sort>Purposes</th><th data-sort>Categories</th><th data-sort>Transfer</th><th data-sort>Flows found</th></tr></thead><tbody>${rows.join('\n') || '<tr><td colspan="6" class="muted">No recipients.</td></tr>'}</tbody></table>
<h3 class="section-sub">Data flows found in the code</h3>
<p class="lead small">A status links to the flow's row in the inventory, which says why and what would fix it.</p>
<table class="sortable flows"><thead><tr><th data-sort>Status</th><th data-sort>In</th><th data-sort>Sink</th><th data-sort>Category</th><th data-sort>Recipient</th><th data-sort>Where</th></tr></thead><tbody>${flowRows.join('\n') || '<tr><td colspan="6" class="muted">No flows to loggers, analytics or other third parties were found.</td></tr>'}</tbody></table></section>`;
}

function coverage(report: ReportJson): string {
  const table = (heading: string, entries: [string, StatusCounts][], title: (id: string) => string) =>
    `<table class="sortable counts"><thead><tr><th data-sort>${heading}</th><th data-sort>Elements</th><th data-sort>Declared</th><th data-sort>Undeclared</th><th data-sort>Suppressed</th><th data-sort>Covered</th><th></th></tr></thead><tbody>${entries
      .map(([id, n]) => `<tr><td>${escapeHtml(title(id))}</td><td>${n.total}</td><td>${n.declared}</td><td>${n.undeclared}</td><td>${n.suppressed}</td><td data-sort-value="${n.percent}">${n.percent}%</td><td>${bar(n)}</td></tr>`)
      .join('')}</tbody></table>`;
  // Elements per category and purpose, counted in one pass rather than a pass per cell of the matrix.
  const { found: foundCounts } = elementFacts(report);
  const matrixRows = report.categories.map((c) => {
    const cells = report.purposes.map((p) => {
      const found = foundCounts.get(c.id)?.get(p.id) ?? 0;
      const allowed = p.categories.includes(c.id);
      const cls = allowed ? 'allowed' : found ? 'violation' : 'empty';
      const label = allowed ? `&#10003;${found ? ` ${found}` : ''}` : found ? `&#10007; ${found}` : '·';
      const title = `${c.title} for ${p.title}: ${allowed ? 'allowed' : 'not allowed'}, ${plural(found, 'element')} found`;
      return `<td class="${cls}" title="${escapeHtml(title)}">${label}</td>`;
    });
    return `<tr><th>${escapeHtml(c.title)}</th>${cells.join('')}</tr>`;
  });
  return `<section id="coverage"><h2>Coverage</h2>
<p class="lead">How much of what was found the policy covers, per source and per category.</p>
<div class="stack"><div><h3>By source</h3>${table('Source', Object.entries(report.coverage.bySource), (id) => SOURCE_TITLES[id] ?? id)}</div>
<div><h3>By category</h3>${table('Category', Object.entries(report.coverage.byCategory), (id) => report.categories.find((c) => c.id === id)?.title ?? id)}</div></div>
<h3 class="section-sub">Which purposes may use which data</h3>
<p class="lead small">&#10003; the purpose allows the category (with the number of elements found for it); &#10007; elements name the purpose but it does not allow the category.</p>
<table class="matrix"><thead><tr><th></th>${report.purposes.map((p) => `<th class="col" title="${escapeHtml(p.title)}">${escapeHtml(p.id)}</th>`).join('')}</tr></thead><tbody>${matrixRows.join('')}</tbody></table></section>`;
}

function extras(report: ReportJson): string {
  const out: string[] = [];
  if (report.drift.length) {
    out.push(`<section id="drift"><h2>Schema files and the live database disagree</h2><p class="lead">Columns documented in migrations or the Prisma schema but missing from the database, or present in the database but in no schema file.</p>
<table class="sortable"><thead><tr><th data-sort>Column</th><th data-sort>What</th></tr></thead><tbody>${report.drift
      .map((d) => `<tr><td>${code(`${d.table}.${d.column}`)}</td><td>${d.kind === 'undocumented-column' ? 'In the live database, in no schema file (undocumented)' : 'In the schema files, missing from the live database'}</td></tr>`)
      .join('')}</tbody></table></section>`);
  }
  if (report.skipped.length) {
    out.push(`<section id="skipped"><h2>Inputs not read</h2><p class="lead">Files and statements privmap could not read; personal data in them is not in this report.</p>
<table class="sortable"><thead><tr><th data-sort>File</th><th data-sort>Reason</th><th>Detail</th></tr></thead><tbody>${report.skipped
      .map((s) => `<tr><td>${code(`${s.file}${s.line ? `:${s.line}` : ''}`)}</td><td>${escapeHtml(s.reason)}</td><td class="muted">${escapeHtml(s.detail)}</td></tr>`)
      .join('')}</tbody></table></section>`);
  }
  if (report.lint.length || report.warnings.length) {
    out.push(`<section id="review"><h2>Policy review</h2><ul class="plain">${report.lint.map((m) => `<li><span class="sev-${m.severity}">${m.severity === 'error' ? 'Error' : 'Warning'}</span>: ${prose(m.message)} <span class="muted small">(${escapeHtml(m.code)})</span></li>`).join('')}${report.warnings.map((w) => `<li><span class="sev-warning">Scan warning</span>: ${escapeHtml(w)}</li>`).join('')}</ul></section>`);
  }
  if (report.compare) {
    const k = report.compare;
    const item = (e: (typeof k.appeared)[number], what: string) => `<li>${what} ${escapeHtml(e.category)} ${code(elementLabel(e))}${e.previousStatus ? `: ${STATUS_TITLES[e.previousStatus]} &#8594; ${badge(e.status)}` : what === 'New' ? ` ${badge(e.status)}` : ''}</li>`;
    out.push(`<section id="changes"><h2>Since the previous report</h2><p class="lead">${plural(k.appeared.length, 'element')} appeared, ${k.disappeared.length} disappeared, ${k.changed.length} changed status${k.previousGeneratedAt ? ` since ${escapeHtml(k.previousGeneratedAt)}` : ''}.</p>
<ul class="plain changes">${k.appeared.map((e) => item(e, 'New')).join('')}${k.disappeared.map((e) => item(e, 'Gone')).join('')}${k.changed.map((e) => item(e, 'Changed')).join('')}</ul></section>`);
  }
  return out.join('\n');
}

export function renderHtml(report: ReportJson): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="privmap ${escapeHtml(report.tool.version)}">
<title>Record of processing activities: ${escapeHtml(report.controller.name)}</title>
<style>${STYLE}</style>
</head><body>
${header(report)}
${toc(report)}
<main class="wrap">
${summary(report)}
${systems(report)}
${purposes(report)}
${rights(report)}
${inventory(report)}
${recipients(report)}
${coverage(report)}
${extras(report)}
</main>
<footer class="wrap">Generated by privmap ${escapeHtml(report.tool.version)}. The same data as JSON (formatVersion ${report.formatVersion}): the same <code>privmap report</code> with <code>--format json</code>.</footer>
<script>${SCRIPT}</script>
</body></html>
`;
}

/**
 * The record of processing condensed for a wiki page or a pull-request comment (GitHub-flavoured Markdown).
 * Scanned names are untrusted: identifiers go into code spans (no emphasis, links, HTML or @-mentions inside),
 * prose is escaped, and nothing can break out of a table cell.
 */
import { hasHiddenCharacters, showName } from '../../output/display-name.js';
import { type TextSink, textOf } from '../../output/text-sink.js';
import { type ElementRow, forEachRow, locationText } from '../element-rows.js';
import type { ElementStatus, ReportJson, StatusCounts } from '../model.js';
import { once, perList } from '../once.js';
import { elementTotal } from '../recipient-elements.js';
import { RIGHT_TITLES, RIGHTS } from '../rights.js';
import { elementLabel, SOURCE_TITLES, STATUS_LEGEND, STATUS_TITLES, statusDetail, transferText } from '../words.js';

/** One line, hidden characters escaped (src/output/display-name.ts): every cell and span passes here. */
// Line breaks are hidden characters too: text without any (almost all) is returned at once.
const oneLine = (text: string) => (hasHiddenCharacters(text) ? showName(text.replace(/\r\n|[\r\n\u2028\u2029]/g, ' ')) : text);

const MARKDOWN_PUNCTUATION = /[\\`*_[\]<>|~!#&]/;

/** Prose that needs no work: printable ASCII without Markdown's punctuation (one test: issue 14). */
const PLAIN_TEXT = /^[^\\`*_[\]<>|~!#&\x00-\x1F\x7F-\uFFFF]*$/;

/** Prose: Markdown's punctuation escaped, on one line. */
export function mdText(text: string | undefined): string {
  if (text === undefined) return '';
  return PLAIN_TEXT.test(text) ? text : escapeText(oneLine(text));
}

/** Prose already on one line, hidden characters shown. Most names and sentences need nothing: tested first, no copy. */
const escapeText = (line: string) => (MARKDOWN_PUNCTUATION.test(line) ? line.replace(/[\\`*_[\]<>|~!#&]/g, (c) => `\\${c}`) : line);

/**
 * A code span that needs no work: printable ASCII without a backtick or a pipe, and no space at either end
 * (one test for what `codeSpan` checks one by one: issue 14).
 */
const PLAIN_CODE = /^[\x21-\x5F\x61-\x7B\x7D\x7E](?:[\x20-\x5F\x61-\x7B\x7D\x7E]*[\x21-\x5F\x61-\x7B\x7D\x7E])?$/;

/**
 * A code span whose fence is longer than any run of backticks inside it. In a table a `|` must still be
 * escaped (GFM reads the row before the span); outside one the backslash would show.
 */
export function mdCode(text: string, inTable = true): string {
  return PLAIN_CODE.test(text) ? `\`${text}\`` : codeSpan(oneLine(text), inTable);
}

/** `mdCode` of a text already on one line, hidden characters shown. */
function codeSpan(line: string, inTable: boolean): string {
  let body = line;
  if (inTable && body.includes('|')) body = body.replace(/\|/g, '\\|');
  if (body === '') return '';
  const longest = body.includes('`') ? Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length)) : 0;
  const fence = '`'.repeat(longest + 1);
  const pad = body.startsWith('`') || body.endsWith('`') || (body.startsWith(' ') && body.endsWith(' ')) ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

/** Prose with `quoted` identifiers shown as code. */
export function mdProse(text: string | undefined, inTable = true): string {
  const line = oneLine(text ?? '');
  if (!line.includes('`')) return escapeText(line);
  // As `splitCode` (../words.ts) splits it, each part then written as it is: the line has no hidden character left.
  const parts = line.split('`');
  // An odd number of backticks is not a quoting: everything is prose.
  if (parts.length % 2 === 0) return escapeText(line);
  for (let i = 0; i < parts.length; i++) parts[i] = i % 2 === 1 ? codeSpan(parts[i]!, inTable) : escapeText(parts[i]!);
  return parts.join('');
}

/** `| a | b |`, an empty cell as a space. One join: the row is one flat string (no rope kept until the page is joined). */
const row = (cells: string[]) => {
  const parts = ['|'];
  for (const cell of cells) parts.push(cell || ' ', '|');
  return parts.join(' ');
};
const head = (cells: string[]) => [row(cells), `|${cells.map(() => ' --- |').join('')}`];
const list = (ids: string[]) => ids.map((id) => mdCode(id)).join(', ');
const tally = (c: StatusCounts) => `${c.total} (${c.declared} declared, ${c.undeclared} undeclared, ${c.suppressed} suppressed)`;

function status(st: ElementStatus, detail: string, proseOf: (text: string) => string): string {
  return `${st === 'undeclared' ? `**${STATUS_TITLES[st]}**` : STATUS_TITLES[st]}${detail ? `: ${proseOf(detail)}` : ''}`;
}

const undeclaredAbove = (n: number) => `${n === 1 ? 'The undeclared element is' : `The ${n} undeclared elements are`} listed under Needs attention above, with why and how to fix each`;

/** A path that, with `:<line>` after it, is a plain code span (PLAIN_CODE): no space first, no backtick or pipe. */
const PLAIN_CODE_FILE = /^[\x21-\x5F\x61-\x7B\x7D\x7E][\x20-\x5F\x61-\x7B\x7D\x7E]*$/;

/**
 * An element's places, one per line of its cell. A `file:line` place of the inventory's with a plain path is
 * written from the path and the line after one test, with no string made and scanned first (issue 14); any
 * other place through `mdCode`.
 */
function placesOf(): (e: ElementRow) => string {
  const place = (l: ElementRow['locations'][number]) => {
    if (l.text === undefined && l.file && l.line && !(l.source !== 'code' && l.table && l.column) && PLAIN_CODE_FILE.test(l.file)) return `\`${l.file}:${l.line}\``;
    return mdCode(locationText(l));
  };
  return (e) => (e.locations.length === 1 ? place(e.locations[0]!) : e.locations.map(place).join('<br>'));
}

/**
 * The document's pieces, handed to the sink 2,000 at a time: a report of 40,000 rows is never one string, a row
 * of the long tables is written as its cells, not joined first, and each joined batch (tens of KB) is made and
 * dies in V8's young generation, not in the large-object space only full collections free (issue 14).
 */
const BATCH = 2_000;

class Lines {
  private pieces: string[] = [];
  constructor(private readonly sink: TextSink) {}

  /** Lines, each ending with a line break. */
  push(...lines: string[]): void {
    for (const line of lines) this.pieces.push(line, '\n');
    if (this.pieces.length >= BATCH) this.flush();
  }

  /** A table row as `row` writes it. */
  row(cells: string[]): void {
    const pieces = this.pieces;
    pieces.push('| ');
    for (let i = 0; i < cells.length; i++) {
      if (i > 0) pieces.push(' | ');
      pieces.push(cells[i] || ' ');
    }
    pieces.push(' |\n');
    if (pieces.length >= BATCH) this.flush();
  }

  flush(): void {
    if (this.pieces.length === 0) return;
    this.sink.write(this.pieces.join(''));
    this.pieces = [];
  }
}

export function renderMarkdown(report: ReportJson): string {
  return textOf((sink) => writeMarkdown(report, sink));
}

export function writeMarkdown(report: ReportJson, sink: TextSink): void {
  const c = report.controller;
  const s = report.summary;
  const out = new Lines(sink);
  out.push(`# Record of processing activities: ${mdText(c.name)}`, '');
  out.push(...head(['', '']));
  out.push(row(['Controller', `${mdText(c.name)}${c.website ? ` (${mdText(c.website)})` : ''}`]));
  out.push(row(['Contact', c.contact.map(mdText).join(', ')]));
  out.push(row(['Data protection officer', c.dpo ? mdText(c.dpo) : 'none designated']));
  out.push(row(['Supervisory authority', c.supervisoryAuthority ? `${mdText(c.supervisoryAuthority.name)}${c.supervisoryAuthority.url ? ` (${mdText(c.supervisoryAuthority.url)})` : ''}` : 'not named']));
  out.push('', `Generated by privmap ${mdText(report.tool.version)} from code and databases (GDPR Art. 30(1))${report.generatedAt ? ` on ${mdText(report.generatedAt)}` : ''}.`);

  out.push('', '## Summary', '', `**${s.total}** data elements in ${s.files} files: ${s.declared} declared, **${s.undeclared} undeclared**, ${s.suppressed} suppressed; **${s.percent}%** covered by the policy.`, '');
  for (const st of ['declared', 'undeclared', 'suppressed'] as const) out.push(`- **${STATUS_TITLES[st]}**: ${mdProse(STATUS_LEGEND[st], false)}`);
  out.push('', ...head(['Category', 'Elements', 'Declared', 'Undeclared', 'Suppressed', 'Covered']));
  for (const [id, n] of Object.entries(report.coverage.byCategory)) out.push(row([mdCode(id), `${n.total}`, `${n.declared}`, `${n.undeclared}`, `${n.suppressed}`, `${n.percent}%`]));

  if (report.organisation) {
    out.push('', '## Systems', '', ...head(['System', 'Commit', 'Branch', 'Scanned', 'Elements', 'Declared', 'Undeclared', 'Suppressed', 'Covered']));
    for (const y of report.organisation.systems) {
      const n = y.elements;
      out.push(row([mdCode(y.id), mdCode(y.commit.slice(0, 12)), y.branch ? mdCode(y.branch) : '', mdText(y.scannedAt), `${n.total}`, `${n.declared}`, `${n.undeclared}`, `${n.suppressed}`, `${n.percent}%`]));
    }
    if (report.organisation.sharedColumns.length) {
      out.push('', '### Columns held by several systems', '', ...head(['Column', 'Categories', 'Systems']));
      for (const c of report.organisation.sharedColumns) out.push(row([mdCode(`${c.table}.${c.column}`), list(c.categories), c.systems.map((y) => `${mdCode(y.system)} (${y.statuses.join(', ')})`).join(', ')]));
    }
  }

  // What the rows of the two long tables repeat, formatted once (issue 14: linear outputs).
  const code = once((id) => mdCode(id));
  // The model shares a list that many elements repeat (src/report/build.ts): each is formatted once.
  const codes = perList<string>((ids) => ids.map(code).join(', '));
  const proseOf = once((text) => mdProse(text));
  // An undeclared element's reasons are a list the model shares: its words are joined once per list.
  const reasonsText = perList<{ text: string }>((reasons) => reasons.map((r) => r.text).join('; ') || 'no purpose is declared for it');
  const places = placesOf();
  const categoryCell = (e: ElementRow) => (e.organisation ? `${code(e.category)} (organisation)` : code(e.category));
  // Each undeclared element is listed once, here, with all the inventory says of it and how to fix it; the
  // inventory below lists the others (a reader of a pull-request comment meets each row once, and the
  // document is shorter by a third at 40,000 elements: issue 14). Rows straight from the inventory while the
  // report's full elements are not made (../element-rows.ts).
  if (s.undeclared > 0) {
    out.push('', '## Needs attention', '', ...head(['Data element', 'Category', 'Where', 'Purposes', 'Recipients', 'Why', 'Fix']));
    forEachRow(
      report,
      (e) => out.row([mdCode(elementLabel(e)), categoryCell(e), places(e), codes(e.purposes), codes(e.recipients), proseOf(reasonsText(e.reasons)), mdProse(e.fix)]),
      { fix: true, status: 'undeclared' },
    );
  }

  out.push('', '## Purposes');
  for (const p of report.purposes) {
    out.push('', `### ${mdText(p.title)} (${mdCode(p.id, false)})`, '');
    if (p.description) out.push(mdText(p.description), '');
    out.push(`- **Legal basis**: ${p.legalBasis ? `${mdText(p.legalBasisTitle)}, GDPR Art. ${p.article}` : '**none declared**'}`);
    out.push(`- **Data subjects**: ${p.subjects.map((x) => mdText(x.title)).join(', ') || 'not named'}`);
    out.push(`- **Personal data**: ${list(p.categories) || 'none'}`);
    out.push(`- **Recipients**: ${p.recipients.map((r) => `${mdText(r.title)}${r.transfer ? ` (${mdText(transferText(r.transfer))})` : ''}`).join('; ') || 'none'}`);
    out.push(`- **Retention**: ${p.retention ? mdText(p.retention) : '**not stated**'}`);
    if (p.security) out.push(`- **Security**: ${mdText(p.security)}`);
    if (p.lia) out.push(`- **Legitimate interests assessment**: ${mdText(p.lia)}`);
    if (p.consent) out.push(`- **Consent**: ${mdText(p.consent.mechanism)}${p.consent.withdrawal ? ` Withdrawal: ${mdText(p.consent.withdrawal)}` : ''}`);
    if (p.optOut) out.push(`- **Opt-out**: ${mdText(p.optOut)}`);
    out.push(`- **Found in code and data**: ${tally(p.elements)}`);
  }

  out.push('', '## Data-subject rights per purpose', '', ...head(['Purpose', ...RIGHTS.map((r) => RIGHT_TITLES[r])]));
  for (const p of report.purposes) {
    out.push(row([mdText(p.title), ...RIGHTS.map((r) => `${p.rights[r].applies}: ${mdText(p.rights[r].why)}`)]));
  }

  out.push('', '## Inventory', '');
  const listed = s.total - s.undeclared;
  if (s.undeclared > 0) out.push(...(listed ? [`${undeclaredAbove(s.undeclared)}; this table lists the other ${listed}.`, ''] : [`${undeclaredAbove(s.undeclared)}.`]));
  if (listed) {
    out.push(...head(['Status', 'Category', 'Data element', 'Where', 'Purposes', 'Recipients']));
    const declared = status('declared', '', proseOf);
    const statusCell = (e: ElementRow) => (e.status === 'declared' ? declared : status(e.status, statusDetail(e), proseOf));
    forEachRow(report, (e) => out.row([statusCell(e), categoryCell(e), mdCode(elementLabel(e)), places(e), codes(e.purposes), codes(e.recipients)]), { exceptStatus: 'undeclared' });
  }

  if (report.recipients.length) {
    out.push('', '## Recipients and transfers', '', ...head(['Recipient', 'Kind', 'Purposes', 'Categories', 'Transfer', 'Flows found']));
    for (const r of report.recipients) {
      out.push(row([`${mdText(r.title)}${r.isDeclared ? '' : ' (**not declared**)'}`, mdText(r.kind), list(r.purposes), list(r.categories), r.transfer ? mdText(transferText(r.transfer)) : 'none', `${elementTotal(r)}`]));
    }
  }

  out.push('', '## Coverage by source', '', ...head(['Source', 'Elements', 'Declared', 'Undeclared', 'Suppressed', 'Covered']));
  for (const [id, n] of Object.entries(report.coverage.bySource)) out.push(row([mdText(SOURCE_TITLES[id] ?? id), `${n.total}`, `${n.declared}`, `${n.undeclared}`, `${n.suppressed}`, `${n.percent}%`]));

  if (report.drift.length) {
    out.push('', '## Schema files and the live database disagree', '');
    for (const d of report.drift) out.push(`- ${d.kind === 'undocumented-column' ? 'In the live database but in no schema file' : 'In the schema files but not in the live database'}: ${mdCode(`${d.table}.${d.column}`, false)}`);
  }
  if (report.skipped.length) {
    out.push('', '## Inputs not read', '');
    for (const k of report.skipped) out.push(`- ${mdCode(`${k.file}${k.line ? `:${k.line}` : ''}`, false)}: ${mdText(k.reason)}${k.detail ? ` (${mdText(k.detail)})` : ''}`);
  }
  if (report.lint.length) {
    out.push('', '## Policy review', '');
    for (const m of report.lint) out.push(`- ${m.severity}: ${mdProse(m.message, false)} (${mdCode(m.code, false)})`);
  }
  if (report.warnings.length) {
    out.push('', '## Warnings', '');
    for (const w of report.warnings) out.push(`- ${mdText(w)}`);
  }
  if (report.compare) {
    const k = report.compare;
    out.push('', '## Since the previous report', '', `${k.appeared.length} appeared, ${k.disappeared.length} disappeared, ${k.changed.length} changed status${k.previousGeneratedAt ? ` since ${mdText(k.previousGeneratedAt)}` : ''}.`, '');
    for (const e of k.appeared) out.push(`- new: ${mdCode(e.category, false)} ${mdCode(elementLabel(e), false)} (${e.status})`);
    for (const e of k.disappeared) out.push(`- gone: ${mdCode(e.category, false)} ${mdCode(elementLabel(e), false)}`);
    for (const e of k.changed) out.push(`- changed: ${mdCode(e.category, false)} ${mdCode(elementLabel(e), false)} ${e.previousStatus} → ${e.status}`);
  }
  out.flush();
}

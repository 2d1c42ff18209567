/**
 * `privmap diff --format markdown`: a pull-request comment. Each location links to its line when the
 * repository's web address is known (GitHub Actions' GITHUB_SERVER_URL, GITHUB_REPOSITORY and GITHUB_SHA);
 * lists are cut so the comment stays under GitHub's 65,536-character limit.
 */
import type { ReportElement, ReportLocation } from '../../report/model.js';
import type { DiffReport } from '../model.js';
import { mdCode, mdProse } from '../../report/formats/markdown.js';
import { elementName, isEmpty, purposesOrRecipient, sideName, summaryLine } from './describe.js';

export interface MarkdownOptions {
  /** Prefix of a file link: `https://github.com/o/r/blob/<sha>/<folder>`; without it locations are plain text. */
  linkBase?: string;
}

const LIMIT = 100;

/**
 * The link prefix in GitHub Actions. The head commit, when the diff names one, else GITHUB_SHA (the commit
 * the workflow checked out); `prefix` is the scanned folder inside the repository.
 */
export function githubLinkBase(env: NodeJS.ProcessEnv, prefix: string, headSha?: string): string | undefined {
  const server = env.GITHUB_SERVER_URL;
  const repository = env.GITHUB_REPOSITORY;
  const sha = headSha ?? env.GITHUB_SHA;
  if (!server || !repository || !sha) return undefined;
  return `${server.replace(/\/+$/, '')}/${repository}/blob/${sha}${prefix ? `/${prefix.split('/').map(encodeURIComponent).join('/')}` : ''}`;
}

/**
 * Code names as code spans and prose as escaped text, by the record's own Markdown helpers: a name's hidden
 * characters are shown escaped, and the `quoted` code in a fix stays code to copy (a backslash inside a code
 * span would show), with only a table's `|` escaped.
 */
const code = (text: string, inTable = true) => mdCode(text, inTable);
const cell = (text: string) => mdProse(text);

function locationLink(l: ReportLocation, options: MarkdownOptions): string {
  if (!options.linkBase || !l.file) return code(l.text);
  const path = l.file.split('/').map(encodeURIComponent).join('/');
  return `[${code(l.text)}](${options.linkBase}/${path}${l.line ? `#L${l.line}` : ''})`;
}

function where(e: ReportElement, options: MarkdownOptions): string {
  const [first, ...rest] = e.locations;
  if (!first) return '';
  return `${locationLink(first, options)}${rest.length ? ` (+${rest.length})` : ''}`;
}

function table<T>(head: string[], items: readonly T[], row: (item: T) => string[]): string[] {
  const lines = [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...items.slice(0, LIMIT).map((item) => `| ${row(item).join(' | ')} |`)];
  if (items.length > LIMIT) lines.push('', `_... and ${items.length - LIMIT} more: run \`privmap diff --format json\` for the full list._`);
  return [...lines, ''];
}

const STATUS: Record<string, string> = { declared: 'declared', undeclared: '**undeclared**', suppressed: 'suppressed' };

export function renderDiffMarkdown(report: DiffReport, options: MarkdownOptions = {}): string {
  const lines = ['## privmap: personal data in this change', '', `Compared ${code(sideName(report.base), false)} with ${code(sideName(report.head), false)}.`, ''];
  if (isEmpty(report)) return `${[...lines, 'No change to personal data.'].join('\n')}\n`;
  lines.push(`**${summaryLine(report)}**`, '');
  if (report.newlyUndeclared.length) {
    lines.push('### Newly undeclared processing', '', 'Personal data this change processes without a declared purpose or recipient in `privacy.yml`:', '');
    lines.push(...table(['Category', 'Element', 'Where', 'Why', 'Fix'], report.newlyUndeclared, (e) => [cell(e.category), code(elementName(e)), where(e, options), cell(e.reasons.map((r) => r.text).join('; ')), cell(e.fix ?? '')]));
  }
  if (report.added.length) {
    lines.push('### New personal data', '');
    lines.push(...table(['Status', 'Category', 'Element', 'Where', 'Purposes / recipient'], report.added, (e) => [STATUS[e.status] ?? e.status, cell(e.category), code(elementName(e)), where(e, options), cell(purposesOrRecipient(e))]));
  }
  if (report.removed.length) {
    lines.push('### Removed', '');
    lines.push(...table(['Category', 'Element', 'Was at'], report.removed, (e) => [cell(e.category), code(elementName(e)), e.locations[0] ? code(e.locations[0].text) : '']));
  }
  if (report.changed.length) {
    lines.push('### Changed', '');
    lines.push(
      ...table(['Category', 'Element', 'Where', 'Change'], report.changed, (c) => [
        cell(c.element.category),
        code(elementName(c.element)),
        where(c.element, options),
        cell(c.changes.map((k) => (k === 'status' ? `${c.before.status} → ${c.element.status}` : `${k}: ${c.before[k].join(', ') || '–'} → ${c.element[k].join(', ') || '–'}`)).join('; ')),
      ]),
    );
  }
  if (report.newRecipients.length) {
    lines.push('### New recipients', '');
    lines.push(...table(['Recipient', 'In privacy.yml', 'Kind', 'Categories', 'Flows'], report.newRecipients, (r) => [code(r.id), r.isDeclared ? 'declared' : '**not declared**', cell(r.kind), cell(r.categories.join(', ')), String(r.elements.length)]));
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** The proposal as commented YAML blocks for the template's `# privmap:found-*` markers. */
import { showName } from '../output/display-name.js';
import type { InitProposal } from './init-proposal.js';

/** A YAML flow-sequence item, quoted: names come from scanned code. */
const quoted = (text: string) => JSON.stringify(showName(text));
const list = (items: string[]) => `[${items.map(quoted).join(', ')}]`;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function renderProposal(proposal: InitProposal): Record<'categories' | 'recipients' | 'processing', string> {
  const categories = proposal.categories.length
    ? `# Found in this project by \`privmap init\`: ${proposal.categories.map((c) => `${c.id} (${plural(c.elements, 'field')})`).join(', ')}.\n`
    : '# `privmap init` found no personal data fields in this project yet.\n';

  const recipients = proposal.recipients.length
    ? [
        '# Third parties `privmap init` saw personal data sent to. TODO: confirm each one, choose the purposes it',
        '# serves and its kind, then move it out of this comment (a transfer outside the EEA needs its safeguard).',
        ...proposal.recipients.flatMap((r) => [
          `#   ${r.id}:`,
          `#     title: ${quoted(r.title)}`,
          '#     kind: processor            # TODO: internal | processor | controller',
          '#     purposes: [service-provision]  # TODO: the purposes it receives data for',
          `#     categories: ${list(r.categories)}`,
          ...(r.packages?.length ? [`#     packages: ${list(r.packages)}`] : []),
          ...(r.hosts?.length ? [`#     hosts: ${list(r.hosts)}`] : []),
          ...(r.sinks?.length ? [`#     sinks: ${list(r.sinks)}`] : []),
          ...(r.country ? [`#     transfer: { country: ${quoted(r.country)}, safeguard: TODO }`] : []),
          ...(r.seenAt.length ? [`#     # seen at ${r.seenAt.slice(0, 3).map(showName).join(', ')}${r.seenAt.length > 3 ? ` and ${r.seenAt.length - 3} more` : ''}`] : []),
        ]),
      ].join('\n') + '\n'
    : '';

  const processing = proposal.processing.length
    ? [
        '# Folders and tables where `privmap init` found personal data. TODO: for each, choose the purposes its',
        '# data serves, then move the entry out of this comment (or annotate the code with @purpose).',
        ...proposal.processing.flatMap((p) => [
          `#   - purposes: []             # TODO: holds ${p.categories.join(', ')} (${plural(p.elements, 'field')})`,
          ...(p.paths ? [`#     paths: ${list(p.paths)}`] : []),
          ...(p.tables ? [`#     tables: ${list(p.tables)}`] : []),
        ]),
      ].join('\n') + '\n'
    : '';

  return { categories, recipients, processing };
}

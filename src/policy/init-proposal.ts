/**
 * What `privmap init` proposes from a scan: plain data, so other sources can add to it (the third-party
 * dependencies found in package.json files come in as `extraRecipients`).
 */
import type { ThirdParty } from '../flows/third-parties.js';
import type { Inventory, InventoryElement } from '../inventory/types.js';

export interface ProposedRecipient {
  /** A kebab-case recipient id. */
  id: string;
  title: string;
  /** How code reaches it; at least one of these. */
  packages?: string[];
  hosts?: string[];
  sinks?: string[];
  categories: string[];
  /** Where it was seen, for the comment (`src/mail.ts:12`, `package.json`). */
  seenAt: string[];
  /** Destination country when known (a transfer to confirm). */
  country?: string;
}

export interface InitProposal {
  /** Categories found, with how many elements hold each. */
  categories: { id: string; elements: number }[];
  recipients: ProposedRecipient[];
  /** Folders (and tables) holding personal data, each a `processing:` entry whose purposes are to be chosen. */
  processing: { paths?: string[]; tables?: string[]; categories: string[]; elements: number }[];
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function kebabId(text: string): string {
  const id = text
    .toLowerCase()
    .replace(/^@/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return /^[a-z]/.test(id) ? id : `r-${id || 'recipient'}`;
}

/** The recipient a flow points at: a logger is the `logs` kind, an SDK its package, an HTTP call its host. */
function recipientOf(element: InventoryElement): Omit<ProposedRecipient, 'categories' | 'seenAt'> | undefined {
  const sink = element.sink;
  if (!sink) return undefined;
  if (sink.kind === 'logs') return { id: 'logs', title: 'Application logs', sinks: [] };
  if (sink.host) return { id: kebabId(sink.host.replace(/^(api|www)\./, '')), title: sink.host, hosts: [sink.host] };
  if (sink.package) return { id: kebabId(sink.package), title: sink.package, packages: [sink.package] };
  return { id: kebabId(sink.id), title: sink.id, sinks: [sink.id] };
}

/** The folder a code location belongs to, two levels deep (`src/billing`), as the `paths:` glob. */
function folderOf(file: string): string | undefined {
  const parts = file.split('/');
  if (parts.length < 2) return undefined;
  const depth = parts.length > 2 ? 2 : 1;
  return `${parts.slice(0, depth).join('/')}/**`;
}

function mergeRecipient(into: Map<string, ProposedRecipient>, recipient: ProposedRecipient): void {
  const existing = into.get(recipient.id);
  if (!existing) {
    into.set(recipient.id, { ...recipient, categories: [...recipient.categories], seenAt: [...recipient.seenAt] });
    return;
  }
  const union = (a: string[] | undefined, b: string[] | undefined) => (a || b ? [...new Set([...(a ?? []), ...(b ?? [])])].sort() : undefined);
  existing.categories = union(existing.categories, recipient.categories) ?? [];
  existing.seenAt = union(existing.seenAt, recipient.seenAt) ?? [];
  for (const key of ['packages', 'hosts', 'sinks'] as const) {
    const merged = union(existing[key], recipient[key]);
    if (merged) existing[key] = merged;
  }
  if (!existing.country && recipient.country) existing.country = recipient.country;
}

/** The proposal from a scan (normally one run without a policy), plus recipients other sources found. */
/**
 * Vendors the project's package.json files depend on (with the wrappers that reach them): recipients to
 * confirm even where no flow was found yet. Same id as a flow to that package, so the two merge.
 */
export function thirdPartyRecipients(thirdParties: readonly ThirdParty[]): ProposedRecipient[] {
  return thirdParties.map((t) => ({
    id: kebabId(t.package),
    title: t.vendor,
    packages: [t.package],
    categories: [],
    seenAt: [...t.manifests, ...t.wrappers],
    ...(t.country ? { country: t.country } : {}),
  }));
}

export function proposePolicy(inventory: Inventory, extraRecipients: ProposedRecipient[] = thirdPartyRecipients(inventory.thirdParties ?? [])): InitProposal {
  const counts = new Map<string, number>();
  for (const element of inventory.elements) if (element.kind === 'field') counts.set(element.category, (counts.get(element.category) ?? 0) + 1);

  const recipients = new Map<string, ProposedRecipient>();
  for (const element of inventory.elements) {
    if (element.kind !== 'flow' || element.status === 'suppressed') continue;
    const recipient = recipientOf(element);
    if (!recipient) continue;
    const first = element.locations[0];
    const seenAt = first?.file ? [`${first.file}${first.line ? `:${first.line}` : ''}`] : [];
    mergeRecipient(recipients, { ...recipient, categories: [element.category], seenAt });
  }
  for (const recipient of extraRecipients) mergeRecipient(recipients, recipient);

  const folders = new Map<string, { categories: Set<string>; elements: number; table: boolean }>();
  for (const element of inventory.elements) {
    if (element.kind !== 'field' || element.status !== 'undeclared') continue;
    const location = element.locations.find((l) => l.source === 'code' && l.file) ?? element.locations[0];
    if (!location) continue;
    const key = location.source === 'code' && location.file ? folderOf(location.file) : location.table ? `${location.table}.*` : undefined;
    if (!key) continue;
    const entry = folders.get(key) ?? { categories: new Set<string>(), elements: 0, table: location.source !== 'code' };
    entry.categories.add(element.category);
    entry.elements += 1;
    folders.set(key, entry);
  }

  return {
    categories: [...counts].map(([id, elements]) => ({ id, elements })).sort(byId),
    recipients: [...recipients.values()].sort(byId),
    processing: [...folders]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, entry]) => ({ ...(entry.table ? { tables: [key] } : { paths: [key] }), categories: [...entry.categories].sort(), elements: entry.elements })),
  };
}

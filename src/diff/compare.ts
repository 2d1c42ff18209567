/**
 * Compares the inventories at two points by element id. Ids hash what an element is (kind, source, file or
 * table, container, field or sink, category), never its line, so code that only moved is no change.
 */
import type { Inventory } from '../inventory/types.js';
import { reportElement } from '../report/build.js';
import type { ReportElement } from '../report/model.js';
import { VERSION } from '../version.js';
import type { ChangedElement, DiffReport, DiffSide, ElementChangeKind, NewRecipient } from './model.js';

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The inventory's order (kind, category, container, field, id): reviewers see fields before flows. */
const byElement = (a: ReportElement, b: ReportElement) =>
  byText(a.kind, b.kind) || byText(a.category, b.category) || byText(a.container, b.container) || byText(a.field, b.field) || byText(a.id, b.id);

function changesOf(before: ReportElement, after: ReportElement): ElementChangeKind[] {
  const changes: ElementChangeKind[] = [];
  if (before.status !== after.status) changes.push('status');
  if (!sameList(before.purposes, after.purposes)) changes.push('purposes');
  if (!sameList(before.recipients, after.recipients)) changes.push('recipients');
  if (!sameList(before.sources, after.sources)) changes.push('sources');
  return changes;
}

/** Recipients a head flow reaches that no base flow reached. */
function newRecipients(base: readonly ReportElement[], head: readonly ReportElement[], headInventory: Inventory): NewRecipient[] {
  const reachedBefore = new Set(base.flatMap((e) => e.recipients));
  const found = new Map<string, NewRecipient>();
  for (const e of head) {
    if (e.kind !== 'flow') continue;
    for (const id of e.recipients) {
      if (reachedBefore.has(id)) continue;
      let recipient = found.get(id);
      if (!recipient) {
        const declared = headInventory.policy.recipients[id];
        found.set(id, (recipient = { id, isDeclared: Boolean(declared), kind: declared?.kind ?? e.sink?.kind ?? 'unknown', categories: [], elements: [] }));
      }
      if (!recipient.categories.includes(e.category)) recipient.categories.push(e.category);
      recipient.elements.push(e.id);
    }
  }
  return [...found.values()]
    .map((r) => ({ ...r, categories: r.categories.sort(byText), elements: r.elements.sort(byText) }))
    .sort((a, b) => byText(a.id, b.id));
}

export function compareInventories(base: Inventory, head: Inventory, sides: { base: DiffSide; head: DiffSide }): DiffReport {
  const before = base.elements.map((e) => reportElement(e, base));
  const after = head.elements.map((e) => reportElement(e, head));
  const beforeById = new Map(before.map((e) => [e.id, e]));
  const afterIds = new Set(after.map((e) => e.id));
  const added = after.filter((e) => !beforeById.has(e.id)).sort(byElement);
  const removed = before.filter((e) => !afterIds.has(e.id)).sort(byElement);
  const changed: ChangedElement[] = [];
  for (const e of after) {
    const old = beforeById.get(e.id);
    if (!old) continue;
    const changes = changesOf(old, e);
    if (changes.length) changed.push({ element: e, before: { status: old.status, purposes: old.purposes, recipients: old.recipients, sources: old.sources }, changes });
  }
  changed.sort((a, b) => byElement(a.element, b.element));
  const newlyUndeclared = after.filter((e) => e.status === 'undeclared' && beforeById.get(e.id)?.status !== 'undeclared').sort(byElement);
  const recipients = newRecipients(before, after, head);
  return {
    formatVersion: 1,
    tool: { name: 'privmap', version: VERSION },
    base: sides.base,
    head: sides.head,
    summary: { added: added.length, removed: removed.length, changed: changed.length, newRecipients: recipients.length, newlyUndeclared: newlyUndeclared.length },
    added,
    removed,
    changed,
    newRecipients: recipients,
    newlyUndeclared,
  };
}

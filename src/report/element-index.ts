/**
 * What the report counts or lists per status, recipient, purpose, source and category, in one pass over the
 * elements: no list of elements per purpose, no array per element (issue 14: linear outputs).
 */
import type { Policy } from '../policy/types.js';
import type { StatusCounts } from './model.js';

/** What the index reads of an element: the report's and the inventory's elements both have it. */
export interface IndexedElement {
  id: string;
  category: string;
  status: string;
  purposes: readonly string[];
  recipients: readonly string[];
  sources: readonly string[];
  sink?: { kind: string };
}

/** Counts statuses as elements go by: grouping then counts one pass over the elements, never a copy per element. */
export class Tally {
  total = 0;
  declared = 0;
  undeclared = 0;
  suppressed = 0;
  add(status: string): void {
    this.total++;
    if (status === 'declared') this.declared++;
    else if (status === 'undeclared') this.undeclared++;
    else if (status === 'suppressed') this.suppressed++;
  }
  counts(): StatusCounts {
    const { total, declared, undeclared, suppressed } = this;
    return { total, declared, undeclared, suppressed, percent: total ? Math.floor((100 * (total - undeclared)) / total) : 100 };
  }
}

export function counts(elements: { status: string }[]): StatusCounts {
  const tally = new Tally();
  for (const e of elements) tally.add(e.status);
  return tally.counts();
}

/** The list itself when sorted, as the inventory makes every list; a sorted copy otherwise. */
function inOrder(list: readonly string[]): readonly string[] {
  for (let i = 1; i < list.length; i++) if (list[i - 1]! > list[i]!) return [...list].sort();
  return list;
}

function tallyIn(groups: Map<string, Tally>, key: string): Tally {
  let tally = groups.get(key);
  if (!tally) groups.set(key, (tally = new Tally()));
  return tally;
}

export interface ElementIndex {
  summary: Tally;
  /** Element ids per recipient, in the elements' order (sorted when read: ./recipient-elements.ts). */
  idsByRecipient: Map<string, string[]>;
  byPurpose: Map<string, Tally>;
  bySource: Map<string, Tally>;
  byCategory: Map<string, Tally>;
  /** Per undeclared recipient: the first reaching sink's kind in inventory order, and the categories. */
  undeclared: Map<string, { kind?: string; categories: Set<string> }>;
}

export function indexElements(elements: readonly IndexedElement[], policy: Policy): ElementIndex {
  const index: ElementIndex = { summary: new Tally(), idsByRecipient: new Map(), byPurpose: new Map(), bySource: new Map(), byCategory: new Map(), undeclared: new Map() };
  for (const e of elements) {
    const { status } = e;
    const recipients = inOrder(e.recipients);
    const purposes = inOrder(e.purposes);
    const sources = inOrder(e.sources);
    index.summary.add(status);
    tallyIn(index.byCategory, e.category).add(status);
    for (const source of sources) tallyIn(index.bySource, source).add(status);
    // A list may name a recipient or purpose twice only through a bug upstream; count each element once
    // anyway. The lists are sorted (inOrder), so a repeat is next to its first.
    for (let j = 0; j < recipients.length; j++) {
      const recipient = recipients[j]!;
      let ids = index.idsByRecipient.get(recipient);
      // The policy is asked once per recipient: a miss in its dictionary costs more than a Map hit.
      if (!ids) {
        index.idsByRecipient.set(recipient, (ids = []));
        if (!policy.recipients[recipient]) index.undeclared.set(recipient, { categories: new Set() });
      }
      const fact = index.undeclared.get(recipient);
      if (fact) {
        if (fact.kind === undefined && e.sink) fact.kind = e.sink.kind;
        fact.categories.add(e.category);
      }
      if (j > 0 && recipient === recipients[j - 1]) continue;
      ids.push(e.id);
    }
    for (let j = 0; j < purposes.length; j++) {
      if (j > 0 && purposes[j] === purposes[j - 1]) continue;
      tallyIn(index.byPurpose, purposes[j]!).add(status);
    }
  }
  return index;
}

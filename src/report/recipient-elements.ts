/**
 * A recipient's `elements`: the ids of the flows that reach it, in code-unit order. Sorting 20,000 ids is most
 * of what counting the recipients costs at 40,000 elements, and only the JSON format lists them: HTML and
 * Markdown print how many. So the list is sorted when first read, and its length is known without reading it
 * (issue 14: linear outputs).
 */
import { defineLazy } from './lazy.js';
import type { ReportRecipient } from './model.js';

const lengths = new WeakMap<object, number>();

/** Gives `recipient` its element ids (in any order): sorted when `elements` is first read. */
export function withElements(recipient: Omit<ReportRecipient, 'elements'>, ids: string[]): ReportRecipient {
  // Defined last, as the JSON lists it.
  const withIds: ReportRecipient = Object.assign(recipient, { elements: ids });
  // The default sort compares strings by code unit without a callback per comparison.
  defineLazy(withIds, 'elements', () => ids.sort());
  lengths.set(withIds, ids.length);
  return withIds;
}

/** How many flows reach the recipient, without sorting its list. */
export function elementTotal(recipient: ReportRecipient): number {
  return lengths.get(recipient) ?? recipient.elements.length;
}

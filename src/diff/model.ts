/**
 * What `privmap diff` reports: the personal data a change adds, removes or changes, the recipients it starts
 * sending data to, and the processing it leaves undeclared. Plain data; every format renders this.
 */
import type { ReportElement } from '../report/model.js';

export const DIFF_FORMAT_VERSION = 1;

export interface DiffSide {
  /** As the user named it (`origin/main`), or how it was chosen (`merge-base of origin/main and HEAD`). */
  ref: string;
  /** The commit; absent for the work tree. */
  sha?: string;
}

/** What changed in an element present on both sides. */
export type ElementChangeKind = 'status' | 'purposes' | 'recipients' | 'sources';

export interface ChangedElement {
  element: ReportElement;
  before: Pick<ReportElement, 'status' | 'purposes' | 'recipients' | 'sources'>;
  changes: ElementChangeKind[];
}

export interface NewRecipient {
  id: string;
  /** Whether privacy.yml (at the head) declares it. */
  isDeclared: boolean;
  kind: string;
  categories: string[];
  /** Ids of the head's flow elements that reach it. */
  elements: string[];
}

export interface DiffReport {
  formatVersion: 1;
  tool: { name: 'privmap'; version: string };
  base: DiffSide;
  head: DiffSide;
  summary: { added: number; removed: number; changed: number; newRecipients: number; newlyUndeclared: number };
  /** Elements at the head that the base does not have. */
  added: ReportElement[];
  /** Elements at the base that the head no longer has. */
  removed: ReportElement[];
  changed: ChangedElement[];
  newRecipients: NewRecipient[];
  /** Undeclared at the head and not undeclared at the base: what `check --changed-since` fails on. */
  newlyUndeclared: ReportElement[];
}

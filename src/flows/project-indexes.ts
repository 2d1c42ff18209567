/**
 * The link stage's answers that read every module of the project: which functions some call reaches
 * (`isCalled`), which functions handle each queued job, which classes and factories implement each type, what
 * each global service locator's member was given (global-members.ts), and which classes declare a method of each
 * name (receiver-named-class.ts).
 *
 * A link that judges only the changed files' calls (link-cache.ts) sees the facts of the modules those calls
 * reach, not the whole project's: asked there, these answers would come from a handful of modules (a wrapper
 * whose callers were not read looks uncalled, and its own calls become entry points). They change only when
 * some file's link signature changes, and then the whole project is linked again; so the whole link keeps them
 * beside its summaries, and a link of the changed files reads them from there.
 *
 * They travel inside the summary table under keys no function has (a function's key starts with its file's
 * path), so the snapshot stores and checks them with the summaries, as one pack with one digest.
 */
import type { GlobalTable } from './global-members.js';
import type { SummaryEntry } from './link.js';
import type { GlobalMemberFact } from './module-facts.js';
import type { MethodTable } from './receiver-named-class.js';

/** What a value of a type may be: an instance of a class, what a function returns, or an object of typed members. */
export type TypedValue =
  | { kind: 'class'; file: string; name: string }
  | { kind: 'made'; file: string; fn: string }
  | { kind: 'members'; file: string; members: Record<string, string> }
  | { kind: 'object'; file: string; members: Record<string, string> };

export type FunctionRef = { file: string; fn: string };

export interface ProjectIndexes {
  /** `file\0function` of every function a call of the project reaches. */
  called: Set<string>;
  /** Job name -> the functions handling it. */
  handlers: Map<string, FunctionRef[]>;
  /** `file\0type` -> the classes implementing or extending it and the functions declared to return it. */
  implementers: Map<string, TypedValue[]>;
  /** A global's dotted member name -> the modules' assignments to it. */
  globals: GlobalTable;
  /** A class method's own name -> the project's class methods so named (receiver-named-class.ts). */
  methods: MethodTable;
}

const CALLED = '\0called';
const HANDLERS = '\0handlers';
const IMPLEMENTERS = '\0implementers';
const GLOBALS = '\0globals';
const METHODS = '\0methods';

/** Whether a summary-table key is one of these indexes rather than a function's summary. */
export const isIndexKey = (key: string) => key.startsWith('\0');

/**
 * The indexes as summary-table entries. The table's value type is a function's entries; these values are plain
 * JSON arrays of another shape, read back only by `storedIndex` below, so the cast stays in this file.
 */
export function indexEntries(indexes: ProjectIndexes): [string, SummaryEntry[]][] {
  const entries: [string, unknown[]][] = [
    [CALLED, [...indexes.called].sort()],
    [HANDLERS, [...indexes.handlers].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))],
    [IMPLEMENTERS, [...indexes.implementers].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))],
    [GLOBALS, [...indexes.globals].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))],
    [METHODS, [...indexes.methods].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))],
  ];
  return entries as unknown as [string, SummaryEntry[]][];
}

type Stored = ReadonlyMap<string, SummaryEntry[]>;
const read = (table: Stored, key: string): unknown[] | undefined => table.get(key) as unknown[] | undefined;

export function storedCalled(table: Stored): Set<string> | undefined {
  const list = read(table, CALLED);
  return list ? new Set(list as string[]) : undefined;
}

export function storedHandlers(table: Stored): Map<string, FunctionRef[]> | undefined {
  const list = read(table, HANDLERS);
  return list ? new Map(list as [string, FunctionRef[]][]) : undefined;
}

export function storedImplementers(table: Stored): Map<string, TypedValue[]> | undefined {
  const list = read(table, IMPLEMENTERS);
  return list ? new Map(list as [string, TypedValue[]][]) : undefined;
}

export function storedGlobals(table: Stored): GlobalTable | undefined {
  const list = read(table, GLOBALS);
  return list ? new Map(list as [string, { file: string; fact: GlobalMemberFact }[]][]) : undefined;
}

export function storedMethods(table: Stored): MethodTable | undefined {
  const list = read(table, METHODS);
  return list ? new Map(list as [string, FunctionRef[]][]) : undefined;
}

/** All five indexes from a table holding their entries (`indexEntries`); undefined when one is missing. */
export function storedIndexes(table: Stored): ProjectIndexes | undefined {
  const called = storedCalled(table);
  const handlers = storedHandlers(table);
  const implementers = storedImplementers(table);
  const globals = storedGlobals(table);
  const methods = storedMethods(table);
  return called && handlers && implementers && globals && methods ? { called, handlers, implementers, globals, methods } : undefined;
}

/** The indexes from `indexEntries`' output read back from JSON (the ESLint state's passes file). */
export const indexesFromEntries = (entries: [string, unknown][]): ProjectIndexes | undefined => storedIndexes(new Map(entries) as Stored);

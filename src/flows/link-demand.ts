/**
 * A linted file's cross-module flows from the modules its calls reach, not from the whole project (the ESLint
 * plugin's project state, project.ts): the first file of an `eslint` process no longer waits for every file's
 * facts and every wrapper's summary (issue 12: no file may cost privmap 50 ms).
 *
 * A function's summary depends only on its callees' (what the calls inside it reach), never on its callers,
 * and on the facts of the modules that resolving those calls reads. So the link stage is run on a selection:
 * the functions whose summaries were looked up, summarised from their calls in the project's order (files
 * sorted as the whole project's, calls in their order), every module's facts read when resolution first asks
 * for it. A lookup of a function outside the selection adds it and the selection is summarised again, until
 * a file's flows looked up nothing new: the summaries are then exactly the whole project's for every function
 * looked up (the rounds read the same calls in the same order, and calls outside the selection only write to
 * summaries no selected call reads), so the flows are the whole-project link's, flow for flow.
 *
 * Five passes of the link stage need every module (project-indexes.ts): which functions some call reaches
 * (asked only where it changes what an argument carries), the handlers of a queued job, the classes implementing
 * a type (a call on a typed value), what a global service locator's members were given, and the class methods of
 * each name (a call on a receiver named for a class). A process that linked the whole project stores them (link-state.ts) with each file's link
 * signature, and the next process on the same files reads them back; they hold for a linted file whose facts
 * have the signature they were made with (an edited buffer may add a caller or an implementer). Without them,
 * a file whose link asks for one throws `WholeProjectNeeded`, and the caller links the whole project instead.
 * The selection, and the facts read, are kept for the next files of the process.
 */
import type { StoredSummaries } from '../cache/project-snapshot.js';
import type { FlowFinding } from '../finding.js';
import { ProjectLinks, type SummaryEntry } from './link.js';
import type { ProjectIndexes } from './project-indexes.js';
import { linkSignature } from './link-cache.js';
import type { CallFact, ModuleFacts } from './module-facts.js';
import { candidateFiles } from './demand-candidates.js';
import { ModulesOnDemand } from './modules-on-demand.js';
import type { ProjectTexts } from './project-texts.js';
import type { ModuleResolver } from './resolve-modules.js';
import type { SinkCatalogue } from './types.js';

/** What `ProjectLinks` asks of a demand-driven link. */
export interface LinkDemand {
  /** The summary table to fill: it tells the demand of every function looked up. */
  table(): Map<string, SummaryEntry[]>;
  /** The selected functions' calls, in the whole project's order. */
  calls(modules: ReadonlyMap<string, ModuleFacts>): Iterable<[string, CallFact]>;
  /** The passes over every module, when they are known for the file being linked; else throws `WholeProjectNeeded`. */
  passes(what: string): ProjectIndexes;
  /** The stored passes when they hold for the file being linked; else undefined (throws `WholeProjectNeeded` where they cannot be read). */
  storedPasses(): ProjectIndexes | undefined;
  /**
   * The files that may hold one key of a pass (`what`) about `names` declared in `file`, sorted
   * (demand-candidates.ts); throws `WholeProjectNeeded` where the project's texts are not at hand.
   */
  filesNaming(what: string, file: string, names: readonly string[]): readonly string[];
  /**
   * One key's answer from `filesNaming`'s files, kept for the next linted files while the file being linked
   * has the facts the project read from disk (its answers may differ in an editor's buffer).
   */
  remembered<T>(key: string, answer: () => T): T;
}

/**
 * The passes a whole-project link made, and the link signature of each file's facts they were made from. Read
 * when first asked (link-state.ts): most linted files ask neither, and parsing them cost a process's first file
 * 5-24 ms (documenso's 650 kB).
 */
export interface StoredPasses {
  /** The passes; undefined when they cannot be read (a damaged file): the whole project is linked then. */
  passes(): ProjectIndexes | undefined;
  /** The link signature of `file`'s facts the passes were made from. */
  signature(file: string): string | undefined;
  /** The whole project's summaries, looked up one at a time (the link state's): nothing is summarised then. */
  summaries?: StoredSummaries;
}

export class WholeProjectNeeded extends Error {
  constructor(readonly what: string) {
    super(`the link needs every module (${what})`);
  }
}

const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The summary table of one selection: lookups of unselected functions are noted. */
class WatchedTable extends Map<string, SummaryEntry[]> {
  constructor(private readonly onMissing: (key: string) => void, private readonly selected: ReadonlySet<string>) {
    super();
  }
  override get(key: string): SummaryEntry[] | undefined {
    if (!this.selected.has(key)) this.onMissing(key);
    return super.get(key);
  }
}

export interface DemandStats {
  /** Modules whose facts were read (or found to have none). */
  modulesRead: number;
  /** Functions summarised. */
  functions: number;
  /** Times the selection was summarised. */
  summarised: number;
  /** Times a stored whole-project pass was used. */
  passesRead: number;
  /** Keys of a pass answered from the files that name them (demand-candidates.ts). */
  keysAnswered: number;
}

export class DemandLinks implements LinkDemand {
  private readonly modules: ModulesOnDemand;
  private readonly selected = new Set<string>();
  private missing = new Set<string>();
  private links: ProjectLinks | undefined;
  private summarised = 0;
  private passesRead = 0;
  private keysAnswered = 0;
  private linted: { file: string; facts: ModuleFacts } | undefined;
  private isStoredValid: boolean | undefined;
  private readonly candidates = new Map<string, readonly string[]>();
  private readonly answers = new Map<string, unknown>();
  private isLintedOnDisk: boolean | undefined;

  constructor(
    load: (file: string) => ModuleFacts | undefined,
    private readonly catalogue: SinkCatalogue,
    private readonly resolver: ModuleResolver,
    private readonly stored?: StoredPasses,
    /** The project's texts: without them a pass's key is answered only by the whole project's link. */
    private readonly texts?: ProjectTexts,
  ) {
    this.modules = new ModulesOnDemand(load);
  }

  storedPasses(): ProjectIndexes | undefined {
    if (!this.stored) return undefined;
    // Computed once per linted file, and only when a pass is asked for.
    this.isStoredValid ??= this.linted !== undefined && this.stored.signature(this.linted.file) === linkSignature(this.linted.facts);
    if (!this.isStoredValid) return undefined;
    const passes = this.stored.passes();
    // Unreadable (a damaged file): the whole project is linked, as without stored passes, and stores them again.
    if (!passes) throw new WholeProjectNeeded('stored passes');
    this.passesRead++;
    return passes;
  }

  remembered<T>(key: string, answer: () => T): T {
    if (this.isLintedOnDisk === undefined) {
      const linted = this.linted;
      const disk = linted && this.modules.get(linted.file);
      this.isLintedOnDisk = !linted || disk === linted.facts || (disk !== undefined && linkSignature(disk) === linkSignature(linted.facts));
    }
    if (!this.isLintedOnDisk) return answer();
    if (this.answers.has(key)) return this.answers.get(key) as T;
    const found = answer();
    this.answers.set(key, found);
    return found;
  }

  filesNaming(what: string, file: string, names: readonly string[]): readonly string[] {
    // Only beside the stored summaries (an editor's buffer whose facts the stored passes were not made from).
    // Without them, a cold process's selection is summarised again at each new lookup, which cost more than
    // the whole project's scan (Rallly, cold: 368 rounds, 38 s of CPU against 28 s; README, ESLint speed).
    if (!this.texts || !this.stored?.summaries?.ready()) throw new WholeProjectNeeded(what);
    this.keysAnswered++;
    const key = `${file}\0${names.join('\0')}`;
    let found = this.candidates.get(key);
    if (!found) {
      this.candidates.set(key, (found = candidateFiles({ texts: this.texts, facts: (f) => this.modules.get(f), resolver: this.resolver }, file, names)));
    }
    // The linted file's own facts may differ from the disk's (an editor's buffer): it is always read.
    const linted = this.linted?.file;
    return linted === undefined || found.includes(linted) ? found : [...found, linted].sort(byPath);
  }

  table(): Map<string, SummaryEntry[]> {
    return new WatchedTable((key) => this.missing.add(key), this.selected);
  }

  *calls(modules: ReadonlyMap<string, ModuleFacts>): Iterable<[string, CallFact]> {
    const files = new Map<string, Set<string>>();
    for (const key of this.selected) {
      const at = key.indexOf('\0');
      const file = key.slice(0, at);
      let fns = files.get(file);
      if (!fns) files.set(file, (fns = new Set()));
      fns.add(key.slice(at + 1));
    }
    for (const file of [...files.keys()].sort(byPath)) {
      const fns = files.get(file)!;
      for (const call of modules.get(file)?.calls ?? []) if (call.fn && fns.has(call.fn)) yield [file, call];
    }
  }

  passes(what: string): ProjectIndexes {
    const passes = this.storedPasses();
    if (!passes) throw new WholeProjectNeeded(what);
    return passes;
  }

  /** The flows of `file` (relative to the root) with its current `facts`, as the whole project's link gives them. */
  flowsFor(file: string, facts: ModuleFacts): FlowFinding[] {
    this.linted = { file, facts };
    this.isStoredValid = undefined;
    this.isLintedOnDisk = undefined;
    // Summaries made with one file's passes hold for the others: passes are read only with unchanged facts.
    for (;;) {
      this.missing = new Set();
      if (!this.links) {
        const summaries = this.stored?.summaries?.ready() ? this.stored.summaries : undefined;
        if (!summaries) this.summarised++;
        this.links = new ProjectLinks(this.modules, this.catalogue, this.resolver, summaries, this);
      }
      const flows = this.missing.size ? [] : this.links.flowsFor(file, facts);
      if (this.missing.size === 0) return flows;
      for (const key of this.missing) this.selected.add(key);
      this.links = undefined;
    }
  }

  stats(): DemandStats {
    return { modulesRead: this.modules.read, functions: this.selected.size, summarised: this.summarised, passesRead: this.passesRead, keysAnswered: this.keysAnswered };
  }
}

import type { ModuleFacts } from './module-facts.js';

/**
 * Module facts read one file at a time, when the link stage first asks for them (the link cache's link of the
 * changed files, link-cache.ts, and a linted file's own link, link-demand.ts). Iterating gives only the files
 * read so far: the link stage's answers that need every module come from project-indexes.ts instead.
 */
export class ModulesOnDemand extends Map<string, ModuleFacts> {
  private readonly absent = new Set<string>();

  constructor(private readonly load: (file: string) => ModuleFacts | undefined) {
    super();
  }

  override get(file: string): ModuleFacts | undefined {
    const known = super.get(file);
    if (known || this.absent.has(file)) return known;
    const facts = this.load(file);
    if (facts) super.set(file, facts);
    else this.absent.add(file);
    return facts;
  }

  /** Files read so far (with facts or without). */
  get read(): number {
    return super.size + this.absent.size;
  }
}

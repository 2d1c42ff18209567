/**
 * The project's code files as text, read once per project state when a linted file's link first asks which
 * modules could answer one of the passes over every module (link-demand.ts): only files whose text names what
 * the pass is about can hold it, so only their facts are read (issue 12: a cold `eslint` process no longer
 * scans the whole project for the first file that asks).
 *
 * A name is found as a whole identifier (`send` in `mailer.send(`, not in `sendEmail`) anywhere in the text,
 * comments and strings included: more files than hold it, never fewer. Which files import a module is read off
 * the import specifiers the same way (`from '…'`, `import('…')`, `require('…')`), resolved as the link resolves.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ModuleResolver } from './resolve-modules.js';

const IDENTIFIER_CHAR = /[\w$\u0080-\uffff]/;
const SPECIFIER = /(?:\bfrom|\bimport|\brequire)\s*\(?\s*(['"])([^'"\n]+)\1/g;

export class ProjectTexts {
  private texts: Map<string, string> | undefined;
  private readonly byName = new Map<string, string[]>();
  private importers: Map<string, Set<string>> | undefined;

  /** `files`: every listed code file (POSIX, relative to `root`), in the project's order. */
  constructor(
    private readonly root: string,
    private readonly files: readonly string[],
    private readonly resolver: ModuleResolver,
  ) {}

  private all(): Map<string, string> {
    if (this.texts) return this.texts;
    this.texts = new Map();
    for (const file of this.files) {
      try {
        this.texts.set(file, readFileSync(join(this.root, file), 'utf8'));
      } catch {
        // Gone since the listing: its facts are gone too.
      }
    }
    return this.texts;
  }

  /** The files whose text holds `name` as a whole identifier, in the project's order. */
  naming(name: string): readonly string[] {
    const known = this.byName.get(name);
    if (known) return known;
    const found: string[] = [];
    for (const [file, text] of this.all()) if (holdsName(text, name)) found.push(file);
    this.byName.set(name, found);
    return found;
  }

  /** The files with an import specifier that resolves to `file`. */
  importersOf(file: string): ReadonlySet<string> {
    if (!this.importers) {
      this.importers = new Map();
      for (const [from, text] of this.all()) {
        for (const match of text.matchAll(SPECIFIER)) {
          const to = this.resolver.resolve(from, match[2]!);
          if (to === undefined) continue;
          let set = this.importers.get(to);
          if (!set) this.importers.set(to, (set = new Set()));
          set.add(from);
        }
      }
    }
    return this.importers.get(file) ?? new Set();
  }
}

export function holdsName(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const before = at > 0 ? text[at - 1]! : ' ';
    const after = at + name.length < text.length ? text[at + name.length]! : ' ';
    if (!IDENTIFIER_CHAR.test(before) && !IDENTIFIER_CHAR.test(after)) return true;
  }
  return false;
}

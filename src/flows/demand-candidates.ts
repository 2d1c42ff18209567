/**
 * Which modules could hold one key of a pass over every module (project-indexes.ts), so a linted file's link
 * reads their facts instead of every module's (link-demand.ts): the implementers of one type, the calls that
 * may reach one function, the global members of one dotted name.
 *
 * A module contributes to such a key only through names: a class `implements Mailer`, a call `mailer.send(…)`,
 * an assignment `app.mail = …` — the declaration's own name, or a name some module binds to it (an import or
 * re-export under another name, an object's member, a factory's returned key, an alias). So the candidates are
 * the files whose text holds one of those names (project-texts.ts), grown to a fixed point: each candidate's
 * facts are read for the names it binds to a name already in the set, and those names are searched for too.
 * A default export is imported under any name: the modules that export one of the names as `default` add every
 * file importing them. More files than contribute, never fewer, so the key's answer is the whole project's.
 */
import type { ModuleFacts } from './module-facts.js';
import type { ProjectTexts } from './project-texts.js';
import type { ModuleResolver } from './resolve-modules.js';

const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Whether a written reference (`mailer.send`, `makeApi/send`, `Mailer`) names one of `names` in any part. */
function refersTo(value: string | undefined, names: ReadonlySet<string>): boolean {
  if (value === undefined) return false;
  if (names.has(value)) return true;
  for (const part of value.split(/[./]/)) if (names.has(part)) return true;
  return false;
}

/** The last part of a dotted or nested name: what a call or an assignment writes of it. */
export const lastPart = (name: string) => name.slice(Math.max(name.lastIndexOf('.'), name.lastIndexOf('/')) + 1);

export interface CandidateSource {
  texts: ProjectTexts;
  facts: (file: string) => ModuleFacts | undefined;
  resolver: ModuleResolver;
}

/**
 * The files that may hold a key about `names` declared in `file` (`file` itself included), in the project's
 * sorted order.
 */
export function candidateFiles(source: CandidateSource, file: string, seed: readonly string[]): string[] {
  const names = new Set(seed.filter((n) => n.length > 0));
  const defaults = new Set<string>();
  const files = new Set<string>([file]);
  const searched = new Set<string>();
  const withImporters = new Set<string>();
  for (let changed = true; changed; ) {
    changed = false;
    for (const name of names) {
      if (searched.has(name)) continue;
      searched.add(name);
      for (const f of source.texts.naming(name)) files.add(f);
    }
    for (const from of defaults) {
      if (withImporters.has(from)) continue;
      withImporters.add(from);
      for (const f of source.texts.importersOf(from)) files.add(f);
    }
    const before = names.size + defaults.size;
    for (const f of files) bindings(source, f, names, defaults);
    changed = names.size + defaults.size !== before || [...names].some((n) => !searched.has(n)) || [...defaults].some((d) => !withImporters.has(d));
  }
  return [...files].sort(byPath);
}

/** Adds the names `file` binds to one of `names`, and notes it among `defaults` where it exports one as default. */
function bindings(source: CandidateSource, file: string, names: Set<string>, defaults: Set<string>): void {
  const facts = source.facts(file);
  if (!facts) return;
  const add = (name: string) => {
    if (name === 'default') defaults.add(file);
    else if (name !== '*') names.add(name);
  };
  for (const i of facts.imports) {
    const isDefaultOf = i.name === 'default' && defaultsHas(source, file, i.from, defaults);
    if (names.has(i.name) || isDefaultOf) add(i.local);
  }
  for (const e of facts.exports) {
    if (e.local !== undefined && refersTo(e.local, names)) add(e.name);
    else if (e.from !== undefined) {
      const imported = e.importName ?? e.name;
      if (names.has(imported) || (imported === 'default' && defaultsHas(source, file, e.from, defaults))) add(e.name);
    }
  }
  for (const o of facts.objects ?? []) {
    for (const [key, value] of Object.entries(o.members ?? {})) if (refersTo(value, names)) add(key), add(o.local);
    if (refersTo(o.alias, names) || refersTo(o.instanceOf, names) || refersTo(o.madeBy, names) || (o.oneOf ?? []).some((v) => refersTo(v, names))) add(o.local);
  }
  for (const f of facts.functions) {
    for (const [key, value] of Object.entries(f.returns ?? {})) if (refersTo(value, names)) add(key), add(lastPart(f.name));
    if (refersTo(f.returnsFrom, names)) add(lastPart(f.name));
  }
  for (const t of facts.types ?? []) if (refersTo(t.returnOf, names) || refersTo(t.instanceOf, names) || refersTo(t.value, names)) add(t.name);
  for (const g of facts.globals ?? []) if (refersTo(g.local, names) || refersTo(g.call, names) || names.has(g.importName)) add(lastPart(g.name));
}

function defaultsHas(source: CandidateSource, file: string, specifier: string, defaults: ReadonlySet<string>): boolean {
  if (defaults.size === 0) return false;
  const to = source.resolver.resolve(file, specifier);
  return to !== undefined && defaults.has(to);
}

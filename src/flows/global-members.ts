/**
 * The link side of a global service locator (src/scan/code/global-members.ts): a call rooted at a global
 * (`WIKI.mail.send(opts)`, recorded as root `globalThis`, path `WIKI`, `mail`, `send`) is the call of what the
 * longest member name in its path was given anywhere in the project (`WIKI.mail = require('./core/mail').init()`):
 * the module's export named next (`send`), or the imported value's member. A member given by a method call counts
 * only where that method returns `this` (`init() { …; return this }`); a member given two different modules is
 * either one's. Nothing else is assumed of a global: a member no module is given stays unresolved.
 */
import type { CallFact, GlobalMemberFact, ModuleFacts } from './module-facts.js';

export interface GlobalHost {
  modules: ReadonlyMap<string, ModuleFacts>;
  resolve(from: string, specifier: string): string | undefined;
  returnsThis(file: string, fn: string): boolean;
}

export type GlobalTable = Map<string, { file: string; fact: GlobalMemberFact }[]>;

/** Every global member given a module, by its dotted name. */
export function globalTable(modules: ReadonlyMap<string, ModuleFacts>): GlobalTable {
  const table: GlobalTable = new Map();
  for (const [file, facts] of modules) {
    for (const fact of facts.globals ?? []) {
      const list = table.get(fact.name);
      if (list) list.push({ file, fact });
      else table.set(fact.name, [{ file, fact }]);
    }
  }
  return table;
}

/** The calls, each in the file where it resolves, that a call on a global stands for. */
export function globalCalls(table: GlobalTable, host: GlobalHost, call: CallFact): { file: string; call: CallFact }[] {
  const path = call.path;
  for (let i = path.length - 1; i >= 1; i--) {
    const entries = table.get(path.slice(0, i).join('.'));
    if (!entries) continue;
    const rest = path.slice(i);
    const out: { file: string; call: CallFact }[] = [];
    for (const { file, fact } of entries) {
      if (fact.local !== undefined && fact.call === undefined) {
        out.push({ file, call: { ...call, root: fact.local, path: [...(fact.path ?? []), ...rest] } });
        continue;
      }
      const to = host.resolve(file, fact.from);
      if (!to || fact.importName !== '*') continue;
      if (fact.call !== undefined && !host.returnsThis(to, fact.call)) continue;
      // `WIKI.mail.send` where `WIKI.mail` is the module `./core/mail`: its function `send`.
      out.push({ file: to, call: { ...call, root: rest[0]!, path: rest.slice(1) } });
    }
    return out;
  }
  return [];
}

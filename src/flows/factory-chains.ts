/**
 * A chain of factories across modules (seen in mon-aide-cyber's Brevo adapters, and common in hand-written API
 * clients): `adaptateursRequeteBrevo().envoiMail().execute(requete)`, where the imported function makes an instance
 * (`() => new AdaptateursRequeteBrevo()`), whose method hands out a request object (`envoiMail():
 * AdaptateurRequeteBrevo<…>`, a type the project's classes implement), whose `execute` posts to the vendor. The link
 * stage followed one step (`f().send`, `new Mailer().send`); here each `m()` in the callee's path is what the
 * previous step's value makes: the classes a function constructs (`instances`), the values of its declared return
 * type (`returnsType`), or the object of functions it returns (`returns`). The last member named is the method called.
 * Nothing is guessed: a step whose function says none of these ends the chain unresolved.
 */
import type { FunctionFact } from './module-facts.js';

export type FunctionRef = { file: string; fn: string };

/** What a step of the chain is: an instance of a class, a value of a declared type, or an object of functions. */
type Made = ({ kind: 'class'; file: string; name: string } | { kind: 'type'; file: string; name: string } | { kind: 'object'; file: string; members: Record<string, string> }) & {
  /** Written in a list the step picks from (picked-implementation.ts): the list says how many there are, not a base type. */
  listed?: true;
};

/** What the chain needs of the link stage. */
export interface ChainHost {
  functionFact(file: string, fn: string): FunctionFact | undefined;
  /** A class's name as `file` knows it, followed to the file declaring it. */
  classOf(file: string, name: string): { file: string; name: string } | undefined;
  /** The functions a method of a value of a type may be (the classes implementing it, the functions returning it). */
  typedMethod(file: string, typeName: string, member: string): FunctionRef[];
  hasFunction(file: string, fn: string): boolean;
  /** What a name of `file` is as a value (a namespace import of a module whose value is a function: that function). */
  valueOf(file: string, name: string): { kind: 'function'; file: string; fn: string } | { kind: 'class'; file: string; name: string } | { kind: 'object'; file: string; members: Record<string, string> } | undefined;
}

/** At most this many functions per step: more says a base type of everything, which says nothing. */
const MAX_PER_STEP = 8;
/** A list the project wrote out (`[welcomeMail(db, mailer), resetMail(db, mailer), …]`, 45 in api-conseiller-numerique) is followed whole. */
const MAX_LISTED = 64;

function makes(host: ChainHost, ref: FunctionRef): Made[] {
  const fact = host.functionFact(ref.file, ref.fn);
  if (!fact) return [];
  const made: Made[] = [];
  for (const name of fact.instances ?? []) {
    const cls = host.classOf(ref.file, name);
    if (cls) made.push({ kind: 'class', ...cls });
  }
  if (fact.returnsType !== undefined) made.push({ kind: 'type', file: ref.file, name: fact.returnsType });
  if (fact.returns) {
    const members = Object.fromEntries(Object.entries(fact.returns).map(([key, fn]) => [key, host.hasFunction(ref.file, `${fact.name}/${fn}`) ? `${fact.name}/${fn}` : fn]));
    made.push({ kind: 'object', file: ref.file, members });
  }
  // `return templates.find((t) => t.name === name)`: any of the values listed (picked-implementation.ts).
  const key = `${ref.file}\0${ref.fn}`;
  if (fact.picks && !picking.has(key)) {
    picking.add(key);
    try {
      for (const root of fact.picks) made.push(...pickedValue(host, ref.file, root));
    } finally {
      picking.delete(key);
    }
  }
  return made;
}

/** Functions whose picks are being read: a list holding what its own look-up returns stops there. */
const picking = new Set<string>();

/** One listed value (`mailPipe`, `Mailer` for `new Mailer()`, `createMail()` for what that function makes), as a step of the chain. */
function pickedValue(host: ChainHost, file: string, root: string): Made[] {
  const isCall = root.endsWith('()');
  const value = host.valueOf(file, isCall ? root.slice(0, -2) : root);
  if (!value) return [];
  const made = value.kind === 'function' ? (isCall ? makes(host, { file: value.file, fn: value.fn }) : []) : [value];
  return made.map((m) => ({ ...m, listed: true }));
}

function methodsOf(host: ChainHost, made: Made, member: string): FunctionRef[] {
  if (made.kind === 'class') return host.hasFunction(made.file, `${made.name}.${member}`) ? [{ file: made.file, fn: `${made.name}.${member}` }] : [];
  if (made.kind === 'type') return host.typedMethod(made.file, made.name, member);
  const fn = made.members[member];
  return fn !== undefined && host.hasFunction(made.file, fn) ? [{ file: made.file, fn }] : [];
}

/**
 * The functions a callee path calls, starting from what `start` makes: `path` is the callee's path after the
 * first `()` (`['envoiMail', 'execute']`). Undefined where a step is not known.
 */
export function followFactoryChain(host: ChainHost, start: Made[], path: readonly string[]): FunctionRef[] | undefined {
  let made = start;
  let rest = path;
  while (made.length && rest.length && rest[0] !== '()') {
    const member = rest[0]!;
    const fns = dedupe(made.flatMap((m) => methodsOf(host, m, member)));
    if (!fns.length || fns.length > (made.some((m) => m.listed) ? MAX_LISTED : MAX_PER_STEP)) return undefined;
    if (rest.length === 1) return fns;
    // The callee's path keeps no mark for a call after the first (`f().a().b` is `()`, `a`, `b`): a method named in
    // the middle of a chain is called, since a function's own members are not what apps chain on.
    made = fns.flatMap((f) => makes(host, f));
    rest = rest.slice(rest[1] === '()' ? 2 : 1);
  }
  return undefined;
}

/** What calling a function makes, for the chain's first step. */
export function madeByFunction(host: ChainHost, ref: FunctionRef): Made[] {
  return makes(host, ref);
}

/** An instance of a class, for a chain starting `new X().m()`. */
export function instanceOf(file: string, name: string): Made[] {
  return [{ kind: 'class', file, name }];
}

function dedupe(list: FunctionRef[]): FunctionRef[] {
  const seen = new Set<string>();
  return list.filter((f) => {
    const key = `${f.file}\0${f.fn}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

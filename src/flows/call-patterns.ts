/**
 * Callee patterns of the sink catalogue, compiled once per catalogue. A call is described by the path its
 * callee spells (`this.logger.info` -> `this`, `logger`, `info`; calls in between are skipped, so
 * `conn.sobject('Contact').create` is `conn`, `sobject`, `create`) and by what its root is bound to.
 */
import type { SinkCatalogue, SinkDef } from './types.js';
import { mayNameVendor } from './vendor-named-receiver.js';
import { packageOfSpecifier } from './package-specifier.js';

type Segment = '*' | ReadonlySet<string>;

interface CompiledPattern {
  root: '<import>' | '<instance>' | Segment;
  rest: Segment[];
}

export interface CompiledSink {
  sink: SinkDef;
  packages: ReadonlySet<string>;
  imports?: ReadonlySet<string>;
  patterns: CompiledPattern[];
}

export interface CompiledCatalogue {
  /** Every package some sink names: only imports of these are worth tracking. */
  packages: ReadonlySet<string>;
  sinks: CompiledSink[];
  byPackage: Map<string, CompiledSink[]>;
  /** Global patterns by their literal first segment (`console`, `fetch`, `logger`), in catalogue order. */
  globalByRoot: Map<string, { sink: SinkDef; pattern: CompiledPattern }[]>;
  /** Global patterns whose first segment is `*`. */
  globalAny: { sink: SinkDef; pattern: CompiledPattern }[];
  /**
   * Every name a pattern can end with (`info`, `track`, `create`): a call `x.y.z()` whose `z` is not here
   * cannot reach a sink, which rules out most calls (`map`, `filter`, `push`) before any lookup.
   */
  lastNames: ReadonlySet<string>;
  /**
   * Matches text that may hold a sink call by the word a global pattern starts with (`console`, `fetch`,
   * `logger`); `mayReachSink` also looks for an import or require of a catalogue package. A file without either has no flow, so its walk
   * is skipped; most files (types, entities, components) are such files. Undefined when a pattern could
   * match any name (`*.*`), which turns the shortcut off.
   */
  hint: RegExp | undefined;
}

/** What the root of a callee is bound to, when it comes from a catalogue package. */
export interface PackageBinding {
  package: string;
  /** `import` is the imported binding itself; `instance` a value made from it (`pino()`, `new Stripe()`). */
  kind: 'import' | 'instance';
  /** The named export it came from (`Logger`); undefined for default and namespace imports. */
  exportName?: string;
  /** The sub-client of an instance a local holds (`const sms = africastalking.SMS`): its calls are the member's (`<instance>.SMS.send`). */
  member?: string;
  /** A literal host the client was configured with (`axios.create({ baseURL })`, Mixpanel's `host`). */
  host?: string;
  /** Else the setting its base URL comes from (`axios.create({ baseURL: process.env.CRM_URL })`), or a relative base. */
  base?: { relative: true } | { setting: string; path: string };
}

function segment(text: string): Segment {
  if (text === '*') return '*';
  const braces = /^\{(.*)\}$/.exec(text);
  return new Set(braces ? braces[1]!.split(',').map((s) => s.trim()) : [text]);
}

/** Splits on dots outside braces: `console.{log,info}` -> `console`, `{log,info}`. */
function splitPattern(pattern: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of pattern) {
    if (ch === '{') depth++;
    if (ch === '}') depth--;
    if (ch === '.' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

export function compilePattern(pattern: string): CompiledPattern {
  const [first, ...rest] = splitPattern(pattern);
  const root = first === '<import>' || first === '<instance>' ? first : segment(first!);
  return { root, rest: rest.map(segment) };
}

const compiledByCatalogue = new WeakMap<SinkCatalogue, CompiledCatalogue>();

export function compileCatalogue(catalogue: SinkCatalogue): CompiledCatalogue {
  let compiled = compiledByCatalogue.get(catalogue);
  if (compiled) return compiled;
  const packages = new Set<string>();
  const byPackage = new Map<string, CompiledSink[]>();
  const globalByRoot = new Map<string, { sink: SinkDef; pattern: CompiledPattern }[]>();
  const globalAny: { sink: SinkDef; pattern: CompiledPattern }[] = [];
  const lastNames = new Set<string>();
  const sinks = catalogue.sinks.map((sink) => {
    const patterns = sink.calls.map(compilePattern);
    const entry: CompiledSink = { sink, packages: new Set(sink.packages), patterns };
    if (sink.imports) entry.imports = new Set(sink.imports);
    for (const p of sink.packages) {
      packages.add(p);
      byPackage.set(p, [...(byPackage.get(p) ?? []), entry]);
    }
    for (const pattern of patterns) {
      const last = pattern.rest[pattern.rest.length - 1] ?? pattern.root;
      // A named import called directly (`track()` from Amplitude) ends with the export's name: any name.
      if (last === '*' || last === '<import>' || last === '<instance>') lastNames.add('*');
      else if (typeof last !== 'string') for (const name of last) lastNames.add(name);
      if (pattern.root === '*') globalAny.push({ sink, pattern });
      else if (typeof pattern.root !== 'string') {
        for (const r of pattern.root) globalByRoot.set(r, [...(globalByRoot.get(r) ?? []), { sink, pattern }]);
      }
    }
    return entry;
  });
  compiled = { packages, sinks, byPackage, globalByRoot, globalAny, lastNames, hint: hintFor(globalByRoot, globalAny) };
  compiledByCatalogue.set(catalogue, compiled);
  return compiled;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

function hintFor(globalByRoot: CompiledCatalogue['globalByRoot'], globalAny: CompiledCatalogue['globalAny']): RegExp | undefined {
  const words = new Set(globalByRoot.keys());
  for (const { pattern } of globalAny) {
    const first = pattern.rest[0];
    if (first === undefined || first === '*') return undefined;
    for (const name of first) words.add(name);
  }
  const bare = [...words].sort().map(escapeRegExp).join('|');
  // Not `\b`: a global may start with `$` (`$crisp`), which is no word character.
  return bare ? new RegExp(`(?<![\\w$])(?:${bare})(?![\\w$])`) : /(?!)/;
}

// Module specifiers of imports and requires. Matched here and looked up in a set: one alternation of every
// catalogue package (over 150) costs more than the rest of the hint.
const SPECIFIER = /(?:\bfrom|\brequire\s*\(|\bimport\s*\(?)\s*(['"`])([^'"`\n]+)\1/g;

/** Whether a file's text may hold a sink call at all (see `CompiledCatalogue.hint`). */
export function mayReachSink(compiled: CompiledCatalogue, text: string): boolean {
  if (compiled.hint === undefined || compiled.hint.test(text) || mayNameVendor(compiled, text)) return true;
  SPECIFIER.lastIndex = 0;
  for (let match = SPECIFIER.exec(text); match; match = SPECIFIER.exec(text)) if (compiled.packages.has(packageOfSpecifier(match[2]!))) return true;
  return false;
}

function segmentMatches(seg: Segment, name: string): boolean {
  return seg === '*' || seg.has(name);
}

function restMatches(rest: Segment[], path: readonly string[]): boolean {
  return rest.length === path.length && rest.every((seg, i) => segmentMatches(seg, path[i]!));
}

/**
 * The sink a call reaches. `path` is the callee path after the root, `rootName` the root as written (`this`
 * for `this.x`), `binding` what the root is bound to when it comes from a catalogue package. A root bound to
 * a package only matches that package's sinks; an unbound root only the global patterns.
 */
export function matchSink(compiled: CompiledCatalogue, rootName: string, path: readonly string[], binding: PackageBinding | undefined): SinkDef | undefined {
  if (binding) {
    for (const entry of compiled.byPackage.get(binding.package) ?? []) {
      if (entry.imports && !(binding.exportName && entry.imports.has(binding.exportName))) continue;
      for (const pattern of entry.patterns) {
        if (pattern.root !== `<${binding.kind}>`) continue;
        if (restMatches(pattern.rest, path)) return entry.sink;
        if (binding.member && restMatches(pattern.rest, [binding.member, ...path])) return entry.sink;
        // `import { track } from '@amplitude/analytics-node'; track()` reads as `<import>.track`.
        if (binding.kind === 'import' && binding.exportName && restMatches(pattern.rest, [binding.exportName, ...path])) return entry.sink;
      }
    }
    return undefined;
  }
  for (const { sink, pattern } of compiled.globalByRoot.get(rootName) ?? []) if (restMatches(pattern.rest, path)) return sink;
  for (const { sink, pattern } of compiled.globalAny) if (restMatches(pattern.rest, path)) return sink;
  return undefined;
}

/** Whether an import of `exportName` from `pkg` can reach any sink (the `imports` filter of every sink naming it). */
export function importCounts(compiled: CompiledCatalogue, pkg: string, exportName: string | undefined): boolean {
  return (compiled.byPackage.get(pkg) ?? []).some((e) => (!e.imports || (exportName !== undefined && e.imports.has(exportName))));
}

/**
 * A second copy of a record's columns in a legacy table whose names are limited in length: each stem cut short and
 * one short code glued after it (`ender`, `numero`, `bairro`, `cep`, `telef` and the contact address's `endcon`,
 * `numcon`, `baicon`, `cepcon`, `telcon`). A column so written holds what the column its stem starts holds. The code
 * is inferred from the table itself, never listed: one to four letters that are no word and no technical ending, after
 * three or more stems of three letters or more that each start another column of the table.
 */
import type { CompiledRules } from './compile.js';
import { perTable } from './table-convention.js';

/** One token of letters and digits in one case: the glued names such tables use (`endcon`, `z01_` already removed). */
const GLUED = /^(?:[a-z][a-z0-9]*|[A-Z][A-Z0-9]*)$/;
const CODE = /^[a-z]{1,4}$/;
const MIN_STEM = 3;
const STEM = /^[a-z]+$/;
/** Columns a stem may start: `tel` of `telef` and `telcel`; more is a family of columns, not one cut short. */
const MAX_ORIGINALS = 2;
/** Copies needed before the code is taken for one: fewer may be words that start alike. */
const MIN_COPIES = 3;
/** Endings that say what a column is about (an id, a date, a flag), not which copy it is. */
const TECHNICAL = new Set(['id', 'ids', 'no', 'nr', 'num', 'key', 'ref', 'cod', 'code', 'typ', 'type', 'tp', 'flag', 'dt', 'dat', 'data', 'date', 'time', 'ts', 'at', 'on', 'by', 'url', 'uri', 'txt', 'str', 'val', 'old', 'new', 'tmp', 'bak', 'hash', 'md', 'ok', 'yn', 'ind', 'qty', 'cnt', 'amt', 's', 'es', 'en', 'er', 'e', 'n']);

export interface VariantSuffix {
  /** A copy's name -> the columns whose start its stem is (`cepcon` -> [`cep`]), shortest first. */
  originals: Map<string, string[]>;
}

export const variantSuffixOf = perTable(infer);

function infer(siblings: string[], rules: CompiledRules): VariantSuffix | null {
  const lower = siblings.map((s) => s.toLowerCase());
  const byCode = new Map<string, [string, string[]][]>();
  for (let i = 0; i < siblings.length; i++) {
    const name = lower[i]!;
    if (!GLUED.test(siblings[i]!)) continue;
    for (let cut = MIN_STEM; cut < name.length; cut++) {
      const code = name.slice(cut);
      if (!CODE.test(code) || TECHNICAL.has(code) || rules.vocabulary.has(code)) continue;
      const stem = name.slice(0, cut);
      // A cut word, not a party's number (`ehp1` of `ehp1akad`), and the start of one or two columns only: a prefix
      // many columns share (`del` of `delcity`, `delcompany`, `delcost`) is a family, not a cut word.
      if (!STEM.test(stem)) continue;
      const originals = siblings.filter((s, j) => j !== i && GLUED.test(s) && lower[j]!.startsWith(stem) && !lower[j]!.endsWith(code));
      if (originals.length === 0 || originals.length > MAX_ORIGINALS) continue;
      const list = byCode.get(code) ?? [];
      list.push([siblings[i]!, originals.sort((a, b) => a.length - b.length)]);
      byCode.set(code, list);
    }
  }
  const originals = new Map<string, string[]>();
  for (const copies of byCode.values()) {
    if (copies.length < MIN_COPIES) continue;
    for (const [copy, of] of copies) if (!originals.has(copy)) originals.set(copy, of);
  }
  return originals.size > 0 ? { originals } : null;
}

/** What a declared type says: ruled out (flags, numbers, dates, ids), a category of its own, or nothing. */
import type { CompiledRules } from './compile.js';

export type TypeVerdict =
  | { kind: 'text' }
  | { kind: 'ruled-out'; reason: string }
  | { kind: 'numeric' }
  | { kind: 'object'; name: string }
  | { kind: 'unknown' };

/** Strips nullability, arrays, generics and SQL lengths: `String?`, `string | null`, `varchar(255)`, `Array<Email>`. */
function core(type: string): string {
  return type
    .replace(/\s*\|\s*(null|undefined)\b/g, '')
    .replace(/^(null|undefined)\s*\|\s*/g, '')
    .replace(/\?$/, '')
    .replace(/\[\]$/, '')
    .replace(/^(Array|ReadonlyArray|Promise|Maybe|Nullable|Optional)<(.+)>$/, '$2')
    .replace(/\(.*\)$/, '')
    .trim();
}

export function judgeType(type: string | undefined, rules: CompiledRules): TypeVerdict {
  if (!type) return { kind: 'unknown' };
  const text = core(type);
  if (/^(['"`]).*\1(\s*\|\s*(['"`]).*\3)+$/.test(text) || /^(true|false|\d+)(\s*\|\s*(true|false|\d+))*$/.test(text)) {
    return { kind: 'ruled-out', reason: 'type:literal-union' };
  }
  const lower = text.toLowerCase().replace(/\s+(with|without)\s+time\s+zone$/, '').replace(/^character varying$/, 'varchar');
  const first = lower.split(/[\s(]/)[0] ?? lower;
  if (rules.ruledOutAll.has(first)) return { kind: 'ruled-out', reason: `type:${first}` };
  if (rules.ruledOutNumeric.has(first)) return { kind: 'numeric' };
  if (/^(string|text|varchar|char|character|citext|nvarchar|nchar|ntext|tinytext|mediumtext|longtext|clob|str|json|jsonb|object|any|unknown|stringfield|charfield|textfield)$/.test(first)) {
    return { kind: 'text' };
  }
  if (/^[A-Z][A-Za-z0-9_]*$/.test(text)) return { kind: 'object', name: text };
  return { kind: 'unknown' };
}

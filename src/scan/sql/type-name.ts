/**
 * A column's type as SQL text (`varchar(255)`, `boolean`, `text[]`, `public.email`), from a libpg-query
 * TypeName node. The parser spells built-in types by their internal names (int4, bool, bpchar); they are
 * turned back into the names people write so the detector and drift reports read them as written.
 */
type Node = Record<string, any>;

const READABLE: Record<string, string> = {
  int2: 'smallint',
  int4: 'integer',
  int8: 'bigint',
  float4: 'real',
  float8: 'double precision',
  bool: 'boolean',
  bpchar: 'char',
};

/** Length and precision modifiers are kept where they say something (`varchar(255)`, `numeric(10,2)`). */
const KEEPS_MODIFIERS = new Set(['varchar', 'char', 'bpchar', 'numeric', 'decimal', 'bit', 'varbit']);

export interface TypeRef {
  /** As people write it: `varchar(255)`, `integer[]`, `crm.email_address`. */
  text: string;
  /** The unqualified name, for looking up domains, enums and composite types: `email_address`. */
  name: string;
  isArray: boolean;
}

export function typeRef(typeName: Node | undefined): TypeRef {
  const names = ((typeName?.names ?? []) as Node[]).map((n) => n.String?.sval as string | undefined).filter((n): n is string => !!n);
  const isBuiltin = names[0] === 'pg_catalog';
  const parts = isBuiltin ? names.slice(1) : names;
  const name = parts[parts.length - 1] ?? 'unknown';
  let text = isBuiltin ? READABLE[name] ?? name : parts.join('.');
  if (KEEPS_MODIFIERS.has(name) && Array.isArray(typeName?.typmods)) {
    const mods = (typeName.typmods as Node[]).map((m) => m.A_Const?.ival?.ival).filter((v) => v !== undefined);
    if (mods.length) text += `(${mods.join(',')})`;
  }
  const isArray = Array.isArray(typeName?.arrayBounds) && typeName.arrayBounds.length > 0;
  if (isArray) text += '[]';
  return { text, name, isArray };
}

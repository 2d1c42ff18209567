/**
 * Processing declarations (`processing:` in privacy.yml) tie code and data to purposes without touching the
 * code. Compiled once per policy object.
 */
import { Minimatch } from 'minimatch';
import type { Finding } from '../finding.js';
import type { Policy } from '../policy/types.js';

interface CompiledDecl {
  purposes: string[];
  paths: Minimatch[];
  symbols: RegExp[];
  tables: RegExp[];
}

const compiled = new WeakMap<Policy, CompiledDecl[]>();

/**
 * A dotted pattern: `*` is one segment, `**` any number, and a trailing `.*` covers nested containers too
 * (`Order.*` covers `Order.billing.street`), because that is what people mean by "everything in Order".
 */
export function dottedPattern(pattern: string): RegExp {
  const body = pattern
    .split('.')
    .map((segment, index, all) => {
      if (segment === '**' || (segment === '*' && index === all.length - 1)) return '.+';
      return segment
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('[^.]*');
    })
    .join('\\.');
  return new RegExp(`^${body}$`, 'i');
}

function compile(policy: Policy): CompiledDecl[] {
  let decls = compiled.get(policy);
  if (!decls) {
    decls = policy.processing.map((decl) => ({
      purposes: decl.purposes,
      paths: decl.paths.map((glob) => new Minimatch(glob, { dot: true, matchBase: !glob.includes('/') })),
      symbols: decl.symbols.map(dottedPattern),
      tables: decl.tables.map(dottedPattern),
    }));
    compiled.set(policy, decls);
  }
  return decls;
}

/** Names under which a finding's table column can be declared: `public.customers.email` and `customers.email`. */
function tableKeys(finding: Finding): string[] {
  if (finding.kind !== 'field') return [];
  const storage = finding.storage;
  if (storage) {
    const keys = [`${storage.table}.${storage.column}`];
    keys.push(`${storage.schema ?? 'public'}.${storage.table}.${storage.column}`);
    return keys;
  }
  const { table, column } = finding.location;
  if (!table || !column) return [];
  const keys = [`${table}.${column}`];
  if (!table.includes('.')) keys.push(`public.${table}.${column}`);
  else keys.push(`${table.slice(table.indexOf('.') + 1)}.${column}`);
  return keys;
}

/**
 * Purposes that processing declarations give this finding. `file` is the finding's path relative to the
 * policy's directory (declarations are written relative to privacy.yml).
 */
export function declaredPurposes(finding: Finding, policy: Policy, file: string | undefined): string[] {
  const purposes = new Set<string>();
  const symbol = finding.kind === 'field' ? `${finding.container}.${finding.field}` : undefined;
  const tables = tableKeys(finding);
  for (const decl of compile(policy)) {
    const matches =
      (file !== undefined && decl.paths.some((glob) => glob.match(file))) ||
      (symbol !== undefined && decl.symbols.some((re) => re.test(symbol))) ||
      decl.tables.some((re) => tables.some((key) => re.test(key)));
    if (matches) for (const purpose of decl.purposes) purposes.add(purpose);
  }
  return [...purposes];
}

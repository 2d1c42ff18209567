/**
 * Node's subpath imports: `import DispatchService from '#services/dispatch_service'` with `"imports": { "#services/*":
 * "./app/services/*.js" }` in the nearest package.json (AdonisJS 6 writes one per app; Node ESM apps use them instead of
 * tsconfig `paths`). The target is the package's own file, named for its build output (`.js`) while the source is
 * TypeScript; the resolver's file look-up strips the extension as for a relative import. A condition object picks its
 * first path among the conditions an app's source is read under (`types`, `import`, `node`, `default`, `require`).
 * Seen in bl-monorepo, whose controllers reach the dispatch service only through `#services/*`: calls there were read
 * by the receiver's name alone, or not at all.
 */

/** Conditions read, in this order, where a target is an object of conditions. */
const CONDITIONS = ['types', 'import', 'node', 'default', 'require'];

function pathOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(pathOf).find((v) => v !== undefined);
  if (value && typeof value === 'object') for (const condition of CONDITIONS) {
    const found = pathOf((value as Record<string, unknown>)[condition]);
    if (found) return found;
  }
  return undefined;
}

/** The path (relative to the package.json) an `imports` map gives `specifier` (`#services/x` -> `./app/services/x.js`). */
export function subpathImportTarget(specifier: string, imports: Record<string, unknown>): string | undefined {
  const exact = imports[specifier];
  if (exact !== undefined) return pathOf(exact);
  // The longest pattern before its `*` wins, as Node resolves it.
  let best: { prefix: string; target: string; suffix: string } | undefined;
  for (const [pattern, value] of Object.entries(imports)) {
    const star = pattern.indexOf('*');
    if (star < 0) continue;
    const prefix = pattern.slice(0, star);
    const suffix = pattern.slice(star + 1);
    if (!specifier.startsWith(prefix) || !specifier.endsWith(suffix) || specifier.length < prefix.length + suffix.length) continue;
    const target = pathOf(value);
    if (target && (!best || prefix.length > best.prefix.length)) best = { prefix, target, suffix };
  }
  if (!best) return undefined;
  const matched = specifier.slice(best.prefix.length, specifier.length - best.suffix.length);
  return best.target.split('*').join(matched);
}

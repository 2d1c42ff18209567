/**
 * Import aliases a framework writes into a tsconfig it generates at build time, which a checkout does not hold:
 * a SvelteKit app's `tsconfig.json` extends `./.svelte-kit/tsconfig.json`, where `svelte-kit sync` maps `$lib`
 * to `src/lib` (kit.svelte.dev/docs/configuration#alias). Read as the `paths` that file would give, relative to
 * the directory of the tsconfig extending it.
 */
import { posix } from 'node:path';

/** Generated configs by where they sit, and the aliases they map (targets relative to the app's directory). */
const GENERATED: { dir: string; paths: [pattern: string, targets: string[]][] }[] = [{ dir: '.svelte-kit/', paths: [['$lib', ['src/lib']], ['$lib/*', ['src/lib/*']]] }];

/** The aliases of the generated configs a tsconfig in `dir` extends (`extends` as written), as `paths` relative to `base`. */
export function generatedPaths(extendsField: unknown, dir: string, base: string): [pattern: string, targets: string[]][] {
  const parents = (Array.isArray(extendsField) ? extendsField : [extendsField]).filter((e): e is string => typeof e === 'string');
  const out: [string, string[]][] = [];
  for (const parent of parents) {
    const normal = posix.normalize(parent);
    for (const generated of GENERATED) {
      if (!normal.startsWith(generated.dir)) continue;
      const prefix = posix.relative(base || '.', dir || '.');
      for (const [pattern, targets] of generated.paths) out.push([pattern, targets.map((t) => (prefix ? posix.join(prefix, t) : t))]);
    }
  }
  return out;
}

/**
 * Folders no scan walks: dependencies, build output and tools' state. Shared by the CLI's discovery, the ESLint
 * plugin's project listing and the listing of a commit's tree, so the three read the same files.
 */
/** Never the project's own code, wherever they are: dependencies, build output and tools' state. */
export const PRUNED_DIRS = ['node_modules', '.git', 'dist', 'build', '.next', '.nuxt', '.svelte-kit', '.output', 'bower_components'];
/**
 * Output and vendored code only where tools put them, in the scanned folder or beside a package's manifest (Next's
 * `out/`, a VS Code extension's `out/`, `coverage/`, a PHP app's `vendor/`). Deeper down the name is the project's own
 * folder: a ports-and-adapters app's `adapters/out/` (agendamento-nota-backend's payment client lived there, and
 * went unread), a marketplace's `modules/vendor/`, an insurer's `coverage/` module.
 */
export const PACKAGE_OUTPUT_DIRS = ['out', 'coverage', 'vendor'];
const MANIFEST = /^(?:package\.json|[tj]sconfig(?:\.[\w.-]+)?\.json|composer\.json|go\.mod|Cargo\.toml|pyproject\.toml|pom\.xml)$/;

/** Whether a folder called `name` is never walked; `atPackageRoot`: its parent is the scanned folder or holds a manifest. */
export function isPrunedDir(name: string, atPackageRoot: boolean): boolean {
  return PRUNED_DIRS.includes(name) || (atPackageRoot && PACKAGE_OUTPUT_DIRS.includes(name));
}

/** Whether a file of a listing (POSIX path) lies in a pruned folder; `paths`: the whole listing, which shows the manifests. */
export function prunedPathTest(paths: readonly string[]): (path: string) => boolean {
  const packageRoots = new Set<string>(['']);
  for (const path of paths) {
    const slash = path.lastIndexOf('/');
    if (isManifest(path.slice(slash + 1))) packageRoots.add(slash < 0 ? '' : path.slice(0, slash));
  }
  return (path) => {
    const segments = path.split('/');
    for (let i = 0, parent = ''; i < segments.length - 1; parent = parent ? `${parent}/${segments[i]}` : segments[i]!, i++) {
      if (isPrunedDir(segments[i]!, packageRoots.has(parent))) return true;
    }
    return false;
  };
}

/** What decides which folders are walked, for a stored listing to say which rules it was made by (project-listing.ts). */
export const PRUNING_RULES = [PRUNED_DIRS.join(','), PACKAGE_OUTPUT_DIRS.join(','), MANIFEST.source].join('|');

/** A package's or build tool's manifest (`package.json`, `tsconfig.json`, `composer.json`, …). */
export function isManifest(name: string): boolean {
  return MANIFEST.test(name);
}

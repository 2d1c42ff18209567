/**
 * AWS Lambda layers: a function requires its layer's modules by the path the layer is mounted at (`require('/opt/
 * baseLayer')`, `require('/opt/nodejs/utils')`), and the layer's folder in the repository (`layers/baseLayer/
 * baseLayer.js`, a SAM template's `ContentUri`) is what Lambda unpacks under `/opt`. Seen in BC Parks' day-use pass
 * API (session 51), whose mail, SMS and export helpers all live in layers. The module is the one project file whose
 * path ends in the rest of the specifier; where several do, the one under a folder named for layers, else none.
 */
import { posix } from 'node:path';

const MOUNT = '/opt/';

/** The project file `/opt/<rest>` names, among `files` (POSIX, relative to the root), tried with `extensions`. */
export function layerModule(specifier: string, files: ReadonlySet<string>, extensions: readonly string[]): string | undefined {
  if (!specifier.startsWith(MOUNT)) return undefined;
  const rest = posix.normalize(specifier.slice(MOUNT.length)).replace(/\/$/, '');
  if (!rest || rest.startsWith('..')) return undefined;
  const stripped = rest.replace(/\.(m|c)?js$/, '');
  const endings = [rest, ...extensions.map((e) => stripped + e), ...extensions.map((e) => `${rest}/index${e}`)].map((e) => `/${e}`);
  const found = [...files].filter((file) => endings.some((ending) => `/${file}`.endsWith(ending)));
  if (found.length <= 1) return found[0];
  const inLayers = found.filter((file) => /(?:^|\/)layers?\//i.test(file));
  return inLayers.length === 1 ? inLayers[0] : undefined;
}

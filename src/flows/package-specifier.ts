/**
 * The npm package an import names when it is written the Deno / CDN way: `npm:resend@2.0.0`,
 * `https://esm.sh/resend@2.0.0`, `https://cdn.jsdelivr.net/npm/@sendgrid/mail@7/+esm`. Supabase Edge Functions and
 * other Deno code import their vendors so (no package.json to name them in), and the catalogue knows packages by
 * their npm name: without this a `new Resend(…)` imported from `npm:resend@2.0.0` was no client at all.
 * A deno.land/x module is named by its module name (`https://deno.land/x/denomailer@1.6.0/mod.ts` is `denomailer`).
 * Anything else (`./mail`, `resend`, `https://deno.land/std/…`) is returned as it is.
 */

// `npm:` and `jsr:` name a registry's package directly; the CDNs below serve npm packages at `/<name>@<version>`.
const REGISTRY = /^(?:npm|jsr):\/?(.+)$/;
const CDN = /^https?:\/\/(?:esm\.sh|cdn\.skypack\.dev|esm\.run|cdn\.jsdelivr\.net\/npm|unpkg\.com|jspm\.dev|ga\.jspm\.io\/npm:)\/?(?:v\d+\/)?(.+)$/;
// Deno's own registry of third-party modules, `https://deno.land/x/denomailer@1.6.0/mod.ts`: the module's name (its
// entry file, `mod.ts`, is no subpath); `https://deno.land/std/…` is Deno's standard library, no package.
const DENO_X = /^https?:\/\/deno\.land\/x\/([\w.-]+?)(?:@[^/]*)?(?:\/mod\.ts)?$/;
// `@scope/name@version/sub/path` or `name@version/sub/path`; the version and a CDN's query (`?target=deno`) dropped.
const NAME = /^((?:@[\w.-]+\/)?[\w.-]+)(?:@[^/?#]*)?(\/[^?#]*)?/;
// A CDN's own build paths after the version (`/es2022/resend.mjs`, `/+esm`): no subpath of the package.
const BUILD_PATH = /^\/(?:\+esm|es20\d\d\/.*|esnext\/.*|denonext\/.*|dist\/.*\.m?js|.*\.min\.m?js)$/;

export function packageOfSpecifier(specifier: string): string {
  if (!specifier.includes(':')) return specifier;
  const deno = DENO_X.exec(specifier);
  if (deno) return deno[1]!;
  const rest = REGISTRY.exec(specifier)?.[1] ?? CDN.exec(specifier)?.[1];
  if (rest === undefined) return specifier;
  const match = NAME.exec(rest);
  if (!match) return specifier;
  const sub = match[2] && match[2] !== '/' && !BUILD_PATH.test(match[2]) ? match[2] : '';
  return match[1]! + sub;
}

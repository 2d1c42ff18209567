/**
 * Third parties a repository depends on, read from its package.json files: every dependency that is a
 * catalogue vendor's SDK (`@sendgrid/mail`, `posthog-js`) is a recipient to confirm, whether or not a flow to
 * it was found yet, with the vendor's country for transfers and the project's wrappers around it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import type { SinkCatalogue } from './types.js';
import type { Wrapper } from './link.js';

export interface ThirdParty {
  /** Catalogue sink id (`sendgrid`). */
  sinkId: string;
  /** The vendor as people name it (`SendGrid`). */
  vendor: string;
  /** The dependency that names it (`@sendgrid/mail`). */
  package: string;
  /** Recipient kind (`email`, `analytics`, `sms`, ...). */
  kind: string;
  /** ISO 3166-1 alpha-2 country of the vendor's seat, when the catalogue knows it. */
  country?: string;
  /** The package.json files (POSIX, relative to the root) that depend on it. */
  manifests: string[];
  /** The project's modules that wrap it, as `module#export` (`packages/email/mailer.ts#sendEmail`). */
  wrappers: string[];
}

const DEPENDENCY_FIELDS = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'] as const;
// A development-only dependency (a test mailer) is still listed: whether it runs in production is for people to say.

/** Every package.json between the scanned files and the root, plus the root's own. */
export function manifestsOf(root: string, files: Iterable<string>): string[] {
  const dirs = new Set<string>(['.']);
  for (const file of files) for (let dir = posix.dirname(file); !dirs.has(dir); dir = posix.dirname(dir)) dirs.add(dir);
  return [...dirs].map((d) => (d === '.' ? 'package.json' : `${d}/package.json`)).filter((p) => existsSync(join(root, p))).sort();
}

function dependenciesOf(root: string, manifest: string): string[] {
  try {
    const json = JSON.parse(readFileSync(join(root, manifest), 'utf8')) as Record<string, Record<string, string> | undefined>;
    return DEPENDENCY_FIELDS.flatMap((field) => Object.keys(json[field] ?? {}));
  } catch {
    // A broken package.json is the package manager's error to report; it names no third party here.
    return [];
  }
}

/** Third parties named by the manifests, with the wrappers found around them; sorted by vendor and package. */
export function thirdPartiesOf(root: string, manifests: readonly string[], catalogue: SinkCatalogue, wrappers: readonly Wrapper[] = []): ThirdParty[] {
  const byKey = new Map<string, ThirdParty>();
  for (const manifest of manifests) {
    for (const dependency of dependenciesOf(root, manifest)) {
      for (const sink of catalogue.sinks) {
        if (sink.kind === 'logs' || sink.kind === 'file' || sink.kind === 'http' || !sink.packages.includes(dependency)) continue;
        const key = `${sink.id}\0${dependency}`;
        let party = byKey.get(key);
        if (!party) {
          party = { sinkId: sink.id, vendor: sink.title, package: dependency, kind: sink.kind, manifests: [], wrappers: [] };
          if (sink.country) party.country = sink.country;
          byKey.set(key, party);
        }
        if (!party.manifests.includes(manifest)) party.manifests.push(manifest);
      }
    }
  }
  for (const party of byKey.values()) {
    party.wrappers = wrappers.filter((w) => w.sinkIds.includes(party.sinkId)).map((w) => `${w.module}#${w.export}`).sort();
    party.manifests.sort();
  }
  return [...byKey.values()].sort((a, b) => a.vendor.localeCompare(b.vendor) || (a.package < b.package ? -1 : 1));
}

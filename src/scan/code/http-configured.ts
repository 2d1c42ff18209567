/**
 * A generic HTTP call whose URL names no literal host: a flow when its base is a setting naming someone else's
 * server (`axios.post(\`${SIB_BASE_URL}/smtp/email\`, payload)` reaches Brevo, `config.cerema.api` a third
 * party), not when it is relative or a setting of the app's own API (`NEXT_PUBLIC_API_URL`): see
 * `rules/http-targets.yml`.
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import { splitWords } from '../../detect/split-words.js';
import { targetOfSetting, vendorOfPath } from '../../flows/http-targets.js';
import type { SinkCatalogue, SinkDef } from '../../flows/types.js';
import { baseOfArguments, type BaseNames, type UrlBase } from './http-base.js';

/**
 * Where a call goes when neither its URL nor its client shows a literal host: `undefined` when that is the app's
 * own server or not known, else a third party, the catalogue's vendor when the setting or the path names one.
 * `clientBase` is the base its client was made with (`axios.create({ baseURL: process.env.CRM_URL })`).
 */
export function configuredTarget(args: readonly ts.Expression[] | undefined, clientBase: UrlBase | undefined, names: BaseNames, catalogue: SinkCatalogue, sourceFile: ts.SourceFile): { vendor?: SinkDef } | undefined {
  const own = baseOfArguments(args, names);
  // `crm.post('/contacts', …)` on a client made with a configured base: that base, then the call's path.
  const base = own && 'relative' in own && clientBase ? withRelativePath(clientBase, args) : (own ?? clientBase);
  if (!base || 'relative' in base) return undefined;
  const byPath = vendorOfPath(catalogue, base.path);
  if (byPath) return { vendor: byPath };
  const target = targetOfSetting(catalogue, base.setting, appNames(sourceFile));
  if (target.own) return undefined;
  return target.vendor ? { vendor: target.vendor } : {};
}

const appNamesOf = new WeakMap<ts.SourceFile, Set<string>>();

/**
 * The names the app gives itself, as far as one file shows: the scopes of the packages it imports (`@acme/db` ->
 * acme, `@td/mail` -> td). A monorepo's packages carry the app's name, and so do the settings of its own services
 * (`ACME_API_URL`, `TD_API_HOST`). A vendor's scope (`@sentry/node`) is read as the vendor before this.
 */
export function appNames(sourceFile: ts.SourceFile): Set<string> {
  const known = appNamesOf.get(sourceFile);
  if (known) return known;
  const names = new Set<string>();
  for (const statement of sourceFile.statements) {
    if (!typescript.isImportDeclaration(statement) && !typescript.isExportDeclaration(statement)) continue;
    const from = statement.moduleSpecifier;
    const scope = from && typescript.isStringLiteral(from) ? /^@([a-z0-9][\w.-]*)\//i.exec(from.text)?.[1] : undefined;
    if (scope) for (const word of splitWords(scope)) names.add(word);
  }
  appNamesOf.set(sourceFile, names);
  return names;
}

function withRelativePath(base: UrlBase, args: readonly ts.Expression[] | undefined): UrlBase {
  if ('relative' in base) return base;
  const first = args?.[0];
  const path = first && 'text' in first && typeof first.text === 'string' ? first.text : '';
  return { setting: base.setting, path: base.path + path };
}

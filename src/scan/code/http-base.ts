/**
 * Where a URL that names no literal host starts: a relative path (the app's own server), or a setting of the
 * environment or configuration (`${process.env.SIB_BASE_URL}/smtp/email`, `new URL('/x', config.cerema.api)`,
 * `this.configService.get('HUBSPOT_URL')`), with the literal path written after it. Read off syntax only, through
 * constants, locals and fields holding the URL (`const SIB_SMTP_URL = \`${SIB_BASE_URL}/smtp/email\``).
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import { nameWords } from '../../flows/name-words.js';
import { unwrap } from './unwrap.js';
import { literalMember } from './builder-locals.js';

/** A URL's base: relative (own), or the setting it is read from and the literal path after it. */
export type UrlBase = { relative: true } | { setting: string; path: string };

/** How the reader sees names: the one value one was given, and what a destructured one was taken from. */
export interface BaseNames {
  /** The one value a local, a module constant or a field (`this.baseUrl`) was given. */
  value(name: string): ts.Expression | undefined;
  /** `const { SIB_BASE_URL } = process.env`: the expression a destructured local was taken from. */
  destructuredFrom(name: string): ts.Expression | undefined;
  /** Whether the name is bound by name from another module (`import { slackGrowthChannelWebhook } from '@/lib/services'`). */
  imported?(name: string): boolean;
}

/** Keys of an options object that hold the URL (`axios({ url })`, `got({ prefixUrl })`). */
const URL_KEYS = new Set(['url', 'baseURL', 'baseUrl', 'prefixUrl', 'prefixURL', 'uri', 'endpoint']);

/** Words of an object or function that holds settings (`config`, `appConfig`, `this.configService`, `env`). */
const SETTINGS_WORDS = new Set(['config', 'configuration', 'configs', 'settings', 'setting', 'env', 'environment', 'conf', 'cfg', 'secrets', 'vars']);

/** Methods reading one setting by its key (`configService.get('X')`, `config.getOrThrow('x.y')`, `env('X')`). */
const GETTERS = new Set(['get', 'getOrThrow', 'getString', 'require', 'required', 'must', 'read', 'value']);

const MAX_DEPTH = 5;

/** String methods that tidy a URL (a trailing slash, spaces) without changing whose it is. */
export const URL_TIDYING: ReadonlySet<string> = new Set(['replace', 'replaceAll', 'trim', 'trimEnd']);

/** The value `x.toString()` writes out (`url` of `url.toString()`): a URL's text is that URL. */
export function urlWrittenOut(node: ts.Expression): ts.Expression | undefined {
  return typescript.isCallExpression(node) && node.arguments.length === 0 && typescript.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'toString' ? unwrap(node.expression.expression) : undefined;
}

function holdsSettings(name: string): boolean {
  return nameWords(name).some((w) => SETTINGS_WORDS.has(w));
}

/** The base of a call's URL: its first argument, or the URL key of an options object. */
export function baseOfArguments(args: readonly ts.Expression[] | undefined, names: BaseNames): UrlBase | undefined {
  if (!args?.length) return undefined;
  const first = unwrap(args[0]!);
  if (!typescript.isObjectLiteralExpression(first)) return baseOf(first, names, 0);
  return baseOfOptions(first, names);
}

/** `axios.create({ baseURL: process.env.X })`, `axios({ url, data })`: the URL key of an options object. */
export function baseOfOptions(options: ts.ObjectLiteralExpression, names: BaseNames): UrlBase | undefined {
  for (const property of options.properties) {
    if (typescript.isPropertyAssignment(property) && (typescript.isIdentifier(property.name) || typescript.isStringLiteral(property.name)) && URL_KEYS.has(property.name.text)) {
      const base = baseOf(property.initializer, names, 0);
      if (base) return base;
    } else if (typescript.isShorthandPropertyAssignment(property) && URL_KEYS.has(property.name.text)) {
      const base = baseOf(property.name, names, 0);
      if (base) return base;
    }
  }
  return undefined;
}

function withPath(base: UrlBase | undefined, path: string): UrlBase | undefined {
  return base && 'setting' in base ? { setting: base.setting, path: base.path + path } : base;
}

/** The literal text of a template after its first part, with other values as `*` (`/contacts/*`). */
function restOfTemplate(node: ts.TemplateExpression): string {
  return node.templateSpans.map((span, index) => (index === 0 ? '' : '*') + span.literal.text).join('');
}

const SCHEME_ONLY = /^https?:\/\/$/;

function baseOf(expression: ts.Expression, names: BaseNames, depth: number): UrlBase | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const node = unwrap(expression);
  if (typescript.isStringLiteralLike(node)) return isRelative(node.text) ? { relative: true } : undefined;
  if (typescript.isTemplateExpression(node)) {
    // `https://${process.env.FAKTUROWNIA_ACCOUNT}/invoices.json`: a scheme before a setting makes the setting the host.
    if (SCHEME_ONLY.test(node.head.text)) return withPath(baseOf(node.templateSpans[0]!.expression, names, depth + 1), restOfTemplate(node));
    if (node.head.text !== '') return isRelative(node.head.text) ? { relative: true } : undefined;
    return withPath(baseOf(node.templateSpans[0]!.expression, names, depth + 1), restOfTemplate(node));
  }
  if (typescript.isBinaryExpression(node)) {
    const operator = node.operatorToken.kind;
    if (operator === typescript.SyntaxKind.PlusToken) return withPath(baseOf(node.left, names, depth + 1), literalText(node.right));
    // `process.env.CRM_URL ?? 'https://crm.example'`: the setting names it first; but a setting that falls back to a
    // path on the app's own server (`VITE_WEBHOOK_URL?.replace(/\/webhook$/, '') || '/api'`) is where the app's own API
    // is deployed (session 44, a Norwegian dance school's feedback form).
    if (operator === typescript.SyntaxKind.QuestionQuestionToken || operator === typescript.SyntaxKind.BarBarToken) {
      const fallback = baseOf(node.right, names, depth + 1);
      // An empty default (`|| ''`) is no path: it says nothing of whose the setting is.
      if (fallback && 'relative' in fallback && !isEmptyText(node.right)) return fallback;
      return baseOf(node.left, names, depth + 1) ?? fallback;
    }
    return undefined;
  }
  if (typescript.isConditionalExpression(node)) return baseOf(node.whenTrue, names, depth + 1) ?? baseOf(node.whenFalse, names, depth + 1);
  if (typescript.isNewExpression(node) && typescript.isIdentifier(node.expression) && node.expression.text === 'URL' && node.arguments?.length) {
    // `new URL('/smtp/email', base)`: the base, then the path; `new URL(url)`: the URL itself.
    const [path, base] = node.arguments;
    return base ? withPath(baseOf(base, names, depth + 1), literalText(path!)) : baseOf(path!, names, depth + 1);
  }
  if (typescript.isIdentifier(node)) {
    const value = names.value(node.text);
    if (value) return baseOf(value, names, depth + 1);
    const from = names.destructuredFrom(node.text);
    if (from) return isSettingsObject(from) ? { setting: node.text, path: '' } : undefined;
    // A constant another module exports by name (`export const slackGrowthChannelWebhook = process.env.SLACK_…`): its
    // name is what this file says of the host, read as a setting's name is (session 44, an admin-panel SaaS's sign-up
    // notice to Slack); a name of only the app's own words (`API_URL`) stays the app's.
    return names.imported?.(node.text) ? { setting: node.text, path: '' } : undefined;
  }
  // `fetch(url.toString())` with `const url = new URL(env.N8N_LANDING_FORM_URL)`: the URL it writes out.
  const written = urlWrittenOut(node);
  if (written) return baseOf(written, names, depth + 1);
  // `(Deno.env.get('UAZAPI_BASE_URL') || '').replace(/\/+$/, '')`: a setting tidied is that setting.
  if (typescript.isCallExpression(node) && typescript.isPropertyAccessExpression(node.expression) && URL_TIDYING.has(node.expression.name.text)) return baseOf(node.expression.expression, names, depth + 1);
  if (typescript.isCallExpression(node)) return settingRead(node);
  if (isPageOrigin(node)) return { relative: true };
  if (typescript.isPropertyAccessExpression(node) || typescript.isElementAccessExpression(node)) return settingOfMember(node, names, depth);
  return undefined;
}

/** `''`, `""`, `` `` ``: a literal empty text. */
function isEmptyText(node: ts.Expression): boolean {
  const value = unwrap(node);
  return (typescript.isStringLiteral(value) || typescript.isNoSubstitutionTemplateLiteral(value)) && value.text === '';
}

/** Parts of the page's own location that start a URL: its origin, host or protocol. */
const LOCATION_PARTS = new Set(['origin', 'host', 'hostname', 'protocol', 'href']);
/** Objects the page's location is read from (`window.location`, `document.location`, a bare `location`). */
const LOCATION_OWNERS = new Set(['window', 'document', 'globalThis', 'self']);

/**
 * `window.location.origin + '/' + cfg.apiPath`, `` `${location.origin}/api` ``: a URL on the server that served the
 * page is the app's own, as a relative path is (nr-permitconnect's `appAxios`, whose services post the intake forms).
 */
function isPageOrigin(node: ts.Expression): boolean {
  if (!typescript.isPropertyAccessExpression(node) || !LOCATION_PARTS.has(node.name.text)) return false;
  const location = unwrap(node.expression);
  if (typescript.isIdentifier(location)) return location.text === 'location';
  if (!typescript.isPropertyAccessExpression(location) || location.name.text !== 'location') return false;
  const owner = unwrap(location.expression);
  return typescript.isIdentifier(owner) && LOCATION_OWNERS.has(owner.text);
}

function literalText(node: ts.Expression): string {
  const n = unwrap(node);
  if (typescript.isStringLiteralLike(n)) return n.text;
  if (typescript.isTemplateExpression(n)) return n.head.text + n.templateSpans.map((s) => `*${s.literal.text}`).join('');
  return '*';
}

/** A path on the app's own server: `/api/users`, `api/users`, `./x`, `?page=2` (not an absolute URL). */
function isRelative(text: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:/i.test(text) && !text.startsWith('//');
}

/** `process.env`, `import.meta.env`, `config`, `this.config`, `useRuntimeConfig()`: an object of settings. */
function isSettingsObject(expression: ts.Expression): boolean {
  const node = unwrap(expression);
  if (typescript.isPropertyAccessExpression(node)) {
    if (node.name.text === 'env') return true;
    return holdsSettings(node.name.text);
  }
  if (typescript.isIdentifier(node)) return holdsSettings(node.text);
  if (typescript.isCallExpression(node)) {
    const callee = unwrap(node.expression);
    return (typescript.isIdentifier(callee) || typescript.isPropertyAccessExpression(callee)) && holdsSettings(typescript.isIdentifier(callee) ? callee.text : callee.name.text);
  }
  return false;
}

/** `configService.get('SIB_URL')`, `env('CRM_URL')`, `getConfig('crm.url')`: the key read. */
function settingRead(call: ts.CallExpression): UrlBase | undefined {
  const key = call.arguments[0] && unwrap(call.arguments[0]);
  if (!key || !typescript.isStringLiteralLike(key)) return undefined;
  const callee = unwrap(call.expression);
  if (typescript.isIdentifier(callee)) return holdsSettings(callee.text) ? { setting: key.text, path: '' } : undefined;
  if (!typescript.isPropertyAccessExpression(callee)) return undefined;
  if (holdsSettings(callee.name.text)) return { setting: key.text, path: '' };
  return GETTERS.has(callee.name.text) && isSettingsObject(callee.expression) ? { setting: key.text, path: '' } : undefined;
}

/**
 * `process.env.SIB_BASE_URL`, `process.env['X']`, `import.meta.env.VITE_API`, `config.cerema.api`,
 * `this.config.crm.url`, `useRuntimeConfig().public.apiBase`; a field or local holding a URL (`this.baseUrl`).
 */
function settingOfMember(node: ts.PropertyAccessExpression | ts.ElementAccessExpression, names: BaseNames, depth: number): UrlBase | undefined {
  const path: string[] = [];
  let object: ts.Expression = node;
  for (;;) {
    if (typescript.isPropertyAccessExpression(object)) {
      path.unshift(object.name.text);
      object = unwrap(object.expression);
    } else if (typescript.isElementAccessExpression(object) && typescript.isStringLiteralLike(object.argumentExpression)) {
      path.unshift(object.argumentExpression.text);
      object = unwrap(object.expression);
    } else break;
  }
  // `slackChannels[channel]` of `const slackChannels = { dev: env.SLACK_WEBHOOK_URL_DEV, … }`: one of the table's URLs.
  if (typescript.isElementAccessExpression(object) && path.length === 0) return settingOfTable(object.expression, names, depth);
  if (object.kind === typescript.SyntaxKind.ThisKeyword) {
    // `this.baseUrl` kept in the constructor, `this.config.crm.url`.
    const value = path.length === 1 ? names.value(`this.${path[0]}`) : undefined;
    if (value) return baseOf(value, names, depth + 1);
    // `this.config.baseUrl` of `this.config = { baseUrl: process.env.WHAPI_BASE_URL || 'https://gate.whapi.cloud' }`.
    const written = path.length === 2 ? names.value(`this.${path[0]}`) : undefined;
    const member = written && literalMember(written, path[1]!);
    if (member) return baseOf(member, names, depth + 1);
    const at = path.findIndex((p, i) => i < path.length - 1 && holdsSettings(p));
    return at >= 0 ? settingAfter(path.slice(at + 1)) : undefined;
  }
  // `process.env.X`, `import.meta.env.X`: the variable's name.
  const envAt = path.lastIndexOf('env');
  if (envAt >= 0 && envAt === path.length - 2 && (isIdentifierNamed(object, 'process') || typescript.isMetaProperty(object))) return settingAfter(path.slice(envAt + 1));
  if (typescript.isIdentifier(object)) {
    // `smsConfig.gatewayUrl`, `brevoConfig.apiUrl`: the settings object's own name says whose settings they are.
    if (holdsSettings(object.text)) return settingAfter([object.text, ...path]);
    // `const { cerema } = config; cerema.api`.
    const from = names.destructuredFrom(object.text);
    if (from && isSettingsObject(from)) return settingAfter([object.text, ...path]);
    return undefined;
  }
  if (typescript.isCallExpression(object)) {
    // `this.configService.get('brevo').url`: a member of the settings group read by its key (`brevo.url`).
    const group = settingRead(object);
    if (group && 'setting' in group) return settingAfter([group.setting, ...path]);
    if (isSettingsObject(object)) return settingAfter(path);
  }
  return undefined;
}

/**
 * A URL picked by a key from an object written in the module (session 43, a social app's Slack channels:
 * `axios.post(slackChannels[channel], …)`): where every value is a setting, the words all their names share
 * (`SLACK_WEBHOOK_URL_DEV_ASSISTANT` and `SLACK_WEBHOOK_URL_PHANTOM_ASSISTANT` share slack, webhook, url), so a
 * table of one vendor's URLs names that vendor and a table of several names none of them.
 */
function settingOfTable(table: ts.Expression, names: BaseNames, depth: number): UrlBase | undefined {
  const name = unwrap(table);
  const value = typescript.isIdentifier(name) ? names.value(name.text) : undefined;
  const object = value && unwrap(value);
  if (!object || !typescript.isObjectLiteralExpression(object) || object.properties.length === 0) return undefined;
  let shared: string[] | undefined;
  for (const property of object.properties) {
    if (!typescript.isPropertyAssignment(property)) return undefined;
    const base = baseOf(property.initializer, names, depth + 1);
    if (!base || !('setting' in base) || base.path !== '') return undefined;
    const words = base.setting.split(/[^A-Za-z0-9]+/).filter(Boolean);
    shared = shared ? shared.filter((w) => words.includes(w)) : words;
  }
  return shared?.length ? { setting: shared.join('_'), path: '' } : undefined;
}

function settingAfter(path: string[]): UrlBase | undefined {
  return path.length ? { setting: path.join('.'), path: '' } : undefined;
}

function isIdentifierNamed(node: ts.Expression, name: string): boolean {
  return typescript.isIdentifier(node) && node.text === name;
}

/** The base a client is made with (`axios.create({ baseURL: process.env.CRM_URL })`): its options' URL key. */
export function clientBase(args: readonly ts.Expression[], value: (name: string) => ts.Expression | undefined): UrlBase | undefined {
  const names: BaseNames = { value, destructuredFrom: () => undefined };
  for (const arg of args) {
    const options = unwrap(arg);
    if (typescript.isObjectLiteralExpression(options)) return baseOfOptions(options, names);
  }
  return undefined;
}

/**
 * Literal facts the flow walk reads off syntax: a `require('x')`, the host a URL or a client's options name,
 * a function's own name.
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import { hostOfUrl } from '../../flows/hosts.js';
import { unwrap } from './unwrap.js';
import { thisFieldKey } from './field-url.js';
import { hostOfDefault } from './setting-default-host.js';
import { tenantHost, tenantHostOfConcatenation } from './tenant-host.js';
import { packageOfSpecifier } from '../../flows/package-specifier.js';
import { byNameWords } from '../../flows/name-words.js';
import { URL_TIDYING, urlWrittenOut } from './http-base.js';

const HOST_KEYS = new Set(['baseURL', 'baseUrl', 'prefixUrl', 'prefixURL', 'host', 'hostname', 'api_host', 'apiHost', 'url', 'origin']);
/** A function named for a URL (`getApiUrl`, `buildEndpoint`). */
const namesUrl = byNameWords((words) => words.some((w) => URL_WORDS.has(w)));
/** A function named for tidying a URL (`normalizeAsaasApiUrl`, `stripTrailingSlash`, `cleanBaseUrl`), not for building another. */
const namesUrlTidying = byNameWords((words) => words.some((w) => TIDY_VERBS.has(w)) && words.some((w) => URL_WORDS.has(w)));
const TIDY_VERBS = new Set(['normalize', 'normalise', 'sanitize', 'sanitise', 'clean', 'trim', 'strip', 'tidy']);
const URL_WORDS = new Set(['url', 'uri', 'base', 'host', 'endpoint', 'origin', 'slash', 'slashes']);
/** The parts of a parsed URL that hold its host. */
const URL_HOST_PARTS = new Set(['host', 'hostname', 'origin', 'href']);

export function isRequire(node: ts.Expression): string | undefined {
  const n = unwrap(node);
  if (!typescript.isCallExpression(n) || !n.arguments[0] || !typescript.isStringLiteralLike(n.arguments[0])) return undefined;
  // `require('x')`, and `await import('x')`: a module loaded late to keep it off a start-up path.
  if ((typescript.isIdentifier(n.expression) && n.expression.text === 'require') || n.expression.kind === typescript.SyntaxKind.ImportKeyword) return packageOfSpecifier(n.arguments[0].text);
  return undefined;
}

/**
 * A literal host: an absolute URL (`https://api.example.com/x`, a template's literal start, `new URL(...)`),
 * or, where the key says it is a host (`{ host: 'api-eu.mixpanel.com' }`), a bare host name.
 */
export function hostOfLiteral(node: ts.Expression | undefined, isHostKey: boolean, resolve?: ResolveConstant, depth = 0): string | undefined {
  // Deep enough for `hostname: url.hostname` of `new URL(path, BASE)` with `const BASE = 'https://…'` (four steps).
  if (!node || depth > 4) return undefined;
  const n = unwrap(node);
  if (typescript.isStringLiteralLike(n)) return hostOfUrl(n.text) ?? (isHostKey && /^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/i.test(n.text) ? n.text.toLowerCase() : undefined);
  if (typescript.isTemplateExpression(n)) {
    // `https://${ZENDESK_SUBDOMAIN}.zendesk.com/api/v2`: the vendor's domain after a tenant's subdomain (tenant-host.ts).
    const host = hostOfUrl(n.head.text) ?? tenantHost(n);
    // `${HUBSPOT_API}/crm/v3/objects/contacts`: a URL that starts with a constant holding the base.
    if (host || n.head.text !== '' || !resolve) return host;
    const name = baseName(n.templateSpans[0]?.expression);
    return name ? hostOfLiteral(resolve(name), isHostKey, resolve, depth + 1) : undefined;
  }
  // `process.env.CRM_URL || 'https://api.hubapi.com'`: the literal default names the host (setting-default-host.ts);
  // `base + '/v3'`: a URL's start names it.
  // `'https://' + dc + '.api.mailchimp.com/3.0'`: a tenant's subdomain concatenated in (tenant-host.ts).
  if (typescript.isBinaryExpression(n)) return n.operatorToken.kind === typescript.SyntaxKind.PlusToken ? (hostOfLiteral(n.left, isHostKey, resolve, depth + 1) ?? tenantHostOfConcatenation(concatenated(n))) : hostOfDefault(n, (side) => hostOfLiteral(side, isHostKey, resolve, depth + 1));
  // `(process.env.ASAAS_API_URL || 'https://api-sandbox.asaas.com/v3').replace(/\/+$/, '')`: the URL tidied keeps its host.
  if (typescript.isCallExpression(n) && typescript.isPropertyAccessExpression(n.expression) && URL_TIDYING.has(n.expression.name.text)) return hostOfLiteral(n.expression.expression, isHostKey, resolve, depth + 1);
  if (typescript.isNewExpression(n) && typescript.isIdentifier(n.expression) && n.expression.text === 'URL') return hostOfLiteral(n.arguments?.[1] ?? n.arguments?.[0], false, resolve, depth + 1) ?? hostOfLiteral(n.arguments?.[0], false, resolve, depth + 1);
  // A choice between two paths of one vendor (`subscriber ? tagUrl : formUrl`, both on api.kit.com) names that host,
  // and so does a choice between its production and test servers (`prod ? 'https://api.vipps.no' :
  // 'https://apitest.vipps.no'`, one domain); two domains name neither.
  if (typescript.isConditionalExpression(n)) {
    const host = hostOfLiteral(n.whenTrue, isHostKey, resolve, depth + 1);
    const other = hostOfLiteral(n.whenFalse, isHostKey, resolve, depth + 1);
    if (host !== undefined && (host === other || (other !== undefined && sameDomain(host, other)))) return host;
    // `path.startsWith('http') ? path : \`${HOLDED_API_BASE}${path}\``: a URL given whole is passed on, a path goes to
    // the base; the path's side names the host (a Dutch rental's Holded client).
    if (host === undefined && other !== undefined && isTestedAsIs(n.whenTrue, n.condition)) return other;
    if (other === undefined && host !== undefined && isTestedAsIs(n.whenFalse, n.condition)) return host;
    return undefined;
  }
  // `fetch(url.toString())` of `const url = new URL('https://api.kit.com/v3/subscribers')`: the URL's own text (a
  // local's only: any other `toString()` is a value's text, not a URL's).
  const written = urlWrittenOut(n);
  if (written && typescript.isIdentifier(written) && resolve) return hostOfLiteral(written, false, resolve, depth + 1);
  // `const apiUrl = getZendeskApiUrl()`: what a function of the file returns, when it takes nothing and returns one URL.
  // `getApiUrl('facturacion')` returning `${baseUrl}/${endpoint}` with `const baseUrl = 'https://api.pagopar.com/api'`:
  // a function named for a URL that takes the path names the host of what it returns (session 45, a Paraguayan
  // marketplace's payment gateway).
  // A tidying function (below) returns what it was given, so its own return names no host: asked after it.
  const returned = typescript.isCallExpression(n) && typescript.isIdentifier(n.expression) && resolve && (n.arguments.length === 0 || namesUrl(n.expression.text)) ? hostOfLiteral(resolve(`${n.expression.text}()`), isHostKey, resolve, depth + 1) : undefined;
  if (returned) return returned;
  // `normalizeApiUrl(process.env.ASAAS_API_URL || 'https://api-sandbox.asaas.com/v3')`: a URL tidied by a function of
  // the file (a trailing slash, a version path) keeps the host it was given.
  if (typescript.isCallExpression(n) && n.arguments.length > 0 && typescript.isIdentifier(n.expression) && namesUrlTidying(n.expression.text)) return hostOfLiteral(n.arguments[0], isHostKey, resolve, depth + 1);
  // `const HUBSPOT_API = 'https://api.hubapi.com'` named where the URL goes.
  if (typescript.isIdentifier(n) && resolve) return hostOfLiteral(resolve(n.text), isHostKey, resolve, depth + 1);
  // `hostname: url.hostname` of `const url = new URL(path, LAPOSTA_BASE_URL)`: the host of the URL it is read from.
  if (typescript.isPropertyAccessExpression(n) && URL_HOST_PARTS.has(n.name.text) && typescript.isIdentifier(n.expression) && resolve) return hostOfLiteral(n.expression, false, resolve, depth + 1);
  // `this.apiUrl` given a URL in its class (field-url.ts).
  const field = resolve && thisFieldKey(n);
  return field ? hostOfLiteral(resolve(field), isHostKey, resolve, depth + 1) : undefined;
}

/** The operands of a chain of `+`, left to right (`a + b + c` is `(a + b) + c`). */
function concatenated(sum: ts.BinaryExpression): ts.Expression[] {
  const rights: ts.Expression[] = [];
  let left: ts.Expression = sum;
  while (typescript.isBinaryExpression(left) && left.operatorToken.kind === typescript.SyntaxKind.PlusToken) {
    rights.push(left.right);
    left = unwrap(left.left);
  }
  return [left, ...rights.reverse()];
}

/**
 * Two hosts under one registered domain (`api.vipps.no`, `apitest.vipps.no`): the last two labels, three where the
 * second-level label is a country's public suffix (`co.uk`, `com.br`), so two companies' `*.co.uk` differ.
 */
function sameDomain(a: string, b: string): boolean {
  const domain = (host: string): string => {
    const labels = host.split('.');
    const size = labels.length > 2 && PUBLIC_SECOND_LEVEL.has(labels[labels.length - 2]!) ? 3 : 2;
    return labels.length > size ? labels.slice(-size).join('.') : host;
  };
  return domain(a) === domain(b);
}

const PUBLIC_SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'gov', 'ac', 'edu', 'or', 'ne', 'go']);

/** `path` of `path.startsWith('http') ? path : …`: the branch is the very name the condition tests, handed on as it is. */
function isTestedAsIs(branch: ts.Expression, condition: ts.Expression): boolean {
  const value = unwrap(branch);
  if (!typescript.isIdentifier(value)) return false;
  let tested = unwrap(condition);
  if (typescript.isPrefixUnaryExpression(tested)) tested = unwrap(tested.operand);
  if (!typescript.isCallExpression(tested)) return false;
  const callee = unwrap(tested.expression);
  // `path.startsWith('http')`, `/^https?:/.test(path)`.
  const subject = typescript.isPropertyAccessExpression(callee) ? (callee.name.text === 'test' ? tested.arguments[0] : callee.expression) : undefined;
  const subjectNode = subject && unwrap(subject);
  return subjectNode !== undefined && typescript.isIdentifier(subjectNode) && subjectNode.text === value.text;
}

/**
 * The name a URL's leading value is resolved by: a constant (`${HUBSPOT_API}/…`), a field (`${this.apiUrl}/…`), what a
 * function of the file taking nothing returns (`${metaGraphBase()}/…`) or a class's own method (`${this.getBaseUrl()}/…`,
 * named `this.getBaseUrl()`, field-url.ts).
 */
function baseName(first: ts.Expression | undefined): string | undefined {
  if (!first) return undefined;
  if (typescript.isIdentifier(first)) return first.text;
  if (!typescript.isCallExpression(first)) return thisFieldKey(first);
  if (first.arguments.length > 0) return undefined;
  const called = typescript.isIdentifier(first.expression) ? first.expression.text : thisFieldKey(first.expression);
  return called && `${called}()`;
}

/** The one value a name was given, for a URL built from a constant (`undefined` when it has none or several). */
export type ResolveConstant = (name: string) => ts.Expression | undefined;

/**
 * The literal end of a URL (`/messages` of `` `https://graph.facebook.com/${VERSION}/${PHONE_ID}/messages` ``), read
 * through the constant it is kept in, for a path that names a vendor on one host (http-targets.ts `hostPaths`).
 */
function urlEndOfLiteral(node: ts.Expression | undefined, resolve: ResolveConstant | undefined, depth = 0): string | undefined {
  if (!node || depth > 3) return undefined;
  const n = unwrap(node);
  if (typescript.isStringLiteralLike(n)) return n.text;
  if (typescript.isTemplateExpression(n)) return n.templateSpans[n.templateSpans.length - 1]?.literal.text || undefined;
  if (typescript.isBinaryExpression(n) && n.operatorToken.kind === typescript.SyntaxKind.PlusToken) return urlEndOfLiteral(n.right, resolve, depth + 1);
  if (typescript.isNewExpression(n) && typescript.isIdentifier(n.expression) && n.expression.text === 'URL') return urlEndOfLiteral(n.arguments?.[0], resolve, depth + 1);
  if (typescript.isIdentifier(n) && resolve) return urlEndOfLiteral(resolve(n.text), resolve, depth + 1);
  return undefined;
}

/** The literal end of the URL a call's first argument (or its `url`) names. */
export function urlEndOfArguments(args: readonly ts.Expression[] | undefined, resolve?: ResolveConstant): string | undefined {
  const first = args?.[0] && unwrap(args[0]);
  if (!first) return undefined;
  if (!typescript.isObjectLiteralExpression(first)) return urlEndOfLiteral(first, resolve);
  const url = first.properties.find((p): p is ts.PropertyAssignment => typescript.isPropertyAssignment(p) && typescript.isIdentifier(p.name) && p.name.text === 'url');
  return url ? urlEndOfLiteral(url.initializer, resolve) : undefined;
}

/** The host a call's arguments name: a URL first argument, or `{ url | baseURL | hostname: ... }`. */
export function hostOfArguments(args: readonly ts.Expression[] | undefined, resolve?: ResolveConstant): string | undefined {
  if (!args) return undefined;
  const first = args[0] && unwrap(args[0]);
  if (first && !typescript.isObjectLiteralExpression(first)) {
    const host = hostOfLiteral(first, false, resolve);
    if (host) return host;
  }
  for (const arg of args) {
    const a = optionsObject(arg, resolve);
    if (!a) continue;
    for (const property of a.properties) {
      // `{ url: 'https://…' }`, or the local the key names (`const url = \`${CALENDLY_BASE_URL}${endpoint}\`; axios({ url, params })`).
      const value = typescript.isPropertyAssignment(property) && (typescript.isIdentifier(property.name) || typescript.isStringLiteral(property.name)) ? property.initializer : typescript.isShorthandPropertyAssignment(property) ? property.name : undefined;
      const key = value && (property.name as ts.Identifier | ts.StringLiteral).text;
      if (key === undefined || !HOST_KEYS.has(key)) continue;
      const host = hostOfLiteral(value, key !== 'url', resolve);
      if (host) return host;
    }
  }
  return undefined;
}

/**
 * An options object given inline, or kept in a local first (`const options = { hostname: url.hostname, method };
 * https.request(options, …)`, Node's own client as sportlink-sync's Laposta client calls it).
 */
function optionsObject(arg: ts.Expression, resolve: ResolveConstant | undefined): ts.ObjectLiteralExpression | undefined {
  const a = unwrap(arg);
  if (typescript.isObjectLiteralExpression(a)) return a;
  const value = typescript.isIdentifier(a) && resolve ? resolve(a.text) : undefined;
  return value && typescript.isObjectLiteralExpression(unwrap(value)) ? (unwrap(value) as ts.ObjectLiteralExpression) : undefined;
}

export function functionName(node: ts.Node, sourceFile: ts.SourceFile): string | undefined {
  const name = (node as { name?: ts.Node }).name;
  if (!name) return undefined;
  if (typescript.isIdentifier(name) || typescript.isStringLiteral(name) || typescript.isPrivateIdentifier(name)) return name.text;
  return name.getText(sourceFile);
}

/**
 * What a memoising wrapper hands out: `singleton('email-client', () => new EmailClient(…))`, `once(() => createClient())`,
 * `lazy(function () { return new PostHog(key) })`. A call of a plain function whose last argument is a callback
 * without parameters stands for what that callback returns; a method (`xs.map(() => …)`) does not. A hook's list of
 * dependencies after the callback is no argument of the value (`useMemo(() => new EmailService(), [])`, seen in
 * sg-huenstetten-buchung's booking hook), except where the hook hands back the callback itself (`useCallback`).
 */
export function factoryResult(node: ts.Expression): ts.Expression | undefined {
  const call = unwrap(node);
  if (!typescript.isCallExpression(call) || !typescript.isIdentifier(unwrap(call.expression))) return undefined;
  const trailing = call.arguments[call.arguments.length - 1];
  const isDependencies = trailing !== undefined && typescript.isArrayLiteralExpression(unwrap(trailing)) && (unwrap(call.expression) as ts.Identifier).text !== 'useCallback';
  const args = isDependencies ? call.arguments.slice(0, -1) : call.arguments;
  const last = args.length ? unwrap(args[args.length - 1]!) : undefined;
  if (!last || !(typescript.isArrowFunction(last) || typescript.isFunctionExpression(last)) || last.parameters.length > 0) return undefined;
  if (!typescript.isBlock(last.body)) return last.body;
  const returned = last.body.statements.filter(typescript.isReturnStatement);
  return returned.length === 1 ? returned[0]!.expression : undefined;
}

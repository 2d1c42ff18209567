/**
 * A call of the app's own API route (issue 12): Next.js, SvelteKit and Astro apps often keep the vendor's key on the
 * server, so a helper does not call the mailer itself but POSTs to a route of the same app, whose handler does:
 *     await fetch('/api/send-email', { method: 'POST', body: JSON.stringify({ to: guest.email, subject, html }) })
 *     // app/api/send-email/route.ts
 *     export async function POST(req: Request) { const { to, subject, html } = await req.json(); await resend.emails.send({ from, to, subject, html }) }
 * The route is found by the framework's file conventions, so the call is read as a job put on a queue (flow-jobs.ts):
 * its name is the route's path (`route:/api/send-email`), its payload the body the caller serialises, and the route's
 * handler handles it with the body as its parameter 0 (the keys it destructures from `await req.json()` or
 * `req.body` are that parameter's keys). The link stage then carries the body's values to the sinks the handler
 * reaches, reported where the caller's data enters. Only a path of the project's own routes is linked: a URL naming
 * a setting (`${baseUrl}/api/send-email`) is the app's own only where such a route file exists. A Supabase Edge Function
 * (`supabase/functions/send-email/index.ts` serving `Deno.serve(async (req) => …)`) is a route at `/functions/v1/send-email`,
 * and a Vercel Function (`api/send-email.js` at the project's root, `export default function handler(req, res)`) one at
 * `/api/send-email`; they are called with `fetch(\`${SUPABASE_URL}/functions/v1/send-email\`, …)` or `supabase.functions.invoke('send-email', { body })`.
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import { unwrap } from './unwrap.js';
import { baseOfArguments, type BaseNames } from './http-base.js';
import { isRequestBody } from './request-body.js';
import { serialisedBody } from '../../flows/serialised-body.js';
import type { ParamRef } from '../../flows/module-facts.js';

/** The job name prefix of a route: no queue's or event's name starts so. */
export const ROUTE_JOB = 'route:';

/** Methods a route handler is exported as, that take a body (app router, SvelteKit, Astro; Astro's older lower case). */
const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE', 'post', 'put', 'patch', 'del']);

/** Functions that fetch a URL with an options object holding the body (`fetch`, ofetch's `$fetch`). */
const FETCHERS = new Set(['fetch', '$fetch', 'ofetch']);
/** Methods of an HTTP client that send a body (`axios.post(url, data)`, `ky.post(url, { json })`). */
const SENDING_METHODS = new Set(['post', 'put', 'patch']);
/** Clients whose second argument is options holding the body rather than the body itself. */
const OPTION_CLIENTS = new Set(['ky', 'ofetch', '$fetch']);

const MAX_DEPTH = 3;

/** `[id]`, `[...slug]`, `[[lang]]`: a dynamic segment, written `*` as a template's values are. */
const segment = (part: string) => (/^\[.*\]$/.test(part) ? '*' : part);
/** `(marketing)` route groups and `@modal` parallel slots take no part in the URL. */
const isInUrl = (part: string) => part !== '' && !/^\(.*\)$/.test(part) && !part.startsWith('@');

function urlOf(parts: string[]): string {
  return '/' + parts.filter(isInUrl).map(segment).join('/');
}

/**
 * The URL path a project file serves as an API route, by the framework's file conventions: `app/api/x/route.ts`
 * (Next.js app router), `pages/api/x.ts` or `pages/api/x/index.ts` (Next.js pages router, Astro endpoints),
 * `src/routes/api/x/+server.ts` (SvelteKit); undefined for any other file.
 */
export function routePathOfFile(file: string): string | undefined {
  const app = /(?:^|\/)app\/(.+)\/route\.[cm]?[jt]sx?$/.exec(file);
  if (app) return urlOf(app[1]!.split('/'));
  const svelte = /(?:^|\/)src\/routes\/(.+)\/\+server\.[jt]s$/.exec(file);
  if (svelte) return urlOf(svelte[1]!.split('/'));
  const pages = /(?:^|\/)pages\/(api\/.+?)(?:\/index)?\.[cm]?[jt]s$/.exec(file);
  if (pages) return urlOf(pages[1]!.split('/'));
  // `supabase/functions/send-email/index.ts`: a Supabase Edge Function, served at `/functions/v1/send-email` (`_shared` holds helpers).
  const edge = /(?:^|\/)supabase\/functions\/([^/_][^/]*)\/index\.[cm]?[jt]s$/.exec(file);
  if (edge) return `${EDGE_FUNCTIONS}/${edge[1]}`;
  // `netlify/functions/send-email.cjs` (or `send-email/index.js`, `send-email/send-email.js`): a Netlify Function,
  // served at `/.netlify/functions/send-email` (session 54, an Irish physiotherapy clinic's mails).
  const netlify = /(?:^|\/)netlify\/functions\/([^/_][^/]*?)(?:\/(index|[^/]+))?\.[cm]?[jt]s$/.exec(file);
  if (netlify && (netlify[2] === undefined || netlify[2] === 'index' || netlify[2] === netlify[1])) return `${NETLIFY_FUNCTIONS}/${netlify[1]}`;
  // `api/send-email.js` at the project's root (or its app folder's: `web/api/…`): a Vercel Function, served at
  // `/api/send-email` (session 56, a German moving company's quote mails). Not `src/api/…` or `lib/api/…`, where front
  // ends keep their API clients, and not a path with a part starting `_` or `.`, which Vercel serves no function from
  // (`api/_lib/mail.js`).
  const vercel = /^(?:([^/]+)\/)?api\/((?:[^/_.][^/]*\/)*[^/_.][^/]*)\.[cm]?[jt]s$/.exec(file);
  if (vercel && !(vercel[1] && CODE_FOLDERS.has(vercel[1]))) return urlOf(['api', ...vercel[2]!.replace(/(?:^|\/)index$/, '').split('/')]);
  return undefined;
}

/** Folders of a project's code, not an app's root: an `api/` folder inside one holds modules, not Vercel Functions. */
const CODE_FOLDERS = new Set(['src', 'lib', 'app', 'pages', 'server', 'client', 'services', 'utils', 'common', 'shared', 'core', 'components']);

/** Where Supabase serves the project's Edge Functions, and its tables' REST API (PostgREST). */
const EDGE_FUNCTIONS = '/functions/v1';
export const SUPABASE_REST = '/rest/v1/';
/** Where Netlify serves the project's Functions. */
const NETLIFY_FUNCTIONS = '/.netlify/functions';
/** Paths a platform serves the project's own functions at, whatever the host written before them. */
const PLATFORM_PATHS = [`${EDGE_FUNCTIONS}/`, SUPABASE_REST, `${NETLIFY_FUNCTIONS}/`];

/** `Deno.serve(async (req) => …)`, std's `serve(handler)`: the function an Edge Function's module hands the runtime. */
function servedHandler(statement: ts.Statement, byName: ReadonlyMap<string, ts.Node>): ts.Node | undefined {
  if (!typescript.isExpressionStatement(statement)) return undefined;
  const call = unwrap(statement.expression);
  if (!typescript.isCallExpression(call)) return undefined;
  const callee = unwrap(call.expression);
  const isServe = (typescript.isIdentifier(callee) && callee.text === 'serve') || (typescript.isPropertyAccessExpression(callee) && callee.name.text === 'serve' && typescript.isIdentifier(callee.expression) && callee.expression.text === 'Deno');
  if (!isServe) return undefined;
  for (const arg of call.arguments) {
    const value = unwrap(arg);
    const fn = typescript.isIdentifier(value) ? byName.get(value.text) : value;
    if (isFunction(fn)) return fn;
  }
  return undefined;
}

/** `exports.handler = async (event) => …` (a Netlify Function written in CommonJS): the function assigned. */
function commonJsHandler(statement: ts.Statement, byName: ReadonlyMap<string, ts.Node>): ts.Node | undefined {
  if (!typescript.isExpressionStatement(statement) || !typescript.isBinaryExpression(statement.expression) || statement.expression.operatorToken.kind !== typescript.SyntaxKind.EqualsToken) return undefined;
  const target = unwrap(statement.expression.left);
  if (!typescript.isPropertyAccessExpression(target) || target.name.text !== 'handler' || !isExportsObject(unwrap(target.expression))) return undefined;
  const value = unwrap(statement.expression.right);
  const fn = typescript.isIdentifier(value) ? byName.get(value.text) : value;
  return isFunction(fn) ? fn : undefined;
}

/** `exports` or `module.exports`. */
function isExportsObject(node: ts.Expression): boolean {
  if (typescript.isIdentifier(node)) return node.text === 'exports';
  return typescript.isPropertyAccessExpression(node) && node.name.text === 'exports' && typescript.isIdentifier(node.expression) && node.expression.text === 'module';
}

function isFunction(node: ts.Node | undefined): node is ts.ArrowFunction | ts.FunctionExpression | ts.FunctionDeclaration {
  return !!node && (typescript.isArrowFunction(node) || typescript.isFunctionExpression(node) || typescript.isFunctionDeclaration(node));
}

const hasModifier = (node: ts.Node, kind: ts.SyntaxKind) => typescript.canHaveModifiers(node) && (typescript.getModifiers(node) ?? []).some((m) => m.kind === kind);

/**
 * The functions of a route file that handle a request with a body, each mapped to the route's job name: the
 * exported `POST` (and the other body methods) of the app router, SvelteKit and Astro, and the default export of a
 * pages-router API route (`export default async function handler(req, res)`, `export default handler`).
 */
export function routeHandlers(sourceFile: ts.SourceFile, path: string, out: Map<ts.Node, string>): void {
  const name = ROUTE_JOB + path;
  const byName = new Map<string, ts.Node>();
  for (const statement of sourceFile.statements) {
    if (typescript.isFunctionDeclaration(statement) && statement.name) byName.set(statement.name.text, statement);
    if (typescript.isVariableStatement(statement)) for (const d of statement.declarationList.declarations) if (typescript.isIdentifier(d.name) && d.initializer && isFunction(unwrap(d.initializer))) byName.set(d.name.text, unwrap(d.initializer));
  }
  // A Netlify Function's `handler(event, context)`, exported as such or as `exports.handler = …`.
  const isNetlify = path.startsWith(NETLIFY_FUNCTIONS);
  const isHandlerName = (exported: string) => BODY_METHODS.has(exported) || (isNetlify && exported === 'handler');
  for (const statement of sourceFile.statements) {
    const isExported = hasModifier(statement, typescript.SyntaxKind.ExportKeyword);
    if (typescript.isFunctionDeclaration(statement) && isExported && statement.body) {
      if (hasModifier(statement, typescript.SyntaxKind.DefaultKeyword) || (statement.name && isHandlerName(statement.name.text))) out.set(statement, name);
    } else if (typescript.isVariableStatement(statement) && isExported) {
      for (const d of statement.declarationList.declarations) {
        const value = d.initializer && unwrap(d.initializer);
        if (typescript.isIdentifier(d.name) && isHandlerName(d.name.text) && isFunction(value)) out.set(value, name);
      }
    } else if (typescript.isExportAssignment(statement) && !statement.isExportEquals) {
      const value = unwrap(statement.expression);
      const fn = typescript.isIdentifier(value) ? byName.get(value.text) : value;
      if (isFunction(fn)) out.set(fn, name);
    } else if (path.startsWith(EDGE_FUNCTIONS) || isNetlify) {
      const fn = isNetlify ? commonJsHandler(statement, byName) : servedHandler(statement, byName);
      if (fn) out.set(fn, name);
    }
  }
}

/**
 * What a route handler reads of the request's body, as keys of its parameter 0 (the payload the caller sent):
 * `const { to, subject } = await req.json()` makes `to` parameter 0's `to`; `const body = await request.json()` makes
 * `body` parameter 0 itself, and `const { to } = body` then its `to`. Nested functions are not entered.
 */
export function routeBodyNames(fn: ts.SignatureDeclaration): Map<string, ParamRef> {
  const names = new Map<string, ParamRef>();
  const isBody = (value: ts.Expression): boolean => {
    const node = unwrap(value);
    return isRequestBody(value) || (typescript.isIdentifier(node) && names.get(node.text)?.key === undefined && names.has(node.text));
  };
  const visit = (node: ts.Node): void => {
    if (node !== fn && typescript.isFunctionLike(node)) return;
    if (typescript.isVariableDeclaration(node) && node.initializer && isBody(node.initializer)) {
      if (typescript.isIdentifier(node.name)) names.set(node.name.text, { param: 0 });
      else if (typescript.isObjectBindingPattern(node.name)) {
        for (const element of node.name.elements) {
          if (element.dotDotDotToken || !typescript.isIdentifier(element.name)) continue;
          const key = element.propertyName ? (typescript.isIdentifier(element.propertyName) || typescript.isStringLiteral(element.propertyName) ? element.propertyName.text : undefined) : element.name.text;
          if (key !== undefined) names.set(element.name.text, { param: 0, key });
        }
      }
    }
    // `let to; … ({ to, subject } = body as Message)`: locals declared first (to validate in a try) and filled by an assignment.
    if (typescript.isBinaryExpression(node) && node.operatorToken.kind === typescript.SyntaxKind.EqualsToken && isBody(node.right)) {
      const target = unwrap(node.left);
      if (typescript.isObjectLiteralExpression(target)) {
        for (const property of target.properties) {
          if (typescript.isShorthandPropertyAssignment(property)) names.set(property.name.text, { param: 0, key: property.name.text });
          else if (typescript.isPropertyAssignment(property) && typescript.isIdentifier(property.initializer) && (typescript.isIdentifier(property.name) || typescript.isStringLiteral(property.name))) names.set(property.initializer.text, { param: 0, key: property.name.text });
        }
      }
    }
    typescript.forEachChild(node, visit);
  };
  if ('body' in fn && fn.body) visit(fn.body as ts.Node);
  return names;
}

/** The path a URL names, where it is the app's own: a path written out (`'/api/send-email'`, `` `/api/bookings/${id}` ``) or after a setting (`${baseUrl}/api/send-email`). */
function pathOf(expression: ts.Expression, names: BaseNames, depth: number): string | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const node = unwrap(expression);
  let path: string | undefined;
  if (typescript.isStringLiteralLike(node)) path = node.text;
  else if (typescript.isTemplateExpression(node) && node.head.text.startsWith('/')) path = node.head.text + node.templateSpans.map((span) => '*' + span.literal.text).join('');
  // `${supabaseUrl}/functions/v1/send-email` with the project's URL handed in as a parameter: the path is Supabase's
  // own convention for the project's Edge Functions (a function of that name must still exist) or its tables'
  // REST API (`/rest/v1/email_queue`, a queue table's insert: outbox-table.ts), whatever the base.
  else if (typescript.isTemplateExpression(node) && node.head.text === '' && PLATFORM_PATHS.some((p) => node.templateSpans[0]!.literal.text.startsWith(p))) path = node.templateSpans.map((span, i) => (i === 0 ? '' : '*') + span.literal.text).join('');
  else if (typescript.isIdentifier(node)) {
    const value = names.value(node.text);
    return value ? pathOf(value, names, depth + 1) : undefined;
  } else if (typescript.isConditionalExpression(node)) {
    // `base ? `${base}${path}` : path`: a fallback for a missing setting names the same route either way.
    return pathOf(node.whenTrue, names, depth + 1) ?? pathOf(node.whenFalse, names, depth + 1);
  } else {
    const base = baseOfArguments([node], names);
    path = base && 'setting' in base ? base.path : undefined;
  }
  if (path === undefined || !path.startsWith('/') || path.startsWith('//')) return undefined;
  const bare = path.replace(/[?#].*$/, '').replace(/\/+$/, '');
  return bare === '' ? undefined : bare;
}

function keyOf(name: ts.PropertyName | undefined): string | undefined {
  return name && (typescript.isIdentifier(name) || typescript.isStringLiteral(name)) ? name.text : undefined;
}

/** The body an options object sends (`{ method: 'POST', body: JSON.stringify(message) }`, ky's `{ json: message }`): the value serialised. */
function bodyOfOptions(options: ts.Expression, names: BaseNames): ts.Expression | undefined {
  let node = unwrap(options);
  if (typescript.isIdentifier(node)) node = names.value(node.text) ? unwrap(names.value(node.text)!) : node;
  if (!typescript.isObjectLiteralExpression(node)) return undefined;
  for (const property of node.properties) {
    const key = keyOf(property.name);
    if (key !== 'body' && key !== 'json') continue;
    const value = typescript.isPropertyAssignment(property) ? property.initializer : typescript.isShorthandPropertyAssignment(property) ? property.name : undefined;
    if (!value) continue;
    return serialisedBody(key, value) ?? value;
  }
  return undefined;
}

/** The route a call requests and the body it sends there: `fetch(path, { body })`, `axios.post(path, data)`, `ky.post(path, { json })`. */
export function ownRouteCall(call: ts.CallExpression, names: BaseNames): { path: string; payload: ts.Expression } | undefined {
  const [url, second] = call.arguments;
  if (!url || !second) return undefined;
  const callee = unwrap(call.expression);
  // `supabase.functions.invoke('send-email', { body: options })`: supabase-js posts the body to the Edge Function.
  if (typescript.isPropertyAccessExpression(callee) && callee.name.text === 'invoke' && typescript.isPropertyAccessExpression(unwrap(callee.expression)) && (unwrap(callee.expression) as ts.PropertyAccessExpression).name.text === 'functions') {
    const name = unwrap(url);
    const payload = bodyOfOptions(second, names);
    return typescript.isStringLiteralLike(name) && /^[\w-]+$/.test(name.text) && payload ? { path: `${EDGE_FUNCTIONS}/${name.text}`, payload } : undefined;
  }
  let payload: ts.Expression | undefined;
  if (typescript.isIdentifier(callee) && FETCHERS.has(callee.text)) payload = bodyOfOptions(second, names);
  else if (typescript.isPropertyAccessExpression(callee) && SENDING_METHODS.has(callee.name.text)) {
    const receiver = unwrap(callee.expression);
    payload = typescript.isIdentifier(receiver) && OPTION_CLIENTS.has(receiver.text) ? bodyOfOptions(second, names) : second;
  }
  if (!payload) return undefined;
  const path = pathOf(url, names, 0);
  return path ? { path, payload } : undefined;
}

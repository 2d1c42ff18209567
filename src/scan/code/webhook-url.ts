/**
 * A webhook's URL kept with the app's data rather than in its settings: `const config = clinic.webhooks[state];
 * this.post(config.url, payload)`, `for (const hook of org.webhookSubscriptions) fetch(hook.endpoint, …)`,
 * `integration.callbackHook.url`. Apps that let a customer (a tenant, an integration) configure where events go
 * store the URL on a record, and the request goes to a server the app does not run (an n8n or Zapier flow, a CRM's
 * inbound hook). What the code says about the host is the path the URL is read from: the record's member names
 * (`webhooks`), the local it was read into (`config = clinic.webhooks[state]`) and, where the URL is a parameter of
 * the file's own request helper, the same for each value the file's calls of that helper give. Read word by word as
 * a setting's name is (rules/http-targets.yml): only where every value read so names someone else's endpoint (a
 * webhook word or a vendor) is the call a flow; a helper also given the app's own URL, or a value read from
 * nothing named, stays unreported.
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import { isOrElse, unwrap } from './unwrap.js';
import { ancestorsOf, calledName, callsOf } from './helper-url.js';
import { getterReturns } from './own-getter-url.js';
import { targetOfSetting } from '../../flows/http-targets.js';
import type { SinkCatalogue, SinkDef } from '../../flows/types.js';

/** How deep the reader follows parameters, locals and members before it gives up. */
const MAX_DEPTH = 6;

/** Keys of an options object that hold the URL (`fetch({ url })`, `axios({ url, data })`). */
const URL_KEYS = new Set(['url', 'uri', 'endpoint']);

/**
 * Where a generic HTTP call goes when its URL is read from a record naming a webhook: a third party (the vendor where
 * every path names the same one), or undefined where some value the URL may be says nothing of the kind.
 */
export function webhookTarget(args: readonly ts.Expression[] | undefined, catalogue: SinkCatalogue, sourceFile: ts.SourceFile): { vendor?: SinkDef } | undefined {
  const url = urlArgument(args);
  const paths = url && urlReadPaths(url, sourceFile);
  if (!paths?.length) return undefined;
  let vendor: SinkDef | undefined;
  for (const [index, path] of paths.entries()) {
    const target = targetOfSetting(catalogue, path);
    if (target.own) return undefined;
    if (index === 0) vendor = target.vendor;
    else if (vendor !== target.vendor) vendor = undefined;
  }
  return vendor ? { vendor } : {};
}

function urlArgument(args: readonly ts.Expression[] | undefined): ts.Expression | undefined {
  const first = args?.[0] && unwrap(args[0]);
  if (!first) return undefined;
  if (!typescript.isObjectLiteralExpression(first)) return first;
  for (const property of first.properties) {
    if (typescript.isPropertyAssignment(property) && typescript.isIdentifier(property.name) && URL_KEYS.has(property.name.text)) return property.initializer;
  }
  return undefined;
}

/**
 * The dotted path of names the URL argument is read from (`clinica.webhooks.url`), one per value it may be; undefined
 * where some value is read from something else (a literal, a call, the app's own setting: other readers judge those).
 */
export function urlReadPaths(url: ts.Expression, sourceFile: ts.SourceFile): string[] | undefined {
  const paths: string[] = [];
  return collect(url, sourceFile, paths, 0, new Set()) ? paths : undefined;
}

function collect(expression: ts.Expression, sourceFile: ts.SourceFile, paths: string[], depth: number, seen: Set<ts.Node>): boolean {
  if (depth > MAX_DEPTH || seen.has(expression)) return false;
  seen.add(expression);
  const node = unwrap(expression);
  // `ok ? hook : null`: an absent value sends nothing anywhere.
  if (node.kind === typescript.SyntaxKind.NullKeyword || (typescript.isIdentifier(node) && node.text === 'undefined')) return true;
  if (typescript.isConditionalExpression(node)) return collect(node.whenTrue, sourceFile, paths, depth + 1, seen) && collect(node.whenFalse, sourceFile, paths, depth + 1, seen);
  if (isOrElse(node)) {
    return collect(node.left, sourceFile, paths, depth + 1, seen) && collect(node.right, sourceFile, paths, depth + 1, seen);
  }
  // `const webhookUrl = this.getRandomWebhook()`: what the file's own getter taking nothing returns (own-getter-url.ts).
  if (typescript.isCallExpression(node)) {
    const returned = getterReturns(node, sourceFile);
    return returned !== undefined && returned.every((value) => collect(value, sourceFile, paths, depth + 1, seen));
  }
  const member = memberPath(node);
  if (!member) return false;
  const { root, names } = member;
  // `this.webhookUrls[index]`: a field of the instance, named for what it holds (kept at construction, own-getter-url.ts).
  if (root === undefined) return names.length > 0 && (paths.push(names.join('.')), true);
  const origin = originOf(root, sourceFile);
  if (!origin) return false;
  if ('parameter' in origin) {
    // The URL is a parameter of the file's own helper: each call of it in the file gives a value, read in its own place.
    const calls = callsOf(sourceFile, origin.helper).filter((call) => call.pos < origin.fn.pos || call.end > origin.fn.end);
    const start = paths.length;
    const byCallers = calls.length > 0 && calls.every((call) => {
      const given = call.arguments[origin.parameter];
      if (!given) return false;
      const before = paths.length;
      if (!collect(given, sourceFile, paths, depth + 1, seen)) return false;
      // `url.href` of a parameter: the caller's paths continue with the members read here.
      if (names.length) for (let i = before; i < paths.length; i++) paths[i] = `${paths[i]}.${names.join('.')}`;
      return true;
    });
    if (byCallers) return true;
    // Callers that give a row loaded elsewhere (`webhooks.map((webhook) => sendWebhook(webhook, …))`): the parameter's own
    // name and members (`webhook.url`), as a local read from something else is judged (session 43, a Danish guesthouse's
    // booking events posted to the webhooks its admin configures).
    paths.length = start;
    paths.push([root.text, ...names].join('.'));
    return names.length > 0;
  }
  if ('initializer' in origin) {
    const before = paths.length;
    if (!collect(origin.initializer, sourceFile, paths, depth + 1, seen)) {
      // A local read from something else (`const config = await this.repo.findOne(…)`): its own name and members.
      paths.length = before;
      paths.push([root.text, ...names].join('.'));
      return names.length > 0;
    }
    if (names.length) for (let i = before; i < paths.length; i++) paths[i] = `${paths[i]}.${names.join('.')}`;
    return true;
  }
  // A module's or function's value read through members (`clinica.webhooks[estado].url`).
  if (names.length === 0) return false;
  paths.push([root.text, ...names].join('.'));
  return true;
}

/** `clinica.webhooks[estado].url` -> root `clinica`, names [webhooks, url] (a computed key names nothing); `this.x`: no root. */
function memberPath(node: ts.Expression): { root: ts.Identifier | undefined; names: string[] } | undefined {
  const names: string[] = [];
  let current: ts.Expression = node;
  for (;;) {
    current = unwrap(current);
    if (typescript.isPropertyAccessExpression(current)) {
      names.unshift(current.name.text);
      current = current.expression;
    } else if (typescript.isElementAccessExpression(current)) {
      if (typescript.isStringLiteralLike(current.argumentExpression)) names.unshift(current.argumentExpression.text);
      current = current.expression;
    } else break;
  }
  if (current.kind === typescript.SyntaxKind.ThisKeyword) return { root: undefined, names };
  return typescript.isIdentifier(current) ? { root: current, names } : undefined;
}

type Origin = { parameter: number; helper: string; fn: ts.SignatureDeclaration } | { initializer: ts.Expression } | { other: true };

/** Where a name used at `at` comes from: a parameter of the function around it, a local's initializer, or elsewhere. */
function originOf(at: ts.Identifier, sourceFile: ts.SourceFile): Origin | undefined {
  const ancestors = ancestorsOf(at, sourceFile);
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const node = ancestors[i]!;
    if (!typescript.isFunctionLike(node)) continue;
    const index = node.parameters.findIndex((p) => typescript.isIdentifier(p.name) && p.name.text === at.text);
    if (index >= 0) {
      const helper = calledName(node, ancestors[i - 1]);
      return helper === undefined ? undefined : { parameter: index, helper, fn: node };
    }
    const body = (node as ts.FunctionLikeDeclarationBase).body;
    const local = body && declarationBefore(body, at);
    if (local) return local.initializer ? { initializer: local.initializer } : undefined;
  }
  return { other: true };
}

/** The last `const name = …` of a function's body before `at`, outside nested functions. */
function declarationBefore(body: ts.Node, at: ts.Identifier): ts.VariableDeclaration | undefined {
  let found: ts.VariableDeclaration | undefined;
  const visit = (node: ts.Node): void => {
    if (node.pos >= at.pos || (node !== body && typescript.isFunctionLike(node))) return;
    if (typescript.isVariableDeclaration(node) && typescript.isIdentifier(node.name) && node.name.text === at.text && node.end <= at.pos) found = node;
    typescript.forEachChild(node, visit);
  };
  visit(body);
  return found;
}

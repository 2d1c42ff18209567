/**
 * Convex functions (session 54, a Dutch grief-support app's renewal and trial mails): a backend function is an
 * export of a module under `convex/` made by a constructor (`export const sendWelcome = internalAction({ args,
 * handler: async (ctx, args) => … })`), and other functions call it by reference, not by import:
 *     await ctx.runAction(internal.emails.sendWelcome, { email: user.email, name })
 *     await ctx.scheduler.runAfter(0, internal.emails.sendWelcome, { email, name })
 *     await fetchMutation(api.users.invite, { email })              // convex/nextjs, from the app's server
 * (docs.convex.dev/functions, /scheduling/scheduled-functions). Each call is read as a job put on a queue
 * (flow-jobs.ts) named for the reference (`convex:emails.sendWelcome`), its payload the arguments object, and the
 * handler handles it with those arguments as its parameter 1 (after `ctx`), so what the arguments carry reaches
 * the mail the handler sends, reported where the caller's data enters.
 */
import type ts from 'typescript';
import type { JobFact } from '../../flows/module-facts.js';
import { typescript } from './typescript-api.js';
import { unwrap } from './unwrap.js';

/** The job name prefix of a Convex function: no queue's or event's name starts so. */
export const CONVEX_JOB = 'convex:';
/** Where a Convex handler takes its arguments: after `ctx`. */
export const CONVEX_ARGS_PARAM = 1;

/** `convex/emails.ts` -> `emails`, `packages/backend/convex/users/invite.ts` -> `users/invite`; not the generated code. */
export function convexModuleOf(file: string): string | undefined {
  // The innermost `convex/` folder: a monorepo keeps it under a package (`packages/backend/convex/`).
  const inner = file.lastIndexOf('/convex/');
  const rest = inner >= 0 ? file.slice(inner + 1) : file.startsWith('convex/') ? file : undefined;
  const match = rest === undefined ? null : /^convex\/((?:[^/]+\/)*[^/.]+)\.[cm]?[jt]sx?$/.exec(rest);
  if (!match || match[1]!.startsWith('_generated/') || file.includes('node_modules/')) return undefined;
  return match[1];
}

/** Constructors of Convex functions, and the custom ones apps build on them (`authedMutation`, `zAction`): named so. */
const CONSTRUCTOR = /(?:^|[a-z_])(?:[Qq]uery|[Mm]utation|[Aa]ction)$/;

/** Each exported Convex function's handler in the module, mapped to its job name (`convex:emails.sendWelcome`). */
export function convexHandlers(sourceFile: ts.SourceFile, module: string, out: Map<ts.Node, string>): void {
  for (const statement of sourceFile.statements) {
    if (!typescript.isVariableStatement(statement) || !(typescript.getModifiers(statement) ?? []).some((m) => m.kind === typescript.SyntaxKind.ExportKeyword)) continue;
    for (const declaration of statement.declarationList.declarations) {
      const value = declaration.initializer && unwrap(declaration.initializer);
      if (!typescript.isIdentifier(declaration.name) || !value || !typescript.isCallExpression(value)) continue;
      const callee = unwrap(value.expression);
      const name = typescript.isIdentifier(callee) ? callee.text : typescript.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
      if (!name || !CONSTRUCTOR.test(name)) continue;
      const handler = handlerOf(value.arguments[0]);
      if (handler) out.set(handler, `${CONVEX_JOB}${module}.${declaration.name.text}`);
    }
  }
}

/** `internalAction(async (ctx, args) => …)` or `internalAction({ args, handler: async (ctx, args) => … })`. */
function handlerOf(arg: ts.Expression | undefined): ts.Node | undefined {
  const value = arg && unwrap(arg);
  if (!value) return undefined;
  if (isFunction(value)) return value;
  if (!typescript.isObjectLiteralExpression(value)) return undefined;
  for (const property of value.properties) {
    if (typescript.isMethodDeclaration(property) && typescript.isIdentifier(property.name) && property.name.text === 'handler') return property;
    if (typescript.isPropertyAssignment(property) && typescript.isIdentifier(property.name) && property.name.text === 'handler' && isFunction(unwrap(property.initializer))) return unwrap(property.initializer);
  }
  return undefined;
}

function isFunction(node: ts.Node): node is ts.ArrowFunction | ts.FunctionExpression {
  return typescript.isArrowFunction(node) || typescript.isFunctionExpression(node);
}

/** Methods of `ctx` (and of `ConvexHttpClient`) calling a function by reference with its arguments next. */
const RUN_METHODS = new Set(['runAction', 'runMutation', 'runQuery', 'action', 'mutation', 'query']);
/** `ctx.scheduler.runAfter(delay, ref, args)`, `runAt(time, ref, args)`. */
const SCHEDULE_METHODS = new Set(['runAfter', 'runAt']);
/** convex/nextjs's server-side calls (`fetchMutation(api.users.invite, args)`). */
const FETCH_FUNCTIONS = new Set(['fetchAction', 'fetchMutation', 'fetchQuery', 'preloadQuery']);

/** The Convex function a call runs or schedules, as a job whose payload is the arguments object. */
export function convexJobOf(call: ts.CallExpression): JobFact | undefined {
  const callee = unwrap(call.expression);
  const method = typescript.isPropertyAccessExpression(callee) ? callee.name.text : typescript.isIdentifier(callee) ? callee.text : undefined;
  if (!method) return undefined;
  const refAt = SCHEDULE_METHODS.has(method) && typescript.isPropertyAccessExpression(callee) ? 1 : (typescript.isPropertyAccessExpression(callee) ? RUN_METHODS : FETCH_FUNCTIONS).has(method) ? 0 : -1;
  if (refAt < 0 || call.arguments.length <= refAt + 1) return undefined;
  const name = referenceName(call.arguments[refAt]!);
  return name === undefined ? undefined : { name: CONVEX_JOB + name, arg: refAt + 1 };
}

/** `internal.emails.sendWelcome` -> `emails.sendWelcome`, `api.users.invite.send` -> `users/invite.send`. */
function referenceName(node: ts.Expression): string | undefined {
  const parts: string[] = [];
  let at = unwrap(node);
  while (typescript.isPropertyAccessExpression(at)) {
    parts.unshift(at.name.text);
    at = unwrap(at.expression);
  }
  if (!typescript.isIdentifier(at) || (at.text !== 'internal' && at.text !== 'api') || parts.length < 2) return undefined;
  return `${parts.slice(0, -1).join('/')}.${parts[parts.length - 1]}`;
}

/**
 * A value a function puts under a personal-data key is that data where the same function logs it (issue 12, log
 * flows; session 17's training misses). `body: JSON.stringify({ to: [{ email: params.to }] })` posted to a mail API,
 * or `prisma.emailLog.create({ data: { email: params.to } })`, says `params.to` is an email address, so
 * `` console.log(`sent to ${params.to}`) `` or `logger.info({ to: payload.to }, 'Email sent')` in that function, before
 * or after, logs one, though `to` names nothing (DUERPilot's Brevo service, stall-bokning's SendGrid sender).
 *
 * The key is read as a sink's key is (`inKeyValue` in personal-data.ts: the detector's reading of the key alone, so a
 * bare `name` or `to` says nothing), in object literals and assignments (`message.email = params.to`) anywhere in the
 * function that declares the value's root (log-recipients' `shown` decides what a logged expression shows: `params.to`
 * and `JSON.stringify(params.to)` do, `params.to.length` does not). The environment, configuration, constants and a
 * sanitiser's result are no one's data, whatever their key.
 */
import type ts from 'typescript';
import type { Category } from '../detect/types.js';
import { typescript } from '../scan/code/typescript-api.js';
import { unwrap } from '../scan/code/unwrap.js';
import { classify, isConstantLocal, type Carried, type DataContext } from './personal-data.js';
import { isVariableValue, keyOf } from './roles.js';
import { isSanitiserCall } from './sanitisers.js';
import { recordFunction } from './logged-records.js';
import { showRoleValues, valuePath } from './log-recipients.js';
import { ID_NAME } from './id-name.js';

/** Per detector, per function: the access path of each value put under a personal-data key, with the key's category. */
const keyedByFunction = new WeakMap<object, WeakMap<ts.Node, Map<string, Category>>>();

/** Methods whose result is the value they are called on (`email: params.to.trim()`). */
const SAME_VALUE_METHODS = new Set(['trim', 'toLowerCase', 'toUpperCase', 'toString', 'normalize', 'trimStart', 'trimEnd']);

/** The value a keyed expression shows (`params.to` of `params.to.trim()`), if it is a name or a member. */
function keyedValue(input: ts.Expression): ts.Identifier | ts.PropertyAccessExpression | undefined {
  let node = unwrap(input);
  while (typescript.isCallExpression(node) && node.arguments.length === 0 && typescript.isPropertyAccessExpression(node.expression) && SAME_VALUE_METHODS.has(node.expression.name.text)) node = unwrap(node.expression.expression);
  return typescript.isIdentifier(node) || typescript.isPropertyAccessExpression(node) ? node : undefined;
}

function note(key: string, input: ts.Expression, ctx: DataContext, found: Map<string, Category>): void {
  const value = keyedValue(input);
  // `email: email.toLowerCase()` of `const email = 'someone@example.com'`: a constant is the system's whatever its key.
  if (!value || !isVariableValue(value) || isSanitiserCall(unwrap(input)) || isConstantLocal(value, ctx)) return;
  // `email: maskedEmail` of `const maskedEmail = email.replace(…, '$1***$3')`: a sanitiser's result, whatever its key.
  if (typescript.isIdentifier(value) && isSanitiserCall(ctx.resolveLocal(value.text))) return;
  if (ID_NAME.test(typescript.isIdentifier(value) ? value.text : value.name.text)) return;
  const path = valuePath(value);
  if (path === undefined || found.has(path)) return;
  const category = classify(key, [], ctx)[0];
  if (category) found.set(path, category);
}

/** The values `within` puts under a personal-data key: `{ email: params.to }`, `mail.email = params.to`. */
function keyedValues(within: ts.Node, ctx: DataContext): Map<string, Category> {
  let byFunction = keyedByFunction.get(ctx.detector);
  if (!byFunction) keyedByFunction.set(ctx.detector, (byFunction = new WeakMap()));
  const known = byFunction.get(within);
  if (known) return known;
  const found = new Map<string, Category>();
  const visit = (node: ts.Node): void => {
    if (typescript.isPropertyAssignment(node)) {
      const key = keyOf(node);
      if (key) note(key, node.initializer, ctx, found);
    } else if (typescript.isBinaryExpression(node) && node.operatorToken.kind === typescript.SyntaxKind.EqualsToken && typescript.isPropertyAccessExpression(node.left)) {
      note(node.left.name.text, node.right, ctx, found);
    }
    typescript.forEachChild(node, visit);
  };
  visit(within);
  byFunction.set(within, found);
  return found;
}

/**
 * Adds what a logging call's arguments show of the values put under a personal-data key by the function that
 * declares each value's root. `functions` are the functions around the call, innermost first.
 */
export function loggedKeyedValues(args: readonly ts.Expression[], functions: readonly ts.SignatureDeclaration[], ctx: DataContext, out: Carried): void {
  if (functions.length === 0) return;
  const learnt = {
    get(path: string): Category | undefined {
      const root = path.slice(0, path.includes('.') ? path.indexOf('.') : undefined);
      const within = recordFunction(root, functions);
      return within ? keyedValues(within, ctx).get(path) : undefined;
    },
  };
  for (const arg of args) showRoleValues(arg, learnt, ctx, out);
}

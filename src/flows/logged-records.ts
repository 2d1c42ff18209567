/**
 * A record logged whole (issue 12, log flows; session 16's training misses). A logger writes out every field of the
 * object it is given (`console.log(req.body)`, `log.d({ user })`, `` `with model ${JSON.stringify(model)}` ``), so the
 * line holds whatever the record holds, though the record's own name says nothing (in a text only through a
 * serialiser: `` `${user}` `` writes `[object Object]`):
 * - the fields the same function reads from it say what it holds: `const { name, email, telephone } = req.body` then
 *   `console.log(req.body)` (kolpingCore's registrations), `const email = body.email` beside `console.log('body', body)`
 *   (zacharie), `props.emails` handed to the mailer beside `console.log(props)`; each field is read by the detector
 *   in the record (`req.body.email`), so `team.name` or `error.message` stay no one's;
 * - a person's record read whole (`user`, `newUser`, `req.user`: whole-person-record.ts) holds at least their email
 *   address and name, as it does where a vendor is given it (`Sentry.setUser(user)`).
 * Only for logging calls (flows.ts asks for a sink of kind `logs`): a mailer or an API given `req.body` is read by
 * its roles instead. A member (`user.id`), a count (`users.length`) or a value the function only compares is read by
 * its own name, as before.
 */
import type ts from 'typescript';
import type { Category } from '../detect/types.js';
import { typescript } from '../scan/code/typescript-api.js';
import { unwrap } from '../scan/code/unwrap.js';
import { calleePath } from '../scan/code/flow-bindings.js';
import { boundNames } from '../scan/code/bound-names.js';
import { add, classify, textOf, type Carried, type DataContext } from './personal-data.js';
import { isVariableValue } from './roles.js';
import { WHOLE_RECORD_CATEGORIES, wholePersonRecord } from './whole-person-record.js';
import { isWrittenSystemValue } from './system-field.js';
import { recordAliases, throughAliases } from './record-aliases.js';
import { pathOf, recordReads, type RecordRead } from './record-reads.js';
import { hasTextDefault } from './text-default-param.js';
import { namesBesideAddressKeys } from './name-beside-address.js';
import { loggedSendEcho } from './logged-send-echo.js';

/** Calls whose result is the text of their first argument, written out field by field. */
const SERIALISERS = new Set(['JSON.stringify', 'stringify', 'util.inspect', 'inspect']);
const MAX_DEPTH = 3;

/** A key saying its value is an id (`customerId: subscription.customer`): the value is read as that, not as a record. */
const ID_KEY = /(?:^id$|Id$|_id$|ID$)/;

/**
 * The values a logging call's argument writes out whole: itself, an object literal's values, what a serialiser writes
 * (`JSON.stringify(user)`). A record interpolated in a text (`` `${user}` ``, `'user ' + user`) writes
 * `[object Object]`, not its fields: a text's parts count only through a serialiser.
 */
function loggedValues(input: ts.Expression, depth: number, inText: boolean, out: ts.Expression[]): void {
  if (depth > MAX_DEPTH) return;
  const node = unwrap(input);
  if (typescript.isIdentifier(node) || typescript.isPropertyAccessExpression(node)) {
    if (!inText) out.push(node);
  } else if (typescript.isObjectLiteralExpression(node)) {
    if (inText) return;
    for (const property of node.properties) {
      if (typescript.isShorthandPropertyAssignment(property)) out.push(property.name);
      else if (typescript.isPropertyAssignment(property) && !(typescript.isIdentifier(property.name) && ID_KEY.test(property.name.text))) loggedValues(property.initializer, depth + 1, false, out);
      else if (typescript.isSpreadAssignment(property)) loggedValues(property.expression, depth + 1, false, out);
    }
  } else if (typescript.isTemplateExpression(node)) {
    for (const span of node.templateSpans) loggedValues(span.expression, depth + 1, true, out);
  } else if (typescript.isBinaryExpression(node) && node.operatorToken.kind === typescript.SyntaxKind.PlusToken) {
    loggedValues(node.left, depth + 1, true, out);
    loggedValues(node.right, depth + 1, true, out);
  } else if (typescript.isCallExpression(node) && node.arguments[0]) {
    const callee = calleePath(node.expression, false, false);
    if (callee && SERIALISERS.has([callee.root, ...callee.path].join('.'))) loggedValues(node.arguments[0], depth + 1, false, out);
  }
}

function startsWith(path: readonly string[], prefix: readonly string[]): boolean {
  return path.length > prefix.length && prefix.every((segment, i) => path[i] === segment);
}

/** Per detector, per function, per record path: the categories of the fields the function reads from that record. */
const readFields = new WeakMap<object, WeakMap<ts.Node, Map<string, Category[]>>>();

/** Whether a binding name declares `name` (`req`, `{ user }`, `[first]`). */
function binds(name: ts.BindingName, local: string): boolean {
  return boundNames(name).includes(local);
}

/** Per function, each local's first declaration in its body: one walk per function, however many logging calls ask. */
const declarationsByFunction = new WeakMap<ts.Node, Map<string, ts.VariableDeclaration>>();

/** The declaration of `local` in a function's body (`const user = await find(…)`, `const [user] = rows`), if any. */
function declarationOf(fn: ts.SignatureDeclaration, local: string): ts.VariableDeclaration | undefined {
  let declarations = declarationsByFunction.get(fn);
  if (!declarations) {
    const found = new Map<string, ts.VariableDeclaration>();
    const visit = (node: ts.Node): void => {
      if (typescript.isVariableDeclaration(node)) for (const name of boundNames(node.name)) if (!found.has(name)) found.set(name, node);
      typescript.forEachChild(node, visit);
    };
    const body = (fn as ts.FunctionLikeDeclaration).body;
    if (body) visit(body);
    declarationsByFunction.set(fn, (declarations = found));
  }
  return declarations.get(local);
}

/** Whether a function has `local` as a parameter or declares it in its body. */
function declares(fn: ts.SignatureDeclaration, local: string): boolean {
  return fn.parameters.some((p) => binds(p.name, local)) || declarationOf(fn, local) !== undefined;
}

/**
 * The function whose fields of a record are read: the innermost one around the logging call that declares the
 * record's root (a handler's `req`, a callback's `user`), so `req.body` of another route handler in the same module
 * is not this one's; the innermost function when none does (`this`, a module's value).
 */
export function recordFunction(root: string, functions: readonly ts.SignatureDeclaration[]): ts.SignatureDeclaration | undefined {
  if (root === 'this') return functions[0];
  return functions.find((fn) => declares(fn, root)) ?? functions[0];
}

/** The categories of the fields `within` reads from the record at `record`: members below it and names destructured from it. */
function fieldsReadFrom(record: readonly string[], within: ts.Node, ctx: DataContext): Category[] {
  const key = record.join('.');
  let byFunction = readFields.get(ctx.detector);
  if (!byFunction) readFields.set(ctx.detector, (byFunction = new WeakMap()));
  let byPath = byFunction.get(within);
  if (!byPath) byFunction.set(within, (byPath = new Map()));
  const known = byPath.get(key);
  if (known) return known;
  const found = new Set<Category>();
  // Each field read with what it reads as, for the bare names beside an address below.
  const fields = new Map<string, { path: string[]; read: Category[] }>();
  const note = (field: string, container: readonly string[]): void => {
    const read = classify(field, [...container], ctx);
    for (const c of read) found.add(c);
    if (!fields.has(field)) fields.set(field, { path: [...container], read });
  };
  // `const { body } = request`, `const details = req.body.customerDetails`: fields read through them are the record's (record-aliases.ts).
  const aliases = recordAliases(record, within);
  // The function is walked once for all its records (record-reads.ts): a read can lie in the record only when its
  // path starts with the record's first name or with an alias.
  const reads = recordReads(within);
  const lies = new Map<RecordRead, readonly string[] | undefined>();
  /** The read's path through the aliases when it is a member lying in the record. */
  const inRecord = (read: RecordRead): readonly string[] | undefined => {
    if (lies.has(read)) return lies.get(read);
    const path = throughAliases(read.written, aliases);
    const inside = typescript.isPropertyAccessExpression(read.node) && startsWith(path, record) ? path : undefined;
    lies.set(read, inside);
    return inside;
  };
  const isHidden = (read: RecordRead): boolean => {
    for (let around = read.hiddenBy; around; around = around.hiddenBy) if (inRecord(around)) return true;
    return false;
  };
  for (const root of new Set([record[0]!, ...aliases.keys()])) {
    for (const read of reads.get(root) ?? []) {
      if (isHidden(read)) continue;
      if (typescript.isPropertyAccessExpression(read.node)) {
        const path = inRecord(read);
        if (path) note(path[path.length - 1]!, path.slice(0, -1));
        continue;
      }
      const from = throughAliases(read.written, aliases);
      if (from.length === record.length ? from.every((s, i) => s === record[i]) : startsWith(from, record)) {
        for (const element of (read.node.name as ts.ObjectBindingPattern).elements) {
          if (element.dotDotDotToken) continue;
          const property = element.propertyName ?? element.name;
          const field = typescript.isIdentifier(property) || typescript.isStringLiteralLike(property) ? property.text : undefined;
          if (field) note(field, from);
        }
      }
    }
  }
  // `payload.nombre` read beside `payload.correo`: a record holding someone's address holds what they are called
  // (name-beside-address.ts), where the bare name alone would be no one's; `team.name` keeps its reading.
  const byContainer = new Map<string, { path: string[]; keys: string[]; read: Category[][] }>();
  for (const [field, { path, read }] of fields) {
    const group = byContainer.get(path.join('.')) ?? { path, keys: [], read: [] };
    group.keys.push(field);
    group.read.push(read);
    byContainer.set(path.join('.'), group);
  }
  for (const { path, keys, read } of byContainer.values()) if (namesBesideAddressKeys(keys, read, path, ctx).length) found.add('name');
  const categories = [...found].sort();
  byPath.set(key, categories);
  return categories;
}

/** String methods whose results are texts: `const [user, host] = handle.split('@')` holds no record. */
const TEXT_RESULTS = new Set(['split', 'match', 'exec', 'slice', 'substring', 'replace', 'trim']);

/**
 * A person's record read whole: named for a person (`user`, `newUser`), not a field of one (`emailAdmin` is an address:
 * the detector reads its name), not a text cut out of a string (`const [user] = handle.split('@')`), and not a
 * setting or a literal (`const smtpUser = process.env.SMTP_USER`: the account the app sends from).
 */
function isWholeRecord(value: ts.Expression, functions: readonly ts.SignatureDeclaration[], ctx: DataContext): boolean {
  if (!wholePersonRecord(value)) return false;
  const name = typescript.isIdentifier(value) ? value.text : typescript.isPropertyAccessExpression(value) ? value.name.text : '';
  if (classify(name, [], ctx).length) return false;
  if (!typescript.isIdentifier(value)) return true;
  const within = recordFunction(value.text, functions);
  if (hasTextDefault(within, value.text)) return false;
  const initializer = within && declarationOf(within, value.text)?.initializer;
  const made = initializer && unwrap(initializer);
  // `const smtpUser = process.env.SMTP_USER`, `= 'mailer@shop.example'`: the system's setting, a text, no one's record.
  if (made && isWrittenSystemValue(made)) return false;
  if (!made || !typescript.isCallExpression(made)) return true;
  const callee = unwrap(made.expression);
  return !(typescript.isPropertyAccessExpression(callee) && TEXT_RESULTS.has(callee.name.text));
}

/**
 * Adds what the records a logging call writes out whole hold: the fields its function reads from them, or a person's
 * email address and name. `functions` are the functions around the call, innermost first.
 */
export function loggedRecords(args: readonly ts.Expression[], functions: readonly ts.SignatureDeclaration[], ctx: DataContext, out: Carried): void {
  const values: ts.Expression[] = [];
  for (const arg of args) loggedValues(arg, 0, false, values);
  loggedSendEcho(values, functions, ctx, out);
  for (const value of values) {
    if (!isVariableValue(value)) continue;
    if (isWholeRecord(value, functions, ctx)) add(out, WHOLE_RECORD_CATEGORIES, textOf(value, ctx));
    const path = pathOf(value);
    const within = path && recordFunction(path[0]!, functions);
    if (path && within) add(out, fieldsReadFrom(path, within, ctx), textOf(value, ctx));
  }
}

/** Whether an argument's text names a serialiser (`JSON.stringify(item)`, `inspect(user)`): only then is an argument handed to the project's own function read as a logged record (flows.ts). */
export function mayWriteOutRecord(text: string): boolean {
  return /stringify|inspect/.test(text);
}

/**
 * Messages built by a function of the project and handed on whole: `sendEmail(LIMITED_EMAIL(user.email, user.name))`
 * where `LIMITED_EMAIL(email, name)` (often in another module, a file of one function per mail) returns `{ to: email,
 * subject, text: \`Hi ${name}\` }`. Apps without a template engine keep one such builder per message; the wrapper sends
 * what it is given, so the caller's arguments are the mail's recipient and text. The per-file side of it: a function
 * whose every `return` is an object literal keeps the keys of that object with the parameters filling each (its
 * `shape`), and an argument that is a call of a project function keeps the call (`madeBy`) with its own arguments'
 * facts; the link stage (src/flows/built-messages.ts) reads the second through the first.
 *
 * What a filling parameter is named for is kept as its contract (`email` -> email), and in an object addressed to a
 * person (a key holding an email address or phone number), a parameter called only `name` is that person's name, as a
 * bare `name` beside an address is in a person's record (person-record.ts).
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import { unwrap } from './unwrap.js';
import { localObjectLiterals } from './returned-local-object.js';
import { calleePath } from './flow-bindings.js';
import { typedFieldMethod } from './text-reads.js';
import type { Category } from '../../detect/types.js';
import { paramKey, type ArgFact, type FunctionFact, type MadeByFact, type ParamRef, type ShapeEntry } from '../../flows/module-facts.js';
import { classify, type DataContext } from '../../flows/personal-data.js';
import { PERSON_CONTAINER } from '../../flows/roles.js';

const CONTACT: ReadonlySet<Category> = new Set(['email', 'phone']);
/** Most objects have no more keys than this; a larger one is a configuration, not a message. */
const MAX_KEYS = 24;

/** The object literals a function returns, when every `return` (or its expression body) is one; else undefined. */
export function returnedObjects(fn: ts.SignatureDeclaration, hasReturnWord?: (from: number, to: number) => boolean): ts.ObjectLiteralExpression[] | undefined {
  if (fn.parameters.length === 0) return undefined;
  const body = (fn as ts.FunctionLikeDeclaration).body;
  if (!body) return undefined;
  if (!typescript.isBlock(body)) {
    const value = unwrap(body as ts.Expression);
    return typescript.isObjectLiteralExpression(value) ? [value] : undefined;
  }
  // A body without the word has no `return` (most functions' bodies, read again here after the walk otherwise).
  if (hasReturnWord && !hasReturnWord(body.pos, body.end)) return undefined;
  // The reading stops at the first `return` that gives no object literal: the function is no builder then.
  const found: ts.ObjectLiteralExpression[] = [];
  let isBuilder = true;
  // `const params = { to: email, … }; return params;`: the literal the local holds (returned-local-object.ts).
  const localObject = localObjectLiterals(body);
  const visit = (node: ts.Node): boolean => {
    if (typescript.isReturnStatement(node)) {
      const written = node.expression && unwrap(node.expression);
      const value = written && typescript.isIdentifier(written) ? (localObject(written.text) ?? written) : written;
      // `return [{ to: user.email, subject }]`: a builder of several messages (sender-factory.ts) returns each one.
      const listed = value && typescript.isArrayLiteralExpression(value) && value.elements.length > 0 ? value.elements.map(unwrap) : undefined;
      if (listed?.every((e) => typescript.isObjectLiteralExpression(e))) return found.push(...(listed as ts.ObjectLiteralExpression[])), false;
      // A guard that returns nothing (`if (!coordinators.length) return;`, `return null`) builds no message: the other
      // returns say what the function builds (session 52, a Canadian sailing club's mail builders).
      if (isNothing(value)) return false;
      if (!value || !typescript.isObjectLiteralExpression(value)) return !(isBuilder = false);
      found.push(value);
      return false;
    }
    return typescript.isFunctionLike(node) ? false : typescript.forEachChild(node, visit) === true;
  };
  typescript.forEachChild(body, visit);
  return !isBuilder || found.length === 0 || found.some((o) => o.properties.length > MAX_KEYS) ? undefined : found;
}

/** `return;`, `return null`, `return undefined`: no value at all. */
function isNothing(value: ts.Expression | undefined): boolean {
  return value === undefined || value.kind === typescript.SyntaxKind.NullKeyword || (typescript.isIdentifier(value) && value.text === 'undefined');
}

/**
 * Whether a file's text holds the word `return` between two positions, for `returnedObjects`: asked of the functions in
 * the order of the walk (increasing positions), each search starts where the last one's answer still holds, so a file's
 * text is searched about once whatever its number of functions.
 */
export function returnWords(text: string): (from: number, to: number) => boolean {
  let searchedFrom = -1;
  let next = -1;
  return (from, to) => {
    // The first `return` at or after `from` is the one found last when `from` lies between that search's start and its answer.
    if (searchedFrom < 0 || from < searchedFrom || (next >= 0 && from > next)) {
      searchedFrom = from;
      next = text.indexOf('return', from);
    }
    return next >= 0 && next + 6 <= to;
  };
}

/**
 * The keys of the returned objects (their facts read in the function, `argFact`) with the parameters filling each,
 * kept on the function's fact when any key is filled by one.
 */
export function keepShape(fact: FunctionFact, returned: readonly ArgFact[], ctx: DataContext): void {
  const isAddressed = returned.some((object) => Object.values(object.props ?? {}).some((p) => p.isVariable && p.categories.some((c) => CONTACT.has(c))));
  const shape: Record<string, ShapeEntry> = {};
  for (const object of returned) {
    for (const [key, prop] of Object.entries(object.props ?? {})) {
      const refs = (prop.params ?? []).filter((r) => r.param >= 0);
      if (refs.length === 0 || key.startsWith('...')) continue;
      const entry = Object.hasOwn(shape, key) ? shape[key]! : (shape[key] = { params: [] });
      for (const ref of refs) {
        if (!entry.params.some((r) => r.param === ref.param && r.key === ref.key)) entry.params.push(ref);
        // `clienteNombre: turno.user?.name`, `text: \`Hi ${customer.name}\`` fill the key from a member the parameter's key
        // only leads to (`user`, `customer`): what the builder read there says what it holds, where that parameter is the
        // only one filling the key or the expressions read name it.
        const read = ref.key !== undefined && prop.isVariable && (refs.length === 1 || prop.expressions.some((e) => namesKey(e, ref.key!))) ? prop.categories : [];
        const named = [...new Set([...namedFor(ref, fact, isAddressed, ctx), ...read])].sort();
        if (named.length) (entry.named ??= {})[paramKey(ref)] = named;
      }
    }
  }
  if (Object.keys(shape).length) fact.shape = shape;
}

/** Whether an expression read (`customer.name`, `turno.user?.name`) goes through the member `key`. */
function namesKey(expression: string, key: string): boolean {
  return expression.split(/\??\.|\[|\]/).includes(key);
}

/** What a filling parameter's name says (`email`, `firstName`), and `name` itself in a message addressed to a person. */
function namedFor(ref: ParamRef, fact: FunctionFact, isAddressed: boolean, ctx: DataContext): Category[] {
  const name = ref.key ?? fact.params[ref.param];
  if (!name || name === '{}') return [];
  const own = classify(name, [], ctx);
  if (own.length || !isAddressed) return own;
  return classify(name, PERSON_CONTAINER, ctx).filter((c) => c === 'name');
}

/**
 * `sendEmail(INVITE_EMAIL(email, org.name, link))`, `await buildMessage(user)`: the call of a project function (an
 * import or a function of this file, `root` as the link stage resolves it) whose result is the argument, with its
 * own arguments' facts. Undefined for any other value.
 */
export function madeByOf(arg: ts.Expression, rootOf: (name: string) => string | undefined, factOf: (arg: ts.Expression) => ArgFact, resolveLocal?: (name: string) => ts.Expression | undefined, typedField?: (key: string) => { root: string; path: string[] } | undefined): MadeByFact | undefined {
  let value = unwrap(arg);
  if (typescript.isAwaitExpression(value)) value = unwrap(value.expression);
  // `const mail = createVerificationEmail(user.first_name, url); …; sendEmail(mail)`: the local's call.
  if (typescript.isIdentifier(value) && resolveLocal) {
    const local = resolveLocal(value.text);
    if (local) value = unwrap(local);
  }
  if (!typescript.isCallExpression(value) || value.arguments.length === 0) return undefined;
  const callee = calleePath(value.expression);
  if (!callee || callee.path.includes('()')) return undefined;
  // `this.boatMaintenanceEmail.newMaintenanceRequestEmail(request)` of a field typed by a project class: that class's method.
  const typed = typedField && typedFieldMethod(callee, typedField);
  if (typed) return { ...typed, args: value.arguments.map(factOf) };
  const root = rootOf(callee.root);
  if (!root) return undefined;
  return { root, path: callee.path, args: value.arguments.map(factOf) };
}

/**
 * What a function returning a message's text reads of its parameters, kept as a module fact so another module's
 * call of it is read (issue 12, seen in a barber shop's mails: `html: BookingConfirmationEmail(bookingData)` with
 * the function in src/components/emails returning `` `<h2>Ciao ${data.customerName}</h2>` ``, and React Email's
 * `render(AdminNotificationEmail(bookingData))` with the component taking `{ customerName, customerEmail }`). The
 * same file's text functions are read where they are called (text-function-members.ts); a summary of facts is what
 * crosses modules. Kept: each parameter member whose own name says what it holds (`0.customerName` -> [name]).
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import { unwrap } from './unwrap.js';
import { returnedValues } from './returns.js';
import { nestedReadKeys, readKeys } from '../../flows/text-function-members.js';
import { writtenWhole } from '../../flows/text-function-params.js';
import { classify, type DataContext } from '../../flows/personal-data.js';
import { keyOf } from '../../flows/roles.js';
import { serialisedBody } from '../../flows/serialised-body.js';
import type { Category } from '../../detect/types.js';
import type { ArgFact, MadeByFact } from '../../flows/module-facts.js';
import { calleePath } from './flow-bindings.js';

/** Most mails read fewer fields than this; more is no one message's text. */
const MAX_KEYS = 40;

function isMarkup(value: ts.Expression): boolean {
  const node = unwrap(value);
  return typescript.isJsxElement(node) || typescript.isJsxFragment(node) || typescript.isJsxSelfClosingElement(node);
}

/** A component's props taken apart in its parameter (`({ customerName, customerEmail }: Props)`), when every `return` is markup. */
function componentKeys(fn: ts.SignatureDeclaration & { body?: ts.Node }): (string[] | undefined)[] | null {
  const body = fn.body;
  if (!body) return null;
  const values = typescript.isBlock(body) ? returnedValues(body) : [body as ts.Expression];
  if (values.length === 0 || !values.every(isMarkup)) return null;
  return fn.parameters.map((p) => {
    if (!typescript.isObjectBindingPattern(p.name)) return undefined;
    const keys = p.name.elements.flatMap((e) => {
      const key = e.dotDotDotToken ? undefined : (e.propertyName ?? e.name);
      return key && typescript.isIdentifier(key) ? [key.text] : [];
    });
    return keys.length ? keys : undefined;
  });
}

/**
 * `0.customerName` -> [name] for each member of a parameter a text (or markup) function writes into what it returns;
 * `0.deliveryInfo.phone` -> [phone] for a member of a parameter's member (`${data.deliveryInfo.phone}`), read under
 * the member's own name; `0.` -> what the parameter's own name says, for a parameter written whole
 * (`getOrderStatusUpdateEmail(customerName, orderId)` writing `${customerName}`), whose caller's argument is read too.
 */
export function textReadsOf(fn: ts.SignatureDeclaration & { body?: ts.Node }, ctx: DataContext): Record<string, Category[]> | undefined {
  if (fn.parameters.length === 0 || !fn.body) return undefined;
  const keys = readKeys(fn) ?? componentKeys(fn);
  if (!keys) return undefined;
  const out: Record<string, Category[]> = {};
  const put = (ref: string, categories: Category[]) => {
    if (categories.length) out[ref] = [...new Set(categories)].sort();
  };
  keys.forEach((list, param) => {
    if (!list || list.length > MAX_KEYS) return;
    for (const key of list) put(`${param}.${key}`, classify(key, [], ctx));
  });
  nestedReadKeys(fn).forEach((pairs, param) => {
    for (const [member, key] of pairs) put(`${param}.${member}.${key}`, classify(key, [member], ctx));
  });
  writtenWhole(fn).forEach((isWritten, param) => {
    const name = fn.parameters[param]!.name;
    if (isWritten && typescript.isIdentifier(name)) out[`${param}.`] = [...new Set(classify(name.text, [], ctx))].sort();
  });
  return Object.keys(out).length ? out : undefined;
}

/** `Email({ ...booking })`: a copy of one record is that record, read by the members the function takes. */
function spreadRecord(arg: ts.Expression): ts.Expression | undefined {
  const object = unwrap(arg);
  if (!typescript.isObjectLiteralExpression(object) || object.properties.length !== 1) return undefined;
  const only = object.properties[0]!;
  const spread = typescript.isSpreadAssignment(only) ? unwrap(only.expression) : undefined;
  return spread && (typescript.isIdentifier(spread) || typescript.isPropertyAccessExpression(spread)) ? spread : undefined;
}

/**
 * The calls of another module's functions whose result fills a property of a sink's object argument: `html:
 * emailHtml` with `const emailHtml = await render(AdminNotificationEmail(bookingData))`. A call wrapping one such
 * call as its only argument (a renderer) is looked through. At the top, the argument itself may be such a text
 * (`console.log(emailHtml)`: a rendered mail logged whole, as a preview where no mail provider is configured).
 */
export function textCallsIn(arg: ts.Expression, resolveLocal: (name: string) => ts.Expression | undefined, isImported: (name: string) => boolean, factOf: (arg: ts.Expression) => ArgFact, depth = 0): MadeByFact[] {
  const object = unwrap(arg);
  if (!typescript.isObjectLiteralExpression(object)) {
    const made = depth === 0 && typescript.isIdentifier(object) ? madeByImport(resolvedValue(object, resolveLocal), isImported, factOf) : undefined;
    return made ? [made] : [];
  }
  const out: MadeByFact[] = [];
  for (const property of object.properties) {
    const written = typescript.isPropertyAssignment(property) ? property.initializer : typescript.isShorthandPropertyAssignment(property) ? property.name : undefined;
    const value = written && resolvedValue(written, resolveLocal);
    // `body: JSON.stringify({ to, html: emailHtml })` of a request to the mail API, `message: { html }`: the message's
    // object one level in (Resend, Brevo or Postmark called with fetch; serialised-body.ts).
    const message = value && depth < 2 ? (typescript.isObjectLiteralExpression(value) ? value : serialisedBody(keyOf(property), value)) : undefined;
    if (message) out.push(...textCallsIn(message, resolveLocal, isImported, factOf, depth + 1));
    const made = madeByImport(value, isImported, factOf);
    if (made) out.push(made);
  }
  return out;
}

/** The value a local was given, through `await` and other locals (a few steps). */
function resolvedValue(written: ts.Expression, resolveLocal: (name: string) => ts.Expression | undefined): ts.Expression | undefined {
  let value: ts.Expression | undefined = written;
  for (let step = 0; value && step < 4; step++) {
    value = unwrap(value);
    if (typescript.isAwaitExpression(value)) value = value.expression;
    else if (typescript.isIdentifier(value)) value = resolveLocal(value.text);
    else break;
  }
  return value;
}

/** `AppointmentEmail(booking)` of an imported function, or a renderer's call of one (`render(Email(booking))`). */
function madeByImport(value: ts.Expression | undefined, isImported: (name: string) => boolean, factOf: (arg: ts.Expression) => ArgFact): MadeByFact | undefined {
  if (!value || !typescript.isCallExpression(value)) return undefined;
  let call: ts.CallExpression = value;
  const inner = call.arguments.length >= 1 ? unwrap(call.arguments[0]!) : undefined;
  const callee = calleePath(call.expression);
  if (!(callee && callee.path.length === 0 && isImported(callee.root)) && inner && typescript.isCallExpression(inner)) call = inner;
  const made = calleePath(call.expression);
  if (!made || made.path.length !== 0 || !isImported(made.root) || call.arguments.length === 0) return undefined;
  return { root: made.root, path: [], args: call.arguments.map((a) => factOf(spreadRecord(a) ?? a)) };
}

/**
 * Whether a file may export a mail's text or markup, so it gets the flow collector though it imports and calls nothing
 * of interest (a folder of one component or template function per mail): an exported HTML document or React Email's
 * markup. A component that writes no mail document is read as before (not at all), keeping most UI files out.
 */
const MAIL_DOCUMENT = /<!DOCTYPE html|<html[\s>]|<body[\s>]|@react-email\/|<mjml[\s>]/i;

export function mayExportMailText(text: string): boolean {
  return /\bexport\b/.test(text) && MAIL_DOCUMENT.test(text);
}

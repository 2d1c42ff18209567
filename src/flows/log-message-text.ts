/**
 * What a log message's own text says of the values it writes out (issue 12, log flows; session 16's training misses).
 * A log line is written for a person to read, so it names what it interpolates where the value's name does not:
 * - an address put together in the text: `` `mailbox ${userName}@${DIMAIL_MAILBOX_DOMAIN}` `` (espace-membre-next's
 *   mailbox worker) is an email address, though neither part is one by name; not a URL's user (`//${user}@${host}`,
 *   `:${password}@`), and not a constant's local part (`${NOREPLY}@${domain}` is the system's);
 * - a label right before the value: a key in the text (`` `email=${mail}, phone=${tel}` ``, smart-city-booking's
 *   checkout details) or a string argument that is only a label (`console.log('Email:', address)`): the label, read
 *   by the detector as a field's name, says what the value is. Not running text (`'Error sending email:', error`).
 *   Only a name or a member whose own name says nothing and is no id or count (`email=${user.id}`, `${emails.length}`).
 * Only for logging calls (flows.ts asks for a sink of kind `logs`): a mail's or an API's text is read by its roles.
 */
import type ts from 'typescript';
import { typescript } from '../scan/code/typescript-api.js';
import { unwrap } from '../scan/code/unwrap.js';
import { add, classify, textOf, type Carried, type DataContext } from './personal-data.js';
import { isVariableValue } from './roles.js';

/**
 * A key closing a template's text before a value, `key=value` as log lines write fields: `email=`, `, phone = "`. A
 * colon is not enough in running text (`Error sending email: ${error}` describes what failed).
 */
const KEY = /(?:^|[\s,;(\[{|])([\p{L}][\p{L}\d_-]*)\s*=\s*["'(<[]?$/u;
/** A string argument that is only a label for the next one: `'Email:'`, `'phone ='`, `'Contact email:'`. */
const LABEL_ARGUMENT = /^\s*((?:[\p{L}][\p{L}\d_-]*[ ])?[\p{L}][\p{L}\d_-]*)\s*[=:]\s*$/u;
/** A bare `name` says whose only by its record (`Project name: ${p}`): as a label it names no one. */
const BARE_NAME = /^names?$/i;
/** A value's last name that says it is an id, a count or a flag, not the labelled data (`user.id`, `emails.length`, `hasEmail`). */
const NOT_THE_DATA = /(?:^id$|Id$|_id$|ID$|^length$|^size$|count|Count|^total|^is[A-Z]|^has[A-Z]|^(?:e|err|error|ex|exception|message|msg|reason|status|response|result)$)/;
/** Text right after a local part: `@` and a domain (another value, or a host name). */
const AT_DOMAIN = /^@(?:$|[\p{L}\d-]+\.)/u;
/** Text right before a local part that makes it a URL's user or password (`//${user}@`, `:${password}@`). */
const URL_USER = /[/:]$/;
const CONSTANT = /^[A-Z][A-Z0-9_]*$/;
/** Exclusions that are a reading of the value's own name (whose data it is), not a word too weak to count. */
const OWN_READING = /^(?:name-of|container|siblings|organisation|kind-of)/;

/** The last name of a name or a member (`mail`, `payload.to` -> `to`); undefined for anything else. */
function lastName(input: ts.Expression): string | undefined {
  const node = unwrap(input);
  if (typescript.isIdentifier(node)) return node.text;
  if (typescript.isPropertyAccessExpression(node)) return node.name.text;
  return undefined;
}

/** Whether a value may be what a label before it names: a variable name or member, not an id, a count or a constant. */
function isLabelledValue(value: ts.Expression): boolean {
  const name = lastName(value);
  return name !== undefined && !CONSTANT.test(name) && !NOT_THE_DATA.test(name) && isVariableValue(unwrap(value));
}

/** Adds what the text before `value` labels it as, if the label names personal data and the value says nothing itself. */
function labelled(label: string | undefined, value: ts.Expression, ctx: DataContext, out: Carried): void {
  if (!label || BARE_NAME.test(label.trim()) || !isLabelledValue(value)) return;
  // The value's own name decides where it says anything, even that it is no one's (`orgName`: `name-of:org`); a word
  // too weak to count alone (`mail`: below the threshold) says nothing.
  const own = ctx.detector.classifyField({ name: lastName(value)!, container: [] });
  if (own.matches.length || own.excluded.some((e) => OWN_READING.test(e.reason))) return;
  add(out, classify(label.replace(/\s+/g, '_'), [], ctx), textOf(value, ctx));
}

function inTemplate(template: ts.TemplateExpression, ctx: DataContext, out: Carried): void {
  let before = template.head.text;
  for (const span of template.templateSpans) {
    const value = unwrap(span.expression);
    labelled(KEY.exec(before)?.[1], value, ctx, out);
    // `${userName}@${domain}`, `${login}@example.org`: the local part of an address written in the text.
    const name = lastName(value);
    if (name !== undefined && AT_DOMAIN.test(span.literal.text) && !URL_USER.test(before) && !CONSTANT.test(name) && isVariableValue(value)) add(out, ['email'], textOf(template, ctx));
    before = span.literal.text;
  }
}

/** Adds what the texts of a logging call's arguments say of the values they interpolate or precede. */
export function loggedText(args: readonly ts.Expression[], ctx: DataContext, out: Carried): void {
  args.forEach((input, index) => {
    const arg = unwrap(input);
    if (typescript.isTemplateExpression(arg)) inTemplate(arg, ctx, out);
    // `console.log('Email:', address)`: a string argument labelling the next one.
    const next = args[index + 1];
    if (next && (typescript.isStringLiteral(arg) || typescript.isNoSubstitutionTemplateLiteral(arg))) labelled(LABEL_ARGUMENT.exec(arg.text)?.[1], unwrap(next), ctx, out);
  });
}

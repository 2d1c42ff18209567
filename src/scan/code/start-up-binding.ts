/**
 * An exported module variable given its implementation when the app starts (session 12, seen in espace-membre-next's
 * mail configuration: `let sendEmail: SendEmail = fakeSendEmail; if (!test) { const emailer = useSib ? sendInBlue :
 * { sendEmail: makeSendEmailNodemailer(config) }; sendEmail = emailer.sendEmail } export { sendEmail }`; the same as a
 * `let mailer = consoleMailer` replaced by the SMTP one in production). Read by its declaration alone, every caller of
 * `sendEmail` reached the fake, which only logs. The value is any of those it was given at the module's top level
 * (the declaration and each assignment outside a function), as link roots (`ObjectFact.oneOf`): a name
 * (`fakeSendEmail`), what a function makes (`makeSendEmailNodemailer()`), or a member of what it makes
 * (`makeSendinblue().sendEmail`); locals of the module are read through their initializers (a condition: both
 * sides). A value given inside a function (`setMailer(m) { mailer = m }`) is a parameter, not read.
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import { unwrap } from './unwrap.js';

const MAX_DEPTH = 5;

/** The link roots of the values given (at least two distinct ones), or undefined unless every value is such a root. */
export function startUpImplementations(values: readonly ts.Expression[], initializerOf: (name: string) => ts.Expression | undefined): string[] | undefined {
  const out: string[] = [];
  for (const value of values) {
    const roots = rootsOf(value, undefined, initializerOf, 0);
    if (!roots) return undefined;
    out.push(...roots);
  }
  const distinct = [...new Set(out)];
  return distinct.length >= 2 ? distinct : undefined;
}

function rootsOf(expression: ts.Expression, member: string | undefined, initializerOf: (name: string) => ts.Expression | undefined, depth: number): string[] | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const node = unwrap(expression);
  const suffix = member === undefined ? '' : `.${member}`;
  if (typescript.isIdentifier(node)) {
    if (node.text === 'undefined') return [];
    // `emailer.sendEmail` where `const emailer = useSib ? sendInBlue : { … }`: what the local was made from.
    const made = initializerOf(node.text);
    const value = made && unwrap(made);
    if (value && value !== node && (typescript.isCallExpression(value) || typescript.isConditionalExpression(value) || typescript.isObjectLiteralExpression(value) || typescript.isIdentifier(value) || typescript.isPropertyAccessExpression(value))) return rootsOf(value, member, initializerOf, depth + 1);
    return [node.text + suffix];
  }
  if (node.kind === typescript.SyntaxKind.NullKeyword) return [];
  if (typescript.isPropertyAccessExpression(node)) return member === undefined ? rootsOf(node.expression, node.name.text, initializerOf, depth + 1) : undefined;
  if (typescript.isConditionalExpression(node)) {
    const a = rootsOf(node.whenTrue, member, initializerOf, depth + 1);
    const b = rootsOf(node.whenFalse, member, initializerOf, depth + 1);
    return a && b ? [...a, ...b] : undefined;
  }
  if (typescript.isCallExpression(node) && typescript.isIdentifier(unwrap(node.expression))) return [`${(unwrap(node.expression) as ts.Identifier).text}()${suffix}`];
  if (typescript.isNewExpression(node) && typescript.isIdentifier(unwrap(node.expression)) && member === undefined) return [(unwrap(node.expression) as ts.Identifier).text];
  if (typescript.isObjectLiteralExpression(node) && member !== undefined) {
    for (const property of node.properties) {
      if (typescript.isShorthandPropertyAssignment(property) && property.name.text === member) return rootsOf(property.name, undefined, initializerOf, depth + 1);
      if (typescript.isPropertyAssignment(property) && typescript.isIdentifier(property.name) && property.name.text === member) return rootsOf(property.initializer, undefined, initializerOf, depth + 1);
    }
  }
  return undefined;
}

/** An option as root and path (`makeSendinblue().sendEmail` -> `makeSendinblue` [`()`, `sendEmail`]), for the link stage. */
export function optionPath(option: string): { root: string; path: string[] } {
  const parts = option.split('.');
  const path: string[] = [];
  const first = parts[0]!;
  const root = first.endsWith('()') ? first.slice(0, -2) : first;
  if (first.endsWith('()')) path.push('()');
  for (const part of parts.slice(1)) {
    if (part.endsWith('()')) path.push(part.slice(0, -2), '()');
    else path.push(part);
  }
  return { root, path };
}

/**
 * The values a text function of the same file writes out whole: `html: getDutchWelcomeEmail(name, position)` where
 * the function returns `` `<h2>Hoi ${name}!</h2>` ``. Its name need not say it makes text (message-text-function.ts,
 * text-getter.ts read `…Template`, `get…Html`): apps name such functions for the mail (`getEnglishWelcomeEmail`,
 * `reminderMail`), and the body says it: every `return` is text (text-function-members.ts reads the members it
 * takes of a record). The caller's argument is carried only where the function writes its parameter into a template
 * as it is (`${name}`), not a member of it (read there) nor a parameter it only tests or passes to another call.
 */
import type ts from 'typescript';
import { typescript } from '../scan/code/typescript-api.js';
import { isOrElse, unwrap } from '../scan/code/unwrap.js';
import { calledTextFunction, lookedUpTextFunctions, readKeys } from './text-function-members.js';
import { STRING_METHODS } from './roles.js';
import { fillValues, filledTemplate } from './template-fill.js';
import { placeholderParams } from './placeholder-template.js';
import { reshapedArgument } from './text-helpers.js';

const writtenOf = new WeakMap<ts.Node, boolean[]>();

/** For each parameter, whether a template span of the body is that parameter itself (`${name}`, `${name || 'Fan'}`, `${name.trim()}`). */
export function writtenWhole(fn: ts.SignatureDeclaration & { body?: ts.Node }, sourceFile?: ts.SourceFile): boolean[] {
  const cached = writtenOf.get(fn);
  if (cached) return cached;
  const names = fn.parameters.map((p) => (typescript.isIdentifier(p.name) ? p.name.text : undefined));
  const written = names.map(() => false);
  const mark = (value: ts.Expression): void => {
    const node = unwrap(value);
    if (typescript.isIdentifier(node)) {
      const index = names.indexOf(node.text);
      if (index >= 0) written[index] = true;
    } else if (isOrElse(node)) {
      mark(node.left);
    } else if (typescript.isCallExpression(node) && typescript.isPropertyAccessExpression(node.expression) && STRING_METHODS.has(node.expression.name.text)) {
      // `${guestName.trim()}`: the parameter tidied is the parameter still.
      mark(node.expression.expression);
    } else if (typescript.isCallExpression(node) && typescript.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'join') {
      // `items.map((t) => \`<p>• ${t}</p>\`).join('')`: the list's elements written one line each.
      const listed = unwrap(node.expression.expression);
      if (typescript.isCallExpression(listed) && typescript.isPropertyAccessExpression(listed.expression) && listed.expression.name.text === 'map') mark(listed.expression.expression);
      else mark(listed);
    } else if (typescript.isCallExpression(node)) {
      // `${escapeHtml(name)}`, `${trygg(verdi)}`: escaped for the HTML, still the parameter (text-helpers.ts).
      const reshaped = reshapedArgument(node, sourceFile);
      if (reshaped) mark(reshaped);
    }
  };
  const visit = (node: ts.Node): void => {
    if (typescript.isTemplateSpan(node)) mark(node.expression);
    // `\`<p>${title}</p>\` + items.map(…).join('')`: what a text is joined with is written too.
    if (typescript.isBinaryExpression(node) && node.operatorToken.kind === typescript.SyntaxKind.PlusToken) {
      mark(node.left);
      mark(node.right);
    }
    // `renderEmailTemplate(template, { userName })`: what fills a template is written out as it is (template-fill.ts).
    const filled = filledTemplate(node);
    if (filled) fillValues(filled).forEach(mark);
    typescript.forEachChild(node, visit);
  };
  if (fn.body) visit(fn.body);
  // `html = html.replace(`{{${key}}}`, String(params[key]))`: every value of the parameter is written (placeholder-template.ts).
  placeholderParams(fn).forEach((isFilled, i) => {
    if (isFilled) written[i] = true;
  });
  writtenOf.set(fn, written);
  return written;
}

/**
 * The same file's text function a call names, when every `return` of it is text: a top-level function no local
 * shadows, a member of a top-level object, or the calling class's own method (`this.createWelcomeMessage(memberName,
 * adminName)`, a church's SMS server keeping each text in a method beside the send; text-function-members.ts).
 */
function ownTextFunction(node: ts.CallExpression, sourceFile: ts.SourceFile, resolveLocal?: (name: string) => ts.Expression | undefined, className?: string): (ts.SignatureDeclaration & { body?: ts.Node }) | undefined {
  const fn = calledTextFunction(node, sourceFile, resolveLocal ?? (() => undefined), className);
  return fn && readKeys(fn, sourceFile) ? fn : undefined;
}

/**
 * `getDutchWelcomeEmail(name)`: a `get…` call is read as a look-up whose result is a row (flow-facts.ts), unless the
 * same file's function it names returns text. What of it reaches its text: the arguments it writes whole or reads members
 * of (`getContactEmail(submission)` writing `${submission.email}`), not one it only tests (`name.length > 40`).
 * Undefined where the call is no such function's.
 */
export function textFunctionInputs(node: ts.CallExpression, sourceFile: ts.SourceFile, resolveLocal?: (name: string) => ts.Expression | undefined, className?: string): ts.Expression[] | undefined {
  const fn = ownTextFunction(node, sourceFile, resolveLocal, className);
  if (!fn) return undefined;
  const written = writtenWhole(fn, sourceFile);
  const keys = readKeys(fn)!;
  return node.arguments.filter((arg, i) => (written[i] || keys[i]) && !typescript.isSpreadElement(arg));
}

/** The arguments of a call to a same-file text function that it writes into its text as they are. */
export function textFunctionArguments(node: ts.CallExpression, sourceFile: ts.SourceFile, resolveLocal: (name: string) => ts.Expression | undefined, className?: string): ts.Expression[] {
  const fn = ownTextFunction(node, sourceFile, resolveLocal, className);
  if (!fn) return [];
  const written = writtenWhole(fn, sourceFile);
  return node.arguments.filter((arg, i) => written[i] && !typescript.isSpreadElement(arg));
}

/**
 * `const emailTemplate = createInvitationEmailTemplate(invitation); html: emailTemplate.html`: a member of what a
 * same-file text function returned is one of its texts (text-result-member.ts), as a call named for a text is.
 */
export function isOwnTextCall(node: ts.CallExpression, sourceFile: ts.SourceFile, resolveLocal: (name: string) => ts.Expression | undefined, className?: string): boolean {
  return ownTextFunction(node, sourceFile, resolveLocal, className) !== undefined || lookedUpTextFunctions(node, sourceFile, resolveLocal).length > 0;
}

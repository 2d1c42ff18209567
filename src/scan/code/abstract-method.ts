/**
 * A base class calling a method its subclasses write (session 16, a student union's API: `abstract class
 * BaseEmailService { abstract sendRawEmail(options, content): Promise<void>; async sendEmail(options, content) { …
 * return this.sendRawEmail(options, content) } }`, with `SMTPEmailService extends BaseEmailService` handing the mail
 * to nodemailer and `QueuedEmailService` to a queue). The template-method shape: the base class builds the message and
 * leaves its delivery to whichever transport the app was started with. A call on `this` of a method the class declares
 * `abstract` is read as a call on a value of the class's own type (`[':', member]`), which the link stage resolves to
 * each subclass's method (the classes extending it, as for any typed value). Only a method declared abstract: a method
 * with a body is the class's own (the existing reading), and a member the class does not declare may be a field.
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';

/** Whether `cls` declares `member` as an abstract method (no body, the `abstract` modifier). */
export function isAbstractMethod(cls: ts.ClassLikeDeclaration | undefined, member: string): boolean {
  if (!cls) return false;
  for (const m of cls.members) {
    if (!typescript.isMethodDeclaration(m) || m.body !== undefined) continue;
    if (!(typescript.isIdentifier(m.name) || typescript.isStringLiteral(m.name)) || m.name.text !== member) continue;
    if (typescript.getModifiers(m)?.some((modifier) => modifier.kind === typescript.SyntaxKind.AbstractKeyword)) return true;
  }
  return false;
}

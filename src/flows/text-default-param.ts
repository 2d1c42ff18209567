/**
 * `debug(message, method, session, user = 'ANONYMOUS') { this.logger.debug(message, JSON.stringify({ user })) }`: a
 * parameter whose default is a text is a text (an account's id, a login), not a person's record logged whole,
 * whatever it is named (laudspeaker's services each declare such a logging wrapper, five times over). Its callers'
 * values are read by their own names where they are handed on, as any wrapper's are.
 */
import type ts from 'typescript';
import { typescript } from '../scan/code/typescript-api.js';
import { unwrap } from '../scan/code/unwrap.js';

/** Whether `name` is a parameter of `fn` given a text by default (`user = 'ANONYMOUS'`, `` who = `system` ``). */
export function hasTextDefault(fn: ts.SignatureDeclaration | undefined, name: string): boolean {
  const parameter = fn?.parameters.find((p) => typescript.isIdentifier(p.name) && p.name.text === name);
  const value = parameter?.initializer && unwrap(parameter.initializer);
  return value !== undefined && (typescript.isStringLiteralLike(value) || typescript.isTemplateExpression(value));
}

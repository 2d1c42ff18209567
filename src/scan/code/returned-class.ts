/**
 * A function that declares a class and returns it (`module.exports = function setup(app) { class MailService {…};
 * return MailService }`, older Feathers and Express apps' way of giving a class the app object): `new (setup(app))()`
 * makes instances of that class, so the function is read as making them (`FunctionFact.instances`), as one returning
 * `new MailService()` is. Only a class declared in the function's own body; a class from elsewhere returned by name
 * is not read (it may be a value of any kind there).
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';

export function returnedClass(value: ts.Expression, fn: ts.SignatureDeclaration): string | undefined {
  if (!typescript.isIdentifier(value)) return undefined;
  const body = (fn as ts.FunctionLikeDeclarationBase).body;
  if (!body || !typescript.isBlock(body)) return undefined;
  return body.statements.some((s) => typescript.isClassDeclaration(s) && s.name?.text === value.text) ? value.text : undefined;
}

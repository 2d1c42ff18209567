/**
 * A method of a module-level object that calls a sibling through the object's own name (session 16, seen in a
 * public-sector forms service in JavaScript: `const service = { _sendEmailTemplate: async (configData, contexts) => {
 * … chesService.merge(data) }, submissionExportLink: async (formId, body) => { const contextToVal = [body.to]; …
 * return service._sendEmailTemplate(configData, contexts) } }; module.exports = service`). The walk reaches the
 * methods while the object's initializer is read, before `service` is bound, so such a call was kept only where an
 * argument was a parameter as written (`service.send(body.to)`); one handing on a local made from a parameter was
 * dropped and the method's summary ended short of the sibling. Once another module could follow the object's
 * methods (commonjs-object.ts), a caller's `emailService.submissionExportLink({ to: user.email })` reached a body
 * that reached nothing, where before the receiver's name had made it a mail service's flow. The names are those of
 * top-level `const`/`let`/`var` declarations initialised with an object literal that has functions of its own; the
 * call is resolved after the walk like any call on an own object (own-objects.ts).
 */
import type ts from 'typescript';
import { inlineMembers } from './commonjs-exports.js';
import { typescript } from './typescript-api.js';
import { unwrap } from './unwrap.js';

const objectsOf = new WeakMap<ts.SourceFile, ReadonlyMap<string, ts.ObjectLiteralExpression>>();

/** `sourceFile`'s top-level objects written with functions of their own, by name (read once per file). */
export function topLevelObjects(sourceFile: ts.SourceFile): ReadonlyMap<string, ts.ObjectLiteralExpression> {
  const cached = objectsOf.get(sourceFile);
  if (cached) return cached;
  const objects = new Map<string, ts.ObjectLiteralExpression>();
  for (const statement of sourceFile.statements) {
    if (!typescript.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      const value = declaration.initializer && unwrap(declaration.initializer);
      if (typescript.isIdentifier(declaration.name) && value && typescript.isObjectLiteralExpression(value) && inlineMembers(value).length > 0) objects.set(declaration.name.text, value);
    }
  }
  objectsOf.set(sourceFile, objects);
  return objects;
}

/** Whether `callee` is a member called on one of those objects (`service._sendEmailTemplate`). */
export function isOwnObjectMember(callee: ts.Expression, objects: ReadonlyMap<string, unknown>): boolean {
  const access = unwrap(callee);
  return typescript.isPropertyAccessExpression(access) && typescript.isIdentifier(access.expression) && objects.has(access.expression.text);
}

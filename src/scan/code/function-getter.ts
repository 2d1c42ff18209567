/**
 * A getter whose body only returns a function (`get notify(): Notifier { return (type, data) => … }`): reading
 * the property gives that function, so `notifyService.notify(type, data)` calls it. The returned function is
 * read as the class's method of the getter's name, with its own parameters; the getter itself is no function
 * of its own (it has no parameters a caller could fill).
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import { unwrap } from './unwrap.js';

/** For a getter that only returns a function: that function and the getter's name. */
export function functionGetter(fn: ts.SignatureDeclaration, sourceFile: ts.SourceFile): { returned: ts.ArrowFunction | ts.FunctionExpression; name: string } | undefined {
  if (!typescript.isGetAccessorDeclaration(fn)) return undefined;
  const statements = fn.body?.statements;
  if (statements?.length !== 1) return undefined;
  const only = statements[0]!;
  if (!typescript.isReturnStatement(only) || !only.expression) return undefined;
  const value = unwrap(only.expression);
  if (!typescript.isArrowFunction(value) && !typescript.isFunctionExpression(value)) return undefined;
  const name = typescript.isIdentifier(fn.name) || typescript.isPrivateIdentifier(fn.name) ? fn.name.text : fn.name.getText(sourceFile);
  return { returned: value, name };
}

/**
 * A Mongoose model whose schema loaded a class (session 32, seen in an Express SaaS boilerplate's models:
 * `mongoSchema.loadClass(UserClass)`, then `const User = mongoose.model('User', mongoSchema)`; mongoosejs.com/docs/
 * advanced_schemas.html). The model has the class's static methods, so a route's `User.signInOrSignUpViaGoogle({ email,
 * displayName })` runs `UserClass.signInOrSignUpViaGoogle`, which sends the welcome mail. Read as an opaque call's
 * result, the model was nothing and the route's data reached no sink. Only `model(name, schema)` (a call named `model`
 * with the schema as its second argument) and a `loadClass` of a class name at the file's top level count.
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import { unwrap } from './unwrap.js';

/** The class a model made of a schema has loaded (`UserClass` of `mongoose.model('User', mongoSchema)`), if any. */
export function loadedSchemaClass(value: ts.Expression, sourceFile: ts.SourceFile): string | undefined {
  const node = unwrap(value);
  if (!typescript.isCallExpression(node) || node.arguments.length < 2) return undefined;
  const callee = unwrap(node.expression);
  const name = typescript.isIdentifier(callee) ? callee.text : typescript.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
  const schema = unwrap(node.arguments[1]!);
  if (name !== 'model' || !typescript.isIdentifier(schema)) return undefined;
  for (const statement of sourceFile.statements) {
    if (!typescript.isExpressionStatement(statement)) continue;
    const call = unwrap(statement.expression);
    if (!typescript.isCallExpression(call) || call.arguments.length !== 1) continue;
    const loader = unwrap(call.expression);
    const loaded = unwrap(call.arguments[0]!);
    if (typescript.isPropertyAccessExpression(loader) && loader.name.text === 'loadClass' && typescript.isIdentifier(loader.expression) && loader.expression.text === schema.text && typescript.isIdentifier(loaded)) return loaded.text;
  }
  return undefined;
}

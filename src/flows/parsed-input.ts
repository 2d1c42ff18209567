/**
 * A request's or a record's data checked against a schema is still that data: `config.data.email` where `const config =
 * emailDataSchema.safeParse(JSON.parse(notification.data))` is the address a user stored on a notification channel,
 * not the app's configuration, though the local is named `config` (roles.ts reads `config.…` as the system's). The
 * local is the result of a validation call (`schema.parse`, `safeParse`, `validate`, `decode`) given a value that is
 * not the system's itself: `configSchema.parse(process.env)` and `schema.parse(rawConfig)` stay configuration, as what
 * they read is (the environment, a name with a settings word, settings-value.ts).
 */
import type ts from 'typescript';
import { typescript } from '../scan/code/typescript-api.js';
import { unwrap } from '../scan/code/unwrap.js';
import { isSettingsValue, namesSettings } from './settings-value.js';

const VALIDATING_METHODS = new Set(['parse', 'safeParse', 'parseAsync', 'safeParseAsync', 'validate', 'validateSync', 'decode']);

/** Whether `node`'s root is a local holding a schema's check of a value that is not the system's (`isVariable` says which). */
export function isParsedInput(node: ts.Expression, resolveLocal: (name: string) => ts.Expression | undefined, isVariable: (value: ts.Expression) => boolean): boolean {
  let root = unwrap(node);
  while (typescript.isPropertyAccessExpression(root) || typescript.isElementAccessExpression(root)) root = unwrap(root.expression);
  if (!typescript.isIdentifier(root) || root === unwrap(node)) return false;
  const local = resolveLocal(root.text);
  const init = local && unwrap(local);
  if (!init || !typescript.isCallExpression(init) || init.arguments.length === 0) return false;
  const callee = unwrap(init.expression);
  // `JSON.parse(text)` reads text, not a schema: only a schema's own method (`emailDataSchema.safeParse`).
  if (!typescript.isPropertyAccessExpression(callee) || !VALIDATING_METHODS.has(callee.name.text)) return false;
  const schema = unwrap(callee.expression);
  if (typescript.isIdentifier(schema) && schema.text === 'JSON') return false;
  const input = unwrap(init.arguments[0]!);
  if (!isVariable(input) || isSettingsValue(input)) return false;
  // Every name in the checked value (`JSON.parse(notification.data)`: `JSON`, `parse`, `notification`, `data`) says no settings.
  let settingsNamed = false;
  const visit = (n: ts.Node): void => {
    if (typescript.isIdentifier(n) && namesSettings(n.text)) settingsNamed = true;
    if (!settingsNamed) typescript.forEachChild(n, visit);
  };
  visit(input);
  return !settingsNamed;
}

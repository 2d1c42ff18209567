/**
 * A URL setting with a literal default (`process.env.TRIPLETEX_API_URL || 'https://api-test.tripletex.tech/v2'`,
 * `config.get('CRM_URL') ?? 'https://api.hubapi.com'`): the default says whose server the setting points at, as the
 * vendor's sandbox or production URL, whatever the setting is called; an environment overrides it with another URL of
 * the same service far more often than with another party's. A default on the machine itself (`|| 'http://localhost:3000'`)
 * says nothing, so the setting's own name is read instead (http-configured.ts), as before.
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import { isLocalHost } from '../../flows/hosts.js';

/** The host the literal default of `setting || default` / `setting ?? default` names, read by `hostOf`; else undefined. */
export function hostOfDefault(node: ts.Expression, hostOf: (side: ts.Expression) => string | undefined): string | undefined {
  if (!typescript.isBinaryExpression(node)) return undefined;
  const operator = node.operatorToken.kind;
  if (operator !== typescript.SyntaxKind.BarBarToken && operator !== typescript.SyntaxKind.QuestionQuestionToken) return undefined;
  // `process.env.URL || 'https://…'`: the right side; a literal first (`'https://…' || x`) is the value itself.
  const host = hostOf(node.right) ?? hostOf(node.left);
  return host && !isLocalHost(host) ? host : undefined;
}

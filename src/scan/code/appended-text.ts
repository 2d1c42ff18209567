/**
 * Text built a line at a time (`let content = '<p>Ein neuer Benutzer</p>'; content += \`<p>Vorname: ${user.firstName}</p>\`;
 * … sendMail({ html: content })`): what is appended to a local is part of its value, as a reassignment's value is. The
 * walk kept only `=`, so a mail body written with `+=` carried its first line alone, and the person's name and address
 * appended after it left unseen. Only a local of the function's scopes (`total += price` adds a number, which carries
 * nothing of its own); a member (`this.body += …`, `mail.text += …`) keeps its reading.
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';

/** The local name `binary` appends to (`content += …`), or undefined for any other expression. */
export function appendedLocal(binary: ts.BinaryExpression): string | undefined {
  if (binary.operatorToken.kind !== typescript.SyntaxKind.PlusEqualsToken) return undefined;
  return typescript.isIdentifier(binary.left) ? binary.left.text : undefined;
}

/**
 * What a type annotation says a value is, for the flow walk: the project's services reach their vendors
 * through values typed with a class, an interface or a type derived from a factory (`mailer: MailService`,
 * `{ emailsServices }: { emailsServices: EmailsServices }`, `type EmailsServices = ReturnType<typeof
 * createEmailsServices>`), never through a name the vendor's package gave them. Syntax only: no checker.
 */
import type ts from 'typescript';
import type { TypeFact } from '../../flows/module-facts.js';
import { typescript } from './typescript-api.js';

/** Wrappers whose argument is the value's own type (`Promise<Mailer>`, `Readonly<Deps>`). */
const TRANSPARENT = new Set(['Promise', 'Awaited', 'Readonly', 'Required', 'NonNullable']);

/**
 * The name a type annotation refers to, through `| undefined`, `| null`, `Promise<…>` and the like:
 * `Mailer`, or undefined for a primitive, a literal, a qualified name or a union of several types.
 */
export function typeNameOf(type: ts.TypeNode | undefined, depth = 0): string | undefined {
  if (!type || depth > 4) return undefined;
  if (typescript.isParenthesizedTypeNode(type)) return typeNameOf(type.type, depth + 1);
  if (typescript.isUnionTypeNode(type)) {
    const named = type.types.filter((t) => !isNullish(t));
    return named.length === 1 ? typeNameOf(named[0], depth + 1) : undefined;
  }
  if (!typescript.isTypeReferenceNode(type) || !typescript.isIdentifier(type.typeName)) return undefined;
  const name = type.typeName.text;
  if (TRANSPARENT.has(name)) return typeNameOf(type.typeArguments?.[0], depth + 1);
  return name;
}

function isNullish(type: ts.TypeNode): boolean {
  if (type.kind === typescript.SyntaxKind.UndefinedKeyword || type.kind === typescript.SyntaxKind.NullKeyword) return true;
  return typescript.isLiteralTypeNode(type) && type.literal.kind === typescript.SyntaxKind.NullKeyword;
}

/** `typeof createX` inside `ReturnType<…>` or `InstanceType<…>`: the name after `typeof`. */
function typeofName(type: ts.TypeNode | undefined): string | undefined {
  return type && typescript.isTypeQueryNode(type) && typescript.isIdentifier(type.exprName) ? type.exprName.text : undefined;
}

/** The members of a type literal or interface typed by a named type (`{ mailer: MailService; logger?: Logger }`). */
export function memberTypes(members: readonly ts.TypeElement[]): Record<string, string> | undefined {
  let out: Record<string, string> | undefined;
  for (const member of members) {
    if (!typescript.isPropertySignature(member) || !member.type) continue;
    const key = typescript.isIdentifier(member.name) || typescript.isStringLiteral(member.name) ? member.name.text : undefined;
    const name = key && typeNameOf(member.type);
    if (key && name) (out ??= {})[key] = name;
  }
  return out;
}

/** What a type alias or interface of the module says its values come from, if anything (see `TypeFact`). */
export function typeFactOf(statement: ts.Statement): TypeFact | undefined {
  if (typescript.isInterfaceDeclaration(statement)) {
    const members = memberTypes(statement.members);
    return members ? { name: statement.name.text, members } : undefined;
  }
  if (!typescript.isTypeAliasDeclaration(statement)) return undefined;
  const name = statement.name.text;
  let type = statement.type;
  // `Awaited<ReturnType<typeof createClient>>`: what the promise resolves to is the same value.
  while (typescript.isTypeReferenceNode(type) && typescript.isIdentifier(type.typeName) && TRANSPARENT.has(type.typeName.text) && type.typeArguments?.[0]) type = type.typeArguments[0];
  if (typescript.isTypeLiteralNode(type)) {
    const members = memberTypes(type.members);
    return members ? { name, members } : undefined;
  }
  if (typescript.isTypeQueryNode(type)) {
    const value = typeofName(type);
    return value ? { name, value } : undefined;
  }
  if (!typescript.isTypeReferenceNode(type) || !typescript.isIdentifier(type.typeName)) return undefined;
  const of = typeofName(type.typeArguments?.[0]);
  if (!of) return undefined;
  if (type.typeName.text === 'ReturnType') return { name, returnOf: of };
  if (type.typeName.text === 'InstanceType') return { name, instanceOf: of };
  return undefined;
}

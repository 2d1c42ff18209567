/**
 * The classes a class's public fields are declared as (session 32, seen in a Brazilian marketplace's Asaas module: an
 * injected `AsaasService` whose constructor makes `this.digitalAccount = new AsaasAccEntity(options)`, `this.charge =
 * new AsaasChargeEntity(options)`, each field declared `public charge: AsaasChargeEntity`; callers write
 * `this.asaasService.charge.createChargeCredit({ … })`). A value of the class reaches the field's class's methods
 * through the member, as an interface's member types already lead (link.ts `typedMembers`). Only a field declared
 * with a class-like name (a capitalised type reference, no generics' arguments read) and not private: a private field
 * is not called from outside.
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';

function isPrivate(member: ts.PropertyDeclaration | ts.ParameterDeclaration): boolean {
  if (member.name && typescript.isPrivateIdentifier(member.name)) return true;
  return typescript.getModifiers(member)?.some((m) => m.kind === typescript.SyntaxKind.PrivateKeyword || m.kind === typescript.SyntaxKind.ProtectedKeyword) ?? false;
}

/** `AsaasChargeEntity` of `charge: AsaasChargeEntity`, when the declared type is a capitalised name. */
function className(type: ts.TypeNode | undefined): string | undefined {
  if (!type || !typescript.isTypeReferenceNode(type) || !typescript.isIdentifier(type.typeName)) return undefined;
  return /^[A-Z]/.test(type.typeName.text) ? type.typeName.text : undefined;
}

/** Each public field's declared class, by field name (constructor parameter properties included); none when there are none. */
export function declaredFieldTypes(cls: ts.ClassLikeDeclaration): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  for (const member of cls.members) {
    if (typescript.isPropertyDeclaration(member) && typescript.isIdentifier(member.name) && !isPrivate(member)) {
      const type = className(member.type);
      if (type) out[member.name.text] = type;
    } else if (typescript.isConstructorDeclaration(member)) {
      for (const parameter of member.parameters) {
        if (!typescript.isIdentifier(parameter.name) || !typescript.getModifiers(parameter)?.length || isPrivate(parameter)) continue;
        const type = className(parameter.type);
        if (type) out[parameter.name.text] = type;
      }
    }
  }
  return Object.keys(out).length ? out : undefined;
}

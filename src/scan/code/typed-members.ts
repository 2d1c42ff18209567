/**
 * Dependencies handed over as one typed object: `type JobHandlerDeps = { transporter: Transporter | null; mailFrom:
 * string }`, then `function makeJobHandler(deps: JobHandlerDeps) { const { transporter } = deps; … transporter.sendMail(…) }`
 * (egapro's worker), or the same written in the parameter list (`({ mailer }: Deps)`). The object's member is a value
 * of the type its declaration gives it, so a vendor's type there (`Transporter` of nodemailer, `PostHog`) makes the
 * element that vendor's client, as a parameter typed so directly is. The type may be written in place too
 * (`async function identifyUser({ cio, user }: { cio: TrackClient; user: User })`, daily-api's Customer.io helpers).
 * Only types declared in the same file are read; a type of another module is already followed at the link stage
 * when it is the project's.
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';

type Declared = ts.InterfaceDeclaration | ts.TypeAliasDeclaration | ts.TypeLiteralNode;

/** The type a member of a type declared in this file (or written in place) is given (`transporter` of `type Deps = { transporter: Transporter | null }`). */
export function memberTypeOf(declaration: Declared | undefined, key: string): ts.TypeNode | undefined {
  if (!declaration) return undefined;
  const members = typescript.isTypeLiteralNode(declaration) ? declaration.members : typescript.isInterfaceDeclaration(declaration) ? declaration.members : typescript.isTypeLiteralNode(declaration.type) ? declaration.type.members : undefined;
  for (const member of members ?? []) {
    if (!typescript.isPropertySignature(member) || !member.type) continue;
    const name = typescript.isIdentifier(member.name) || typescript.isStringLiteral(member.name) ? member.name.text : undefined;
    if (name === key) return member.type;
  }
  return undefined;
}

/** The elements of an object pattern with the key each reads (`{ transporter, mailFrom: from }` -> transporter, from <- mailFrom). */
export function patternKeys(pattern: ts.ObjectBindingPattern): { local: string; key: string }[] {
  const out: { local: string; key: string }[] = [];
  for (const element of pattern.elements) {
    if (!typescript.isIdentifier(element.name) || element.dotDotDotToken) continue;
    const named = element.propertyName;
    out.push({ local: element.name.text, key: named && (typescript.isIdentifier(named) || typescript.isStringLiteral(named)) ? named.text : element.name.text });
  }
  return out;
}

/** A type written as a reference to one name (`JobHandlerDeps`), else undefined. */
export function referencedName(type: ts.TypeNode | undefined): string | undefined {
  return type && typescript.isTypeReferenceNode(type) && typescript.isIdentifier(type.typeName) ? type.typeName.text : undefined;
}

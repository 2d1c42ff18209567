/**
 * A member of what a message-making function returned: `const result = invoiceEmailTemplate({ contactName }, locale);
 * htmlBody = result.htmlBody`, `const { html } = await renderWelcomeEmail({ name })` read as `mail.html`,
 * `mjml2html(…).html`. Mail helpers often hand back the subject, the HTML and the plain text together, so the member
 * read is one of the texts the call made, and it holds what the call was given, as the call's whole result already
 * did. Only where the local was made by a call the flow reader takes for message text (a `…Template(data)`, a
 * `render…`, `compile…`, `generate…Email`: `isTextCall`); a look-up's result (`const row = await getTemplate(id);
 * row.html`) keeps its member unread, and so does a member naming no text (`moderation.verdict`, `result.id`: what a
 * check or a store said about the text, not the text).
 */
import type ts from 'typescript';
import { typescript } from '../scan/code/typescript-api.js';
import { unwrap } from '../scan/code/unwrap.js';

/** Members that are a text, or the data a reshaper returns (`htmlBody`, `subject`, `e164`, `normalized`, `formattedNumber`). */
const TEXT_MEMBER = new RegExp(
  [
    'html|text|body|subject|content|message|markup|mjml|markdown|plain|e164|formatted|normali[sz]ed|national|number|phone|mail|address|name',
    // A mail's subject and text in the team's language (`m.emne`, `m.tekst`: a Norwegian workshop's builder, session 55).
    'tekst|emne|innhold|melding|betreff|inhalt|nachricht|onderwerp|inhoud|bericht|sujet|contenu|asunto|cuerpo|contenido|mensaje|oggetto|testo|corpo|messaggio|assunto|conteudo|mensagem',
  ].join('|'),
  'i',
);

/** For a call of another module: any call is taken, its callee's summary (`textReads`, `shape`) says whether it makes text. */
export const anyCall = (): boolean => true;

/** The call whose text `local.member` is, where `local` was made by a call `isTextCall` accepts; else undefined. */
export function textResultMember(node: ts.Expression, resolveLocal: (name: string) => ts.Expression | undefined, isTextCall: (call: ts.CallExpression) => boolean): ts.CallExpression | undefined {
  if (!typescript.isPropertyAccessExpression(node) || !typescript.isIdentifier(node.expression)) return undefined;
  const local = resolveLocal(node.expression.text);
  return local ? textCallFor(local, node.name.text, isTextCall) : undefined;
}

/** The call a value made (through `await`), where `member` of its result is a text and `isTextCall` takes the call. */
export function textCallFor(value: ts.Expression, member: string, isTextCall: (call: ts.CallExpression) => boolean): ts.CallExpression | undefined {
  if (!TEXT_MEMBER.test(member)) return undefined;
  let made = unwrap(value);
  if (typescript.isAwaitExpression(made)) made = unwrap(made.expression);
  return typescript.isCallExpression(made) && isTextCall(made) ? made : undefined;
}

/**
 * `const { subject, content } = mailContent(user.firstName, user.lastName, link)`, `const { html } = await
 * renderWelcomeEmail({ name })`: a name taken out of what a message-text call returned is one of the texts it made,
 * as `result.content` is. Only a name that is a text (`TEXT_MEMBER`) taken from a call `isTextCall` accepts; a name
 * destructured from a look-up (`const { html } = await getTemplate(id)`) keeps its reading.
 */
export function destructuredTextResult(name: string, from: ts.Expression | undefined, isTextCall: (call: ts.CallExpression) => boolean): ts.CallExpression | undefined {
  if (!from || !TEXT_MEMBER.test(name)) return undefined;
  let made = unwrap(from);
  if (typescript.isAwaitExpression(made)) made = unwrap(made.expression);
  return typescript.isCallExpression(made) && isTextCall(made) ? made : undefined;
}

/**
 * An email template element handed over before it is rendered: `template: ChangePasswordEmail({ username: user.name })`
 * given to the app's mail service, which renders it into the message (`message.html = await render(message.template)`),
 * or `react: WelcomeEmail({ name })` / `react: <WelcomeEmail name={name} />` given to Resend, which renders it itself.
 * React Email templates are components named for the mail (`…Email`, `…Mail`, `…Template`) and called or written as
 * JSX where the message is built; the rendered mail carries their props. `render(WelcomeEmail(…))` was read before
 * (personal-data.ts); the element alone was not. Only a component so named: `UserCard({ user })` or `Button(…)` is
 * no mail.
 */
import type ts from 'typescript';
import { typescript } from '../scan/code/typescript-api.js';
import { unwrap } from '../scan/code/unwrap.js';

const TEMPLATE_COMPONENT = /^[A-Z][A-Za-z0-9]*(?:Email|Mail|Template)$/;

/** `Welcome({ … })` with arguments, `<Welcome … />`: the name of the component an element renders, if it is one. */
function elementComponent(input: ts.Expression): string | undefined {
  const node = unwrap(input);
  if (typescript.isCallExpression(node)) {
    const callee = unwrap(node.expression);
    return typescript.isIdentifier(callee) && node.arguments.length > 0 ? callee.text : undefined;
  }
  const opening = typescript.isJsxElement(node) ? node.openingElement : typescript.isJsxSelfClosingElement(node) ? node : undefined;
  return opening !== undefined && typescript.isIdentifier(opening.tagName) ? opening.tagName.text : undefined;
}

/** `ChangePasswordEmail({ … })`, `<InviteEmail … />`: an email template element, by its component's name. */
export function isEmailElement(input: ts.Expression): boolean {
  const component = elementComponent(input);
  return component !== undefined && TEMPLATE_COMPONENT.test(component);
}

/** Keys under which a mail API takes the React element it renders into the message itself (Resend's `react`). */
const RENDERED_ELEMENT_KEYS = new Set(['react']);

/**
 * `react: NewTaskFromProject({ username })`, `react: <ProgramInvite name={partner.name} />`: under Resend's `react` key
 * any component is the mail's template, whatever it is called, so its props are in the mail. Elsewhere only a
 * component named for a mail is (`isEmailElement`).
 */
export function isElementRenderedUnder(key: string | undefined, input: ts.Expression): boolean {
  if (key === undefined || !RENDERED_ELEMENT_KEYS.has(key)) return false;
  const component = elementComponent(input);
  return component !== undefined && /^[A-Z]/.test(component);
}

/**
 * A function named for making a mail or message from the data it is given: `generateWelcomeEmail({ userName })`,
 * `generatePatientCancellationEmail(data)`, `makeReminderMessage(patient)`, `writeInviteMail(invitee)`. Apps keep one
 * such function per mail, returning its HTML (often through a shared layout, `generateEmailTemplateBase({ content })`),
 * and hand the result to their mail wrapper as `html`; the text holds what the function was given, as a
 * `…Template(data)` or `render…(data)` call does (message-text-function.ts, template-fill.ts). Read by the words of the
 * name: the first is a verb of making text (`generate`, `make`, `write`, `format`, `craft`; `build`, `compose`,
 * `prepare` and `render` are read so already), the last names a message (`email`, `mail`, `message`, `sms`, `letter`).
 * A verb of storing, looking up, sending or checking (`createEmail(row)`, `getEmail(id)`, `sendWelcomeEmail(user)`,
 * `validateEmail(x)`) is none of these: such calls return a row, an answer or nothing.
 */
import { byNameWords } from './name-words.js';

const MAKING = new Set([
  'generate', 'make', 'write', 'format', 'craft',
  // The same verbs where the code is written in the team's language (`lagEpost(type, data)`, a Norwegian workshop's
  // mails, session 55): Norwegian and Danish, Swedish, German, Dutch, French, Spanish, Italian and Portuguese.
  'lag', 'lage', 'lav', 'skriv', 'skapa', 'erstelle', 'erzeuge', 'generiere', 'schreibe', 'maak', 'genereer', 'schrijf',
  'generer', 'redige', 'generar', 'redactar', 'armar', 'genera', 'scrivi', 'componi', 'gerar', 'montar', 'escrever',
]);
const MESSAGE = new Set([
  'email', 'mail', 'message', 'sms', 'letter',
  'epost', 'melding', 'brev', 'besked', 'meddelande', 'nachricht', 'bericht', 'courriel', 'correo', 'mensaje',
  'messaggio', 'mensagem',
]);

const namesGeneratedMessage = byNameWords((words, name) => words.length > 1 && /^[a-z]/.test(name) && MAKING.has(words[0]!) && MESSAGE.has(words[words.length - 1]!));

/** Whether a callee's last name (`generateDoctorCancellationEmail`) makes a message's text from its arguments. */
export function isGeneratedMessage(name: string): boolean {
  return namesGeneratedMessage(name.slice(name.lastIndexOf('.') + 1));
}

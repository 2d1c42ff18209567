/**
 * A value read from the app's settings is the system's (session 15, gancio's SMTP test: `mail._send(
 * settingsController.settings.admin_email, 'test')`, the wrapper's parameter named `addresses`). The instance's admin
 * mailbox, a sender or a support address kept in settings or configuration is chosen by whoever runs the app, as
 * `config.mail.from` and `process.env.MAIL_FROM` are (roles.ts `SYSTEM_ROOTS`); only the root was looked at, so a
 * settings object reached through a controller, a service or `this` read as a person's. A chain is the system's where
 * a name in it before the last says settings or configuration (`settingsController.settings.x`, `this.config.mail.from`,
 * `appConfig.adminEmail`, `instance.settings.contact`) and no name before that one says a person
 * (`user.settings.email`, `req.user.preferences`: that person's settings stay theirs).
 */
import type ts from 'typescript';
import { typescript } from '../scan/code/typescript-api.js';
import { unwrap } from '../scan/code/unwrap.js';
import { splitWords } from '../detect/split-words.js';

/** Words naming settings or configuration, in the apps' languages (`parametres`, `einstellungen`, `instellingen`, …). */
const SETTINGS = new Set(['settings', 'setting', 'config', 'configs', 'configuration', 'cfg', 'conf', 'parametres', 'parametros', 'configuracion', 'ajustes', 'einstellungen', 'konfiguration', 'instellingen', 'innstillinger', 'konfigurasjon', 'impostazioni']);
/** Words naming a person (or the person signed in) whose own settings a chain may read. */
const PERSON = new Set(['user', 'users', 'me', 'member', 'customer', 'client', 'account', 'profile', 'person', 'contact', 'owner', 'usuario', 'utilisateur', 'benutzer', 'gebruiker', 'bruker', 'kunde', 'klant', 'cliente', 'perfil', 'profil', 'persona', 'personne', 'session', 'current']);

/** The names of a member chain from its root (`settingsController.settings.admin_email` -> three names), or undefined. */
function chainNames(node: ts.Expression): string[] | undefined {
  const names: string[] = [];
  let current = unwrap(node);
  while (typescript.isPropertyAccessExpression(current) || typescript.isElementAccessExpression(current)) {
    if (typescript.isPropertyAccessExpression(current)) names.unshift(current.name.text);
    else if (typescript.isStringLiteralLike(current.argumentExpression)) names.unshift(current.argumentExpression.text);
    else return undefined;
    current = unwrap(current.expression);
  }
  if (typescript.isIdentifier(current)) names.unshift(current.text);
  else if (current.kind === typescript.SyntaxKind.ThisKeyword) names.unshift('this');
  else return undefined;
  return names;
}

/** Whether a member chain reads the app's settings: a settings name before the last, with no person's name before it. */
export function isSettingsValue(node: ts.Expression): boolean {
  const names = chainNames(node);
  if (!names || names.length < 2) return false;
  for (const name of names.slice(0, -1)) {
    const words = splitWords(name).map((w) => w.toLowerCase());
    if (words.some((w) => PERSON.has(w))) return false;
    if (words.some((w) => SETTINGS.has(w))) return true;
  }
  return false;
}

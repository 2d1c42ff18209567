/**
 * A value read from the app's settings is the system's (session 15, gancio's SMTP test: `mail._send(
 * settingsController.settings.admin_email, 'test')`, the wrapper's parameter named `addresses`). The instance's admin
 * mailbox, a sender or a support address kept in settings or configuration is chosen by whoever runs the app, as
 * `config.mail.from` and `process.env.MAIL_FROM` are (roles.ts `SYSTEM_ROOTS`); only the root was looked at, so a
 * settings object reached through a controller, a service or `this` read as a person's. A chain is the system's where
 * a name in it before the last says settings or configuration (`settingsController.settings.x`, `this.config.mail.from`,
 * `appConfig.adminEmail`, `instance.settings.contact`) and no name before that one says a person
 * (`user.settings.email`, `req.user.preferences`: that person's settings stay theirs).
 * The words are the detector's own (session 16: no second list): `settingsContainers` in rules/context.yml, and the
 * person nouns and person containers of rules/context.yml and of the lexicon's languages, read as src/detect/compile.ts
 * reads them; the chain as `calleePath` (flow-bindings.ts) reads a callee.
 */
import type ts from 'typescript';
import { calleePath } from '../scan/code/flow-bindings.js';
import { nameWords } from './name-words.js';
import { loadBuiltinRules } from '../detect/load-rules.js';
import { loadLexicon } from '../detect/lexicon.js';

interface Words {
  settings: ReadonlySet<string>;
  person: ReadonlySet<string>;
}

let words: Words | undefined;

/** Settings words and person words as the detector has them (rules/context.yml and the lexicon), read once. */
function wordsOf(): Words {
  if (words) return words;
  const { context } = loadBuiltinRules();
  const lexiconNouns = loadLexicon().languages.flatMap((l) => l.personNouns ?? []);
  words = { settings: new Set(context.settingsContainers), person: new Set([...context.personNouns, ...context.personContainers, ...lexiconNouns]) };
  return words;
}

/** Whether a member chain reads the app's settings: a settings name before the last, with no person's name before it. */
export function isSettingsValue(node: ts.Expression): boolean {
  // `settingsController.settings.admin_email` -> three names; a call or a computed member in the chain reads no settings.
  const chain = calleePath(node, false, false);
  if (!chain || chain.path.length < 1) return false;
  const { settings, person } = wordsOf();
  for (const name of [chain.root, ...chain.path.slice(0, -1)]) {
    const split = nameWords(name).map((w) => w.toLowerCase());
    if (split.some((w) => person.has(w))) return false;
    if (split.some((w) => settings.has(w))) return true;
  }
  return false;
}

/** Whether a name says settings or configuration (`rawConfig`, `appSettings`), by the same words. */
export function namesSettings(name: string): boolean {
  const { settings } = wordsOf();
  return nameWords(name).some((w) => settings.has(w.toLowerCase()));
}

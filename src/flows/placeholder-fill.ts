/**
 * A text whose placeholders are filled with the values it is given (session 17, seen in a spa's marketing mails:
 * `const personalizedMessage = replacePlaceholders(validatedData.message, client.prenom, client.nom)`, then
 * `sendMarketingEmail(client.courriel, client.prenom, subject, personalizedMessage)` writing it into the HTML; the
 * same shape as `replaceVariables(body, { firstName })`, `substituteTemplateVariables(text, vars)`,
 * `fillTokens(message, user)`). Campaign and notification texts are written once with `{prenom}`, `{{name}}` or
 * `%FIRST_NAME%` in them and personalised per recipient by a helper of the app, often in another module, so the helper's
 * body cannot be read where it is called; its name says the result is the text with its arguments written in, as a
 * `render…` or template-fill call's does (template-fill.ts, personal-data.ts). Read by the words of the name: a verb of
 * putting values in (replace, substitute, fill, interpolate, inject, populate) beside a word for the marks they
 * replace (placeholders, variables, vars, tokens, merge tags or fields); never a query, a path, a URL, the
 * environment or a configuration (`replaceEnvVariables`, `interpolatePathParams`). Only the text the arguments make:
 * an argument carrying no one's data still carries nothing.
 */
import { byNameWords } from './name-words.js';

const FILL_VERBS = new Set(['replace', 'replaced', 'substitute', 'substituted', 'fill', 'filled', 'interpolate', 'interpolated', 'inject', 'injected', 'populate', 'populated']);
const MARK_NOUNS = new Set(['placeholder', 'placeholders', 'variable', 'variables', 'var', 'vars', 'token', 'tokens', 'merge']);
const NOT_TEXT = new Set(['sql', 'query', 'path', 'url', 'uri', 'route', 'schema', 'regex', 'env', 'environment', 'config', 'configuration', 'css', 'style', 'styles', 'theme']);

const namesPlaceholderFill = byNameWords(
  (words) => words.some((w) => FILL_VERBS.has(w)) && words.some((w) => MARK_NOUNS.has(w)) && !words.some((w) => NOT_TEXT.has(w)),
);

/** Whether a callee's last name (`replacePlaceholders`, `utils.substituteTemplateVariables`) fills a text's placeholders with its arguments. */
export function isPlaceholderFill(name: string): boolean {
  return namesPlaceholderFill(name.slice(name.lastIndexOf('.') + 1));
}

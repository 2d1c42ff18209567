/**
 * A template filled with data (`getCompiledMailTemplate(path, content, 'html')`, `compileTemplate(source, data)`,
 * `interpolateEmailTemplate(body, vars)`, `getRenderedHtmlForTemplate(id, props)`): the text it returns holds what
 * its arguments hold, as a `render…`/`build…` call does (personal-data.ts). Read by the words of the name: a verb
 * of filling (compile, render, interpolate, fill, and their participles) beside a word for a message's text
 * (template, mail, email, html, text, message, body); never a SQL or query template (`compileSqlTemplate`).
 */
import { byNameWords } from './name-words.js';

const FILL_VERBS = new Set(['compile', 'compiled', 'render', 'rendered', 'interpolate', 'interpolated', 'fill', 'filled']);
const TEXT_NOUNS = new Set(['template', 'templates', 'mail', 'email', 'html', 'text', 'message', 'body']);
const NOT_TEXT = new Set(['sql', 'query', 'path', 'url', 'schema', 'regex', 'route']);

const namesTemplateFill = byNameWords(
  (words) => words.some((w) => FILL_VERBS.has(w)) && words.some((w) => TEXT_NOUNS.has(w)) && !words.some((w) => NOT_TEXT.has(w)),
);

/** Whether a callee's last name (`getCompiledMailTemplate`) fills a message's template with its arguments. */
export function isTemplateFill(name: string): boolean {
  return namesTemplateFill(name.slice(name.lastIndexOf('.') + 1));
}

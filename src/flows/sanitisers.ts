/**
 * Sanitisers cut a flow (issue 12): a call whose callee's name says it pseudonymises, redacts, masks, hashes,
 * anonymises or obfuscates (`pseudonymizeEmail(x)`, `redactEmail(recipient)`, `maskPhone(p)`) returns
 * no personal data, for every sink, and a local it initialises (`const emailLog = redactEmail(email)`) holds none
 * whatever its name. The words are in rules/sanitisers.yml; names are split with the detector's splitWords.
 */
import type ts from 'typescript';
import { readRulesYaml } from '../cache/parsed-rules.js';
import { typescript } from '../scan/code/typescript-api.js';
import { unwrap } from '../scan/code/unwrap.js';
import { byNameWords } from './name-words.js';

let words: ReadonlySet<string> | undefined;

function sanitiserWords(): ReadonlySet<string> {
  return (words ??= new Set((readRulesYaml(new URL('../../rules/sanitisers.yml', import.meta.url)) as { words: string[] }).words));
}

/** The name a call is made by: `redactEmail` of `redactEmail(x)`, `hash` of `hasher.hash(x)`. */
function calleeLastName(callee: ts.Expression): string | undefined {
  const node = unwrap(callee);
  if (typescript.isIdentifier(node)) return node.text;
  if (typescript.isPropertyAccessExpression(node)) return node.name.text;
  return undefined;
}

/** Whether a name says its function pseudonymises, redacts, masks, hashes, anonymises or obfuscates. */
export const isSanitiserName = byNameWords((words) => {
  const known = sanitiserWords();
  return words.some((word) => known.has(word));
});

/** `pseudonymizeEmail(data.email)`, `await redact(user)`: a call whose result holds no personal data. */
export function isSanitiserCall(expression: ts.Expression | undefined): boolean {
  if (!expression) return false;
  const node = unwrap(expression);
  if (!typescript.isCallExpression(node)) return false;
  const name = calleeLastName(node.expression);
  return name !== undefined && (isSanitiserName(name) || isMaskingReplace(node, name) || isDigestOfHash(node, name) || isShortPrefix(node, name));
}

/** The longest prefix taken as a mask: a country code and an operator's digits, an address's first letters. */
const MASK_PREFIX_LENGTH = 6;

/**
 * `to.slice(0, 5) + "..."`, `email.substring(0, 3)`: the first few characters of a value, the rest cut off, are what
 * apps log instead of a number or an address (a Swedish cleaning service's SMS retries log `to.slice(0, 5)`), and
 * identify no one. Only a prefix of at most six characters, from a literal 0 to a literal length.
 */
function isShortPrefix(call: ts.CallExpression, name: string): boolean {
  if (name !== 'slice' && name !== 'substring' && name !== 'substr') return false;
  const [start, end] = call.arguments.map((a) => unwrap(a));
  return start !== undefined && end !== undefined && typescript.isNumericLiteral(start) && start.text === '0' && typescript.isNumericLiteral(end) && Number(end.text) <= MASK_PREFIX_LENGTH;
}

/**
 * `crypto.createHash('sha256').update(email).digest('hex')`: the digest of Node's hash or HMAC is a hash, as a
 * `hashEmail(email)` is (a French coaching app's conversion events to TikTok and Reddit). Only that chain: `digest`
 * alone names no hashing (`sendDailyDigest(email, digest)` sends a summary).
 */
function isDigestOfHash(call: ts.CallExpression, name: string): boolean {
  if (name !== 'digest') return false;
  let node = unwrap(call.expression);
  for (let i = 0; i < 4 && typescript.isPropertyAccessExpression(node); i++) {
    const receiver = unwrap(node.expression);
    if (!typescript.isCallExpression(receiver)) return false;
    const callee = calleeLastName(receiver.expression);
    if (callee === 'createHash' || callee === 'createHmac') return true;
    node = unwrap(receiver.expression);
  }
  return false;
}

/**
 * Whether a name's value is sanitised: named for it (`hashedEmail`, `maskedPhone`), or a local a sanitiser's call
 * initialised (`const emailLog = redactEmail(email)`), whatever else its name says.
 */
export function isSanitisedName(name: string, resolveLocal: (name: string) => ts.Expression | undefined): boolean {
  return isSanitiserName(name) || isSanitiserCall(resolveLocal(name));
}

/** A run of mask characters in a replacement text: `***`, `•••`, `●●`, `xxx`. */
const MASK_RUN = /[*•●·]{2,}|[xX]{3,}/;

/**
 * `email.replace(/^(.)(.*)(@.*)$/, '$1***$3')`, `phone.replaceAll(/\d(?=\d{2})/g, '*')`: a replace whose replacement
 * text is written in place and puts mask characters for what it matched hands on a masked form, as a `maskEmail(…)`
 * would (easyseat's booking route logs `{ email: maskedEmail }` so). A single `*` counts only with a global pattern
 * (`replaceAll`, or a `/…/g` literal), where it stands for every character matched.
 */
function isMaskingReplace(call: ts.CallExpression, name: string): boolean {
  if (name !== 'replace' && name !== 'replaceAll') return false;
  const [pattern, replacement] = call.arguments;
  if (!pattern || !replacement) return false;
  const text = writtenText(unwrap(replacement));
  if (text === undefined) return false;
  if (MASK_RUN.test(text)) return true;
  const regex = unwrap(pattern);
  const global = name === 'replaceAll' || (typescript.isRegularExpressionLiteral(regex) && /\/[a-z]*g[a-z]*$/.test(regex.text));
  return global && /^[*•●xX]$/.test(text);
}

/** The literal text of a string or template (its written parts, placeholders left out). */
function writtenText(node: ts.Expression): string | undefined {
  if (typescript.isStringLiteralLike(node)) return node.text;
  if (typescript.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join('');
  return undefined;
}

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
  return name !== undefined && isSanitiserName(name);
}

import { normalizeWord } from './normalize.js';

/**
 * Splits an identifier into lower-case words: camelCase, PascalCase, snake_case, kebab-case, SCREAMING_CASE,
 * dots, spaces and digits. `billingStreetAddress` -> billing street address; `CUSTOMER_E_MAIL` -> customer e mail;
 * `XMLHttpRequest` -> xml http request; `zip_code2` -> zip code 2. Compounds without separators are left
 * whole here; the detector decomposes them against its vocabulary.
 */
export function splitWords(name: string): string[] {
  if (isAscii(name)) return splitAscii(name);
  return name
    .replace(/([\p{Ll}\d])(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
    .replace(/(\p{L})(\d)/gu, '$1 $2')
    .replace(/(\d)(\p{L})/gu, '$1 $2')
    .split(/[^\p{L}\d]+/u)
    .filter(Boolean)
    .map(normalizeWord);
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

// Character classes of ASCII text, as the Unicode classes above read it: \p{Ll}, \p{Lu}, \d.
const LOWER = 1;
const UPPER = 2;
const DIGIT = 4;
const LETTER = LOWER | UPPER;
const classOf = (code: number): number => (code >= 97 && code <= 122 ? LOWER : code >= 65 && code <= 90 ? UPPER : code >= 48 && code <= 57 ? DIGIT : 0);

/**
 * One of the four replacements above on ASCII text, done as the regular expression does it: left to right, a
 * space put between the first and the rest of each match, the next match looked for after the end of this one.
 * `first` and `rest` are the classes of the match's characters (two or three of them).
 */
function spaced(text: string, first: number, rest: readonly number[]): string {
  let out = '';
  let copied = 0;
  const length = 1 + rest.length;
  for (let i = 0; i + length <= text.length; ) {
    let isMatch = (classOf(text.charCodeAt(i)) & first) !== 0;
    for (let j = 0; isMatch && j < rest.length; j++) isMatch = (classOf(text.charCodeAt(i + 1 + j)) & rest[j]!) !== 0;
    if (!isMatch) {
      i++;
      continue;
    }
    out += text.slice(copied, i + 1) + ' ';
    copied = i + 1;
    i += length;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** `splitWords` of an ASCII name, without the Unicode regular expressions: the same four steps, then words of letters and digits. */
function splitAscii(name: string): string[] {
  let text = spaced(name, LOWER | DIGIT, [UPPER]);
  text = spaced(text, UPPER, [UPPER, LOWER]);
  text = spaced(text, LETTER, [DIGIT]);
  text = spaced(text, DIGIT, [LETTER]);
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const isWordChar = i < text.length && classOf(text.charCodeAt(i)) !== 0;
    if (isWordChar && start < 0) start = i;
    else if (!isWordChar && start >= 0) {
      words.push(text.slice(start, i).toLowerCase());
      start = -1;
    }
  }
  return words;
}

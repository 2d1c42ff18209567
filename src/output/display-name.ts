/**
 * Names from scanned code and schemas are shown as they are. A right-to-left override (U+202E) makes a
 * browser or terminal show `email` and the sentence after it reversed, a zero-width space makes two different
 * names look alike, and a terminal escape (`\u001b[31m`) is obeyed by the terminal. Every reporter passes
 * scanned text through `showName`, so such characters appear escaped (`e\u{202E}mail`) and inert everywhere;
 * ids are still hashed from the raw name, so nothing is merged or lost.
 */

/**
 * Characters that are invisible or change how the text around them is shown: control characters (C0, DEL,
 * C1), format characters (bidi embeddings, overrides and isolates, zero-width space/joiners, word joiner,
 * BOM, soft hyphen, tag characters), line and paragraph separators, lone surrogates, and the blank fillers
 * and variation selectors that render as nothing.
 */
const HIDDEN = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}\u034F\u115F\u1160\u17B4\u17B5\u180B-\u180E\u3164\uFE00-\uFE0F\uFFA0\u{E0100}-\u{E01EF}]/gu;
const HIDDEN_TEST = new RegExp(HIDDEN.source, 'u');
/**
 * Every hidden character is outside printable ASCII, which almost every name and sentence is made of: this
 * test, a plain class without Unicode properties, is several times cheaper than HIDDEN_TEST and answers for
 * them (issue 14: linear outputs).
 */
const OUTSIDE_PRINTABLE_ASCII = /[^\x20-\x7E]/;
const mayHide = (text: string) => OUTSIDE_PRINTABLE_ASCII.test(text);

/**
 * A test for whether a cell may need any work: true for any of `characters` (written as inside a regular
 * expression's class, printable ASCII only) and for anything outside printable ASCII, hidden or not. A reporter
 * asks it once per cell, and does the real work only for the few cells it is true for.
 */
export function hiddenOr(characters: string): RegExp {
  return new RegExp(`[${characters}]|[^\\x20-\\x7E]`);
}

const escapeOne = (char: string) => `\\u{${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}}`;

/** The name with every hidden character written as `\u{XXXX}`. */
export function showName(text: string): string {
  // Reporters call this for every cell of tens of thousands of rows, and almost no name has a hidden
  // character: a test is several times cheaper than a replace that finds nothing (issue 14: linear outputs).
  return mayHide(text) && HIDDEN_TEST.test(text) ? text.replace(HIDDEN, escapeOne) : text;
}

const keepLineBreaks = (char: string) => (char === '\n' || char === '\r' || char === '\t' ? char : escapeOne(char));

/** The same for text of several lines (a Markdown or CSV document): line breaks and tabs are kept. */
export function showText(text: string): string {
  return mayHide(text) && HIDDEN_TEST.test(text) ? text.replace(HIDDEN, keepLineBreaks) : text;
}

export function hasHiddenCharacters(text: string): boolean {
  return mayHide(text) && HIDDEN_TEST.test(text);
}

/** The hidden characters of a name, escaped and de-duplicated, for a message (`\u{202E}`). */
export function hiddenCharacters(text: string): string[] {
  return [...new Set([...text.matchAll(HIDDEN)].map((m) => escapeOne(m[0])))];
}

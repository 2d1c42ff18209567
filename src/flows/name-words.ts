/**
 * A test of a callee's name by its words, answered once per distinct name per run: the tests that read a call by its
 * name (sanitisers, filled templates, message-text functions) are asked for every call a value flows through, and
 * splitting the same name again at each call showed in profiles.
 */
import { splitWords } from '../detect/split-words.js';
import { detached } from '../scan/code/detached.js';

/** Past this many distinct names the answers start over, so a generated bundle's names cannot grow the table without end. */
const MAX_NAMES = 10_000;

const wordsByName = new Map<string, readonly string[]>();

/**
 * `splitWords` of a name, split once per distinct name per run (session 20): the tests that read a value's or a
 * callee's name by its words (a settings chain, a whole record's noun, a logger, an id) are asked for every argument
 * of every call, mostly of the same few thousand names. The list is shared: read it, never change it.
 */
export function nameWords(name: string): readonly string[] {
  let words = wordsByName.get(name);
  if (words === undefined) {
    words = splitWords(name);
    if (wordsByName.size > MAX_NAMES) wordsByName.clear();
    wordsByName.set(detached(name), words);
  }
  return words;
}

export function byNameWords(test: (words: readonly string[], name: string) => boolean): (name: string) => boolean {
  const answers = new Map<string, boolean>();
  return (name) => {
    let answer = answers.get(name);
    if (answer === undefined) {
      answer = test(nameWords(name), name);
      if (answers.size > MAX_NAMES) answers.clear();
      // A copy: a name sliced from a file's text would keep that whole text alive for the run (detached.ts).
      answers.set(detached(name), answer);
    }
    return answer;
  };
}

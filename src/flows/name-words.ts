/**
 * A test of a callee's name by its words, answered once per distinct name per run: the tests that read a call by its
 * name (sanitisers, filled templates, message-text functions) are asked for every call a value flows through, and
 * splitting the same name again at each call showed in profiles.
 */
import { splitWords } from '../detect/split-words.js';
import { detached } from '../scan/code/detached.js';

/** Past this many distinct names the answers start over, so a generated bundle's names cannot grow the table without end. */
const MAX_NAMES = 10_000;

export function byNameWords(test: (words: string[], name: string) => boolean): (name: string) => boolean {
  const answers = new Map<string, boolean>();
  return (name) => {
    let answer = answers.get(name);
    if (answer === undefined) {
      answer = test(splitWords(name), name);
      if (answers.size > MAX_NAMES) answers.clear();
      // A copy: a name sliced from a file's text would keep that whole text alive for the run (detached.ts).
      answers.set(detached(name), answer);
    }
    return answer;
  };
}

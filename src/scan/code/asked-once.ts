/**
 * The detector as the flow collector asks it: a name and the path it is read from (`customer.email` asks
 * `email` in `customer`, `{ email }` asks `email` alone), the same few questions thousands of times per run.
 * Each distinct question goes to the detector once per run; a question with more facts (a type, siblings,
 * hints, annotations) goes to it as it is.
 */
import type { Detector, FieldFacts, FieldResult } from '../../detect/types.js';
import { detached } from './detached.js';

/** Distinct questions kept per detector before the memo starts over: bounds memory on any corpus. */
const MAX_QUESTIONS = 200_000;

const memos = new WeakMap<Detector, Detector>();

/** Answers by container path, one level per segment: no key is built per question. */
interface Answers {
  byName?: Map<string, FieldResult>;
  within?: Map<string, Answers>;
}

export function askedOnce(detector: Detector): Detector {
  let memoised = memos.get(detector);
  if (memoised) return memoised;
  let root: Answers = {};
  let size = 0;
  memoised = {
    categories: detector.categories,
    classifyValue: (value) => detector.classifyValue(value),
    classifyField(facts: FieldFacts): FieldResult {
      const container = facts.container;
      if (!container || facts.type !== undefined || facts.siblings !== undefined || facts.hints !== undefined || facts.annotations !== undefined) return detector.classifyField(facts);
      let node = root;
      for (const segment of container) {
        const within = (node.within ??= new Map());
        let next = within.get(segment);
        if (!next) within.set(detached(segment), (next = {}));
        node = next;
      }
      const byName = (node.byName ??= new Map());
      let answer = byName.get(facts.name);
      if (answer) return answer;
      answer = detector.classifyField(facts);
      if (++size > MAX_QUESTIONS) {
        root = {};
        size = 0;
      } else byName.set(detached(facts.name), answer);
      return answer;
    },
  };
  memos.set(detector, memoised);
  return memoised;
}

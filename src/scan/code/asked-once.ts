/**
 * The detector as the flow collector asks it: a name and the path it is read from (`customer.email` asks
 * `email` in `customer`, `{ email }` asks `email` alone), the same few questions thousands of times per run.
 * Each distinct question goes to the detector once per run; a question with more facts (a type, siblings,
 * hints, annotations) goes to it as it is.
 */
import type { Detector, FieldFacts, FieldResult } from '../../detect/types.js';

/** Distinct questions kept per detector before the memo starts over: bounds memory on any corpus. */
const MAX_QUESTIONS = 200_000;

const memos = new WeakMap<Detector, Detector>();

export function askedOnce(detector: Detector): Detector {
  let memoised = memos.get(detector);
  if (memoised) return memoised;
  /** Name -> answer, for names read on their own (`{ email }`, `email`). */
  const alone = new Map<string, FieldResult>();
  /** Container path (joined) -> name -> answer. */
  const within = new Map<string, Map<string, FieldResult>>();
  let size = 0;
  memoised = {
    categories: detector.categories,
    classifyValue: (value) => detector.classifyValue(value),
    classifyField(facts: FieldFacts): FieldResult {
      const container = facts.container;
      if (!container || facts.type !== undefined || facts.siblings !== undefined || facts.hints !== undefined || facts.annotations !== undefined) return detector.classifyField(facts);
      let byName: Map<string, FieldResult> | undefined;
      let key = '';
      if (container.length === 0) byName = alone;
      else {
        key = container.length === 1 ? container[0]! : container.join('\u0000');
        byName = within.get(key);
      }
      let answer = byName?.get(facts.name);
      if (answer) return answer;
      answer = detector.classifyField(facts);
      if (size >= MAX_QUESTIONS) {
        alone.clear();
        within.clear();
        size = 0;
        if (byName !== alone) byName = undefined;
      }
      if (!byName) within.set(key, (byName = new Map()));
      byName.set(facts.name, answer);
      size++;
      return answer;
    },
  };
  memos.set(detector, memoised);
  return memoised;
}

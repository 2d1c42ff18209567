/**
 * The policy's own detection rules and sinks, checked while the file's positions are at hand: a bad entry is a
 * policy problem at its file:line:col like any other (a bad rule used to surface later, from the engine, as an
 * "internal error — please report it"; a bad sink as a line naming neither file nor line).
 */
import { validateExtraRules } from '../detect/load-rules.js';
import { loadSinkCatalogue } from '../flows/catalogue.js';

type Raw = Record<string, any>;

export interface EntryProblem {
  path: string[];
  message: string;
}

/** Each rule under `detection.rules` and `categories.<id>.detect`, and each sink under `detection.sinks`. */
export function checkDetectionEntries(raw: Raw): EntryProblem[] {
  const problems: EntryProblem[] = [];
  const check = (path: string[], run: () => unknown) => {
    try {
      run();
    } catch (error) {
      // The validators name the entry by its index in a list of one; the position says where it is instead.
      const message = (error as Error).message.replace(/^invalid (detection rule|sink) in detection\.(rules|sinks)\[0\]\s*(\([^)]*\))?:?\s*/, '').replace(/^\/\s+/, '');
      problems.push({ path, message: `invalid ${path.includes('sinks') ? 'sink' : 'detection rule'}: ${message}` });
    }
  };
  const rules: unknown[] = Array.isArray(raw.detection?.rules) ? raw.detection.rules : [];
  rules.forEach((rule, index) => check(['detection', 'rules', String(index)], () => validateExtraRules([rule])));
  for (const [id, category] of Object.entries<Raw>(raw.categories ?? {})) {
    const detect: unknown[] = Array.isArray(category?.detect) ? category.detect : [];
    // As buildPolicy adds them: the category is given, so a rule here may leave it out.
    detect.forEach((rule, index) => check(['categories', id, 'detect', String(index)], () => validateExtraRules([{ id: `${id}.policy-${index + 1}`, ...(rule as object), category: id }])));
  }
  const sinks: unknown[] = Array.isArray(raw.detection?.sinks) ? raw.detection.sinks : [];
  sinks.forEach((sink, index) => check(['detection', 'sinks', String(index)], () => loadSinkCatalogue([sink])));
  return problems;
}

import { createDetector } from './detect/index.js';
import { validateExtraRules } from './detect/load-rules.js';
import type { Detector } from './detect/types.js';
import { loadSinkCatalogue } from './flows/catalogue.js';
import type { SinkCatalogue } from './flows/types.js';
import type { Policy } from './policy/types.js';

/** Everything compiled from one policy, built once per process (CLI) or per policy change (ESLint). */
export interface Engine {
  policy: Policy;
  detector: Detector;
  sinks: SinkCatalogue;
}

/** `sinks`: the catalogue `loadSinkCatalogue` made of the same policy and installation (the ESLint plugin keeps it, src/eslint/kept-policy.ts). */
export function createEngine(policy: Policy, sinks?: SinkCatalogue): Engine {
  // A policy's own rules are checked now, so a bad one is reported before any scan, as when the detector was made here.
  validateExtraRules(policy.detection.rules);
  let detector: Detector | undefined;
  return {
    policy,
    // Compiled on first use: a warm scan whose every file is a cache hit classifies nothing, and compiling the
    // rules and lexicons is a tenth of such a run's CPU time.
    get detector(): Detector {
      return (detector ??= createDetector({
        rules: policy.detection.rules,
        defaultRegion: policy.detection.defaultRegion,
        categories: Object.keys(policy.categories),
      }));
    },
    sinks: sinks ?? loadSinkCatalogue(policy.detection.sinks),
  };
}

import { createDetector } from './detect/index.js';
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

export function createEngine(policy: Policy): Engine {
  return {
    policy,
    detector: createDetector({
      rules: policy.detection.rules,
      defaultRegion: policy.detection.defaultRegion,
      categories: Object.keys(policy.categories),
    }),
    sinks: loadSinkCatalogue(policy.detection.sinks),
  };
}

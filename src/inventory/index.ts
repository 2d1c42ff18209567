export { buildInventory, compareElements, compareLocations, type BuildOptions } from './build.js';
export { compareWithBaseline, createBaseline, describeLocation, readBaseline, writeBaseline } from './baseline.js';
export type { Baseline, BaselineComparison, BaselineEntry } from './baseline.js';
export { findDrift } from './drift.js';
export { elementId } from './ids.js';
export { checkPurposes, judgeFinding, judgeFlowCategory, type Judgement, type JudgeOptions } from './judge.js';
export { hostMatches, resolveRecipient } from './recipients.js';
export type * from './types.js';
export { isBlocking } from './severity.js';

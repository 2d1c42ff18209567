// Types for bench/outputs-policy.mjs, so the report golden test shares the outputs benchmark's inputs.
import type { FieldFinding, FlowFinding } from '../src/finding.js';

export declare const BENCH_POLICY: string;
export declare function benchFindings(
  files: number,
  options?: { filesPerModule?: number; phonePurposes?: (index: number) => string[] },
): (FieldFinding | FlowFinding)[];

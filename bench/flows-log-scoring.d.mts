// Types for bench/flows-log-scoring.mjs, so the TypeScript test can share the bench's log scoring.
export interface ScoredLabel {
  file: string;
  line: number;
  categories: string[];
}

export interface ScoredFlow {
  sink: string;
  categories: string[];
  location: { file: string; line: number };
  via?: string[];
}

export declare const LOG_CALL: RegExp;
export declare function near(flow: ScoredFlow, label: ScoredLabel): boolean;
export declare function matchLabels<F extends ScoredFlow>(labelled: ScoredLabel[], flows: F[], used?: Set<F>): { missed: ScoredLabel[]; used: Set<F> };
export declare function scoreLogFlows<F extends ScoredFlow>(
  labelled: ScoredLabel[],
  files: Set<string>,
  logs: F[],
): { missed: ScoredLabel[]; inScope: F[]; wrong: F[]; callers: F[]; callersForLabels: F[] };

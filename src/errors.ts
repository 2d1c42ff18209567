/**
 * Known errors. The CLI turns each into one clear message and exit code 2; anything else surfaces with a stack.
 */
export class PrivmapError extends Error {
  override name = 'PrivmapError';
}

export interface PolicyProblem {
  file: string;
  line: number;
  col: number;
  message: string;
}

/** A policy file that cannot be used: every problem names file:line:col. */
export class PolicyError extends PrivmapError {
  override name = 'PolicyError';
  constructor(readonly problems: PolicyProblem[]) {
    super(problems.map((p) => `${p.file}:${p.line}:${p.col}: ${p.message}`).join('\n'));
  }
}

/** A database that cannot be reached or read. The message never contains a password or a sampled value. */
export class DatabaseError extends PrivmapError {
  override name = 'DatabaseError';
}

/** Bad command-line usage or configuration. */
export class UsageError extends PrivmapError {
  override name = 'UsageError';
}

/**
 * `privmap scan` before there is a privacy.yml: a first look lists what was found without judging it. The
 * scan runs with an empty policy (built-in categories only, no purposes), marked so the table says
 * "unjudged" instead of calling everything undeclared.
 */
import { join, resolve } from 'node:path';
import { parsePolicy } from './load.js';
import type { Policy } from './types.js';

const unjudged = new WeakSet<Policy>();

const EMPTY_POLICY = 'version: 1\ncontroller: { name: "(no privacy.yml yet)", contact: ["(none)"] }\npurposes: {}\n';

/** An empty policy rooted at `dir`, where `privmap init` would write privacy.yml. */
export function unjudgedPolicy(dir: string): Policy {
  const policy = parsePolicy(EMPTY_POLICY, join(resolve(dir), 'privacy.yml'));
  unjudged.add(policy);
  return policy;
}

export function isUnjudged(policy: Policy): boolean {
  return unjudged.has(policy);
}

/**
 * Loading privacy.yml: YAML with positions, structure against the JSON Schema, then references between ids.
 * Every problem is collected first and thrown together, each naming file:line:column.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { PolicyError, type PolicyProblem } from '../errors.js';
import { buildPolicy } from './build-policy.js';
import { findCredentials, holdsCredential } from './credentials.js';
import { checkReferences } from './references.js';
import type { Policy } from './types.js';
import { validateStructure } from './validate.js';
import { checkDetectionEntries } from './detection-entries.js';
import { aliasExpansionProblem, selfReferencingAlias } from './yaml-aliases.js';
import { positionOf } from './yaml-positions.js';

const byPosition = (a: PolicyProblem, b: PolicyProblem) => a.line - b.line || a.col - b.col || a.message.localeCompare(b.message);

/** Parses and validates policy text. `file` names the positions and is the root for relative globs. */
export function parsePolicy(text: string, file: string): Policy {
  const absolute = resolve(file);
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    throw new PolicyError(
      doc.errors
        .map((error) => ({ file: absolute, ...counter.linePos(error.pos[0]), message: `YAML syntax error: ${error.message.split('\n')[0]}` }))
        .sort(byPosition),
    );
  }
  const cycle = selfReferencingAlias(doc, counter, absolute);
  if (cycle) throw new PolicyError([cycle]);
  let raw: unknown;
  try {
    raw = doc.toJS();
  } catch (error) {
    const problem = aliasExpansionProblem(error, absolute);
    if (problem) throw new PolicyError([problem]);
    throw error;
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new PolicyError([{ file: absolute, line: 1, col: 1, message: 'expected a mapping with version, controller and purposes (run `privmap init` for a commented template)' }]);
  }

  const problems = new Map<string, PolicyProblem>();
  const add = (path: string[], message: string, atKey = false) => {
    const key = `${path.join('\u0000')}${atKey ? '@key' : ''}`;
    if (!problems.has(key)) problems.set(key, { file: absolute, ...positionOf(doc, counter, path, atKey), message });
  };
  // Credentials first: they win over the "unknown key" message at the same place, and no message echoes them.
  for (const problem of findCredentials(raw)) add(problem.path, problem.message, problem.atKey);
  for (const problem of validateStructure(raw)) {
    if (!holdsCredential(raw, problem.path)) add(problem.path, problem.message, problem.atKey);
  }
  // References are only meaningful between well-formed entries.
  if (problems.size === 0) for (const problem of checkReferences(raw)) add(problem.path, problem.message);
  if (problems.size === 0) for (const problem of checkDetectionEntries(raw)) add(problem.path, problem.message);
  if (problems.size) throw new PolicyError([...problems.values()].sort(byPosition));

  return buildPolicy(raw, absolute, (path) => ({ file: absolute, ...positionOf(doc, counter, path, true) }));
}

/** Reads and parses a policy file; an unreadable file is a PolicyError too, so the CLI reports it the same way. */
export function loadPolicy(file: string): Policy {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'the policy file does not exist' : code === 'EISDIR' ? 'the policy path is a directory, not a file' : `cannot read the policy file (${code ?? 'unknown error'})`;
    throw new PolicyError([{ file: resolve(file), line: 1, col: 1, message: reason }]);
  }
  return parsePolicy(text, file);
}

/**
 * The policy and engine for a linted file: found upward from the file (or `settings.privmap.policy`), loaded
 * once per process and reloaded when the policy file's mtime or size changes, so an editor session picks up
 * edits to privacy.yml without a restart. A missing or broken policy is a value, never a thrown error.
 */
import { statSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { createEngine, type Engine } from '../engine.js';
import { PolicyError } from '../errors.js';
import { findPolicy, loadPolicy } from '../policy/index.js';
import { loadKeptEngine } from './kept-policy.js';

export type PolicyState =
  | { kind: 'ok'; file: string; engine: Engine }
  | { kind: 'missing'; from: string }
  | { kind: 'error'; file: string; message: string };

interface Entry {
  stamp: string;
  state: PolicyState;
}

const loaded = new Map<string, Entry>();
const foundFromDir = new Map<string, string>();

export interface PrivmapSettings {
  /** Path of privacy.yml, relative to ESLint's working directory; default: the nearest one above the file. */
  policy?: string;
  /** Milliseconds of type reading per sink call with type information (`typeAware`); default 20. */
  typeWalkBudgetMs?: number;
}

export function readSettings(settings: Record<string, unknown> | undefined): PrivmapSettings {
  const raw = settings?.privmap;
  if (!raw || typeof raw !== 'object') return {};
  const { policy, typeWalkBudgetMs } = raw as { policy?: unknown; typeWalkBudgetMs?: unknown };
  return {
    ...(typeof policy === 'string' ? { policy } : {}),
    ...(typeof typeWalkBudgetMs === 'number' && typeWalkBudgetMs >= 0 ? { typeWalkBudgetMs } : {}),
  };
}

function locate(filename: string, settings: PrivmapSettings, cwd: string): string | undefined {
  if (settings.policy) return isAbsolute(settings.policy) ? settings.policy : resolve(cwd, settings.policy);
  const dir = dirname(resolve(cwd, filename));
  const cached = foundFromDir.get(dir);
  if (cached) return cached;
  // Only hits are cached: a privacy.yml created during an editor session is found on the next lint.
  const found = findPolicy(dir);
  if (found) foundFromDir.set(dir, found);
  return found;
}

function describe(error: unknown): string {
  if (error instanceof PolicyError) {
    const first = error.problems[0];
    const more = error.problems.length > 1 ? ` (and ${error.problems.length - 1} more; run \`privmap check\` to see them all)` : '';
    return first ? `${first.file}:${first.line}:${first.col}: ${first.message}${more}` : error.message;
  }
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}

export function policyFor(filename: string, settings: PrivmapSettings, cwd: string): PolicyState {
  const file = locate(filename, settings, cwd);
  if (!file) return { kind: 'missing', from: dirname(resolve(cwd, filename)) };
  let stamp: string;
  try {
    const stat = statSync(file);
    stamp = `${stat.mtimeMs}:${stat.size}`;
  } catch {
    // Not cached (a file created later is read on the next lint); the loader's own error says what is wrong,
    // in the CLI's words.
    try {
      // Created between the stat and this read: used now, and cached by the next lint's stat.
      return { kind: 'ok', file, engine: createEngine(loadPolicy(file)) };
    } catch (error) {
      return { kind: 'error', file, message: describe(error) };
    }
  }
  const entry = loaded.get(file);
  if (entry && entry.stamp === stamp) return entry.state;
  let state: PolicyState;
  try {
    state = { kind: 'ok', file, engine: loadKeptEngine(file) };
  } catch (error) {
    state = { kind: 'error', file, message: describe(error) };
  }
  loaded.set(file, { stamp, state });
  return state;
}

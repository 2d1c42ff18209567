/**
 * The project's wrapper summaries for the ESLint plugin, so a linted file's call of `sendEmail({ to })` is
 * judged as the CLI judges it. Computed once per process per project root (every code file's module facts,
 * parse-only), and kept fresh: at most once every few seconds the files' modification times are compared and
 * only the changed files are read again. Synchronous, because ESLint rules are.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { typescript } from '../scan/code/typescript-api.js';
import type { Engine } from '../engine.js';
import type { FlowFinding } from '../finding.js';
import { PARSE_OPTIONS, scriptKindFor } from '../scan/code/parse.js';
import { scanSourceFile } from '../scan/code/scan-source-file.js';
import { ProjectLinks } from './link.js';
import type { ModuleFacts } from './module-facts.js';
import { createResolver } from './resolve-modules.js';

const CODE_FILE = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;
const SKIPPED_DIRS = new Set(['node_modules', '.git', 'dist', 'build', 'out', 'coverage', '.next', '.nuxt', '.turbo', '.cache', '.output', 'vendor']);
const RECHECK_MS = 3000;

interface ProjectState {
  engine: Engine;
  files: Map<string, { mtimeMs: number; facts: ModuleFacts | undefined }>;
  links: ProjectLinks;
  checkedAt: number;
}

const projects = new Map<string, ProjectState>();

function listFiles(root: string, dir = '', out: string[] = []): string[] {
  let entries;
  try {
    entries = readdirSync(join(root, dir), { withFileTypes: true });
  } catch {
    return out;
  }
  for (const entry of entries) {
    const path = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name) && !entry.name.startsWith('.')) listFiles(root, path, out);
    } else if (CODE_FILE.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

function factsOf(root: string, file: string, engine: Engine): ModuleFacts | undefined {
  try {
    const text = readFileSync(join(root, file), 'utf8');
    if (text.length > 1024 * 1024) return undefined;
    const sourceFile = typescript.createSourceFile(file, text, PARSE_OPTIONS, false, scriptKindFor(file));
    return scanSourceFile(sourceFile, { detector: engine.detector, sinks: engine.sinks, file }).module;
  } catch {
    // An unreadable or odd file has no facts; the lint of that file reports its own problem.
    return undefined;
  }
}

function refresh(root: string, engine: Engine, previous: ProjectState | undefined): ProjectState {
  const files = new Map<string, { mtimeMs: number; facts: ModuleFacts | undefined }>();
  let isChanged = !previous || previous.engine !== engine;
  for (const file of listFiles(root).sort()) {
    let mtimeMs = 0;
    try {
      mtimeMs = statSync(join(root, file)).mtimeMs;
    } catch {
      continue;
    }
    const old = isChanged ? undefined : previous?.files.get(file);
    if (old && old.mtimeMs === mtimeMs) files.set(file, old);
    else {
      files.set(file, { mtimeMs, facts: factsOf(root, file, engine) });
      isChanged = true;
    }
  }
  if (previous && !isChanged && previous.files.size === files.size) return { ...previous, checkedAt: Date.now() };
  const modules = new Map<string, ModuleFacts>();
  for (const [file, entry] of files) if (entry.facts) modules.set(file, entry.facts);
  return { engine, files, links: new ProjectLinks(modules, engine.sinks, createResolver(root, files.keys())), checkedAt: Date.now() };
}

/** The project's links for `root` (the policy's directory), fresh within a few seconds of any change. */
export function projectLinks(root: string, engine: Engine): ProjectLinks {
  let state = projects.get(root);
  if (!state || state.engine !== engine || Date.now() - state.checkedAt > RECHECK_MS) {
    state = refresh(root, engine, state);
    projects.set(root, state);
  }
  return state.links;
}

/**
 * Flows of one linted file through the project's wrappers (`file` relative to the policy's root), from the
 * file's current facts: what the CLI's link stage reports for the same file.
 */
export function crossModuleFlows(engine: Engine, file: string, facts: ModuleFacts | undefined): FlowFinding[] {
  if (!facts || facts.calls.every((c) => c.sinkId)) return [];
  return projectLinks(engine.policy.root, engine).flowsFor(file, facts);
}

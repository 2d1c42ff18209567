/**
 * Runs a composite GitHub Action's steps the way the runner does, for tests: each `run:` step in
 * `bash --noprofile --norc -eo pipefail`, with its `env:` and `if:` expressions evaluated against the
 * inputs, the `github` context and earlier steps' outputs (read from $GITHUB_OUTPUT). A `uses:` step cannot
 * run here: it is recorded with its evaluated `with:` for the test to check.
 *
 * Steps run asynchronously: a test's GitHub API stand-in lives in the test's own process, and a step blocked
 * in spawnSync would wait on a server whose event loop it is blocking.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';

interface ActionStep {
  id?: string;
  name?: string;
  if?: string;
  shell?: string;
  run?: string;
  uses?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}

export interface ActionFile {
  inputs: Record<string, { default?: string }>;
  runs: { using: string; steps: ActionStep[] };
}

export interface StepRecord {
  name: string;
  id?: string;
  outcome: 'success' | 'failure' | 'skipped';
  uses?: string;
  with?: Record<string, string>;
  output: string;
  outputs: Record<string, string>;
}

export interface GithubContext {
  event_name: string;
  base_ref?: string;
  token: string;
  event: Record<string, unknown>;
}

type Value = string | number | boolean | undefined | null | Record<string, unknown>;

/** GitHub's expression language, the part actions use: paths, literals, ==, !=, !, &&, ||, ( ) and status functions. */
export function evaluate(expression: string, context: Record<string, unknown>, status: { failed: boolean }): Value {
  const tokens = expression.match(/'(?:[^']|'')*'|==|!=|&&|\|\||[!()]|[A-Za-z_][\w.-]*\(\)|[A-Za-z_][\w.-]*|\d+/g) ?? [];
  let position = 0;
  const peek = () => tokens[position];
  const next = () => tokens[position++]!;
  const truthy = (v: Value) => v !== '' && v !== false && v !== 0 && v !== null && v !== undefined;
  const text = (v: Value) => (v === undefined || v === null ? '' : String(v));
  function primary(): Value {
    const token = next();
    if (token === '(') {
      const value = or();
      next();
      return value;
    }
    if (token.startsWith("'")) return token.slice(1, -1).replace(/''/g, "'");
    if (/^\d+$/.test(token)) return Number(token);
    if (token === 'true' || token === 'false') return token === 'true';
    if (token === 'always()') return true;
    if (token === 'success()') return !status.failed;
    if (token === 'failure()') return status.failed;
    if (token.endsWith('()')) throw new Error(`unsupported function ${token}`);
    return token.split('.').reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), context) as Value;
  }
  function comparison(): Value {
    const left = primary();
    if (peek() === '==' || peek() === '!=') {
      const op = next();
      const equal = text(left).toLowerCase() === text(primary()).toLowerCase();
      return op === '==' ? equal : !equal;
    }
    return left;
  }
  function unary(): Value {
    if (peek() === '!') {
      next();
      return !truthy(unary());
    }
    return comparison();
  }
  function and(): Value {
    let value = unary();
    while (peek() === '&&') {
      next();
      const right = unary();
      value = truthy(value) ? right : value;
    }
    return value;
  }
  function or(): Value {
    let value = and();
    while (peek() === '||') {
      next();
      const right = and();
      value = truthy(value) ? value : right;
    }
    return value;
  }
  const value = or();
  if (position !== tokens.length) throw new Error(`cannot evaluate ${expression}`);
  return value;
}

function interpolate(template: string, context: Record<string, unknown>, status: { failed: boolean }): string {
  return template.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, expression: string) => {
    const value = evaluate(expression, context, status);
    return value === undefined || value === null ? '' : String(value);
  });
}

function readOutputs(file: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = readFileSync(file, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = lines[i]!.match(/^([\w-]+)<<(.+)$/);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2]!, i + 1);
      outputs[heredoc[1]!] = lines.slice(i + 1, end).join('\n');
      i = end;
      continue;
    }
    const pair = lines[i]!.match(/^([\w-]+)=(.*)$/);
    if (pair) outputs[pair[1]!] = pair[2]!;
  }
  return outputs;
}

export interface RunActionOptions {
  actionDir: string;
  workspace: string;
  inputs: Record<string, string>;
  github: GithubContext;
  /** Extra environment for the steps (the API URL of a fake server). */
  env?: NodeJS.ProcessEnv;
}

/** Runs one step's script; resolves with its exit status (null when killed) and its interleaved output. */
function runStep(script: string, options: { cwd: string; env: NodeJS.ProcessEnv; timeout: number }): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeout);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, output });
    });
  });
}

export async function runAction({ actionDir, workspace, inputs: given, github, env = {} }: RunActionOptions): Promise<{ steps: StepRecord[]; failed: boolean }> {
  const action = parse(readFileSync(join(actionDir, 'action.yml'), 'utf8')) as ActionFile;
  if (action.runs.using !== 'composite') throw new Error('not a composite action');
  const temp = mkdtempSync(join(tmpdir(), 'privmap-runner-'));
  const status = { failed: false };
  const steps: Record<string, { outputs: Record<string, string>; outcome: string; conclusion: string }> = {};
  const records: StepRecord[] = [];
  try {
    const inputs: Record<string, string> = {};
    const base = { github, runner: { temp, os: 'Linux' }, steps, inputs };
    for (const [name, spec] of Object.entries(action.inputs)) inputs[name] = given[name] ?? interpolate(spec.default ?? '', base, status);
    for (const [index, step] of action.runs.steps.entries()) {
      const name = step.name ?? step.id ?? `step ${index + 1}`;
      const condition = (step.if ?? 'success()').replace(/^\$\{\{\s*(.*?)\s*\}\}$/, '$1');
      const evaluated = evaluate(condition, base, status);
      if (evaluated === '' || evaluated === false || evaluated === null || evaluated === undefined || evaluated === 0) {
        records.push({ name, id: step.id, outcome: 'skipped', output: '', outputs: {} });
        if (step.id) steps[step.id] = { outputs: {}, outcome: 'skipped', conclusion: 'skipped' };
        continue;
      }
      if (step.uses) {
        const withs = Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, interpolate(String(v), base, status)]));
        records.push({ name, id: step.id, outcome: 'success', uses: step.uses, with: withs, output: '', outputs: {} });
        continue;
      }
      if (step.shell !== 'bash') throw new Error(`${name}: composite run steps need shell: bash`);
      const outputFile = join(temp, `output-${index}`);
      writeFileSync(outputFile, '');
      const stepEnv = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, interpolate(String(v), base, status)]));
      const script = join(temp, `step-${index}.sh`);
      writeFileSync(script, interpolate(step.run ?? '', base, status));
      const result = await runStep(script, {
        cwd: workspace,
        timeout: 300_000,
        env: {
          PATH: process.env.PATH,
          HOME: process.env.HOME,
          NO_COLOR: '1',
          CI: 'true',
          GITHUB_ACTIONS: 'true',
          GITHUB_ACTION_PATH: actionDir,
          GITHUB_WORKSPACE: workspace,
          GITHUB_OUTPUT: outputFile,
          GITHUB_EVENT_NAME: github.event_name,
          RUNNER_TEMP: temp,
          ...env,
          ...stepEnv,
        },
      });
      const outcome = result.status === 0 ? 'success' : 'failure';
      if (outcome === 'failure') status.failed = true;
      const outputs = readOutputs(outputFile);
      steps[step.id ?? `__${index}`] = { outputs, outcome, conclusion: outcome };
      records.push({ name, id: step.id, outcome, output: result.output, outputs });
    }
    return { steps: records, failed: status.failed };
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

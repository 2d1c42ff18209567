/**
 * Microsoft's SARIF validator (`@microsoft/sarif-multitool`, a self-contained .NET binary shipped per
 * platform in an npm package) with the rule kinds GitHub code scanning's ingestion applies.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';

const require = createRequire(import.meta.url);

/** The platform binary, or why there is none (the package installs only the binary for this OS). */
export function findValidator(): { binary: string } | { missing: string } {
  try {
    const binary = require('@microsoft/sarif-multitool') as string;
    return existsSync(binary) ? { binary } : { missing: `${binary} is not installed` };
  } catch (error) {
    return { missing: `@microsoft/sarif-multitool has no binary for ${process.platform}: ${(error as Error).message.split('\n')[0]}` };
  }
}

export interface ValidatorProblem {
  file: string;
  ruleId: string;
  level: string;
  message: string;
}

/**
 * Validates the files in one run (the binary takes seconds to start) and returns every error and warning,
 * per input file. The multitool exits 0 even when it finds errors, so the answer is read from its own SARIF.
 */
export async function validateSarif(binary: string, files: string[]): Promise<ValidatorProblem[]> {
  const dir = mkdtempSync(join(tmpdir(), 'privmap-sarif-validate-'));
  const output = join(dir, 'validation.sarif');
  try {
    // Files first: the list options (--rule-kind, --level) would swallow the paths after them.
    const args = ['validate', ...files, '--rule-kind', 'Gh;Sarif', '--level', 'Error;Warning', '--output', output];
    const { status, text } = await run(binary, args);
    if (!existsSync(output)) throw new Error(`the SARIF validator wrote no log (exit ${status}):\n${text}`);
    const log = JSON.parse(readFileSync(output, 'utf8')) as Sarif.Log;
    const validatorRun = log.runs[0]!;
    if (validatorRun.invocations?.[0]?.executionSuccessful !== true) throw new Error(`the SARIF validator failed (exit ${status}):\n${text}`);
    const byUri = new Map(files.map((f) => [pathToFileURL(f).href, f]));
    return (validatorRun.results ?? []).map((r) => {
      const uri = r.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '';
      return { file: byUri.get(uri) ?? uri, ruleId: r.ruleId ?? '', level: r.level ?? 'warning', message: r.message.text ?? '' };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function run(binary: string, args: string[]): Promise<{ status: number | null; text: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1' } });
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, text }));
  });
}

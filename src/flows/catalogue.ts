/**
 * The sink catalogue: where personal data can leave the code (loggers, analytics, email/SMS, CRM, payments,
 * monitoring, AI, files, HTTP). Built-ins in `rules/sinks/*.yml`, extended or overridden (same id) by the
 * policy's `detection.sinks`. Validated against `sink-schema.ts`; the built-ins are parsed once per process.
 */
import type { ErrorObject } from 'ajv';
import { precompiled } from '../cache/validators.js';
import { readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { readRulesYaml } from '../cache/parsed-rules.js';
import { UsageError } from '../errors.js';
import { sinkFileSchema, sinkSchema } from './sink-schema.js';
import type { SinkCatalogue, SinkDef } from './types.js';

const SINKS_DIR = new URL('../../rules/sinks/', import.meta.url);

// Compiled at build time (src/cache/validators.ts), not at every start.
const validateFile = precompiled('sink-file', sinkFileSchema);
const validateSink = precompiled('sink', sinkSchema);

function describe(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? [])
    .map((e) => `${e.instancePath || '(root)'} ${e.message ?? 'is invalid'}${e.keyword === 'additionalProperties' ? ` (${String((e.params as { additionalProperty?: string }).additionalProperty)})` : ''}`)
    .join('; ');
}

function normalise(raw: Record<string, unknown>, kind: string): SinkDef {
  const sink: SinkDef = {
    id: raw.id as string,
    kind: (raw.kind as string | undefined) ?? kind,
    title: raw.title as string,
    packages: (raw.packages as string[] | undefined) ?? [],
    calls: (raw.calls as string[] | undefined) ?? [],
    hosts: (raw.hosts as string[] | undefined) ?? [],
  };
  if (raw.imports) sink.imports = raw.imports as string[];
  if (raw.roles) sink.roles = raw.roles as Record<string, string>;
  if (raw.country) sink.country = raw.country as string;
  return sink;
}

/** Parses one catalogue file's text; `name` only labels errors. Exported for tests of the schema. */
export function parseSinkFile(text: string, name: string): SinkDef[] {
  return sinksOf(parse(text) as unknown, name);
}

/** One catalogue file's parsed data, validated. */
function sinksOf(data: unknown, name: string): SinkDef[] {
  if (!validateFile(data)) throw new UsageError(`invalid sink catalogue ${name}: ${describe(validateFile.errors)}`);
  const file = data as { kind: string; sinks: Record<string, unknown>[] };
  return file.sinks.map((s) => normalise(s, file.kind));
}

let builtins: SinkDef[] | undefined;

function loadBuiltins(): SinkDef[] {
  builtins ??= readdirSync(SINKS_DIR)
    .filter((f) => f.endsWith('.yml'))
    .sort()
    .flatMap((file) => sinksOf(readRulesYaml(new URL(file, SINKS_DIR)), `rules/sinks/${file}`));
  return builtins;
}

/**
 * The built-in sinks plus `extra` (the policy's `detection.sinks`): an extra sink with a built-in id replaces
 * it, any other is added. Extra sinks must say their `kind`. Throws `UsageError` naming the bad entry.
 */
export function loadSinkCatalogue(extra: unknown[]): SinkCatalogue {
  const byId = new Map(loadBuiltins().map((s) => [s.id, s]));
  extra.forEach((entry, index) => {
    if (!validateSink(entry)) throw new UsageError(`invalid sink in detection.sinks[${index}]: ${describe(validateSink.errors)}`);
    const raw = entry as unknown as Record<string, unknown>;
    if (typeof raw.kind !== 'string') throw new UsageError(`invalid sink in detection.sinks[${index}] (${String(raw.id)}): must have required property 'kind'`);
    byId.set(raw.id as string, normalise(raw, raw.kind));
  });
  return catalogueOf([...byId.values()].sort((a, b) => a.id.localeCompare(b.id)));
}

/** The catalogue of `sinks` as `loadSinkCatalogue` made them (sorted by id, validated), e.g. kept by an earlier process. */
export function catalogueOf(sinks: SinkDef[]): SinkCatalogue {
  const byId = new Map(sinks.map((s) => [s.id, s]));
  return { sinks, byId: (id) => byId.get(id) };
}

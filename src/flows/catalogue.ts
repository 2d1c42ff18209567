/**
 * The sink catalogue: where personal data can leave the code (loggers, analytics, email/SMS, CRM,
 * monitoring, AI, files, HTTP). Built-ins in `rules/sinks/*.yml`, extended or overridden (same id) by the
 * policy's `detection.sinks`. Validated, parsed once per process.
 */
import { Ajv } from 'ajv';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { SinkCatalogue, SinkDef } from './types.js';

const SINKS_DIR = new URL('../../rules/sinks/', import.meta.url);

const list = { type: 'array', items: { type: 'string', minLength: 1 } };
const sinkSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'title'],
  properties: {
    id: { type: 'string', pattern: '^[a-z0-9][a-z0-9.-]*$' },
    kind: { type: 'string' },
    title: { type: 'string' },
    packages: list,
    calls: list,
    hosts: list,
  },
} as const;
const fileSchema = { type: 'object', additionalProperties: false, required: ['kind', 'sinks'], properties: { kind: { type: 'string' }, sinks: { type: 'array', items: sinkSchema } } } as const;

const ajv = new Ajv({ allErrors: true, strict: false });
const validateFile = ajv.compile(fileSchema);
const validateSink = ajv.compile(sinkSchema);

function normalise(raw: Record<string, unknown>, kind: string): SinkDef {
  return {
    id: raw.id as string,
    kind: (raw.kind as string | undefined) ?? kind,
    title: raw.title as string,
    packages: (raw.packages as string[] | undefined) ?? [],
    calls: (raw.calls as string[] | undefined) ?? [],
    hosts: (raw.hosts as string[] | undefined) ?? [],
  };
}

let builtins: SinkDef[] | undefined;

function loadBuiltins(): SinkDef[] {
  if (builtins) return builtins;
  builtins = readdirSync(SINKS_DIR)
    .filter((f) => f.endsWith('.yml'))
    .sort()
    .flatMap((file) => {
      const data = parse(readFileSync(new URL(file, SINKS_DIR), 'utf8')) as { kind: string; sinks: Record<string, unknown>[] };
      if (!validateFile(data)) throw new Error(`invalid sink catalogue rules/sinks/${file}: ${validateFile.errors?.[0]?.instancePath} ${validateFile.errors?.[0]?.message}`);
      return data.sinks.map((s) => normalise(s, data.kind));
    });
  return builtins;
}

export function loadSinkCatalogue(extra: unknown[]): SinkCatalogue {
  const byId = new Map(loadBuiltins().map((s) => [s.id, s]));
  extra.forEach((entry, index) => {
    if (!validateSink(entry) || !(entry as unknown as { kind?: string }).kind) {
      throw new Error(`invalid sink in detection.sinks[${index}]: ${validateSink.errors?.[0]?.message ?? 'kind is required'}`);
    }
    const raw = entry as unknown as Record<string, unknown>;
    const sink = normalise(raw, raw.kind as string);
    byId.set(sink.id, sink);
  });
  const sinks = [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
  return { sinks, byId: (id) => byId.get(id) };
}

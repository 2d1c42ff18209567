/**
 * Parses a Prisma schema with @mrleebo/prisma-ast 0.15: the last version that runs on Node 20 (0.16 needs
 * Node 22). A file that does not parse becomes a position and a short reason, never a crash.
 */
import { createRequire } from 'node:module';
import type { Schema } from '@mrleebo/prisma-ast';

// Loaded on the first schema, not at start: the package builds its grammar when it is loaded (a third of a
// second), which a run without a Prisma schema, or with every schema in the scan cache, should not pay.
const load = () => createRequire(import.meta.url)('@mrleebo/prisma-ast') as typeof import('@mrleebo/prisma-ast');

type Parse = (text: string) => Schema;

let cached: Parse | undefined;

/** Building the parser costs chevrotain's grammar analysis; do it once per process. */
function parser(): Parse {
  if (!cached) {
    const { getSchema, PrismaParser, VisitorClassFactory } = load();
    const p = new PrismaParser({ nodeLocationTracking: 'full' });
    const Visitor = VisitorClassFactory(p);
    const visitor = new Visitor(p);
    cached = (text) => getSchema(text, { parser: p, visitor });
  }
  return cached;
}

export interface PrismaParseError {
  line: number;
  col?: number;
  detail: string;
}

interface ChevrotainError {
  name?: string;
  message?: string;
  token?: { image?: string; startLine?: number; startColumn?: number; tokenType?: { name?: string } };
}

/** What the parser found, never the text of a string literal (a `@default("...")` may hold a personal value). */
function describe(error: ChevrotainError): string {
  const token = error.token;
  const kind = token?.tokenType?.name;
  const found = !token || kind === 'EOF' || token.image === '' ? 'end of file' : kind === 'StringLiteral' ? 'string literal' : `'${token.image}'`;
  const expected = /^Expecting --> (.{1,40}?) <--/.exec(error.message ?? '')?.[1];
  return `unexpected ${found}${expected ? `, expected ${expected}` : ''}`;
}

export function parsePrismaSchema(text: string): { schema: Schema } | { error: PrismaParseError } {
  try {
    return { schema: parser()(text) };
  } catch (raw) {
    const error = raw as ChevrotainError;
    const line = error.token?.startLine;
    if (typeof line === 'number' && Number.isFinite(line)) {
      return { error: { line, ...(Number.isFinite(error.token?.startColumn) ? { col: error.token!.startColumn! } : {}), detail: describe(error) } };
    }
    // End of input: the problem shows at the last line.
    return { error: { line: text.split('\n').length, detail: describe(error) } };
  }
}

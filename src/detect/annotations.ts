/**
 * The annotation grammar shared by JSDoc, SQL `COMMENT ON` and Prisma `///`:
 * `@purpose id[, id...]`, `@personal category[, category]`, `@personal none -- reason`.
 */
import type { Annotations } from './types.js';

// The tag must start the text or follow whitespace or `*`, so `a@purpose.com` is an email, not a tag.
const TAG = /(^|[\s*])@(purpose|personal)(?![\w-])[ \t]*([^\n@]*)/g;
const ID = /[A-Za-z0-9][\w-]*/g;

export function parseAnnotations(text: string): Annotations {
  const result: Annotations = { purposes: [], personal: [], spans: [] };
  for (const tag of text.matchAll(TAG)) {
    const kind = tag[2] as 'purpose' | 'personal';
    const body = tag[3] ?? '';
    const bodyStart = (tag.index ?? 0) + tag[0].length - body.length;
    if (kind === 'personal') {
      const none = /^none\b\s*(?:--\s*(.*?))?\s*(?:\*\/)?\s*$/.exec(body);
      if (none) {
        result.suppressed = { reason: (none[1] ?? '').trim() };
        result.spans!.push({ tag: 'personal', value: 'none', start: bodyStart, end: bodyStart + 4 });
        continue;
      }
    }
    // Ids run until a `--` comment or the end of the line.
    const ids = body.split('--')[0]!;
    for (const id of ids.matchAll(ID)) {
      const value = id[0];
      const start = bodyStart + (id.index ?? 0);
      (kind === 'purpose' ? result.purposes : result.personal).push(value);
      result.spans!.push({ tag: kind, value, start, end: start + value.length });
    }
  }
  return result;
}

export function hasAnnotations(a: Annotations | undefined): boolean {
  return !!a && (a.purposes.length > 0 || a.personal.length > 0 || a.suppressed !== undefined);
}

/**
 * JSON with comments and trailing commas (tsconfig.json, package.json), read without TypeScript: the resolver
 * reads these on a linted file's first import, and loading privmap's own TypeScript for them cost the ESLint
 * plugin's first file of a process about 150 ms (its scans come from the per-file cache and need no parser).
 * Undefined where the text is not such JSON: the caller then asks TypeScript's tolerant reader.
 */
export function parseJsonc(text: string): unknown {
  // Most of them (every package.json) are plain JSON: the native parser reads those at once, where the copy
  // below cost the first linted file of a process 20-30 ms over a monorepo's package.json files.
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // Comments or trailing commas: copied without them below.
  }
  let out = '';
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i]!;
    if (c === '"') {
      const start = i++;
      while (i < n && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
      out += text.slice(start, ++i);
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < n && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) return undefined;
      out += ' ';
      i = end + 2;
    } else {
      out += c;
      i++;
    }
  }
  try {
    // A comma before a closing bracket, whatever white space is between (never inside a string: those were copied whole, and no `,` + `}` outside one survives).
    return JSON.parse(out.replace(/("(?:[^"\\]|\\.)*")|,(\s*[}\]])/g, (match, string: string | undefined, close: string | undefined) => string ?? close!));
  } catch {
    return undefined;
  }
}

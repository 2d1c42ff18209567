/** tsconfig.json and package.json read without TypeScript (src/flows/jsonc.ts), as TypeScript's reader reads them. */
import { describe, expect, it } from 'vitest';
import { parseJsonc } from '../../src/flows/jsonc.js';
import { typescript } from '../../src/scan/code/typescript-api.js';

const TSCONFIG = `{
  // the app's aliases
  "compilerOptions": {
    "baseUrl": ".", /* relative to this file */
    "paths": { "@/*": ["./src/*"], "~//*": ["./lib/*",], },
    "description": "a string with // no comment, /* nor this */ and ,} inside",
    "escaped": "quote \\" and backslash \\\\",
  },
}`;

describe('parseJsonc', () => {
  it('reads comments and trailing commas as TypeScript does, leaving strings whole', () => {
    const fast = parseJsonc(TSCONFIG);
    expect(fast).toEqual(typescript.parseConfigFileTextToJson('tsconfig.json', TSCONFIG).config);
    expect((fast as { compilerOptions: { paths: Record<string, string[]> } }).compilerOptions.paths['~//*']).toEqual(['./lib/*']);
  });

  it('gives undefined for text that is not JSON, so the caller asks TypeScript', () => {
    expect(parseJsonc('{ "a": 1 /* unclosed')).toBeUndefined();
    expect(parseJsonc('{ a: 1 }')).toBeUndefined();
  });
});

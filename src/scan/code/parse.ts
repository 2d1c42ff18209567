/** Parsing one source file the way every front end of the code scanner does, and refusing broken ones. */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import type { Skipped } from '../../finding.js';

/**
 * Annotations are read from the raw comment text (jsdoc.ts), never from TypeScript's JSDoc nodes, so the
 * parser skips building them.
 */
export const PARSE_OPTIONS: ts.CreateSourceFileOptions = {
  // Read when a file is parsed, from the TypeScript in use, so loading this module does not load TypeScript.
  get languageVersion() {
    return typescript.ScriptTarget.Latest;
  },
  get jsDocParsingMode() {
    return typescript.JSDocParsingMode.ParseNone;
  },
};

/** Single-file components whose code blocks the scanner reads: Vue's and Svelte's scripts, Astro's frontmatter and scripts. */
export const COMPONENT_FILE = /\.(?:vue|svelte|astro)$/i;
const ASTRO_FILE = /\.astro$/i;
/** An Astro component's frontmatter opens on its first line (`---`) and closes at the next line that is `---`. */
const FRONTMATTER_OPEN = /^\uFEFF?\s*---[^\S\r\n]*\r?\n/;
const FRONTMATTER_CLOSE = /^---[^\S\r\n]*$/m;
const SCRIPT_BLOCK = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const NOT_CODE_TYPE = /\btype\s*=\s*["']?(?!(?:module|text\/javascript|application\/javascript|text\/typescript)\b)[\w/+-]/i;

export interface ScriptSource {
  /** What the parser reads: the file itself, or a component with everything outside its scripts blanked. */
  text: string;
  kind: ts.ScriptKind;
}

/**
 * The script of a file. For a Vue or Svelte component, its `<script>` and `<script setup>` (or
 * `context="module"`) blocks, with the template and styles replaced by spaces: offsets, lines and columns
 * stay those of the component file, so findings point at the real line. `lang="ts"` parses as TypeScript.
 * An Astro component's frontmatter is the server code that runs for each request (its form handlers send mail
 * and take payments), TypeScript as Astro compiles it, and its `<script>` blocks are TypeScript too.
 */
export function scriptSource(file: string, text: string): ScriptSource {
  if (!COMPONENT_FILE.test(file)) return { text, kind: scriptKindFor(file) };
  let out = '';
  let last = 0;
  const astro = ASTRO_FILE.test(file);
  let kind: ts.ScriptKind = astro ? typescript.ScriptKind.TS : typescript.ScriptKind.JS;
  const frontmatter = astro ? frontmatterRange(text) : undefined;
  if (frontmatter) {
    out = blank(text.slice(0, frontmatter.start)) + text.slice(frontmatter.start, frontmatter.end);
    last = frontmatter.end;
  }
  for (const block of text.matchAll(SCRIPT_BLOCK)) {
    if ((block.index ?? 0) < last) continue;
    const attributes = block[1] ?? '';
    if (NOT_CODE_TYPE.test(attributes) || /\bsrc\s*=/.test(attributes)) continue;
    const lang = /\blang\s*=\s*["']?(\w+)/i.exec(attributes)?.[1]?.toLowerCase();
    if (lang === 'ts' || lang === 'typescript') kind = kind === typescript.ScriptKind.TSX ? kind : typescript.ScriptKind.TS;
    else if (lang === 'tsx') kind = typescript.ScriptKind.TSX;
    else if (lang === 'jsx' && kind === typescript.ScriptKind.JS) kind = typescript.ScriptKind.JSX;
    const start = (block.index ?? 0) + block[0].indexOf('>') + 1;
    out += blank(text.slice(last, start)) + (block[2] ?? '');
    last = start + (block[2] ?? '').length;
  }
  return { text: out + blank(text.slice(last)), kind };
}

/** Where an Astro component's frontmatter code starts and ends (the fences left out), if it has one. */
function frontmatterRange(text: string): { start: number; end: number } | undefined {
  const open = FRONTMATTER_OPEN.exec(text);
  if (!open) return undefined;
  const start = open[0].length;
  const close = FRONTMATTER_CLOSE.exec(text.slice(start));
  return close ? { start, end: start + close.index } : undefined;
}

/** The same text with every character but line breaks turned into a space. */
function blank(text: string): string {
  return text.replace(/[^\r\n]/g, ' ');
}

export function scriptKindFor(file: string): ts.ScriptKind {
  if (/\.tsx$/i.test(file)) return typescript.ScriptKind.TSX;
  if (/\.jsx$/i.test(file)) return typescript.ScriptKind.JSX;
  if (/\.[mc]?js$/i.test(file)) return typescript.ScriptKind.JS;
  return typescript.ScriptKind.TS;
}

interface ParseDiagnostic {
  start?: number;
  messageText: string | ts.DiagnosticMessageChain;
}

/**
 * A file with syntax errors is skipped, not half-scanned: the parser recovers from anything, but after an
 * error it may run a declaration into the next one, and findings from such a tree would be wrong. Code that
 * reaches CI compiles; a file that does not is reported with the first error's line.
 */
export function parseError(sourceFile: ts.SourceFile, file: string): Skipped | undefined {
  const diagnostics = (sourceFile as unknown as { parseDiagnostics?: ParseDiagnostic[] }).parseDiagnostics;
  if (!diagnostics?.length) return undefined;
  const first = diagnostics[0]!;
  const message = typescript.flattenDiagnosticMessageText(first.messageText, ' ');
  const more = diagnostics.length > 1 ? ` (and ${diagnostics.length - 1} more)` : '';
  return { file, reason: 'parse-error', line: sourceFile.getLineAndCharacterOfPosition(first.start ?? 0).line + 1, detail: `${message}${more}` };
}


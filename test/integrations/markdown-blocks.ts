/** The fenced code blocks of a docs page, so a test runs the examples users copy, exactly as printed. */
import { readFileSync } from 'node:fs';

export interface CodeBlock {
  lang: string;
  text: string;
}

export function codeBlocks(file: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  for (const match of readFileSync(file, 'utf8').matchAll(/^```([\w-]*)[^\n]*\n([\s\S]*?)^```\s*$/gm)) blocks.push({ lang: match[1]!, text: match[2]! });
  return blocks;
}

/** The one block of a language that contains a marker text; fails loudly when the page lost it. */
export function codeBlock(file: string, lang: string, containing: string): string {
  const found = codeBlocks(file).filter((b) => b.lang === lang && b.text.includes(containing));
  if (found.length !== 1) throw new Error(`${file}: expected one \`\`\`${lang} block containing ${containing}, found ${found.length}`);
  return found[0]!.text;
}

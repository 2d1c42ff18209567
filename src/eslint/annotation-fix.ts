/**
 * Text edits that add an annotation to the JSDoc above a declaration: merged into an existing JSDoc (an
 * existing `@purpose` list is replaced, since every listed purpose must allow the category), else a new
 * `/** ... *\/` line above it with the same indentation.
 */
export interface TextEdit {
  range: [number, number];
  text: string;
}

function jsdocBefore(text: string, start: number): [number, number] | undefined {
  let end = start;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  if (!text.startsWith('*/', end - 2)) return undefined;
  const open = text.lastIndexOf('/*', end - 2);
  if (open < 0 || text[open + 2] !== '*') return undefined;
  return [open, end];
}

export function annotationEdit(text: string, declarationStart: number, tag: string): TextEdit {
  const comment = jsdocBefore(text, declarationStart);
  if (comment) {
    const [open, end] = comment;
    const body = text.slice(open, end);
    const existing = /@purpose[ \t]+[\w-]+(?:[ \t]*,[ \t]*[\w-]+)*/.exec(body);
    if (existing && tag.startsWith('@purpose')) return { range: [open + existing.index, open + existing.index + existing[0].length], text: tag };
    const close = end - 2;
    const lineStart = text.lastIndexOf('\n', close - 1) + 1;
    const beforeClose = text.slice(lineStart, close);
    if (body.includes('\n') && /^[ \t]*$/.test(beforeClose)) {
      // A multi-line JSDoc: a new ` * @tag` line above the closing `*/`, aligned with it.
      return { range: [lineStart, lineStart], text: `${beforeClose}* ${tag}\n` };
    }
    let contentEnd = close;
    while (contentEnd > open && (text[contentEnd - 1] === ' ' || text[contentEnd - 1] === '\t')) contentEnd--;
    return { range: [contentEnd, close], text: ` ${tag} ` };
  }
  const lineStart = text.lastIndexOf('\n', declarationStart - 1) + 1;
  const indent = text.slice(lineStart, declarationStart);
  if (/^[ \t]*$/.test(indent)) return { range: [declarationStart, declarationStart], text: `/** ${tag} */\n${indent}` };
  return { range: [declarationStart, declarationStart], text: `/** ${tag} */ ` };
}

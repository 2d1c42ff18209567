/**
 * dbmate (`-- migrate:up` / `-- migrate:down`) and goose (`-- +goose Up` / `-- +goose Down`) keep both
 * directions in one file. Only the up sections are steps of the history; the down sections are blanked
 * line by line so every line number stays what the file says.
 */
const MARKER = /^\s*--\s*(?:migrate:(up|down)|\+goose\s+(up|down))\b/i;

export function upSections(text: string): string {
  if (!/--\s*(?:migrate:|\+goose\s)/i.test(text)) return text;
  const lines = text.split('\n');
  // Before the first marker neither tool runs anything.
  let isUp = false;
  let sawMarker = false;
  for (let i = 0; i < lines.length; i++) {
    const marker = MARKER.exec(lines[i]!);
    if (marker) {
      sawMarker = true;
      isUp = (marker[1] ?? marker[2]!).toLowerCase() === 'up';
      continue;
    }
    if (!isUp) lines[i] = '';
  }
  return sawMarker ? lines.join('\n') : text;
}

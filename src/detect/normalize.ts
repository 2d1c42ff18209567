/** Lower-case, without diacritics, ß as ss: so `Straße`, `prénom` and `strasse`, `prenom` compare equal. */
export function normalizeWord(word: string): string {
  // Most words are plain ASCII, which holds no ß, æ, ø nor anything NFD decomposes: lower-casing is all there is.
  if (isAscii(word)) return word.toLowerCase();
  return word
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

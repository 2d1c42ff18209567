/** Lower-case, without diacritics, ß as ss: so `Straße`, `prénom` and `strasse`, `prenom` compare equal. */
export function normalizeWord(word: string): string {
  return word
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

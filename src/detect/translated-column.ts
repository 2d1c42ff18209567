/**
 * A translated copy of a column (`street_name_sv` beside `street_name`, `city_sv` beside `city`: django-modeltranslation
 * and hand-made multilingual tables): the same place in another language, so it holds the address the column it
 * translates holds. Only when the untranslated column is there too: `nimi_fi` alone is a Finnish `nimi`, not a copy, and
 * a two-letter ending that is a word (`phone_no`, `created_by`) is no language. Only an address: streets and towns have
 * a name in each official language, a person has one name, and a translated `name` is a thing's (index.ts).
 */

/** ISO 639-1 codes of the languages a translated column is usually kept in; none that is an English or Nordic word. */
const LANGUAGES = new Set([
  'en', 'sv', 'fi', 'nb', 'nn', 'da', 'de', 'nl', 'fr', 'es', 'it', 'pt', 'pl', 'ru', 'uk', 'et', 'lv', 'lt', 'cs', 'sk', 'sl',
  'hr', 'sr', 'hu', 'ro', 'bg', 'el', 'tr', 'ar', 'fa', 'zh', 'ja', 'ko', 'ca', 'eu', 'gl', 'cy', 'ga', 'se', 'kl', 'fo',
]);

const ENDING = /^(.+?)(?:_|-|(?<=[a-z])(?=[A-Z]))([A-Za-z]{2})$/;

/** The column a translated column copies (`street_name` for `street_name_sv`), when the record has it. */
export function translatedFrom(name: string, siblings: readonly string[] | undefined): string | undefined {
  if (!siblings) return undefined;
  const found = ENDING.exec(name);
  if (!found || !LANGUAGES.has(found[2]!.toLowerCase())) return undefined;
  const base = found[1]!;
  return siblings.includes(base) ? base : undefined;
}

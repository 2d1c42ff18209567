/**
 * What a function handed in by the caller returns: `const recipients = await params.eligibility(params.sql,
 * params.year)` (egapro's reminder loop, the eligibility query passed in as an option) is what that function
 * loads, not the arguments it was called with, just as `findRecipients(sql, year)` returns rows. A method of a
 * parameter that is the language's own (`emails.map(…)`, `to.toLowerCase()`, `list.join(', ')`) still hands the
 * parameter on; any other member of it called as a function is such a callback, and its result carries none of
 * the parameter nor of its arguments (the parameter's other keys stay what they are).
 */

/** Methods of strings, arrays, maps, sets, promises and objects that hand back (a part of) the value they are called on. */
const VALUE_METHODS = new Set([
  'map', 'filter', 'reduce', 'reduceRight', 'flatMap', 'flat', 'slice', 'splice', 'concat', 'join', 'split', 'trim', 'trimStart',
  'trimEnd', 'toLowerCase', 'toUpperCase', 'toLocaleLowerCase', 'toLocaleUpperCase', 'replace', 'replaceAll', 'substring', 'substr',
  'padStart', 'padEnd', 'at', 'find', 'findLast', 'sort', 'toSorted', 'reverse', 'toReversed', 'entries', 'keys', 'values', 'toString',
  'toJSON', 'normalize', 'repeat', 'charAt', 'then', 'catch', 'finally', 'get', 'valueOf', 'with', 'fill', 'copyWithin', 'forEach',
  'some', 'every', 'includes', 'indexOf', 'lastIndexOf', 'match', 'matchAll', 'search', 'localeCompare', 'toFixed', 'toISOString',
]);

/** `params.eligibility(…)`: a member of a parameter called as a function that is not the language's own method. */
export function isCallbackOfParameter(method: string): boolean {
  return !VALUE_METHODS.has(method);
}

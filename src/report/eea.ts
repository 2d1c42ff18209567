/**
 * The European Economic Area (EU member states plus Iceland, Liechtenstein and Norway), as ISO 3166-1 alpha-2
 * codes. A recipient outside it receives a transfer under GDPR Chapter V, which needs a safeguard.
 */
const EEA = new Set([
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IS', 'IT', 'LI', 'LT', 'LU', 'LV', 'MT', 'NL', 'NO', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK',
]);

/** Country names people write instead of codes are not guessed: anything but an EEA code counts as outside. */
export function isOutsideEea(country: string): boolean {
  const code = country.trim().toUpperCase();
  // Greece's ISO code is GR but the EU writes EL.
  return !EEA.has(code === 'EL' ? 'GR' : code);
}

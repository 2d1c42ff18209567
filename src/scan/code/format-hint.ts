/**
 * A JSON Schema or OpenAPI string `format` that names the data (`email`, `idn-email`; the non-standard `phone`,
 * `tel`, `phone-number` some APIs use). Shared by decorator options (`@ApiProperty({ format: 'email' })`) and
 * builder options (TypeBox's `Type.String({ format: 'email' })`).
 */
const FORMATS: Readonly<Record<string, string>> = Object.assign(Object.create(null) as Record<string, string>, {
  email: 'email',
  'idn-email': 'email',
  phone: 'phone',
  tel: 'phone',
  'phone-number': 'phone',
});

export function formatHint(format: string): string | undefined {
  return FORMATS[format.trim().toLowerCase()];
}

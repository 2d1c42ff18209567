/** Classifying sampled values. The value itself never leaves this function: only a category and a rule id. */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import type { ValuesFile } from './load-rules.js';
import type { ValueResult } from './types.js';

export interface ValueClassifier {
  (value: string): ValueResult | undefined;
}

const PHONE_SHAPE = /^\+?[\d\s().-]{7,22}$/;
const DATE_SHAPE = /^\d{4}[-./]\d{1,2}[-./]\d{1,2}|^\d{1,2}[-./]\d{1,2}[-./]\d{2,4}$/;

export function createValueClassifier(values: ValuesFile, defaultRegion: string | undefined): ValueClassifier {
  const email = new RegExp(values.email);
  const street = new RegExp(values.street, 'iu');
  const postcodes = Object.entries(values.postcodeWithTown).map(([country, re]) => ({ country, re: new RegExp(re, 'u') }));
  const region = (defaultRegion ?? 'NO') as CountryCode;
  return (raw) => {
    const value = raw.trim();
    if (value.length < 5 || value.length > 200) return undefined;
    if (email.test(value)) return { category: 'email', ruleId: 'value.email' };
    if (PHONE_SHAPE.test(value) && !DATE_SHAPE.test(value)) {
      const digits = value.replace(/\D/g, '').length;
      // Phone numbers have 8 to 15 digits; order numbers and prices rarely carry a + or grouping.
      if (digits >= 8 && digits <= 15) {
        const phone = parsePhoneNumberFromString(value, region);
        if (phone?.isValid()) return { category: 'phone', ruleId: 'value.phone' };
      }
    }
    if (/\p{L}/u.test(value)) {
      if (street.test(value)) return { category: 'address', ruleId: 'value.street' };
      const postcode = postcodes.find((p) => p.re.test(value));
      if (postcode) return { category: 'address', ruleId: `value.postcode.${postcode.country.toLowerCase()}` };
    }
    return undefined;
  };
}

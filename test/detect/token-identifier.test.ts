/**
 * Issue 11 (session 9): Auth.js's (NextAuth's) verification token keeps the email address a sign-in link or code was
 * sent to as its `identifier`, beside the token and its expiry; a token record linked to a user keeps a purpose there,
 * and an `identifier` elsewhere is any key. Written from training labels (linkwarden, papermark, karakeep, openstatus).
 */
import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/index.js';
import { scanned } from './field-categories.js';

const detector = createDetector();
const categories = (name: string, container: string, siblings: string[], type = 'String') =>
  detector.classifyField({ name, container: [container], siblings, type }).matches.map((m) => m.category).sort().join('+');

describe("a verification token's identifier", () => {
  it('is the email address in a token record with its expiry and no user link (Prisma and Drizzle alike)', () => {
    expect(categories('identifier', 'VerificationToken', ['identifier', 'token', 'expires'])).toBe('email');
    expect(categories('identifier', 'PasswordResetToken', ['identifier', 'token', 'expires', 'createdAt'])).toBe('email');
    const drizzle = scanned(`export const verificationTokens = sqliteTable("verificationToken", {
  identifier: text("identifier").notNull(),
  token: text("token").notNull(),
  expires: integer("expires", { mode: "timestamp_ms" }).notNull(),
});`);
    expect(drizzle.identifier).toEqual(['email']);
  });

  it('is no address where the token links to a user, has no token or expiry, or elsewhere', () => {
    expect(categories('identifier', 'VerificationToken', ['id', 'identifier', 'token', 'expires', 'userId'])).toBe('');
    expect(categories('identifier', 'Verification', ['id', 'identifier', 'value', 'expiresAt'])).toBe('');
    expect(categories('identifier', 'CustomField', ['id', 'identifier', 'label', 'type'])).toBe('');
    expect(categories('identifier', 'ApiToken', ['identifier', 'token', 'scopes'])).toBe('');
  });
});

/**
 * Session 21's recall readings, each on its fixture under fixtures/flows (expectations.test.ts checks the fixtures'
 * `privmap-expect` comments through the scan and ESLint): a vendor imported the Deno / CDN way
 * (package-specifier.ts), and a same-file text function given one options object (text-function-options.ts).
 */
import { describe, expect, it } from 'vitest';
import { packageOfSpecifier } from '../../src/flows/package-specifier.js';
import { flowsAt } from '../helpers/flow-fixture.js';

describe('a vendor imported the Deno / CDN way', () => {
  it('is the npm package it names, with its version, a CDN path or query dropped and a subpath kept', () => {
    expect(packageOfSpecifier('npm:resend@2.0.0')).toBe('resend');
    expect(packageOfSpecifier('npm:@sendgrid/mail@7.7.0')).toBe('@sendgrid/mail');
    expect(packageOfSpecifier('npm:nodemailer@6/lib/mailer')).toBe('nodemailer/lib/mailer');
    expect(packageOfSpecifier('https://esm.sh/resend@2.0.0?target=deno')).toBe('resend');
    expect(packageOfSpecifier('https://esm.sh/v135/@supabase/supabase-js@2/es2022/supabase-js.mjs')).toBe('@supabase/supabase-js');
    expect(packageOfSpecifier('https://cdn.jsdelivr.net/npm/posthog-js@1/+esm')).toBe('posthog-js');
  });

  it('leaves a relative path, a bare package and any other URL as they are', () => {
    expect(packageOfSpecifier('./mail')).toBe('./mail');
    expect(packageOfSpecifier('resend')).toBe('resend');
    expect(packageOfSpecifier('https://deno.land/std@0.190.0/http/server.ts')).toBe('https://deno.land/std@0.190.0/http/server.ts');
  });

  it("makes a Supabase Edge Function's send a flow to the vendor, from npm: and from esm.sh", async () => {
    const welcome = await flowsAt('deno-imports', 'supabase/functions/send-welcome/index.ts');
    expect(welcome(15)).toEqual([['resend', ['email', 'name']]]);
    const reminder = await flowsAt('deno-imports', 'supabase/functions/send-reminder/index.ts');
    expect(reminder(12)).toEqual([['resend', ['email']]]);
  });
});

describe('a same-file text function given an options object', () => {
  it('carries the members it reads of a member, taken apart in the body (a trimmed template) or in the parameter list (lines joined)', async () => {
    const at = await flowsAt('text-function-options', 'src/appointments.ts');
    expect(at(33)).toEqual([['nodemailer', ['name']]]);
    expect(at(35)).toEqual([['nodemailer', ['name']]]);
  });

  it('carries a member it writes out whole', async () => {
    const at = await flowsAt('text-function-options', 'src/appointments.ts');
    expect(at(40)).toEqual([['nodemailer', ['name']]]);
  });

  it('is no text where the function returns a record of values', async () => {
    const at = await flowsAt('text-function-options', 'src/appointments.ts');
    expect(at(45)).toEqual([]);
  });
});

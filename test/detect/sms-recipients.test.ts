/**
 * Session 17 (s17-contact): the recipients of a text message, named so (rules/phone.yml `phone.call-party`: `recipients`,
 * `receivers` in a call's or an SMS's record), are phone numbers; a mail's recipients stay addresses, and its copy recipients
 * (`recipientsCC`) are not a number's copy (src/detect/compile.ts: a call's bare party words own no later term). Written from
 * training misses (dispatch-portal's SMS request bodies).
 */
import { describe, expect, it } from 'vitest';
import { categories, scanned } from './field-categories.js';

describe('the recipients of a text message', () => {
  it('are phone numbers', () => {
    expect(scanned('export class RequestBodySMS {\n  @IsArray() @IsString({ each: true }) @ArrayMinSize(1) recipients: string[];\n  @IsString() message: string;\n}\n')).toEqual({ recipients: ['phone'] });
    expect(scanned('export interface SMSRequest {\n  recipients: string[];\n  text: string;\n}\n')).toEqual({ recipients: ['phone'] });
  });

  it('are not numbers in a mail or in a record that is no message', () => {
    const template = ['id', 'title', 'message', 'recipients', 'recipientsCC', 'recipientsBCC'];
    expect(categories('recipients', { container: ['EmailTemplateChild'], type: 'String', siblings: template })).toEqual(['email']);
    expect(categories('recipientsCC', { container: ['EmailTemplateChild'], type: 'String', siblings: template })).toEqual(['email']);
    expect(scanned('export interface Campaign {\n  recipients: string[];\n  title: string;\n}\n')).toEqual({});
  });
});

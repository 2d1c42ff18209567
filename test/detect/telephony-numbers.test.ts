/**
 * Issue 11 (phone recall): a telephony system's or provider's number (`pbx_number`, `twilio_number`) is a phone
 * number, with the traps it must not fall into.
 */
import { describe, expect, it } from 'vitest';
import { categories, scanned } from './field-categories.js';

describe("a telephony system's or provider's number", () => {
  it('is the phone number a person is reached at (`pbx_number`, `twilio_number`, `exotel_number`, `voipNumber`)', () => {
    expect(categories('pbx_number', { container: ['UserProfile'], type: 'CharField', siblings: ['user', 'pbx_number'] })).toEqual(['phone']);
    expect(categories('twilio_number', { container: ['CRM Telephony Agent'], type: 'Data', siblings: ['user', 'twilio', 'twilio_number', 'exotel_number'] })).toEqual(['phone']);
    expect(scanned('export interface Agent { voipNumber: string }').voipNumber).toEqual(['phone']);
  });

  it('leaves an extension, a count and a flag out', () => {
    expect(scanned('export interface ICallHistory { extensionNumber: string }').extensionNumber).toBeUndefined();
    expect(categories('pbx_number', { container: ['UserProfile'], type: 'boolean' })).toEqual([]);
    expect(categories('pbx_numbers_count', { container: ['stats'], type: 'integer' })).toEqual([]);
  });
});

describe("a text message's or a call's log (session 9)", () => {
  it('holds its party\'s mobile number, though a log is a thing (`sms_logs.mobile`)', () => {
    expect(categories('mobile', { container: ['sms_logs'], type: 'string', siblings: ['id', 'mobile', 'message', 'created_at'] })).toEqual(['phone']);
    expect(categories('mobile', { container: ['CallLog'], type: 'string', siblings: ['id', 'mobile', 'duration'] })).toEqual(['phone']);
  });

  it('leaves a mobile flag of another log out', () => {
    expect(categories('mobile', { container: ['request_logs'], type: 'string', siblings: ['id', 'mobile', 'path'] })).toEqual([]);
    expect(categories('mobile', { container: ['sms_logs'], type: 'boolean', siblings: ['id', 'mobile'] })).toEqual([]);
  });
});

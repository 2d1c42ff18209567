/**
 * A text message's sender name is the alphanumeric sender id an operator shows instead of a number (the sending
 * organisation's, up to eleven characters), not a person's name; its recipient's number and name stay a person's.
 */
import { describe, expect, it } from 'vitest';
import { categories, scanned } from './field-categories.js';

describe("a text message's sender name", () => {
  it('is the sender id, no person (MessageSms.senderName, StructureSmsParams.senderName, sms_queue.sender_name)', () => {
    const sms = scanned('export interface MessageSms {\n  content: string;\n  senderName: string;\n  phoneNumber: string;\n  recipientName: string;\n}\n');
    expect(sms['senderName']).toBeUndefined();
    expect(scanned('export interface StructureSmsParams {\n  enabled: boolean;\n  senderName: string;\n}\n')).toEqual({});
    expect(categories('sender_name', { container: ['sms_queue'], type: 'varchar(11)', siblings: ['id', 'sender_name', 'recipient', 'text'] })).toEqual([]);
  });

  it("while its recipient's number and name, and a mail's or a chat message's sender name, stay a person's", () => {
    const sms = scanned('export interface MessageSms {\n  content: string;\n  senderName: string;\n  phoneNumber: string;\n  recipientName: string;\n}\n');
    expect([sms['phoneNumber'], sms['recipientName']]).toEqual([['phone'], ['name']]);
    expect(categories('sender_name', { container: ['chat_messages'], type: 'varchar(255)', siblings: ['id', 'sender_name', 'body'] })).toEqual(['name']);
  });
});

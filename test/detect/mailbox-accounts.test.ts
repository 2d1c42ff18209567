/**
 * A mail account's or an inbound mailbox's record (a server port and a password beside) is that connection's settings:
 * its addresses are the account's own, not a person's (src/detect/classify-field.ts, `siblings:connection`).
 */
import { describe, expect, it } from 'vitest';
import { categories } from './field-categories.js';

const inbound = ['id', 'name', 'email_address', 'host', 'port', 'password', 'reply_to_address', 'reply_from_address', 'status'];

describe("a mailbox's or a mail account's record", () => {
  it('keeps its own address, reply-to and sender address out', () => {
    for (const name of ['email_address', 'reply_to_address', 'reply_from_address']) {
      expect(categories(name, { container: ['InboundEmail'], type: 'varchar(255)', siblings: inbound }), name).toEqual([]);
    }
    expect(categories('email', { container: ['mailboxes'], type: 'varchar(191)', siblings: ['id', 'name', 'email', 'in_server', 'in_port', 'in_password'] })).toEqual([]);
  });

  it("while a person's address beside a password but no server port, or a named person's in the account, still counts", () => {
    expect(categories('email', { container: ['users'], type: 'varchar(255)', siblings: ['id', 'first_name', 'email', 'password'] })).toEqual(['email']);
    expect(categories('owner_email', { container: ['InboundEmail'], type: 'varchar(255)', siblings: [...inbound, 'owner_email'] })).toEqual(['email']);
  });
});

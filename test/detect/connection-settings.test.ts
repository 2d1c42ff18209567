/**
 * Issue 11 (session 9): a record holding a server connection's port and password is that connection's settings (a
 * CRM's or a help desk's mail account, an inbound mailbox): its `name` labels the account and its sender name is the
 * system's. Written from training misses (django-crm and espocrm mail accounts).
 */
import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/index.js';

const detector = createDetector();
const categories = (name: string, container: string, siblings: string[], type = 'varchar') =>
  detector.classifyField({ name, container: [container], siblings, type }).matches.map((m) => m.category).sort().join('+');

describe('a server connection\'s settings', () => {
  const account = ['name', 'emailAddress', 'host', 'port', 'username', 'password', 'fromName', 'replyFromName', 'assignedUser'];

  it('leaves the account\'s name and its sender names out, and keeps its mailbox address', () => {
    expect(categories('name', 'EmailAccount', account)).toBe('');
    expect(categories('fromName', 'InboundEmail', account)).toBe('');
    expect(categories('replyFromName', 'InboundEmail', account)).toBe('');
    expect(categories('emailAddress', 'EmailAccount', account)).toBe('email');
    const django = ['name', 'email_host', 'email_port', 'email_host_user', 'email_host_password', 'from_email'];
    expect(categories('name', 'EmailAccount', django, 'CharField')).toBe('');
  });

  it('still reads a person\'s name beside an email where no connection is kept, or a person noun before it', () => {
    const contact = ['name', 'email', 'phone', 'password'];
    expect(categories('name', 'EmailAccount', contact)).toBe('name');
    expect(categories('name', 'Account', ['name', 'email', 'port'])).toBe('name');
    expect(categories('contact_person', 'EmailAccount', account.concat('contact_person'))).toBe('name');
  });
});

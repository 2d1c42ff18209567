/**
 * Issue 11, names (session 8): role nouns that hold a person's name as text, and the contact an invoice goes to. Each
 * is a general word seen in the training code bases' misses only.
 */
import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/index.js';
import type { FieldFacts } from '../../src/detect/types.js';

const detector = createDetector();
const categories = (name: string, extra: Omit<FieldFacts, 'name'> = {}) => detector.classifyField({ name, ...extra }).matches.map((m) => m.category).sort().join('+');
const record = (container: string, siblings: string[], type = 'varchar(255)') => ({ container: [container], siblings, type });

describe('a role holding the name of whoever has it', () => {
  it('reads a requester, an interviewer, a prescriber and a depositor stored as text as their name', () => {
    expect(categories('requestor', record('rttickets', ['id', 'queueid', 'requestor', 'subject', 'state']))).toBe('name');
    expect(categories('requester', record('tickets', ['id', 'requester', 'subject']))).toBe('name');
    expect(categories('interviewers', record('job_candidate_history', ['id', 'candidate_id', 'interviewers', 'note']))).toBe('name');
    expect(categories('prescriber', record('operation_rows', ['id', 'operation', 'prescriber', 'remarks']))).toBe('name');
    expect(categories('depositor', record('customer', ['id', 'iban', 'bic', 'depositor', 'bank'], 'text'))).toBe('name');
    expect(categories('erfasser', record('DemoData', ['id', 'erfasser', 'datum'], 'String'))).toBe('name');
  });

  it('leaves a link or a relation to the role\'s holder out', () => {
    expect(categories('requestor_id', record('tickets', ['id', 'requestor_id', 'subject'], 'int'))).toBe('');
    expect(categories('requester', { container: ['Ticket'], type: 'User' })).toBe('');
    expect(categories('depositor', record('accounts', ['id', 'depositor'], 'uuid'))).toBe('');
  });
});

describe('the contact an invoice goes to', () => {
  it('reads an invoicing or finance contact stored as text as a contact person\'s name', () => {
    expect(categories('client_invoicing_contact', record('ip_clients', ['client_id', 'client_name', 'client_invoicing_contact', 'client_email']))).toBe('name');
    expect(categories('financeContact', { container: ['customers'], siblings: ['name', 'email', 'financeContact'], type: 'text' })).toBe('name');
  });

  it('leaves a link to the contact out', () => {
    expect(categories('billing_contact_id', record('accounts', ['id', 'billing_contact_id'], 'int'))).toBe('');
    expect(categories('billingContact', { container: ['Account'], type: 'Contact' })).toBe('');
  });
});

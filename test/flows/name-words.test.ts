/**
 * A name's words split once per run (name-words.ts, session 20): the name tests of the flow collector (a settings
 * chain, a whole record's noun, a logger, an id) read the shared list instead of splitting the name at each argument.
 * The memo must give what splitting gives, for every kind of name, the first time and every time after.
 */
import { describe, expect, it } from 'vitest';
import { splitWords } from '../../src/detect/split-words.js';
import { nameWords } from '../../src/flows/name-words.js';
import { isLoggerName } from '../../src/flows/log-named-receiver.js';

const NAMES = ['billingStreetAddress', 'CUSTOMER_E_MAIL', 'XMLHttpRequest', 'zip_code2', 'currentUser', 'isAdmin', 'empresaId', 'adresseÉlectronique', 'nomUtilisateur', 'straßeName', 'audit_logger', 'eventLog', 'catalog', ''];

describe('the words of a name, split once', () => {
  it('gives what splitWords gives, the first time and from the memo', () => {
    for (const name of NAMES) expect(nameWords(name)).toEqual(splitWords(name));
    for (const name of NAMES) expect(nameWords(name)).toEqual(splitWords(name));
  });

  it('keeps each name its own list when names share words', () => {
    expect(nameWords('userEmail')).toEqual(['user', 'email']);
    expect(nameWords('user_email')).toEqual(['user', 'email']);
    expect(nameWords('userEmail')).not.toBe(nameWords('user_email'));
  });

  it('answers the name tests built on it as before', () => {
    expect([isLoggerName('jobLogger'), isLoggerName('audit_logger'), isLoggerName('eventLog'), isLoggerName('catalog'), isLoggerName('dialog'), isLoggerName('log')]).toEqual([true, true, true, false, false, false]);
    // Asked again, from the memo.
    expect([isLoggerName('jobLogger'), isLoggerName('catalog')]).toEqual([true, false]);
  });
});

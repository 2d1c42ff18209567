/**
 * A person's settings or options are that person's record (`UserSettings`), and stay so with a word after them
 * (`UsagerOptionsHistory`, `UserSettingsHistory`: their history): the settings word found behind the head yields to a
 * person's word before it as the head does (src/detect/context.ts).
 */
import { describe, expect, it } from 'vitest';
import { categories } from './field-categories.js';

const history = ['usagerUUID', 'userId', 'structureId', 'action', 'type', 'nom', 'prenom', 'adresse', 'actif', 'dateDebut', 'dateFin'];

describe('a person\'s settings with a word after them', () => {
  it('hold that person\'s name and address (UsagerOptionsHistory.prenom, .adresse; UserSettingsHistory.notificationEmail)', () => {
    expect(categories('prenom', { container: ['UsagerOptionsHistory'], type: 'string', siblings: history })).toEqual(['name']);
    expect(categories('adresse', { container: ['UsagerOptionsHistory'], type: 'string', siblings: history })).toEqual(['address']);
    expect(categories('notificationEmail', { container: ['UserSettingsHistory'], type: 'string', siblings: ['id', 'notificationEmail', 'changedAt'] })).toEqual(['email']);
  });

  it('while the system\'s settings with a word after them stay settings (MailSettingsHistory.from_email, SmtpOptionsHistory.sender_name)', () => {
    expect(categories('from_email', { container: ['MailSettingsHistory'], type: 'string', siblings: ['id', 'from_email', 'changed_at'] })).toEqual([]);
    expect(categories('sender_name', { container: ['SmtpOptionsHistory'], type: 'string', siblings: ['id', 'sender_name', 'host', 'port'] })).toEqual([]);
  });
});

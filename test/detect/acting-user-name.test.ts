/**
 * `user_name` or `userName` written as two words in another record (a topic's, a decision's, an agent's) is the name of
 * the user who acted, shown beside it (rules/name.yml `name.user`); `username` in one word is a login everywhere, and in
 * the user's or an account's own record the two words are the login too.
 */
import { describe, expect, it } from 'vitest';
import { categories, scanned } from './field-categories.js';

describe("the acting user's name", () => {
  it('is a name in a record about something else (topics.user_name, UsagerDecision.userName)', () => {
    expect(categories('user_name', { container: ['topics'], type: 'string', siblings: ['id', 'forum_id', 'user_id', 'user_name', 'name', 'posts_count'] })).toEqual(['name']);
    const found = scanned('export interface UsagerDecision {\n  dateDebut: Date;\n  userId: number;\n  userName: string;\n  statut: string;\n}\n');
    expect(found['userName']).toEqual(['name']);
  });

  it("is the login in one word, and in the user's or an account's own record (username, users.user_name, Account.userName)", () => {
    expect(categories('username', { container: ['topics'], type: 'string', siblings: ['id', 'username', 'title'] })).toEqual([]);
    expect(categories('user_name', { container: ['ohrm_user'], type: 'varchar(40)', siblings: ['id', 'user_role_id', 'emp_number', 'user_name', 'user_password'] })).toEqual([]);
    expect(scanned('export interface Account {\n  id: string;\n  userName: string;\n  password: string;\n}\n')).toEqual({});
  });

  it('is nobody\'s alone in code, with no record to say whose (a parameter `userName` put in a mail)', () => {
    expect(categories('userName', { container: [] })).toEqual([]);
  });

  it('stays out when typed as a flag or a number (userNameVisible, user_name_id)', () => {
    expect(categories('user_name_id', { container: ['topics'], type: 'int', siblings: ['id', 'user_name_id'] })).toEqual([]);
    expect(scanned('export interface Settings {\n  showUserName: boolean;\n}\n')).toEqual({});
  });
});

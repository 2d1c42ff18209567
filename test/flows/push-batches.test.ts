/**
 * Expo push notifications (rules/sinks/messaging.yml), messages split into batches before they are sent
 * (batched-elements.ts) and a name helper given literal options or a record with a field overridden
 * (accessor-options.ts): the real scan of fixtures/flows/push-batches; expectations.test.ts checks ESLint reports the same.
 */
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { batchedFrom } from '../../src/flows/batched-elements.js';
import { accessedField } from '../../src/flows/field-accessor-call.js';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

function callIn(code: string): ts.CallExpression {
  const file = ts.createSourceFile('x.ts', code, ts.ScriptTarget.Latest, true);
  return (file.statements[0] as ts.ExpressionStatement).expression as ts.CallExpression;
}

describe('push notifications sent in chunks', () => {
  it("reach Expo with the member's name, where the member enters", async () => {
    const flows = (await scanFlowFixture('push-batches')).filter((f) => f.sinkKind !== 'logs');
    expect(flows.map((f) => [f.location.file, f.location.line, f.sinkId, f.categories])).toEqual([
      ['src/events.ts', 7, 'expo-push', ['name']],
      ['src/events.ts', 13, 'expo-push', ['name']],
    ]);
  });
});

describe('batches', () => {
  it('are read as the list they split', () => {
    expect(batchedFrom(callIn('expo.chunkPushNotifications(messages)'))?.getText()).toBe('messages');
    expect(batchedFrom(callIn('_.chunk(recipients, 500)'))?.getText()).toBe('recipients');
    expect(batchedFrom(callIn('toBatches(contacts)'))?.getText()).toBe('contacts');
    expect(batchedFrom(callIn('getBatch(id)'))).toBeUndefined();
    expect(batchedFrom(callIn('createBatch(items)'))).toBeUndefined();
    expect(batchedFrom(callIn('sendMessages(messages)'))).toBeUndefined();
  });
});

describe('a name helper', () => {
  it('reads the record given with literal options or with a field overridden', () => {
    expect(accessedField(callIn('getFullName(member, { hideNickname: true })'))?.of.getText()).toBe('member');
    expect(accessedField(callIn('getFullName({ ...member, nickname: null })'))?.of.getText()).toBe('member');
    expect(accessedField(callIn('getFullName(member, locale)'))).toBeUndefined();
    expect(accessedField(callIn('getFullName({ ...member, nickname: other.nick })'))).toBeUndefined();
    expect(accessedField(callIn("getEmail({ from, to, subject: 'x' })"))).toBeUndefined();
  });
});

/**
 * Session 52's detector change, from a fresh set's first run (moved to training since): a Canadian sailing club's mail
 * builders write who asked for a repair and who cancelled a sail (`report.requested_by.name`, `sail.cancelled_by.name`).
 * - a verb and `by` name the person who did it (`requested_by`, `createdBy`, `cancelled_by`; rules/context.yml
 *   `agentVerbs`), as a verb and `to` name the party a thing went to (`assignedTo`, `partyVerbs`): a record under such
 *   a member is a person's, so its `name` is a name.
 */
import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/index.js';
import { scanned } from './field-categories.js';

const detector = createDetector();
const categoriesOf = (name: string, container: string[]) => detector.classifyField({ name, container }).matches.map((m) => m.category);

describe('a member naming who did something', () => {
  it("holds a person's record: its name is a name", () => {
    expect(categoriesOf('name', ['MaintenanceReport', 'requested_by'])).toEqual(['name']);
    expect(categoriesOf('name', ['Task', 'createdBy'])).toEqual(['name']);
    expect(categoriesOf('name', ['Sail', 'cancelled_by'])).toEqual(['name']);
    expect(categoriesOf('name', ['Ticket', 'assignedTo'])).toEqual(['name']);
  });

  it('is so in TypeScript code too', () => {
    expect(scanned('export interface Report { requestedBy: { id: string; name: string }; title: string }')).toEqual({ name: ['name'] });
  });

  it('is an id where it holds no record', () => {
    expect(categoriesOf('created_by', ['Task'])).toEqual([]);
    expect(categoriesOf('approvedBy', ['Invoice'])).toEqual([]);
  });

  it('leaves a flag of how something was sent alone', () => {
    expect(categoriesOf('is_notified_by_email', ['Agency'])).toEqual([]);
    expect(categoriesOf('sent_by_email', ['Invoice'])).toEqual([]);
  });
});

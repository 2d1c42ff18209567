/**
 * A table used as a queue (session 33, from a church-roster app's WhatsApp queue): a helper stores the messages to
 * send as rows, a cron worker reads the rows due and sends each. The write is a job put on the table's queue and the
 * worker its handler, so the members' phones and names are reported where they enter the queue. Any other table
 * (`members`, written at sign-up, read by a digest) links nothing: the digest is where its data is sent. A row
 * posted to Supabase's REST API for the table (`/rest/v1/message_queue`), Prisma's outbox model and a queue a service
 * keeps in a field are read the same way. The real scan of fixtures/flows/queue-table.
 */
import { describe, expect, it } from 'vitest';
import { flowsAtIn, scanFlowFixture } from '../helpers/flow-fixture.js';

const scanned = await scanFlowFixture('queue-table');

describe('a table used as a queue between a writer and a worker', () => {
  it("reports the caller whose members' phones and names enter the queue, at the vendor the worker sends to", () => {
    expect(flowsAtIn(scanned, 'supabase/functions/notify-members/index.ts')(16)).toEqual([['z-api', ['name', 'phone']]]);
  });

  it('names the chain through the table and the worker', () => {
    const flow = scanned.find((f) => f.location.file === 'supabase/functions/notify-members/index.ts');
    expect(flow?.via).toEqual(['enqueueMessages', 'supabase.from.insert', 'table:messagequeue', 'sendText', 'fetch', 'z-api']);
  });

  it("reads a row posted to Supabase's REST API for the table as put on the queue", () => {
    expect(flowsAtIn(scanned, 'supabase/functions/repair-ready/index.ts')(17)).toEqual([['z-api', ['name', 'phone']]]);
  });

  it("reads a Prisma outbox model's rows as the mails the worker sends", () => {
    expect(flowsAtIn(scanned, 'src/outbox/mail-outbox.ts')(8)).toEqual([['nodemailer', ['email', 'name']]]);
  });

  it("reads a queue a service keeps in memory (`this.messageQueue.push`, `.shift()` in its drain loop) the same way", () => {
    expect(flowsAtIn(scanned, 'src/notify/ticket-called.ts')(7)).toEqual([['twilio', ['name', 'phone']]]);
  });

  it('links no write of a table not named for a queue to the code that reads it', () => {
    expect(flowsAtIn(scanned, 'supabase/functions/sign-up/index.ts')(8)).toEqual([]);
    expect(flowsAtIn(scanned, 'supabase/functions/weekly-digest/index.ts')(10)).toEqual([['z-api', ['phone']]]);
  });
});

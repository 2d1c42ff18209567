/**
 * A record handed to a wrapper beside the address it writes to: `sendQuotationEmail(client.email, quotation)`, where
 * the helper greets `quotation.client.firstName` in a mail to its `email` parameter. The caller chooses both who is
 * written to and the record the message is filled from, so the record's members the wrapper writes there leave at
 * the caller with the address, as they would from `sendQuotationEmail(client.email, { clientName })`. A record
 * handed alone (`sendConfirmation(booking)`) stays read where the wrapper takes it apart, as before: nothing at the
 * caller chooses an addressee then (record-member.ts). Only a member whose own name in the wrapper says what it holds
 * (the summary entry's `named`), only to the sink the address goes to, and only beside an address given in another
 * argument.
 */
import type { Category } from '../detect/types.js';

const CONTACT: ReadonlySet<Category> = new Set(['email', 'phone']);

/** A record member a wrapper writes to a sink, waiting to learn whether an address goes there beside it. */
interface PendingMember {
  sinkId: string;
  param: number;
  categories: readonly Category[];
  expression: string;
}

/** Collects, over one call's summary entries, the addresses each sink is given and the record members beside them. */
export class RecordsBesideAddress {
  private readonly addressedBy = new Map<string, Set<number>>();
  private readonly pending: PendingMember[] = [];

  /** What an argument at `param` was found to carry to `sinkId`: an address there makes the other arguments' records the addressee's. */
  carried(sinkId: string, param: number, categories: ReadonlySet<Category>): void {
    if (![...categories].some((c) => CONTACT.has(c))) return;
    const params = this.addressedBy.get(sinkId) ?? new Set<number>();
    params.add(param);
    this.addressedBy.set(sinkId, params);
  }

  /** A record's member the wrapper reads for `sinkId` (recordMember read as if addressed), kept until the call's addresses are known. */
  member(sinkId: string, param: number, member: { categories: readonly Category[]; expression: string } | undefined): void {
    if (member) this.pending.push({ sinkId, param, ...member });
  }

  /** The members to add, by sink: those handed beside an address given in another argument. */
  *beside(): Iterable<PendingMember> {
    for (const member of this.pending) {
      const addressed = this.addressedBy.get(member.sinkId);
      if (addressed && [...addressed].some((p) => p !== member.param)) yield member;
    }
  }
}

/**
 * A mail's own record (`t_storico_mail`, `ComunicazioneMail`) keeps its sender and recipient in a bare party word
 * (`destinatario`, `mittente`, `destinataire`): the address the mail went to or came from, as English `recipient` of a
 * mail record is (rules/email.yml `email.sender`). Where that word is also a role noun of a register (Italian
 * `destinatario` of a protocol register is the recipient's name), the mail's record decides: the address, not the name.
 */

/** What this check reads of a scored category: its rule, the words around its term and the notes of its context. */
interface ScoredParty {
  match: { rule: { id: string }; prefix: string[]; suffix: string[]; term: string[] };
  notes: string[];
}

/** Whether the email found is a bare party word of a mail's own record, so the same word's role name is not a name. */
export function isMailPartyAddress(email: ScoredParty | undefined, name: ScoredParty | undefined): boolean {
  if (!email || !name || email.match.rule.id !== 'email.sender') return false;
  if (!email.notes.some((n) => n.startsWith('container:'))) return false;
  const bare = (s: ScoredParty) => s.match.prefix.length === 0 && s.match.suffix.length === 0;
  return bare(email) && bare(name) && email.match.term.join(' ') === name.match.term.join(' ');
}

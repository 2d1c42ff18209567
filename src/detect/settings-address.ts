/**
 * A settings or configuration record shaped like an address (`db_config(nomeinst, ender, numero, bairro, munic, cep)`,
 * `settings(admin_billing_address, admin_billing_city, admin_billing_zip)`) holds the organisation's own postal address:
 * the institution running the system, or the operator's billing address. Its mail transport, sender and support
 * addresses stay settings; only the postal address's parts count, reported as organisation data, as a company's are.
 */
import type { ContainerKind, RecordEvidence } from './context.js';

/** Whether a field of an address rule keeps counting in a settings record (its siblings make an address). */
export function settingsHoldAddress(category: string, container: ContainerKind, record: RecordEvidence, strong: boolean): boolean {
  return container === 'settings' && category === 'address' && record.addressRecord && strong;
}

/** Whether an address field in a settings record needs the siblings read to decide (the same answer for one name). */
export function settingsAskAddress(container: ContainerKind, categories: readonly string[]): boolean {
  return container === 'settings' && categories.includes('address');
}

/** Which recipient declared in the policy a flow reaches, if any. */
import type { FlowFinding } from '../finding.js';
import type { Policy, RecipientDef } from '../policy/types.js';

/** `*.hubapi.com` covers `api.hubapi.com` and `hubapi.com`; otherwise hosts compare exactly, ignoring case. */
export function hostMatches(pattern: string, host: string): boolean {
  const p = pattern.toLowerCase();
  const h = host.toLowerCase();
  if (p.startsWith('*.')) return h === p.slice(2) || h.endsWith(p.slice(1));
  return p === h;
}

/**
 * The most specific declaration wins: a host beats a package beats a sink id beats the sink kind, so a
 * policy can declare `logs` broadly and still single out one HTTP endpoint.
 */
export function resolveRecipient(flow: FlowFinding, policy: Policy): RecipientDef | undefined {
  const recipients = Object.values(policy.recipients);
  const byHost = flow.host ? recipients.find((r) => r.hosts.some((h) => hostMatches(h, flow.host!))) : undefined;
  if (byHost) return byHost;
  const byPackage = flow.package ? recipients.find((r) => r.packages.includes(flow.package!)) : undefined;
  if (byPackage) return byPackage;
  return (
    recipients.find((r) => r.id === flow.sinkId || r.sinks.includes(flow.sinkId)) ??
    recipients.find((r) => r.id === flow.sinkKind)
  );
}

/** How an undeclared recipient is named in messages: the host or package says more than the sink kind. */
export function recipientName(flow: FlowFinding): string {
  return flow.host ?? flow.package ?? flow.sinkId;
}

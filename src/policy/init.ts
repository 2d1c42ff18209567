/**
 * `privmap init`: a neutral, commented privacy.yml, and what a scan of the project found written into it as
 * proposals (the categories seen, the third parties data flows to, folders holding personal data). Proposals
 * are comments: the written policy is valid and lints clean as is, so `privmap check --update-baseline`
 * followed by `privmap check` passes on day one, and each proposal becomes policy when someone confirms it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { writeFileAtomic } from '../output/write-atomic.js';
import { POLICY_FILE_NAMES } from './find.js';
import type { InitProposal } from './init-proposal.js';
import { renderProposal } from './init-render.js';

export type { InitProposal, ProposedRecipient } from './init-proposal.js';
export { proposePolicy } from './init-proposal.js';

/** `templates/` sits at the package root; `src/policy` and `dist/policy` are both two levels below it. */
export const TEMPLATE_URL = new URL('../../templates/privacy.yml', import.meta.url);

/** The template, with the proposal written in at its `# privmap:found-*` markers (removed either way). */
export function policyText(proposal?: InitProposal): string {
  const template = readFileSync(TEMPLATE_URL, 'utf8');
  const blocks = proposal ? renderProposal(proposal) : {};
  return template.replace(/^# privmap:found-(\w+)\n/gm, (_marker, name: string) => blocks[name as keyof typeof blocks] ?? '');
}

/** Writes the policy to `dir/privacy.yml`; never overwrites an existing policy. Returns the path written. */
export function initPolicy(dir: string, proposal?: InitProposal): string {
  const root = resolve(dir);
  const target = join(root, 'privacy.yml');
  const existing = POLICY_FILE_NAMES.map((name) => join(root, name)).find((file) => existsSync(file));
  if (existing) throw new UsageError(`${existing} already exists; privmap init never overwrites a policy`);
  // Exclusive: a policy created between the check above and this write is refused too.
  writeFileAtomic(target, policyText(proposal), { exclusive: true });
  return target;
}

/**
 * Issue 12: third parties from the manifests and the wrappers found around them, through the API `init`
 * calls (`findThirdParties`) and through the built CLI's `scan` table, on the pnpm-workspace fixture.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findThirdParties } from '../../src/flows/project-scan.js';
import { repoRoot, runCli } from '../helpers/cli.js';

const workspace = join(repoRoot, 'fixtures', 'flows', 'wrappers', 'pnpm-workspace');

describe('third parties from package.json', () => {
  it('lists the vendor a workspace package depends on, with its country and the wrapper around it', async () => {
    const { thirdParties, wrappers } = await findThirdParties(workspace);
    expect(thirdParties).toEqual([
      {
        sinkId: 'resend',
        vendor: 'Resend',
        package: 'resend',
        kind: 'email',
        country: 'US',
        manifests: ['packages/email/package.json'],
        wrappers: ['apps/web/invite-member.ts#inviteMember', 'packages/email/src/invite.ts#sendInvite'],
      },
    ]);
    expect(wrappers.find((w) => w.export === 'sendInvite')).toEqual({ module: 'packages/email/src/invite.ts', export: 'sendInvite', sinkIds: ['resend'], via: ['resend.emails.send', 'resend'] });
  });

  it('lists nothing for a project whose manifests name no vendor', async () => {
    const { thirdParties } = await findThirdParties(join(repoRoot, 'fixtures', 'flows', 'wrappers', 'hook'));
    expect(thirdParties).toEqual([]);
  });

  it('shows them in the scan table, with the flow through the workspace package', () => {
    const result = runCli(['scan', workspace, '--policy', join(repoRoot, 'fixtures', 'flows', 'privacy.yml')]);
    expect(result.stderr).not.toMatch(/Error|at /);
    expect(result.stdout).toContain('Third parties in package.json');
    expect(result.stdout).toContain('Resend (email, US): resend, wrapped by apps/web/invite-member.ts#inviteMember, packages/email/src/invite.ts#sendInvite');
    expect(result.stdout).toMatch(/invite-member\.ts:9/);
  });
});

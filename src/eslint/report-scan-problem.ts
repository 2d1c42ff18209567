import type { FileScan } from './file-scan.js';

/** The one message a file gets when privmap cannot judge it (no policy, a broken policy, a scanner bug). */
export function scanProblem(scan: FileScan): { messageId: 'policyMissing' | 'policyError' | 'scanError'; data: Record<string, string> } | undefined {
  switch (scan.kind) {
    case 'policy-missing':
      return { messageId: 'policyMissing', data: { from: scan.from } };
    case 'policy-error':
      return { messageId: 'policyError', data: { message: scan.message } };
    case 'scan-error':
      return { messageId: 'scanError', data: { message: scan.message } };
    default:
      return undefined;
  }
}

export const SCAN_PROBLEM_MESSAGES = {
  policyMissing: 'privmap found no privacy.yml in {{from}} or above; create one with `npx privmap init` or set `settings.privmap.policy`.',
  policyError: 'privmap cannot use the privacy policy: {{message}}',
  scanError: 'privmap could not scan this file: {{message}}',
} as const;

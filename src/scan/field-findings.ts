/**
 * One finding per category the detector found (or a suppression hid), with the facts every source shares:
 * suppression, organisation data, tags. Sources give what differs (where, what is stored).
 */
import type { FieldResult } from '../detect/types.js';
import type { FieldFinding } from '../finding.js';

export type FindingBase = Omit<FieldFinding, 'kind' | 'category' | 'evidence' | 'suppressed' | 'isOrganisation'>;

export function fieldFindings(verdict: FieldResult, base: FindingBase): FieldFinding[] {
  return (verdict.suppressed?.matches ?? verdict.matches).map((detection) => {
    const finding: FieldFinding = { kind: 'field', ...base, category: detection.category, evidence: detection.evidence };
    if (verdict.suppressed) finding.suppressed = { reason: verdict.suppressed.reason };
    if (verdict.isOrganisation && detection.evidence.notes.includes('organisation')) finding.isOrganisation = true;
    if (!finding.tags?.length) delete finding.tags;
    return finding;
  });
}

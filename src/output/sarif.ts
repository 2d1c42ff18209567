/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF consumers. Element ids double as
 * `partialFingerprints`, so alerts survive line moves.
 */
import { relative } from 'node:path';
import type * as Sarif from 'sarif';
import type { Location } from '../finding.js';
import type { BaselineComparison } from '../inventory/baseline.js';
import type { Inventory, InventoryElement } from '../inventory/types.js';
import type { LintMessage } from '../policy/types.js';
import { fixText, reasonText } from '../report/reason-text.js';
import { showName } from './display-name.js';
import { CHECK_RULES, checkRuleId } from './rule-ids.js';

const DOCS = 'https://github.com/privmap/privmap/blob/main/docs';

export interface SarifOptions {
  /** The scanned directory: artifact URIs are relative to it. */
  scanRoot: string;
  baseline?: BaselineComparison;
}

function physical(location: Location, policyUri: string): Sarif.Location {
  const logicalName = location.table ? `${location.table}${location.column ? `.${location.column}` : ''}` : undefined;
  const result: Sarif.Location = {};
  if (location.file) {
    result.physicalLocation = {
      artifactLocation: { uri: location.file, uriBaseId: '%SRCROOT%' },
      region: { startLine: location.line ?? 1, ...(location.col ? { startColumn: location.col } : {}) },
    };
  } else {
    // A live column has no file; code scanning needs one, so point at the policy that should declare it.
    result.physicalLocation = { artifactLocation: { uri: policyUri, uriBaseId: '%SRCROOT%' }, region: { startLine: 1 } };
  }
  // Shown by code scanning like the message, so hidden characters are escaped here too.
  if (logicalName) result.logicalLocations = [{ fullyQualifiedName: showName(logicalName), kind: 'member' }];
  return result;
}

function elementMessage(element: InventoryElement, inventory: Inventory): string {
  const what = element.kind === 'flow' ? `${element.category} sent through ${element.field}()` : `${element.category} in ${element.container}.${element.field}`;
  const why = element.reasons.map(reasonText).join('; ');
  return `${what}: ${why}. ${fixText(element, inventory.policy)}`;
}

function lintResult(message: LintMessage, scanRoot: string): Sarif.Result {
  const uri = message.position ? relative(scanRoot, message.position.file).split('\\').join('/') : 'privacy.yml';
  return {
    ruleId: `policy/${message.code}`,
    level: message.severity,
    message: { text: showName(message.message) },
    locations: [{ physicalLocation: { artifactLocation: { uri, uriBaseId: '%SRCROOT%' }, region: { startLine: message.position?.line ?? 1, startColumn: message.position?.col ?? 1 } } }],
  };
}

export function renderSarif(inventory: Inventory, { scanRoot, baseline }: SarifOptions): string {
  const policyUri = relative(scanRoot, inventory.policy.file).split('\\').join('/');
  const known = new Set(baseline?.known.map((e) => e.id) ?? []);
  const results: Sarif.Result[] = [];
  for (const element of inventory.elements) {
    if (element.status === 'declared') continue;
    const level = element.isOrganisation ? 'note' : (inventory.policy.categories[element.category]?.severity ?? 'error');
    const result: Sarif.Result = {
      ruleId: checkRuleId(element),
      level,
      message: { text: showName(element.status === 'suppressed' ? `${element.category} in ${element.container}.${element.field} (suppressed)` : elementMessage(element, inventory)) },
      locations: element.locations.slice(0, 1).map((l) => physical(l, policyUri)),
      partialFingerprints: { 'privmapElement/v1': element.id },
      properties: { category: element.category, kind: element.kind, sources: element.sources },
    };
    if (element.locations.length > 1) result.relatedLocations = element.locations.slice(1).map((l, i) => ({ id: i + 1, ...physical(l, policyUri) }));
    if (element.status === 'suppressed') result.suppressions = [{ kind: 'inSource', justification: element.suppressedReason ?? '' }];
    else if (known.has(element.id)) result.suppressions = [{ kind: 'external', justification: 'accepted in the privmap baseline' }];
    results.push(result);
  }
  for (const message of inventory.lint) results.push(lintResult(message, scanRoot));

  const lintCodes = [...new Set(inventory.lint.map((m) => m.code))].sort();
  const rules: Sarif.ReportingDescriptor[] = [
    ...Object.entries(CHECK_RULES).map(([id, text]) => ({ id, shortDescription: { text }, helpUri: `${DOCS}/rules/${id}.md` })),
    ...lintCodes.map((code) => ({ id: `policy/${code}`, shortDescription: { text: `Privacy policy lint: ${code}` }, helpUri: `${DOCS}/policy.md` })),
  ];
  const log: Sarif.Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'privmap', version: inventory.tool.version, informationUri: 'https://github.com/privmap/privmap', rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: './' } },
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

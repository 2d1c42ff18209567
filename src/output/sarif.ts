/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF consumers. Element ids double as
 * `partialFingerprints`, so alerts survive line moves.
 */
import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import type { Location } from '../finding.js';
import type { BaselineComparison } from '../inventory/baseline.js';
import type { Inventory } from '../inventory/types.js';
import type { LintMessage } from '../policy/types.js';
import { showName } from './display-name.js';
import { ALL_RULES, checkRuleId, DOCS_URL, findingMessage, helpMarkdown, helpText, type RuleDescription } from './rule-ids.js';

export interface SarifOptions {
  /** The scanned directory: artifact URIs are relative to it. */
  scanRoot: string;
  baseline?: BaselineComparison;
}

/**
 * A project path as a relative URI reference: each segment percent-encoded, so a Next.js route folder (`app/[id]/`) or a
 * name with a space is a valid URI, as SARIF requires (the official validator's SARIF1002; GitHub decodes it back).
 */
export function relativeUri(path: string): string {
  return path.split('\\').join('/').split('/').map(encodeURIComponent).join('/');
}

function physical(location: Location, policyUri: string): Sarif.Location {
  const logicalName = location.table ? `${location.table}${location.column ? `.${location.column}` : ''}` : undefined;
  const result: Sarif.Location = {};
  if (location.file) {
    result.physicalLocation = {
      artifactLocation: { uri: relativeUri(location.file), uriBaseId: '%SRCROOT%' },
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

function lintResult(message: LintMessage, scanRoot: string): Sarif.Result {
  const uri = message.position ? relativeUri(relative(scanRoot, message.position.file)) : 'privacy.yml';
  return {
    ruleId: `policy/${message.code}`,
    level: message.severity,
    message: { text: showName(message.message) },
    locations: [{ physicalLocation: { artifactLocation: { uri, uriBaseId: '%SRCROOT%' }, region: { startLine: message.position?.line ?? 1, startColumn: message.position?.col ?? 1 } } }],
  };
}

function descriptor(rule: RuleDescription): Sarif.ReportingDescriptor {
  return {
    id: rule.id,
    name: rule.name,
    shortDescription: { text: rule.short },
    fullDescription: { text: rule.full },
    help: { text: helpText(rule), markdown: helpMarkdown(rule) },
    helpUri: rule.helpUri,
    defaultConfiguration: { level: rule.level },
    properties: { tags: rule.tags },
  };
}

function unregisteredPolicyRule(id: string): RuleDescription {
  return {
    id,
    name: 'PolicyLint',
    short: `Privacy policy check ${id.slice('policy/'.length)}.`,
    full: 'A check on privacy.yml itself.',
    fixes: ['Edit the entry in `privacy.yml` as the policy reference describes.'],
    helpUri: `${DOCS_URL}/policy.md`,
    level: 'warning',
    tags: ['privacy', 'policy'],
  };
}

function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : `${href}/`;
}

export function renderSarif(inventory: Inventory, { scanRoot, baseline }: SarifOptions): string {
  const policyUri = relativeUri(relative(scanRoot, inventory.policy.file));
  const accepted = new Set(baseline?.known.map((e) => e.id) ?? []);
  const results: Sarif.Result[] = [];
  for (const element of inventory.elements) {
    if (element.status === 'declared') continue;
    const level = element.isOrganisation ? 'note' : (inventory.policy.categories[element.category]?.severity ?? 'error');
    const result: Sarif.Result = {
      ruleId: checkRuleId(element),
      level,
      message: { text: showName(element.status === 'suppressed' ? `${element.category} in ${element.container}.${element.field} (suppressed)` : findingMessage(element, inventory)) },
      locations: element.locations.slice(0, 1).map((l) => physical(l, policyUri)),
      partialFingerprints: { 'privmapElement/v1': element.id },
      properties: { category: element.category, kind: element.kind, sources: element.sources },
    };
    if (element.locations.length > 1) result.relatedLocations = element.locations.slice(1).map((l, i) => ({ id: i + 1, ...physical(l, policyUri) }));
    if (element.status === 'suppressed') result.suppressions = [{ kind: 'inSource', justification: element.suppressedReason ?? '' }];
    else if (accepted.has(element.id)) result.suppressions = [{ kind: 'external', justification: 'accepted in the privmap baseline' }];
    results.push(result);
  }
  for (const message of inventory.lint) results.push(lintResult(message, scanRoot));

  const rules = ALL_RULES.map(descriptor);
  // A lint code without a registered rule would leave its results pointing at no descriptor.
  const known = new Set(rules.map((r) => r.id));
  for (const code of [...new Set(inventory.lint.map((m) => `policy/${m.code}`))].sort()) if (!known.has(code)) rules.push(descriptor(unregisteredPolicyRule(code)));
  const log: Sarif.Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'privmap', version: inventory.tool.version, informationUri: 'https://github.com/privmap/privmap', rules } },
        // The specification wants a top-level base to be absolute; consumers resolve %SRCROOT% against it.
        originalUriBaseIds: { '%SRCROOT%': { uri: directoryUri(scanRoot) } },
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

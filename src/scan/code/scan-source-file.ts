/**
 * One parsed file in, field findings and flows out. Shared by the CLI's bulk scan and the ESLint rules,
 * which call it on the SourceFile typescript-eslint already parsed (with or without parent pointers).
 * Pure: it keeps nothing of the syntax tree, and returns plain data.
 */
import type ts from 'typescript';
import type { FieldFinding } from '../../finding.js';
import { compileCatalogue } from '../../flows/call-patterns.js';
import { withColumnName } from './column-name.js';
import { DeclarationCollector, type DeclaredField } from './declarations.js';
import { indexFile } from './file-index.js';
import { FlowExtractor, keptFacts, mayHoldFlows } from './flows.js';
import { FileAnnotations } from './jsdoc.js';
import type { CodeScanContext, SourceFileScan } from './types.js';
import { FileWalk } from './walk.js';

function toFindings(field: DeclaredField, siblings: string[], sourceFile: ts.SourceFile, context: CodeScanContext): FieldFinding[] {
  const facts = {
    name: field.name,
    container: field.container,
    siblings,
    hints: field.hints,
    ...(field.type ? { type: field.type } : {}),
    ...(field.annotations ? { annotations: field.annotations } : {}),
  };
  const result = withColumnName(facts, field.storage?.column, context.detector.classifyField(facts), (f) => context.detector.classifyField(f));
  const detections = result.suppressed ? result.suppressed.matches : result.matches;
  if (detections.length === 0) return [];
  // Positions are computed only for findings: most fields are not personal data.
  const { line, character } = sourceFile.getLineAndCharacterOfPosition(field.nameNode.getStart(sourceFile));
  const container = field.container.join('.');
  const range: [number, number] = [field.declaration.getStart(sourceFile), field.declaration.end];
  return detections.map((detection) => {
    const finding: FieldFinding = {
      kind: 'field',
      source: 'code',
      category: detection.category,
      container,
      field: field.name,
      location: { source: 'code', file: context.file, line: line + 1, col: character + 1 },
      evidence: detection.evidence,
      purposes: field.annotations?.purposes ?? [],
      range: [range[0], range[1]],
    };
    if (result.suppressed) finding.suppressed = { reason: result.suppressed.reason };
    if (result.isOrganisation && detection.evidence.notes.includes('organisation')) finding.isOrganisation = true;
    if (field.storage) finding.storage = field.storage;
    return finding;
  });
}

const byPosition = (a: FieldFinding, b: FieldFinding) =>
  a.location.line! - b.location.line! || a.location.col! - b.location.col! || (a.category < b.category ? -1 : a.category > b.category ? 1 : 0);

export function scanSourceFile(sourceFile: ts.SourceFile, context: CodeScanContext): SourceFileScan {
  const notes = new FileAnnotations(sourceFile);
  const declarations = new DeclarationCollector(sourceFile, indexFile(sourceFile), notes);
  // The flow collector only where a flow can start or a wrapper be linked; most files (types, entities, components) have none.
  const compiled = compileCatalogue(context.sinks);
  const flowCollector = mayHoldFlows(sourceFile, compiled) ? new FlowExtractor(sourceFile, context, compiled, notes) : undefined;
  new FileWalk(declarations, flowCollector).walk(sourceFile);
  const declared = declarations.fields;
  // Siblings are the other fields of the same declaration (class, type, schema object, written object): the
  // collector gives them one container array, so grouping by that array avoids building a key per field.
  const siblingsOf = new Map<string[], string[]>();
  for (const field of declared) {
    const list = siblingsOf.get(field.container);
    if (list) list.push(field.name);
    else siblingsOf.set(field.container, [field.name]);
  }
  const fields: FieldFinding[] = [];
  for (const field of declared) for (const finding of toFindings(field, siblingsOf.get(field.container)!, sourceFile, context)) fields.push(finding);
  // Declarations are collected by kind (fields before the writes in method bodies); report them in file order.
  fields.sort(byPosition);
  if (!flowCollector) return { fields, flows: [] };
  const { flows, module } = flowCollector.finish();
  const kept = keptFacts(module);
  return kept ? { fields, flows, module: kept } : { fields, flows };
}

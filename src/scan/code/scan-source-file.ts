/** One parsed file in, field findings and flows out. Shared by the CLI's bulk scan and the ESLint rules. */
import type ts from 'typescript';
import type { FieldFinding } from '../../finding.js';
import { DeclarationCollector, type DeclaredField } from './declarations.js';
import { extractFlows } from './flows.js';
import type { CodeScanContext, SourceFileScan } from './types.js';

function toFindings(field: DeclaredField, siblings: string[], sourceFile: ts.SourceFile, context: CodeScanContext): FieldFinding[] {
  const result = context.detector.classifyField({
    name: field.name,
    container: field.container,
    siblings,
    hints: field.hints,
    ...(field.type ? { type: field.type } : {}),
    ...(field.annotations ? { annotations: field.annotations } : {}),
  });
  const detections = result.suppressed ? result.suppressed.matches : result.matches;
  if (detections.length === 0) return [];
  const start = field.nameNode.getStart(sourceFile);
  const { line, character } = sourceFile.getLineAndCharacterOfPosition(start);
  return detections.map((detection) => {
    const finding: FieldFinding = {
      kind: 'field',
      source: 'code',
      category: detection.category,
      container: field.container.join('.'),
      field: field.name,
      location: { source: 'code', file: context.file, line: line + 1, col: character + 1 },
      evidence: detection.evidence,
      purposes: field.annotations?.purposes ?? [],
      range: [field.declaration.getStart(sourceFile), field.declaration.end],
    };
    if (result.suppressed) finding.suppressed = { reason: result.suppressed.reason };
    if (result.isOrganisation && detection.evidence.notes.includes('organisation')) finding.isOrganisation = true;
    if (field.storage) finding.storage = field.storage;
    return finding;
  });
}

export function scanSourceFile(sourceFile: ts.SourceFile, context: CodeScanContext): SourceFileScan {
  const declared = new DeclarationCollector(sourceFile).collect();
  const siblingsByContainer = new Map<string, string[]>();
  for (const field of declared) {
    const key = field.container.join('.');
    const list = siblingsByContainer.get(key) ?? [];
    list.push(field.name);
    siblingsByContainer.set(key, list);
  }
  const fields = declared.flatMap((field) => toFindings(field, siblingsByContainer.get(field.container.join('.')) ?? [], sourceFile, context));
  return { fields, flows: extractFlows(sourceFile, context) };
}

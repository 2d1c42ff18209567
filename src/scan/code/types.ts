import type ts from 'typescript';
import type { Detector } from '../../detect/types.js';
import type { FieldFinding, FlowFinding } from '../../finding.js';
import type { ModuleFacts } from '../../flows/module-facts.js';
import type { SinkCatalogue } from '../../flows/types.js';

/** What scanning one parsed source file needs. Shared by the CLI's bulk scan and the ESLint rules. */
export interface CodeScanContext {
  detector: Detector;
  sinks: SinkCatalogue;
  /** POSIX path relative to the scan root, as it will appear in findings. */
  file: string;
  /** Present only when a type checker is available (ESLint with a typed parser); never in the bulk scan. */
  checker?: ts.TypeChecker;
}

export interface SourceFileScan {
  fields: FieldFinding[];
  flows: FlowFinding[];
  /**
   * What the cross-module flow stage (`src/flows/link.ts`) needs from this file, as plain data: imports,
   * exports, exported clients, calls that may reach another module's wrapper. Absent when there is none.
   */
  module?: ModuleFacts;
}

/** The library API: the same pipeline the CLI runs, for tools that embed privmap. */
export { createDetector, parseAnnotations, splitWords } from './detect/index.js';
export type * from './detect/types.js';
export { createEngine, type Engine } from './engine.js';
export { DatabaseError, PolicyError, PrivmapError, UsageError } from './errors.js';
export type * from './finding.js';
export * from './inventory/index.js';
export { resolvePolicy, scanProject, type ProjectScanOptions } from './pipeline.js';
export { findPolicy, initPolicy, lintPolicy, loadPolicy, parsePolicy } from './policy/index.js';
export type * from './policy/types.js';
export { renderReport, type ReportFormat } from './report/index.js';
export { exportFides } from './report/fides.js';
export { renderSarif } from './output/sarif.js';
export { scanCode, scanSourceFile } from './scan/code/index.js';
export { scanPostgres } from './scan/postgres/index.js';
export { scanPrisma } from './scan/prisma/index.js';
export { scanSql } from './scan/sql/index.js';
export { VERSION } from './version.js';

// Types for bench/quality-score.mjs, so the TypeScript test can share the bench's scorer.
import type ts from 'typescript';
import type { Detector } from '../src/detect/types.js';

export declare const CATEGORIES: string[];
export declare const SPLITS: string[];

/** schema: [name, type, label, hints?]; code: [one-line member declaration, label]. */
export type LabelledField = [string, string, string, string?] | [string, string];

export interface LabelledGroup {
  container: string;
  lang?: string;
  kind?: 'schema' | 'code';
  org?: boolean;
  open?: string;
  close?: string;
  prelude?: string[];
  fields: LabelledField[];
}

export interface Codebase {
  codebase: string;
  repository: string;
  commit?: string;
  language: string;
  kind: 'schema' | 'code';
  split: 'holdout' | 'train';
  groups: LabelledGroup[];
  file: string;
}

export interface Outcome {
  codebase: string;
  split: string;
  lang: string;
  kind: string;
  container: string;
  field: string;
  type: string;
  expected: string[];
  got: string[];
}

export interface Rates {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Tally {
  fields: number;
  byCategory: Record<string, Rates>;
  all: Rates;
  errors: string[];
}

export interface ScoreDeps {
  detector: Detector;
  // The scanner's own signature lives in src/scan/code; the scorer only reads `fields[].location.line` and `category`.
  // Method syntax: the scanner's context is a subtype of this one (its sink catalogue is typed).
  scanSourceFile(sourceFile: ts.SourceFile, context: { detector: Detector; sinks: unknown; file: string }): { fields: { category: string; location: { line?: number } }[] };
  ts: typeof ts;
  parseOptions: ts.CreateSourceFileOptions;
  sinks: unknown;
}

export declare function loadCodebases(root: string): Codebase[];
export declare function legacyCodebases(root: string): Codebase[];
export declare function closingFor(open: string): string;
export declare function assemble(group: LabelledGroup): { text: string; first: number };
export declare function evaluate(deps: ScoreDeps, codebases: Codebase[]): Outcome[];
export declare function tally(outcomes: Outcome[]): Tally;
export declare function perCodebase(outcomes: Outcome[]): { rows: (Rates & { codebase: string; fields: number })[]; min: number; median: number; codebases: number };
export declare function groupBy<T, K>(list: T[], key: (item: T) => K): Map<K, T[]>;
export declare function report(outcomes: Outcome[], options?: { misses?: boolean; only?: 'holdout' | 'train' }): string[];

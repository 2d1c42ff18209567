#!/usr/bin/env node
/**
 * Makes a SARIF report's paths relative to the repository root, where GitHub code scanning resolves them.
 * privmap writes them relative to the scanned directory; for a project in a subdirectory of the repository
 * (the Action's `path: services/api`), each `%SRCROOT%`-relative URI gets the directory in front and
 * `%SRCROOT%` becomes the workspace.
 *
 *   node scripts/action-sarif-paths.mjs <sarif-file> <project-dir relative to the workspace>
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { posix, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [file, project] = process.argv.slice(2);
if (!file || project === undefined) {
  console.error('usage: action-sarif-paths.mjs <sarif-file> <project-dir>');
  process.exit(2);
}
const workspace = process.cwd();
const prefix = relative(workspace, resolve(workspace, project)).split('\\').join('/');
if (prefix.startsWith('..')) {
  console.error(`privmap: ${project} is outside the workspace; SARIF paths left as they are`);
  process.exit(0);
}
if (prefix !== '') {
  const log = JSON.parse(readFileSync(file, 'utf8'));
  const fix = (location) => {
    const artifact = location?.physicalLocation?.artifactLocation;
    if (artifact?.uriBaseId === '%SRCROOT%' && !/^[a-z]+:/i.test(artifact.uri)) artifact.uri = posix.join(prefix, artifact.uri);
  };
  for (const run of log.runs ?? []) {
    for (const result of run.results ?? []) for (const location of [...(result.locations ?? []), ...(result.relatedLocations ?? [])]) fix(location);
    run.originalUriBaseIds = { ...run.originalUriBaseIds, '%SRCROOT%': { uri: `${pathToFileURL(workspace).href.replace(/\/?$/, '/')}` } };
  }
  // Written beside and renamed, so an interrupted step never leaves half a report for the upload.
  writeFileSync(`${file}.tmp`, `${JSON.stringify(log, null, 2)}\n`);
  renameSync(`${file}.tmp`, file);
}

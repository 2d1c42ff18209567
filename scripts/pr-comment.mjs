#!/usr/bin/env node
/**
 * Posts privmap's change view on a pull request as ONE comment: the comment carries a hidden marker, and
 * each run replaces the body of the comment that has it instead of adding another. Used by action.yml;
 * plain Node (fetch, no dependencies), so the Action needs nothing installed for it.
 *
 *   node scripts/pr-comment.mjs --body-file change-view.md [--key default]
 *
 * Environment (set by GitHub Actions): GITHUB_TOKEN, GITHUB_REPOSITORY (owner/name), GITHUB_API_URL,
 * PR_NUMBER or GITHUB_EVENT_PATH (the pull_request event).
 * A token without write access (a pull request from a fork) gives a warning, not a failed job: the check's
 * verdict must not depend on whether a comment could be written.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

// GitHub rejects comment bodies over 65,536 characters.
const MAX_BODY = 65_000;

export function marker(key) {
  return `<!-- privmap:change-view:${key} -->`;
}

function pullRequestNumber(env) {
  if (env.PR_NUMBER) return Number(env.PR_NUMBER);
  if (env.GITHUB_EVENT_PATH) {
    const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
    return Number(event.pull_request?.number ?? event.issue?.number);
  }
  return NaN;
}

export function commentBody(view, key) {
  const text = view.length > MAX_BODY ? `${view.slice(0, MAX_BODY)}\n\n… (cut: the full change view is in the job log)` : view;
  return `${marker(key)}\n${text.trimEnd()}\n`;
}

class ApiError extends Error {
  constructor(status, method, path, text) {
    super(`GitHub API ${method} ${path}: ${status} ${text.slice(0, 200)}`);
    this.status = status;
  }
}

function client(env) {
  const base = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/$/, '');
  return async (method, path, body) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: {
        accept: 'application/vnd.github+json',
        authorization: `Bearer ${env.GITHUB_TOKEN}`,
        'x-github-api-version': '2022-11-28',
        'user-agent': 'privmap-action',
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!response.ok) throw new ApiError(response.status, method, path, await response.text());
    return response.status === 204 ? undefined : response.json();
  };
}

/** Every comment of the pull request, page by page (the marked one may be far down a long discussion). */
async function listComments(api, repo, number) {
  const comments = [];
  for (let page = 1; ; page++) {
    const batch = await api('GET', `/repos/${repo}/issues/${number}/comments?per_page=100&page=${page}`);
    comments.push(...batch);
    if (batch.length < 100) return comments;
  }
}

/** Creates the comment or replaces the marked one; a duplicate left by an older run is deleted. */
export async function upsertComment({ env, view, key }) {
  const repo = env.GITHUB_REPOSITORY;
  const number = pullRequestNumber(env);
  if (!repo || !Number.isInteger(number) || !env.GITHUB_TOKEN) throw new Error('needs GITHUB_REPOSITORY, GITHUB_TOKEN and PR_NUMBER (or a pull_request event in GITHUB_EVENT_PATH)');
  const api = client(env);
  const body = commentBody(view, key);
  const marked = (await listComments(api, repo, number)).filter((c) => typeof c.body === 'string' && c.body.includes(marker(key)));
  if (marked.length === 0) {
    const created = await api('POST', `/repos/${repo}/issues/${number}/comments`, { body });
    return { action: 'created', id: created.id };
  }
  const [kept, ...duplicates] = marked.sort((a, b) => a.id - b.id);
  if (kept.body !== body) await api('PATCH', `/repos/${repo}/issues/comments/${kept.id}`, { body });
  for (const duplicate of duplicates) await api('DELETE', `/repos/${repo}/issues/comments/${duplicate.id}`);
  return { action: kept.body === body ? 'unchanged' : 'updated', id: kept.id };
}

async function main() {
  const { values } = parseArgs({ options: { 'body-file': { type: 'string' }, key: { type: 'string', default: 'default' } } });
  if (!values['body-file']) throw new Error('usage: pr-comment.mjs --body-file <file> [--key <key>]');
  const view = readFileSync(values['body-file'], 'utf8');
  try {
    const result = await upsertComment({ env: process.env, view, key: values.key });
    console.log(`privmap: ${result.action} pull-request comment ${result.id}`);
  } catch (error) {
    if (error instanceof ApiError && (error.status === 403 || error.status === 404)) {
      // A fork's pull request gets a read-only token: say so, keep the job's verdict to the check.
      console.log(`::warning title=privmap::could not write the pull-request comment (${error.message}); give the job \`pull-requests: write\``);
      return;
    }
    throw error;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(`privmap: pull-request comment failed: ${error.message}`);
    process.exitCode = 1;
  });
}

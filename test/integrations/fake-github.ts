/**
 * A GitHub REST API stand-in on 127.0.0.1 for the issue-comment endpoints the Action's comment script uses:
 * list (paginated, 100 a page), create, update and delete. It checks the token and the API version header
 * like GitHub does, and can be told to refuse writes (a fork's read-only token).
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeComment {
  id: number;
  body: string;
}

export interface FakeGithub {
  url: string;
  token: string;
  comments: Map<number, FakeComment[]>;
  requests: string[];
  /** When set, writes answer 403 as for a read-only token. */
  readOnly: boolean;
  close(): Promise<void>;
}

async function readBody(request: IncomingMessage): Promise<{ body?: string }> {
  let text = '';
  for await (const chunk of request) text += String(chunk);
  return text ? (JSON.parse(text) as { body?: string }) : {};
}

export async function startFakeGithub(repo: string): Promise<FakeGithub> {
  let nextId = 1000;
  const state: Omit<FakeGithub, 'url' | 'close'> = { token: 'ghs_fake_token', comments: new Map(), requests: [], readOnly: false };
  const server: Server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      state.requests.push(`${request.method} ${url.pathname}${url.search}`);
      const send = (status: number, value?: unknown) => {
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(value === undefined ? '' : JSON.stringify(value));
      };
      if (request.headers.authorization !== `Bearer ${state.token}`) return send(401, { message: 'Bad credentials' });
      if (request.headers['x-github-api-version'] !== '2022-11-28') return send(400, { message: 'missing API version' });
      const list = url.pathname.match(new RegExp(`^/repos/${repo}/issues/(\\d+)/comments$`));
      const one = url.pathname.match(new RegExp(`^/repos/${repo}/issues/comments/(\\d+)$`));
      if (list && request.method === 'GET') {
        const all = state.comments.get(Number(list[1])) ?? [];
        const perPage = Number(url.searchParams.get('per_page') ?? 30);
        const page = Number(url.searchParams.get('page') ?? 1);
        return send(200, all.slice((page - 1) * perPage, page * perPage));
      }
      if (state.readOnly && request.method !== 'GET') return send(403, { message: 'Resource not accessible by integration' });
      if (list && request.method === 'POST') {
        const { body } = await readBody(request);
        if (typeof body !== 'string') return send(422, { message: 'body is required' });
        const comment = { id: nextId++, body };
        state.comments.set(Number(list[1]), [...(state.comments.get(Number(list[1])) ?? []), comment]);
        return send(201, comment);
      }
      if (one) {
        const id = Number(one[1]);
        const thread = [...state.comments.values()].find((comments) => comments.some((c) => c.id === id));
        const comment = thread?.find((c) => c.id === id);
        if (!thread || !comment) return send(404, { message: 'Not Found' });
        if (request.method === 'PATCH') {
          const { body } = await readBody(request);
          if (typeof body !== 'string') return send(422, { message: 'body is required' });
          comment.body = body;
          return send(200, comment);
        }
        if (request.method === 'DELETE') {
          thread.splice(thread.indexOf(comment), 1);
          return send(204);
        }
      }
      return send(404, { message: 'Not Found' });
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }) as FakeGithub;
}

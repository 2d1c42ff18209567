/**
 * A database URL whose port answers but is no PostgreSQL that lets us in (a proxy or load balancer with no
 * server behind it, a pooler refusing the client, a sandbox's firewall): the socket opens and is closed at once.
 * pg says only "Connection terminated unexpectedly", with no code; the user gets the contract's one line that
 * says what happened, without the password, exit 2, and a silent port times out the same way.
 */
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliAsync, sampleApp } from '../helpers/cli.js';

function listen(onConnection: (socket: Socket) => void): Promise<{ server: Server; port: number }> {
  return new Promise((resolve) => {
    const server = createServer(onConnection);
    server.listen(0, '127.0.0.1', () => resolve({ server, port: (server.address() as AddressInfo).port }));
  });
}

describe('privmap scan --db on a port that is not a working PostgreSQL', () => {
  const open: Socket[] = [];
  let closing: { server: Server; port: number };
  let silent: { server: Server; port: number };
  beforeAll(async () => {
    closing = await listen((socket) => socket.destroy());
    silent = await listen((socket) => open.push(socket));
  });
  afterAll(() => {
    for (const socket of open) socket.destroy();
    closing?.server.close();
    silent?.server.close();
  });

  it('says the server closed the connection (pg gives no code for it), without the password, and exits 2', async () => {
    const result = await runCliAsync(['scan', sampleApp, '--db', `postgres://app:hunter2-secret@127.0.0.1:${closing.port}/app`]);
    expect(result.status).toBe(2);
    // Closed before pg reads a byte, the socket resets (ECONNRESET: "cannot connect … the server closed the
    // connection"); closed after, pg ends with "Connection terminated unexpectedly": which one is the kernel's timing.
    const where = `127.0.0.1:${closing.port}/app`;
    expect([
      `privmap: error the connection to PostgreSQL at ${where} was closed by the server`,
      `privmap: error cannot connect to PostgreSQL at ${where}: the server closed the connection`,
    ]).toContain(result.stderr.trim());
    expect(`${result.stdout}${result.stderr}`).not.toContain('hunter2');
  });

  it('says it timed out when the port never answers', async () => {
    const result = await runCliAsync(['scan', sampleApp, '--db', `postgres://app:hunter2-secret@127.0.0.1:${silent.port}/app`]);
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe(`privmap: error cannot connect to PostgreSQL at 127.0.0.1:${silent.port}/app: timed out`);
    expect(`${result.stdout}${result.stderr}`).not.toContain('hunter2');
  }, 60_000);
});

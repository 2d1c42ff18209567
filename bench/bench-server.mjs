// A PostgreSQL for the database and store benchmarks: PRIVMAP_BENCH_PG_URL, else a throwaway server started with
// initdb/pg_ctl when they are installed, else PGlite served over the wire protocol (single-threaded: slower).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

function realServer() {
  if (spawnSync('initdb', ['--version']).status !== 0) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'privmap-bench-store-'));
  const asRoot = userInfo().uid === 0;
  const run = (cmd, args) => (asRoot ? execFileSync('runuser', ['-u', 'postgres', '--', cmd, ...args], { stdio: 'ignore' }) : execFileSync(cmd, args, { stdio: 'ignore' }));
  if (asRoot) {
    spawnSync('useradd', ['--system', '--no-create-home', 'postgres']);
    execFileSync('chown', ['postgres', dir]);
  }
  const port = 20000 + Math.floor(Math.random() * 20000);
  run('initdb', ['-D', join(dir, 'data'), '-U', 'bench', '--auth=trust']);
  run('pg_ctl', ['-D', join(dir, 'data'), '-l', join(dir, 'log'), '-w', '-o', `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off`, 'start']);
  return {
    url: `postgres://bench@127.0.0.1:${port}/postgres`,
    kind: 'PostgreSQL',
    stop: () => {
      run('pg_ctl', ['-D', join(dir, 'data'), '-m', 'immediate', 'stop']);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function pglite() {
  const { PGlite } = await import('@electric-sql/pglite');
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  const db = await PGlite.create();
  const server = new PGLiteSocketServer({ db, port: 0, host: '127.0.0.1', maxConnections: 16 });
  await server.start();
  return { url: `postgres://postgres@${server.getServerConn()}/postgres`, kind: 'PGlite', stop: async () => { await server.stop(); await db.close(); } };
}

export async function startBenchServer() {
  if (process.env.PRIVMAP_BENCH_PG_URL) return { url: process.env.PRIVMAP_BENCH_PG_URL, kind: 'PostgreSQL', stop() {} };
  return realServer() ?? (await pglite());
}

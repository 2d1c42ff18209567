/**
 * The stats of the files the last process listed, taken on a thread of their own (project-prefetch.ts).
 *
 * Taken with `fs.promises` they were mostly not in when ESLint reached its first rule: each stat's completion
 * waits for a turn of the main thread's event loop, which ESLint keeps busy loading its configuration, the parser
 * and the first file (documenso, 2,087 code files and 546 folders: 1,708 of the 2,633 stats still missing 2.7-3.4 s
 * after the plugin's load, taken again by the first file, 23-29 ms of its CPU). A worker reads the stored listing
 * and stats every path in it with `statSync`, posting them in chunks to a port the main thread reads
 * synchronously (`receiveMessageOnPort`) when the first listing asks: no event-loop turn is needed. The stats
 * come as numbers in the listing's order (`statAt`), not keyed by path: receiving 2,633 path strings and noting
 * each in a map cost documenso's first file 5.5 ms; the listing finds a stat by its folder's place instead.
 *
 * The worker's code is evaluated from this string (no file to resolve: the bundle, tsc's output and the tests
 * run from different folders). It only reads; a failure anywhere leaves the paths to the first listing.
 */
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { StatNumbers } from './project-listing.js';

/** A stat the worker took (null: nothing there), and when it was asked for (ms since the epoch). */
export interface StatTaken {
  stat: StatNumbers | null;
  at: number;
}

/** Paths per message: the first listing can use the first chunks while the worker takes the rest. */
const CHUNK = 256;

/**
 * What the worker posts: the listing file's text (undefined: none), then chunks of stats (`from`: the first's
 * place among `total` paths; five numbers each, the first 1 where there was something), then the end.
 */
type Message =
  | { kind: 'listing'; text: string | undefined }
  | { kind: 'stats'; at: number; from: number; total: number; values: Float64Array }
  | { kind: 'done' };

// Paths as project-prefetch.ts's `listedPaths` gives them: every folder, then its code files, in the stored order.
const WORKER_CODE = `
const { readFileSync, statSync } = require('node:fs');
const { join } = require('node:path');
const { workerData } = require('node:worker_threads');
const { port, listing, root, chunk } = workerData;
let text;
try { text = readFileSync(listing, 'utf8'); } catch {}
port.postMessage({ kind: 'listing', text });
let dirs;
try { dirs = text === undefined ? undefined : JSON.parse(text).dirs; } catch {}
if (dirs && typeof dirs === 'object') {
  const paths = [];
  for (const [dir, value] of Object.entries(dirs)) {
    if (!Array.isArray(value) || !Array.isArray(value[3])) continue;
    paths.push(join(root, dir));
    for (const name of value[3]) if (typeof name === 'string') paths.push(join(root, dir, name));
  }
  for (let from = 0; from < paths.length; from += chunk) {
    const part = paths.slice(from, from + chunk);
    const values = new Float64Array(part.length * 5);
    const at = Date.now();
    part.forEach((path, i) => {
      let stat;
      try { stat = statSync(path, { throwIfNoEntry: false }); } catch {}
      if (!stat) return;
      values.set([1, stat.size, stat.mtimeMs, stat.ctimeMs, stat.ino], i * 5);
    });
    port.postMessage({ kind: 'stats', at, from, total: paths.length, values }, [values.buffer]);
  }
}
port.postMessage({ kind: 'done' });
`;

/** The stats a worker takes of the paths a stored listing names, read as they arrive. */
export class StatsWorker {
  private isDone = false;
  private listingText: { text: string | undefined } | undefined;
  /** The chunks received, by their first path's place divided by `CHUNK`. */
  private readonly chunks: { at: number; values: Float64Array }[] = [];
  private pathCount: number | undefined;

  private constructor(
    /** Settles when the worker has ended (it never rejects): every stat is then waiting on the port. */
    readonly finished: Promise<void>,
    private readonly port: MessagePort,
  ) {}

  /** Starts a worker reading `listing` (the stored listing of `root`); undefined where no worker can be made. */
  static start(listing: string, root: string): StatsWorker | undefined {
    try {
      const { port1, port2 } = new MessageChannel();
      const worker = new Worker(WORKER_CODE, { eval: true, workerData: { port: port2, listing, root, chunk: CHUNK }, transferList: [port2] });
      // Neither keeps the process alive: a lint that ends first (one file, an error) does not wait for it.
      worker.unref();
      port1.unref();
      const finished = new Promise<void>((settle) => worker.once('exit', () => settle()));
      worker.on('error', () => {});
      return new StatsWorker(finished, port1);
    } catch {
      return undefined;
    }
  }

  /** Reads every message posted so far, without waiting. */
  drain(): void {
    if (this.isDone) return;
    for (let received = receiveMessageOnPort(this.port); received; received = receiveMessageOnPort(this.port)) {
      const message = received.message as Message;
      if (message.kind === 'listing') this.listingText = { text: message.text };
      else if (message.kind === 'stats') {
        this.chunks[message.from / CHUNK] = { at: message.at, values: message.values };
        this.pathCount = message.total;
      } else {
        this.isDone = true;
        this.port.close();
        return;
      }
    }
  }

  /**
   * The stat of the path at place `i` in the stored listing's order (every folder, then its code files' names, as
   * the listing file gives them), once the worker has taken it; undefined before.
   */
  statAt(i: number): StatTaken | undefined {
    let chunk = this.chunks[Math.floor(i / CHUNK)];
    if (!chunk) {
      this.drain();
      chunk = this.chunks[Math.floor(i / CHUNK)];
      if (!chunk) return undefined;
    }
    const v = (i % CHUNK) * 5;
    if (v >= chunk.values.length) return undefined;
    const values = chunk.values;
    return { stat: values[v] === 1 ? { size: values[v + 1]!, mtimeMs: values[v + 2]!, ctimeMs: values[v + 3]!, ino: values[v + 4]! } : null, at: chunk.at };
  }

  /** How many paths the worker stats (undefined before its first chunk): a listing must name as many. */
  total(): number | undefined {
    if (this.pathCount === undefined) this.drain();
    return this.pathCount;
  }

  /** The stored listing's text once the worker has read it (undefined inside: there was none); undefined before. */
  listing(): { text: string | undefined } | undefined {
    this.drain();
    return this.listingText;
  }
}

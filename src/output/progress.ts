/**
 * A progress line on stderr, shown only on a terminal and only once a scan has run for about a second, so
 * quick scans and CI logs stay clean.
 */
export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

export function createProgress(stream: NodeJS.WriteStream, label: string, delayMs = 1000): Progress {
  if (!stream.isTTY) return { update() {}, stop() {} };
  const started = Date.now();
  let shown = false;
  let lastDraw = 0;
  return {
    update(done, total) {
      const now = Date.now();
      if (now - started < delayMs || now - lastDraw < 100) return;
      lastDraw = now;
      shown = true;
      const width = 24;
      const filled = total > 0 ? Math.round((done / total) * width) : 0;
      stream.write(`\r${label} [${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total}`);
    },
    stop() {
      if (shown) stream.write('\r\u001b[K');
    },
  };
}

/**
 * A logger known by the last word of its name: `jobLogger.info(…)`, `this.auditLogger.warn(…)`, `perfLogger.debug(…)`,
 * `this.ctx.logger.error(…)`, `eventLog.info(…)`. Real apps name a child logger (`logger.child({ job })`, inbox-zero's
 * `logger.with({ threadId })`), a logger made by their own package's `createLogger('kafka')` or a per-request one
 * after what it logs for, with `Logger` (or `Log`) as the last word; the catalogue's conventional names
 * (`logger`, `log`, `this.logger`, `req.log`) are one word. A log-level method on such a receiver is a logging call.
 *
 * Only for a receiver the file does not resolve otherwise (the scanner decides: an import of the project, a value of
 * a project type and a catalogue package's instance are followed instead), like the catalogue's conventional names.
 */
import { nameWords } from './name-words.js';
import type { CompiledCatalogue } from './call-patterns.js';
import type { SinkDef } from './types.js';

/** The catalogue's logger by convention, whose title and id the flows carry. */
export const CONVENTIONAL = 'conventional-logger';
/** Methods that write a log line at a level (`warning` for Python-style wrappers, `log` for NestJS-style ones). */
const LEVELS = new Set(['log', 'info', 'warn', 'warning', 'error', 'debug', 'verbose', 'trace', 'fatal', 'silly']);

/** Whether a name's last word says it is a logger: `jobLogger`, `audit_logger`, `eventLog`, `AppLogger` (not `catalog`, `dialog`). */
export function isLoggerName(name: string): boolean {
  const words = nameWords(name.replace(/^[_#$]+|_+$/g, ''));
  const last = words[words.length - 1];
  return last === 'logger' || (last === 'log' && words.length > 1);
}

/** The conventional logger sink a call `root.path…` reaches by its receiver's name, if it does. */
export function namedLoggerSink(compiled: CompiledCatalogue, root: string, path: readonly string[]): SinkDef | undefined {
  if (path.length === 0 || path.includes('()')) return undefined;
  const method = path[path.length - 1]!;
  if (!LEVELS.has(method)) return undefined;
  const receiver = path.length > 1 ? path[path.length - 2]! : root;
  if (!isLoggerName(receiver)) return undefined;
  return compiled.sinks.find((entry) => entry.sink.id === CONVENTIONAL)?.sink;
}

/** Text that may hold such a call (`jobLogger.`, `this.auditLogger?.`): the file's walk is not skipped for it. */
const HINT = /[\p{Ll}\d_$](?:Logger|Log)\s*\??\.\s*(?:log|info|warn|warning|error|debug|verbose|trace|fatal|silly)\b|_(?:logger|log)\s*\??\.\s*(?:log|info|warn|error|debug)\b/u;

export function mayNameLogger(text: string): boolean {
  return HINT.test(text);
}

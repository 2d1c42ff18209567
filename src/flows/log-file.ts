/**
 * A file write whose path names a log file is logging, not an export: `fs.appendFileSync(path.join(process.cwd(),
 * 'logs', 'security.log'), JSON.stringify(entry) + '\n')` in a security service's `logSecurityEvent` keeps the events
 * on the server's disk, as a logger's file transport does, and its callers hand it an address to log (a Pilates studio's
 * Express server). Such a write is reported as the catalogue's `log-file` (kind `logs`), judged as logs are. Only a
 * path that says so by its own text: a `.log` file or a `log`/`logs` folder, written in place or in the local it is
 * kept in; an export (`exports/customers.csv`) or a path privmap cannot read stays a file export.
 */
import type ts from 'typescript';
import { typescript } from '../scan/code/typescript-api.js';
import { unwrap } from '../scan/code/unwrap.js';

export const LOG_FILE_SINK = 'log-file';
const LOG_PATH = /(?:^|[\\/])logs?(?:[\\/]|$)|\.log$/i;
const MAX_DEPTH = 3;

/** Whether the path a write is given (its first argument) names a log file. */
export function writesLogFile(path: ts.Expression | undefined, resolveLocal: (name: string) => ts.Expression | undefined, depth = 0): boolean {
  if (!path || depth > MAX_DEPTH) return false;
  const node = unwrap(path);
  if (typescript.isStringLiteralLike(node)) return LOG_PATH.test(node.text);
  if (typescript.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].some((text) => LOG_PATH.test(text)) || node.templateSpans.some((s) => writesLogFile(s.expression, resolveLocal, depth + 1));
  // `path.join(dir, 'logs', 'security.log')`, `path.resolve(__dirname, '../logs/app.log')`.
  if (typescript.isCallExpression(node)) return node.arguments.some((arg) => writesLogFile(arg, resolveLocal, depth + 1));
  if (typescript.isBinaryExpression(node) && node.operatorToken.kind === typescript.SyntaxKind.PlusToken) return writesLogFile(node.left, resolveLocal, depth + 1) || writesLogFile(node.right, resolveLocal, depth + 1);
  if (typescript.isIdentifier(node)) return writesLogFile(resolveLocal(node.text), resolveLocal, depth + 1);
  return false;
}

/**
 * A request helper that puts the path it is given after a base of its own: `private async makeRequest(endpoint, options)
 * { const url = \`${this.baseUrl}${endpoint}\`; return fetch(url, options) }`, called in the same file as
 * `this.makeRequest(\`/message/sendText/${instance}\`, { body: JSON.stringify(options) })`. The base (a constructor's
 * setting, kept in a field) says nothing of whose server it is; every path the file gives the helper goes to that one
 * server, so where one of them is a path only one vendor serves (`rules/http-targets.yml` `vendorPaths`) the base is
 * that vendor's, and so is every call through the helper. Only where some call of the helper in the file gives a
 * literal path (or a template starting with one), no call gives a full URL and no two name different vendors; a path
 * chosen at run time (a loop over candidate endpoints, seen in a Brazilian barber shop's Evolution API client) names
 * nothing and goes to the same server. A helper given full URLs is helper-url.ts's.
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import { unwrap } from './unwrap.js';
import { argumentsGivenTo } from './helper-url.js';
import { vendorOfPath } from '../../flows/http-targets.js';
import type { SinkCatalogue, SinkDef } from '../../flows/types.js';

/** The vendor the paths given to the enclosing helper name, for an HTTP call at `call` whose URL is base + parameter. */
export function helperPathTarget(call: ts.CallExpression, localValue: (name: string) => ts.Expression | undefined, catalogue: SinkCatalogue, sourceFile: ts.SourceFile): { vendor: SinkDef } | undefined {
  const first = call.arguments[0] && unwrap(call.arguments[0]);
  const url = first && typescript.isIdentifier(first) ? localValue(first.text) : first;
  const template = url && unwrap(url);
  // `${base}${endpoint}`: a base first, the parameter last, nothing written after it.
  if (!template || !typescript.isTemplateExpression(template) || template.head.text !== '') return undefined;
  const last = template.templateSpans[template.templateSpans.length - 1]!;
  const path = unwrap(last.expression);
  if (!typescript.isIdentifier(path) || last.literal.text !== '' || template.templateSpans.length < 2) return undefined;
  const given = pathsGiven(path.text, call, sourceFile);
  if (!given?.length) return undefined;
  let vendor: SinkDef | undefined;
  for (const text of given) {
    const named = vendorOfPath(catalogue, text);
    if (named && vendor && named !== vendor) return undefined;
    vendor ??= named;
  }
  return vendor ? { vendor } : undefined;
}

/** The literal start of the path every call of the function declaring `name` gives it, or undefined where one gives none. */
function pathsGiven(name: string, at: ts.Node, sourceFile: ts.SourceFile): string[] | undefined {
  const given = argumentsGivenTo(name, at, sourceFile);
  if (!given) return undefined;
  const paths: string[] = [];
  for (const argument of given) {
    const arg = argument && unwrap(argument);
    const text = arg && (typescript.isStringLiteralLike(arg) ? arg.text : typescript.isTemplateExpression(arg) ? arg.head.text : undefined);
    // A path chosen at run time (`for (const endpoint of testEndpoints) this.makeRequest(endpoint)`, `endpoint.url`)
    // goes to the same server as the literal ones: it names no vendor, and contradicts none.
    if (text === undefined || text === '') continue;
    if (!text.startsWith('/')) return undefined;
    paths.push(text);
  }
  return paths;
}

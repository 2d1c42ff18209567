/**
 * An HTTP call of a vendor's client class written by the app (session 32, seen in a Brazilian marketplace's Asaas
 * client: `class AsaasAccEntity { constructor(options: AsaasOptions) { this.URL = options.MODE } createDigitalAccount(body)
 * { return axios.post(\`${this.URL}/api/v3/accounts\`, body) } }`, the base an enum of the vendor's URLs given by the
 * module's registration). The base is a field given a value this file cannot name (a constructor's options, a DI
 * token), so neither a literal host nor a setting's name says whose server it is; the class's name does, where its
 * words name one catalogued vendor (`vendorOfName`). Only a URL that starts with such a field of `this`: a class
 * named for a vendor that calls a URL it was given otherwise (a relative path, a setting of the app's own) keeps that
 * reading.
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import { unwrap } from './unwrap.js';
import { vendorOfName } from '../../flows/http-targets.js';
import type { SinkCatalogue, SinkDef } from '../../flows/types.js';
import { baseOfArguments, type BaseNames } from './http-base.js';

/** The value a URL starts with: `this.URL` of `` `${this.URL}/api/v3/accounts` `` or of `this.URL + '/x'`. */
function leadingValue(url: ts.Expression, names: BaseNames, depth = 0): ts.Expression | undefined {
  const node = unwrap(url);
  if (typescript.isTemplateExpression(node)) return node.head.text === '' ? unwrap(node.templateSpans[0]!.expression) : undefined;
  if (typescript.isBinaryExpression(node) && node.operatorToken.kind === typescript.SyntaxKind.PlusToken) return leadingValue(node.left, names, depth);
  // `const url = \`${this.URL}/v3/payments\`; axios.post(url, body)`.
  if (typescript.isIdentifier(node) && depth === 0) {
    const value = names.value(node.text);
    return value ? leadingValue(value, names, depth + 1) : undefined;
  }
  return node;
}

/** The vendor a call of a vendor-named class goes to, when its URL starts with a field of the class naming nothing. */
export function vendorClassTarget(args: readonly ts.Expression[] | undefined, className: string | undefined, names: BaseNames, catalogue: SinkCatalogue): { vendor: SinkDef } | undefined {
  const first = args?.[0];
  if (!className || !first || baseOfArguments(args, names) !== undefined) return undefined;
  const lead = leadingValue(first, names);
  if (!lead || !typescript.isPropertyAccessExpression(lead) || lead.expression.kind !== typescript.SyntaxKind.ThisKeyword) return undefined;
  const vendor = vendorOfName(catalogue, className);
  return vendor ? { vendor } : undefined;
}

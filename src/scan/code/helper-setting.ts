/**
 * A request helper given its URL by its callers, each a setting naming the same vendor (session 32, seen in an
 * influencer SaaS's Slack notices: `private sendMessage(url, message) { return this.client.post(url, message) }` called
 * as `this.sendMessage(slackSignupWebhook, body)`, `this.sendMessage(slackAccountTrialEnding, body)`, each constant
 * `process.env.SLACK_…`). The helper's own call names no server; the file's calls of it all do, by a setting's name
 * (http-targets.ts), as `urlGivenToHelper` reads literal URLs. Only where every call gives a setting naming one
 * vendor: one call with a URL of the app's own, of another vendor or of no known owner, and the helper names none.
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import { unwrap } from './unwrap.js';
import type { SinkCatalogue, SinkDef } from '../../flows/types.js';
import { argumentsGivenTo, everyCallGives } from './helper-url.js';
import { configuredTarget } from './http-configured.js';
import type { BaseNames } from './http-base.js';

/** The vendor every call of the file's request helper names by the setting it gives as the URL, if one. */
export function settingGivenToHelper(args: readonly ts.Expression[], at: ts.Node, names: BaseNames, catalogue: SinkCatalogue, sourceFile: ts.SourceFile): { vendor: SinkDef } | undefined {
  const url = args[0] && unwrap(args[0]);
  if (!url || !typescript.isIdentifier(url)) return undefined;
  const given = argumentsGivenTo(url.text, at, sourceFile);
  const vendor = given && everyCallGives(given, (argument) => (argument ? configuredTarget([argument], undefined, names, catalogue, sourceFile)?.vendor : undefined));
  return vendor && { vendor };
}

import { banner, type GeneratedFile } from '../generated.js';
import { policySchema } from './schema.js';

export function generate(): GeneratedFile[] {
  return [{ path: 'schema/privacy.schema.json', content: `${JSON.stringify({ $comment: banner('json'), ...policySchema }, null, 2)}\n` }];
}

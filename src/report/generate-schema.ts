import { banner, type GeneratedFile } from '../generated.js';
import { reportSchema } from './schema.js';

export function generate(): GeneratedFile[] {
  return [{ path: 'schema/report.schema.json', content: `${JSON.stringify({ $comment: banner('json'), ...reportSchema }, null, 2)}\n` }];
}

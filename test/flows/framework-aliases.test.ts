/**
 * Aliases a framework declares in a tsconfig it generates (framework-aliases.ts): a SvelteKit app's `$lib/…`
 * imports resolve to `src/lib/…` although `.svelte-kit/tsconfig.json` is not in the checkout. The real scan of
 * fixtures/flows/framework-aliases; expectations.test.ts checks ESLint reports the same.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createResolver } from '../../src/flows/resolve-modules.js';
import { repoRoot } from '../helpers/cli.js';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const root = join(repoRoot, 'fixtures', 'flows', 'framework-aliases');
const flows = await scanFlowFixture('framework-aliases');

describe("a framework's generated aliases", () => {
  it("resolves SvelteKit's `$lib` from a JS file to the wrapper in src/lib", () => {
    const found = flows.filter((f) => f.location.file === 'web/src/lib/auth/auth.service.js');
    expect(found.map((f) => [f.location.line, f.sinkId, f.via, f.categories])).toEqual([[8, 'crisp', ['supportChat.setUserEmail', '$crisp.push', 'crisp'], ['email']]]);
  });

  it('leaves the framework\'s own modules (`$app/…`) and unlisted aliases unresolved', () => {
    const files = ['web/src/lib/services/support-chat.service.ts', 'web/src/lib/auth/auth.service.js'];
    const resolver = createResolver(root, files);
    expect(resolver.resolve(files[1]!, '$lib/services/support-chat.service')).toBe(files[0]);
    expect(resolver.resolve(files[1]!, '$app/navigation')).toBeUndefined();
    expect(resolver.resolve(files[1]!, '$lib/missing')).toBeUndefined();
  });
});

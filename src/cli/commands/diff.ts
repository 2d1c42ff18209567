import { Command } from 'commander';
import { resolve } from 'node:path';
import { diffProject } from '../../diff/index.js';
import { renderDiffJson } from '../../diff/formats/json.js';
import { githubLinkBase, renderDiffMarkdown } from '../../diff/formats/markdown.js';
import { renderDiffText } from '../../diff/formats/text.js';
import { openRepository } from '../../diff/git.js';
import { renderDiffSarif } from '../../diff/sarif.js';
import { formatOption, progressFor } from '../common-options.js';
import { emit, stdoutPalette } from '../io.js';
import { formatTitle } from '../format-titles.js';

interface DiffCommandOptions {
  dir: string;
  policy?: string;
  format: 'text' | 'markdown' | 'json' | 'sarif';
  output?: string;
  cache?: boolean;
  cacheDir?: string;
  quiet?: boolean;
}

export function diffCommand(): Command {
  return new Command('diff')
    .description('What a change does to personal data: new, removed and changed elements, new recipients, newly undeclared processing')
    .argument('[base-ref]', 'commit to compare from (default: where HEAD left the default branch)')
    .argument('[head-ref]', 'commit to compare to (default: the work tree, uncommitted changes included)')
    .option('-C, --dir <dir>', 'project directory inside the repository', '.')
    .option('-p, --policy <file>', 'privacy policy file (default: privacy.yml found upward from dir)')
    .addOption(formatOption(['text', 'markdown', 'json', 'sarif'], 'text'))
    .option('-o, --output <file>', 'write the result to a file instead of stdout')
    .option('--cache-dir <dir>', 'keep per-file scan results here (default: node_modules/.cache/privmap, else .privmap-cache/)')
    .option('--no-cache', 'keep nothing between runs (the two sides still share what they scan)')
    .option('-q, --quiet', 'print nothing but errors and the result')
    .addHelpText(
      'after',
      `
Only the files that differ are scanned twice; the rest come from the cache. Nothing is fetched: in a
shallow clone, fetch the base first (actions/checkout with fetch-depth: 0, or git fetch origin main).

Examples:
  $ privmap diff                                   # this branch against where it left main
  $ privmap diff origin/main HEAD -f markdown      # a pull-request comment
  $ privmap diff v1.2.0 v1.3.0 -f json             # between two releases
  $ privmap diff -f sarif -o change.sarif          # only what the change introduced`,
    )
    .action(async (base: string | undefined, head: string | undefined, options: DiffCommandOptions) => {
      const progress = progressFor(options);
      const outcome = await diffProject({
        dir: options.dir,
        ...(options.policy ? { policyFile: options.policy } : {}),
        ...(base ? { base } : {}),
        ...(head ? { head } : {}),
        cache: options.cache === false ? false : options.cacheDir ? { dir: options.cacheDir } : {},
        onProgress: progress,
      });
      progress.stop();
      const { report } = outcome;
      const text =
        options.format === 'json'
          ? renderDiffJson(report)
          : options.format === 'sarif'
            ? renderDiffSarif(report, outcome.head, resolve(options.dir))
            : options.format === 'markdown'
              ? renderDiffMarkdown(report, { ...withLinks(options.dir, report.head.sha) })
              : renderDiffText(report, stdoutPalette(options.output));
      emit(text, options.output, { quiet: options.quiet, what: options.format === 'text' ? 'the change view' : `the change view as ${formatTitle(options.format)}` });
    });
}

function withLinks(dir: string, headSha: string | undefined): { linkBase?: string } {
  const linkBase = githubLinkBase(process.env, openRepository(dir).prefix, headSha);
  return linkBase ? { linkBase } : {};
}

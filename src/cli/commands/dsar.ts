import { Command, Option } from 'commander';
import { UsageError } from '../../errors.js';
import { erasureScript, exportRows, exportScript, prepareDsar, type DsarFormat } from '../../dsar/index.js';
import type { DsarPlan } from '../../dsar/plan.js';
import { chainText } from '../../dsar/reach.js';
import { emit, stderrPalette } from '../io.js';
import { formatTitle } from '../format-titles.js';

interface DsarCliOptions {
  db?: string | boolean;
  subject: string;
  table?: string;
  policy?: string;
  erasure?: boolean;
  run?: boolean;
  format: DsarFormat;
  output?: string;
  quiet?: boolean;
}

/** What was found, on stderr: never the subject's value, never a row. */
function describe(plan: DsarPlan, counts?: Map<string, number>): string {
  const p = stderrPalette();
  const lines = [`${p.bold('Data subject')}: ${plan.subject.table.name}.${plan.subject.column} (${plan.subject.why})`, p.bold(`Tables reached (${plan.tables.length}):`)];
  for (const t of plan.tables) lines.push(`  ${chainText(t.node)}${counts ? `: ${counts.get(t.node.table.name) ?? 0} row(s)` : ''}${t.keep ? p.dim(` [kept on erasure: ${t.keep.purposes.map((x) => x.id).join(', ')}]`) : ''}`);
  lines.push(p.bold(`Outside the database (${plan.outside.length}):`));
  for (const o of plan.outside) lines.push(`  ${o.title} [${o.recipient}]${o.isDeclared ? '' : ' NOT DECLARED'}${o.country ? `, ${o.country}` : ''}: ${o.categories.join(', ')}${o.places.length ? p.dim(` at ${o.places.join(', ')}`) : p.dim(' (declared; no call found)')}`);
  return `${lines.join('\n')}\n`;
}

export function dsarCommand(): Command {
  return new Command('dsar')
    .description("Find one person's rows (GDPR Art. 15/17): write the read-only export SQL, run it with --run, or write erasure statements for review")
    .argument('[dir]', 'project directory (its privacy.yml and code)', '.')
    .requiredOption('--subject <column=value>', "the data subject: a column of the subject's table and the value to find (the value is never logged)")
    .option('--db [url]', 'the live PostgreSQL database (default: the env var named in the policy, or PG* variables)')
    .option('--table <schema.table>', "the data subject's table (default: subjects.<id>.table in privacy.yml, else found by its shape)")
    .option('-p, --policy <file>', 'privacy policy file (default: privacy.yml found upward from dir)')
    .option('--erasure', 'write the erasure statements for review instead (never run); rows a purpose exempt from erasure keeps are left out, with the reason')
    .option('--run', "run the export in a read-only transaction and write the person's rows")
    .addOption(new Option('-f, --format <format>', 'with --run: the rows as JSON lines or CSV').choices(['jsonl', 'csv']).default('jsonl'))
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .option('-q, --quiet', 'print nothing but errors and the result')
    .addHelpText(
      'after',
      `
Examples:
  $ privmap dsar --subject email=kari@example.com                 # the export SQL, for psql
  $ privmap dsar --subject email=kari@example.com --run -o kari.jsonl
  $ privmap dsar --subject id=c-123 --erasure -o erase-c-123.sql  # for review; privmap never runs it`,
    )
    .action(async (dir: string, options: DsarCliOptions) => {
      if (options.run && options.erasure) throw new UsageError('--erasure writes statements for review and is never run; drop --run');
      const prepared = await prepareDsar({
        dir,
        subject: options.subject,
        ...(typeof options.db === 'string' ? { url: options.db } : {}),
        ...(options.table ? { table: options.table } : {}),
        ...(options.policy ? { policyFile: options.policy } : {}),
      });
      const { plan } = prepared;
      if (!options.run) {
        emit(options.erasure ? erasureScript(plan) : exportScript(plan), options.output, { quiet: options.quiet, what: options.erasure ? 'the erasure SQL (for review; privmap never runs it)' : 'the export SQL' });
        if (!options.quiet) process.stderr.write(describe(plan));
        return;
      }
      const chunks: string[] = [];
      const result = await exportRows(plan, prepared.url, prepared.selector.value, options.format, (text) => chunks.push(text));
      emit(chunks.join(''), options.output, { quiet: options.quiet, what: `the subject's rows as ${formatTitle(options.format)}` });
      if (!options.quiet) process.stderr.write(describe(plan, new Map(result.counts.map((c) => [c.table, c.rows]))));
    });
}

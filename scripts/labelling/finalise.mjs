// Turns a reviewed draft from extract.mjs into a labelled file: the header, the kept groups, and the labeller's
// judgements written as corrections to the draft's naive guesses. Every correction must hit a field, so a typo
// cannot silently leave a guess in place.
//
//   node scripts/labelling/finalise.mjs <draft> <out.yml> --codebase c --repository o/r --commit sha
//        --language nl --kind schema --split holdout [--drop container-regex] [--org container-regex]
//        [--keep container-regex] [--not-types type-regex] [--lang container-regex=xx] [Container.field=label ...]
//
// `*.field=label` applies to every container; a code member is addressed by its declared name.
import { readFileSync, writeFileSync } from 'node:fs';

const [draftPath, out, ...args] = process.argv.slice(2);
const opts = {};
const sets = [];
const langs = [];
// `--re 'regex=label'`: one judgement for a naming convention the labeller read across a code base
// (e.g. trackdechets' `<role>CompanyContact` is a contact person's name); explicit corrections still win.
const res = [];
for (let i = 0; i < args.length; i++) {
  if (args[i].startsWith('--')) {
    const key = args[i].slice(2);
    const value = args[++i];
    if (key === 'lang') langs.push(value.split('='));
    else if (key === 're') res.push([new RegExp(value.slice(0, value.lastIndexOf('='))), value.slice(value.lastIndexOf('=') + 1)]);
    else opts[key] = value;
  } else sets.push(args[i]);
}

// The draft is YAML-ish flow groups; parse it as YAML after dropping comments.
import { parse } from 'yaml';
const groups = parse(readFileSync(draftPath, 'utf8').split('\n').filter((l) => !/^\s*#/.test(l)).join('\n')) ?? [];
const drop = opts.drop ? new RegExp(`^(?:${opts.drop})$`) : undefined;
const keep = opts.keep ? new RegExp(`^(?:${opts.keep})$`) : undefined;
const org = opts.org ? new RegExp(`^(?:${opts.org})$`) : undefined;
const kept = groups.filter((g) => !(drop && drop.test(g.container)) && !(keep && !keep.test(g.container)));

const memberName = (line) =>
  line.replace(/@\w+(?:\.\w+)*(?:<[^>]*>)?(?:\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*\))?\s*/g, '').replace(/^(?:(?:public|private|protected|readonly|static|declare|abstract|override|get|set|async)\s+)*/, '').match(/^['"]([^'"]+)['"]|^([#\w$]+)/)?.slice(1).find(Boolean);

// A judgement on the column type, written once: an integer, boolean, date or key column holds no name,
// address, phone or email (a foreign key to an address record is "-" by convention).
const notTypes = opts['not-types'] ? new RegExp(opts['not-types'], 'i') : undefined;
const used = new Set();
for (const g of kept) {
  const isCode = g.kind === 'code';
  g.fields = g.fields.map((f) => {
    const name = isCode ? memberName(f[0]) : String(f[0]);
    if (!isCode && notTypes?.test(String(f[1]))) f[2] = '-';
    else if (!isCode) for (const [re, label] of res) if (re.test(name)) f[2] = label;
    for (const s of sets) {
      const [key, label] = s.split('=');
      const dot = key.lastIndexOf('.');
      const [c, n] = [key.slice(0, dot), key.slice(dot + 1)];
      if ((c === '*' || c === g.container) && n === name) {
        used.add(s);
        if (isCode) f[1] = label;
        else f[2] = label;
      }
    }
    return f;
  });
  if (org?.test(g.container)) g.org = true;
  for (const [re, lang] of langs) if (new RegExp(`^(?:${re})$`).test(g.container)) g.lang = lang;
}
const unused = sets.filter((s) => !used.has(s));
if (unused.length) {
  console.error(`corrections that hit no field: ${unused.join(' ')}`);
  process.exit(1);
}

const header = { codebase: opts.codebase, repository: opts.repository, commit: opts.commit, language: opts.language, kind: opts.kind, split: opts.split };
const scalar = (v) => (typeof v === 'string' && /^[A-Za-z_][\w .()]*$/.test(v) && !/^(true|false|null|yes|no|on|off|y|n)$/i.test(v) && !/\s$/.test(v) ? v : JSON.stringify(v));
const flow = (v) => (Array.isArray(v) ? `[${v.map(flow).join(', ')}]` : typeof v === 'boolean' ? String(v) : scalar(v));
const lines = [
  `# ${opts.note ?? 'Labelled by reading the source; see README.md in this folder.'}`,
  ...Object.entries(header).map(([k, v]) => `${k}: ${flow(v)}`),
  'groups:',
];
for (const g of kept) {
  const { fields, ...rest } = g;
  const head = Object.entries(rest).map(([k, v]) => `${k}: ${flow(v)}`).join(', ');
  lines.push(`  - { ${head}, fields: [`);
  lines.push(fields.map((f) => `      ${flow(f)}`).join(',\n') + ' ] }');
}
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`${out}: ${kept.length} groups, ${kept.reduce((n, g) => n + g.fields.length, 0)} fields`);

// The real-code corpus for the code-scan bench: code nobody here wrote.
// - PRIVMAP_BENCH_CORPUS: one or more folders (joined with the path delimiter, `:` on Linux), e.g. snapshots
//   of open-source applications made with `git archive HEAD | tar -x -C <folder>`; used as they are.
// - Otherwise the npm packages in node_modules that ship their TypeScript sources (`.ts` files that are not
//   declaration files), hard-linked into .bench/npm-ts/ because discovery never enters node_modules.
// `repeatCorpus` makes the N-line corpora for the memory measurements by hard-linking the corpus again and
// again into copy-1/, copy-2/, ... until the line count is reached: the same files, no extra disk.
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join, relative, resolve } from 'node:path';

const SOURCE = /\.(?:[cm]?tsx?)$/;
const DECLARATION = /\.d\.[cm]?ts$/;
const SKIPPED_DIRS = new Set(['node_modules', '.git', 'dist', 'build', 'out', 'coverage', 'vendor']);

function walk(dir, visit) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) walk(path, visit);
    } else if (entry.isFile()) visit(path);
  }
}

/** A hard link where the file system allows one, else a copy. */
function place(from, to) {
  mkdirSync(dirname(to), { recursive: true });
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

function countLines(text) {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Lines and files of TypeScript/JavaScript sources under the corpus folders, as discovery would see them. */
function measure(dirs) {
  let files = 0;
  let lines = 0;
  for (const dir of dirs) {
    walk(dir, (path) => {
      if (/\.(?:[cm]?[jt]sx?)$/.test(path) && !DECLARATION.test(path)) {
        files++;
        lines += countLines(readFileSync(path, 'utf8'));
      }
    });
  }
  return { files, lines };
}

function npmCorpus(root) {
  const target = join(root, '.bench', 'npm-ts');
  const modules = join(root, 'node_modules');
  const packages = [];
  const scan = (dir, name) => {
    const sources = [];
    walk(dir, (path) => SOURCE.test(path) && !DECLARATION.test(path) && sources.push(path));
    if (sources.length >= 20) packages.push({ name, dir, sources });
  };
  for (const entry of readdirSync(modules)) {
    if (entry.startsWith('.')) continue;
    if (entry.startsWith('@')) for (const sub of readdirSync(join(modules, entry))) scan(join(modules, entry, sub), `${entry}/${sub}`);
    else scan(join(modules, entry), entry);
  }
  rmSync(target, { recursive: true, force: true });
  for (const pkg of packages) {
    for (const source of pkg.sources) {
      place(source, join(target, pkg.name, relative(pkg.dir, source)));
    }
  }
  return { dirs: [target], label: `TypeScript sources shipped in node_modules: ${packages.map((p) => p.name).join(', ')}` };
}

/** The corpus folders and a label naming them. */
export function realCorpus(root) {
  const configured = process.env.PRIVMAP_BENCH_CORPUS;
  const corpus = configured ? { dirs: configured.split(delimiter).filter(Boolean).map((d) => resolve(d)), label: configured } : npmCorpus(root);
  for (const dir of corpus.dirs) if (!existsSync(dir)) throw new Error(`PRIVMAP_BENCH_CORPUS: ${dir} does not exist`);
  return { ...corpus, ...measure(corpus.dirs) };
}

/**
 * A folder holding the corpus repeated until it has `targetLines` lines (hard links): whole copies, then files
 * of one more copy, in walk order, until the count is reached (5M lines, as issue 14 measures, not the next
 * whole multiple of the corpus). `targetLines` 0: the corpus once.
 */
export function repeatCorpus(root, corpus, targetLines) {
  const target = targetLines || corpus.lines;
  const whole = Math.floor(target / corpus.lines);
  const name = target === whole * corpus.lines ? `repeat-${whole}x` : `lines-${(target / 1e6).toFixed(1)}M`;
  const dir = join(root, '.bench', name);
  const stamp = join(dir, '.corpus');
  const id = JSON.stringify({ dirs: corpus.dirs, target, files: corpus.files, lines: corpus.lines });
  const counted = () => JSON.parse(readFileSync(join(dir, '.lines'), 'utf8'));
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === id) return { dir, ...counted() };
  rmSync(dir, { recursive: true, force: true });
  let lines = 0;
  let files = 0;
  for (let copy = 1; lines < target; copy++) {
    corpus.dirs.forEach((source, index) => {
      walk(source, (path) => {
        if (!/\.(?:[cm]?[jt]sx?)$/.test(path) || DECLARATION.test(path) || lines >= target) return;
        // Within a whole copy every file is taken; the last copy stops at the target.
        if (copy > whole) lines += countLines(readFileSync(path, 'utf8'));
        place(path, join(dir, `copy-${copy}`, `corpus-${index}`, relative(source, path)));
        files++;
      });
    });
    if (copy <= whole) lines += corpus.lines;
  }
  writeFileSync(join(dir, '.lines'), JSON.stringify({ lines, files }));
  writeFileSync(stamp, id);
  return { dir, lines, files };
}

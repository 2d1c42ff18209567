// Lists the containers and fields of a fetched repository snapshot as DRAFT groups for a labelled file
// (fixtures/detect/labelled/README.md). It reads the snapshot with git, never checks anything out, and prints
// facts only: container, field, declared type, and hints the source states (Django EmailField, validators).
// Each draft label is a deliberately naive word guess (below), NOT privmap's detector, so the labeller
// starts from a list and judges every line by reading the source; a guess is never kept unread.
//
//   node scripts/labelling/extract.mjs <git-dir> <path-regex> [--code] [--max-files N] [--only container-regex]
//
// Formats by extension: .sql (CREATE TABLE, ALTER TABLE ADD), .py (Django models), .php (Laravel
// migrations), .rb (Rails schema.rb), .prisma, .kt/.java (entity and data classes), .json (Frappe DocTypes),
// .ts/.tsx (interfaces, classes, type literals, zod objects; with --code, one-line member declarations).
import { execFileSync } from 'node:child_process';
import ts from 'typescript';

const [gitDir, pathPattern, ...rest] = process.argv.slice(2);
const flag = (name) => rest.includes(name);
const option = (name, fallback) => (rest.includes(name) ? rest[rest.indexOf(name) + 1] : fallback);
const asCode = flag('--code');
const maxFiles = Number(option('--max-files', 40));
const only = option('--only') ? new RegExp(option('--only'), 'i') : undefined;
const git = (...args) => execFileSync('git', [`--git-dir=${gitDir}`, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });

const files = git('ls-tree', '-r', '--name-only', 'HEAD').split('\n').filter((f) => new RegExp(pathPattern).test(f)).slice(0, maxFiles);

// A naive guess for the draft only; the labeller overrides it after reading.
function guess(name) {
  const n = name.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (/(verified|confirmed|enabled|optin|optout|template|label|placeholder|count|token|sent|id$|ids$|at$|date|type$|status|flag|valid)/.test(n)) return '-';
  if (/(email|epost|mail|courriel|correo|sahkoposti|posta)/.test(n)) return 'email';
  if (/(phone|telef|tlf|mobil|fax|handy|puhelin|cellul|celular|movil|gsm|sms)/.test(n)) return 'phone';
  if (/(street|strasse|straat|gate|adres|address|adress|zip|postal|postcode|plz|postnummer|postnr|city|ort$|town|poststed|woonplaats|ville|ciudad|citta|cidade|miasto|kaupunki|osoite|indirizzo|endereco|direccion|huisnummer|hausnummer|cap$|cep$)/.test(n)) return 'address';
  if (/(firstname|lastname|fullname|surname|givenname|familyname|fornavn|etternavn|efternavn|fornamn|efternamn|vorname|nachname|voornaam|achternaam|prenom|nombre|apellido|nome$|cognome|imie|nazwisko|etunimi|sukunimi|^name$|^navn$|^nom$|^naam$)/.test(n)) return 'name';
  return '-';
}

const q = (s) => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(s) ? s : JSON.stringify(s));
const groups = [];
// Migrations add columns over many files: one group per table, as a database scan would see it.
const byTable = new Map();
const add = (container, file, fields, extra = {}) => {
  if (fields.length === 0 || (only && !only.test(container))) return;
  if (extra.merge) {
    const known = byTable.get(container.toLowerCase());
    if (known) {
      for (const f of fields) if (!known.fields.some((k) => k[0] === f[0])) known.fields.push(f);
      return;
    }
    const group = { container, file, fields: [...fields] };
    byTable.set(container.toLowerCase(), group);
    groups.push(group);
    return;
  }
  groups.push({ container, file, fields, ...extra });
};

function sql(text, file) {
  const tables = new Map();
  const create = /create\s+table\s+(?:if\s+not\s+exists\s+)?([`"\[\]\w.]+)\s*\(([\s\S]*?)\n\s*\)\s*(?:;|engine|default|with|tablespace|inherits|partition|comment)/gi;
  for (const m of text.matchAll(create)) {
    const table = m[1].replace(/[`"\[\]]/g, '').split('.').pop();
    const cols = tables.get(table) ?? [];
    for (const line of m[2].split(/,\s*\n|\n/)) {
      const c = line.trim().match(/^[`"\[]?(\w+)[`"\]]?\s+([A-Za-z][\w ]*(?:\([^)]*\))?)/);
      if (!c || /^(primary|unique|key|index|constraint|foreign|check|fulltext|exclude|references|on|using|period|like)$/i.test(c[1])) continue;
      cols.push([c[1], c[2].trim().split(/\s+(?:not|null|default|primary|references|unique|generated|collate|character|auto_increment|unsigned|comment|check)\b/i)[0].toLowerCase()]);
    }
    tables.set(table, cols);
  }
  for (const m of text.matchAll(/alter\s+table\s+(?:if\s+exists\s+)?(?:only\s+)?([`"\w.]+)\s+add\s+(?:column\s+)?(?:if\s+not\s+exists\s+)?[`"]?(\w+)[`"]?\s+([A-Za-z][\w]*(?:\([^)]*\))?)/gi)) {
    const table = m[1].replace(/[`"]/g, '').split('.').pop();
    if (/^(constraint|primary|unique|foreign|index)$/i.test(m[2])) continue;
    const cols = tables.get(table) ?? [];
    cols.push([m[2], m[3].toLowerCase()]);
    tables.set(table, cols);
  }
  for (const [table, cols] of tables) add(table, file, cols.map(([n, t]) => [n, t, guess(n)]), { merge: true });
}

function django(text, file) {
  for (const cls of text.split(/\nclass /).slice(1)) {
    const head = cls.match(/^(\w+)\(([^)]*)\)/);
    if (!head || /Meta|Admin|Form|Serializer|Config|TestCase|Enum|Choices/.test(head[1] + head[2])) continue;
    const fields = [];
    // `Plus` variants: SUAP-style subclasses (CharFieldPlus, ForeignKeyPlus) are the same Django fields.
    for (const m of cls.matchAll(/\n    (\w+)\s*=\s*(?:models\.)?(\w+Field(?:Plus)?|ForeignKey(?:Plus)?|OneToOneField(?:Plus)?|ManyToManyField(?:Plus)?)\(/g)) {
      const hint = /EmailField/.test(m[2]) ? 'email' : /PhoneNumberField/.test(m[2]) ? 'phone' : undefined;
      fields.push([m[1], m[2], guess(m[1]), ...(hint ? [hint] : [])]);
    }
    add(head[1], file, fields);
  }
}

function laravel(text, file) {
  for (const m of text.matchAll(/Schema::(?:create|table)\(\s*['"](\w+)['"][\s\S]*?\n\s*\}\);/g)) {
    const fields = [];
    for (const c of m[0].matchAll(/\$table->(\w+)\(\s*['"](\w+)['"]/g)) if (!/^(index|unique|primary|foreign|drop.*|rename.*|spatialIndex|fullText)$/.test(c[1])) fields.push([c[2], c[1], guess(c[2])]);
    add(m[1], file, fields, { merge: true });
  }
}

// Doctrine attributes: `#[ORM\Column(name: 'email', type: Types::STRING)] private ?string $email`.
function doctrine(text, file) {
  const cls = text.match(/\nclass\s+(\w+)/);
  if (!cls) return;
  const fields = [];
  for (const m of text.matchAll(/#\[ORM\\Column\(([^\]]*)\)\][\s\S]*?\$(\w+)/g)) {
    const column = m[1].match(/name:\s*'(\w+)'/)?.[1] ?? m[2];
    const type = m[1].match(/type:\s*(?:Types::)?'?(\w+)/)?.[1] ?? 'string';
    fields.push([column, type.toLowerCase(), guess(column)]);
  }
  add(cls[1], file, fields);
}

function rails(text, file) {
  for (const m of text.matchAll(/create_table\s+"(\w+)"[\s\S]*?\n\s+end\n/g)) {
    add(m[1], file, [...m[0].matchAll(/\n\s+t\.(\w+)\s+"(\w+)"/g)].filter((c) => c[1] !== 'index').map((c) => [c[2], c[1], guess(c[2])]));
  }
}

function prisma(text, file) {
  for (const m of text.matchAll(/\nmodel\s+(\w+)\s*\{([\s\S]*?)\n\}/g)) {
    const fields = [];
    for (const line of m[2].split('\n')) {
      const c = line.trim().match(/^(\w+)\s+([\w\[\]?]+)/);
      if (c && !c[1].startsWith('@@')) fields.push([c[1], c[2], guess(c[1])]);
    }
    add(m[1], file, fields);
  }
}

function jvm(text, file) {
  for (const m of text.matchAll(/(?:data\s+class|class)\s+(\w+)\s*(?:\(([\s\S]*?)\)\s*(?::|\{|\n)|[^{]*\{([\s\S]*?)\n\})/g)) {
    const fields = [];
    const body = m[2] ?? m[3] ?? '';
    for (const c of body.matchAll(/(?:val|var)\s+(\w+)\s*:\s*([\w.<>?, ]+?)(?:\s*=|,|\n|\))/g)) fields.push([c[1], c[2].trim(), guess(c[1])]);
    for (const c of body.matchAll(/\n\s*(?:private|protected|public)\s+(?:final\s+)?([\w.<>]+)\s+(\w+)\s*[;=]/g)) fields.push([c[2], c[1], guess(c[2])]);
    // C# auto-properties: `public string Imie { get; set; }`
    for (const c of body.matchAll(/\n\s*public\s+(?:virtual\s+)?([\w.<>?,\[\] ]+?)\s+(\w+)\s*\{\s*get/g)) fields.push([c[2], c[1], guess(c[2])]);
    add(m[1], file, fields);
  }
}

function doctype(text, file) {
  let doc;
  try {
    doc = JSON.parse(text);
  } catch {
    return;
  }
  if (doc?.doctype !== 'DocType' || !Array.isArray(doc.fields)) return;
  add(doc.name, file, doc.fields.filter((f) => f.fieldname && !/Break|Section|Column|Tab|HTML|Button|Heading/.test(f.fieldtype)).map((f) => {
    const hint = f.options === 'Email' ? 'email' : f.options === 'Phone' || f.fieldtype === 'Phone' ? 'phone' : undefined;
    return [f.fieldname, f.fieldtype + (f.options && !String(f.options).includes('\n') ? `:${f.options}` : ''), guess(f.fieldname), ...(hint ? [hint] : [])];
  }));
}

// Line comments are dropped before joining lines, or they would swallow the rest of the declaration.
// FacturaScripts-style table files: <table><column><name>..</name><type>..</type></column></table>.
function xmlTable(text, file) {
  if (!/<table>/.test(text)) return;
  const cols = [...text.matchAll(/<column>\s*<name>([^<]+)<\/name>\s*<type>([^<]+)<\/type>/g)].map((m) => [m[1], m[2], guess(m[1])]);
  add(file.split('/').pop().replace(/\.xml$/, ''), file, cols);
}

function parses(open, line) {
  const pairs = { '{': '}', '(': ')', '[': ']' };
  const stack = [];
  for (const ch of open.replace(/(['"`])(?:\\.|(?!\1).)*\1/g, '')) if (pairs[ch]) stack.push(pairs[ch]); else if ('})]'.includes(ch)) stack.pop();
  const probe = ts.createSourceFile('probe.ts', `${open}\n  ${line}\n${stack.reverse().join('')}\n`, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  return (probe.parseDiagnostics ?? []).length === 0;
}

const oneLine = (node, sf) => node.getText(sf).split('\n').map((l) => l.replace(/(^|\s)\/\/.*$/, '')).join('\n').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s*\n\s*/g, ' ').trim();
// Methods with bodies and long initialisers are logic, not declarations: short ones stay as traps.
const isLogic = (m) => ts.isMethodDeclaration(m) || ts.isGetAccessor(m) || ts.isSetAccessor(m) || ts.isConstructorDeclaration(m) || (ts.isPropertyDeclaration(m) && m.initializer && (ts.isArrowFunction(m.initializer) || ts.isFunctionExpression(m.initializer)));

function typescript(text, file) {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const visit = (node) => {
    let name;
    let members = [];
    let open;
    if (ts.isInterfaceDeclaration(node) || ts.isClassDeclaration(node)) {
      name = node.name?.text ?? 'default';
      members = node.members.filter((m) => !(isLogic(m) && oneLine(m, sf).length > 90) && !ts.isClassStaticBlockDeclaration(m) && !ts.isIndexSignatureDeclaration(m));
      const decorators = (ts.getDecorators?.(node) ?? []).map((d) => oneLine(d, sf)).join(' ');
      open = `${decorators ? `${decorators} ` : ''}export ${ts.isClassDeclaration(node) ? 'class' : 'interface'} ${name} {`;
    } else if (ts.isTypeAliasDeclaration(node) && ts.isTypeLiteralNode(node.type)) {
      name = node.name.text;
      members = node.type.members;
      open = `export type ${name} = {`;
    } else if (ts.isVariableDeclaration(node) && node.initializer && /\b(?:z|zod)\.object\(\s*\{/.test(node.initializer.getText(sf).slice(0, 40))) {
      name = node.name.getText(sf);
      let call = node.initializer;
      while (ts.isCallExpression(call) && !(ts.isPropertyAccessExpression(call.expression) && call.expression.name.text === 'object')) call = call.expression.expression ?? call.expression;
      const object = ts.isCallExpression(call) ? call.arguments[0] : undefined;
      if (object && ts.isObjectLiteralExpression(object)) {
        members = object.properties;
        open = `export const ${name} = z.object({`;
      }
    }
    // Drizzle tables: `export const customers = pgTable("customers", { name: text().notNull() })`.
    if (ts.isVariableDeclaration(node) && node.initializer && ts.isCallExpression(node.initializer) && ts.isIdentifier(node.initializer.expression) && /^(pg|mysql|sqlite)Table$/.test(node.initializer.expression.text)) {
      const [tableArg, columns] = node.initializer.arguments;
      if (columns && ts.isObjectLiteralExpression(columns)) {
        name = node.name.getText(sf);
        members = columns.properties;
        open = `export const ${name} = ${node.initializer.expression.text}(${tableArg.getText(sf)}, {`;
      }
    }
    // Form page configs: `step: { pageSchema: { vorname: stringRequiredSchema } }`, a schema per form step.
    if (ts.isPropertyAssignment(node) && node.name.getText(sf) === 'pageSchema' && ts.isObjectLiteralExpression(node.initializer)) {
      const step = ts.isObjectLiteralExpression(node.parent) && ts.isPropertyAssignment(node.parent.parent) ? node.parent.parent.name.getText(sf) : 'page';
      name = `${step.replace(/[^A-Za-z0-9_]+/g, '_').replace(/^_+|_+$/g, '')}PageSchema`;
      members = node.initializer.properties;
      open = `export const ${name} = {`;
    }
    if (name && open && members.length > 0) {
      const fields = members.map((m) => {
        const line = oneLine(m, sf) + (ts.isObjectLiteralExpression(m.parent) ? ',' : '');
        const n = m.name ? m.name.getText(sf).replace(/['"]/g, '') : '';
        return asCode ? [line, isLogic(m) || ts.isMethodSignature(m) ? '-' : guess(n)] : [n, m.type ? oneLine(m.type, sf) : '?', guess(n)];
      });
      // A member whose lines cannot be joined into one valid line (newline-separated members of a nested
      // type literal) is left out rather than stored broken.
      const kept = asCode ? fields.filter(([line]) => parses(open, line)) : fields;
      add(name, file, kept, asCode ? { open } : {});
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
}

for (const file of files) {
  let text;
  try {
    text = git('show', `HEAD:${file}`);
  } catch {
    continue;
  }
  if (/\.(sql|pgsql|mysql)$/i.test(file)) sql(text, file);
  else if (/\.py$/.test(file)) django(text, file);
  else if (/\.php$/.test(file)) (laravel(text, file), sql(text, file), doctrine(text, file));
  else if (/\.rb$/.test(file)) rails(text, file);
  else if (/\.prisma$/.test(file)) prisma(text, file);
  else if (/\.(kt|java|cs)$/.test(file)) jvm(text, file);
  else if (/\.json$/.test(file)) doctype(text, file);
  else if (/\.xml$/.test(file)) xmlTable(text, file);
  else if (/\.tsx?$/.test(file)) typescript(text, file);
}

const commit = git('rev-parse', 'HEAD').trim();
console.log(`# ${gitDir} @ ${commit}: ${groups.length} containers, ${groups.reduce((n, g) => n + g.fields.length, 0)} fields (DRAFT labels: review every line)`);
for (const g of groups) {
  const extra = g.open ? `, kind: code, open: ${JSON.stringify(g.open)}` : '';
  console.log(`  # ${g.file}\n  - { container: ${q(g.container)}${extra}, fields: [`);
  console.log(g.fields.map((f) => `      [${f.map((x) => (x === '-' ? '"-"' : q(String(x)))).join(', ')}]`).join(',\n') + ' ] }');
}

/**
 * A record the calling function loads itself and hands whole to a wrapper (`const invite = (await
 * db.collection('invites').doc(id).get()).data(); await sendSignupInviteEmail(invite, url)`, `const user = await
 * prisma.user.findUnique(…); await sendWelcome(user)`). The wrapper reads the person's fields (`to: invite.email`), and
 * the caller, not the wrapper's own callers, decides whose record it is: the person's data enters the chain where it is
 * loaded, as it does where `{ email: invite.email }` is written in the call. Read off syntax: a local whose value is a
 * read of storage, a call named for reading (`find…`, `get…`, `load…`, `fetch…`, `query…`, `select…`) or a document
 * snapshot's `data()`, through `await` and type assertions. A record the caller stores itself and gets back (session
 * 13: `const { applicant } = await createApplicant(body); await sendConfirmationEmail(applicant)`, `const savedUser =
 * await prisma.user.update(…); await updateBrevoContact(savedUser)`: a call named for writing, `create…`, `insert…`,
 * `save…`, `update…`, `upsert…`) is the same: the caller holds the stored row and decides whose it is. So is a name
 * destructured from such a record (`const { patient } = booking` of a booking loaded with its patient). A record
 * computed otherwise (a CSV row, a parameter, an element of a parameter's list, a condition) keeps its reading: its
 * flow is the wrapper's, or its callers' (record-member.ts).
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import { unwrap } from './unwrap.js';
import type { DataContext } from '../../flows/personal-data.js';

/**
 * Calls reading a stored record (`findUnique`, `getInviteById`, `loadUser`), never checking one; also named in the
 * languages the apps are written in (`hentKunde`, `haalKlantOp`, `ladeKunde`, `buscarCliente`, `chargerClient`,
 * `caricaCliente`, `hamtaKund`, `pobierzKlienta`).
 */
const READ = /^(get|find|fetch|load|query|select|lookup|retrieve|hent|hente|finn|hole|hol|lade|laden|finde|haal|vind|laad|zoek|buscar|obtener|cargar|consultar|trouver|charger|chercher|recuperer|obtenir|trova|carica|cerca|recupera|ottieni|carregar|obter|hamta|hitta|ladda|pobierz|znajdz)(?![a-z])/;
/**
 * Calls storing a record and handing the stored row back (`createApplicant`, `prisma.user.update`, `upsertMember`),
 * in those languages too (`bewaarBestelling`, `lagreOrdre`, `speichereKunde`, `guardarPedido`, `enregistrerCommande`).
 */
const STORE = /^(create|insert|save|update|upsert|lagre|opprett|oppdater|speichere|speichern|erstelle|erstellen|aktualisiere|bewaar|opslaan|guardar|crear|actualizar|insertar|enregistrer|sauvegarder|creer|salva|aggiorna|inserisci|salvar|criar|atualizar|spara|skapa|uppdatera|zapisz|utworz)(?![a-z])/;

/** Whether `value` (a local's initializer) loads a record from storage. */
export function isLoadedRecord(value: ts.Expression | undefined): boolean {
  let node = value && unwrap(value);
  for (let i = 0; node && i < 4 && (typescript.isAwaitExpression(node) || typescript.isNonNullExpression(node) || typescript.isParenthesizedExpression(node) || typescript.isAsExpression(node)); i++) node = unwrap(node.expression);
  if (!node || !typescript.isCallExpression(node)) return false;
  let callee = unwrap(node.expression);
  // `findInvitationFrom(coordinateurId)(email)`: a curried read is named where it starts.
  for (let i = 0; i < 3 && typescript.isCallExpression(callee); i++) callee = unwrap(callee.expression);
  const name = typescript.isIdentifier(callee) ? callee.text : typescript.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
  if (name === undefined) return false;
  // Firestore's `snapshot.data()`, `(await ref.get()).data()`: the document's fields.
  if (name === 'data' && node.arguments.length === 0) return true;
  return READ.test(name) || STORE.test(name);
}

/**
 * What the local `name` was made from, for `isLoadedRecord`: its initializer, or for a name destructured from a value
 * (`const { patient } = booking`, `const { applicant, error } = await createApplicant(body)`) that value, read through
 * one more local where it names one.
 */
export function recordSource(name: string, ctx: Pick<DataContext, 'resolveLocal' | 'destructuredFrom'>): ts.Expression | undefined {
  const local = ctx.resolveLocal(name);
  if (local) return local;
  const from = ctx.destructuredFrom?.(name);
  const source = from && unwrap(from);
  return source && typescript.isIdentifier(source) ? ctx.resolveLocal(source.text) : from;
}

/**
 * Whether a record's own name makes it an organisation's (`team`, `company`): its email is the organisation's, so
 * loading it says nothing about a person (the detector's reading of an `email` in it, as for a declared field).
 */
export function namesOrganisation(record: string, ctx: DataContext): boolean {
  return ctx.detector.classifyField({ name: 'email', container: [record] }).matches.some((m) => m.evidence.notes?.includes('organisation'));
}

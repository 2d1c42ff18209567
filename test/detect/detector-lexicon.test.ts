/**
 * Issue 11: the lexicon by language, language-scoped words, record shape, wrapper types and the containers
 * that hide people. Names are written the way each language's schemas write them; none is one code base's.
 */
import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/index.js';
import type { FieldFacts } from '../../src/detect/types.js';

const detector = createDetector({ defaultRegion: 'NO' });
const categories = (name: string, extra: Omit<FieldFacts, 'name'> = {}) => detector.classifyField({ name, ...extra }).matches.map((m) => m.category);
const notes = (name: string, extra: Omit<FieldFacts, 'name'>) => detector.classifyField({ name, ...extra }).matches.flatMap((m) => m.evidence.notes);
const reasons = (name: string, extra: Omit<FieldFacts, 'name'>) => detector.classifyField({ name, ...extra }).excluded.map((e) => e.reason);

describe('lexicon by language', () => {
  // [language, container, given, family, street, postcode, town, phone, email]
  const records = [
    ['en', 'applicant', 'givenName', 'surname', 'streetAddress', 'postalCode', 'city', 'telephone', 'emailAddress'],
    ['no', 'soker', 'fornavn', 'etternavn', 'gateadresse', 'postnummer', 'poststed', 'mobilnummer', 'epostadresse'],
    ['da', 'borger', 'fornavn', 'efternavn', 'vejnavn', 'postnr', 'bynavn', 'telefonnummer', 'mailadresse'],
    ['sv', 'sokande', 'fornamn', 'efternamn', 'gatuadress', 'postnummer', 'postort', 'mobiltelefon', 'epost'],
    ['de', 'antragsteller', 'vorname', 'nachname', 'strasse', 'postleitzahl', 'wohnort', 'handynummer', 'emailadresse'],
    ['nl', 'aanvrager', 'voornaam', 'achternaam', 'straatnaam', 'postcode', 'woonplaats', 'telefoonnummer', 'emailadres'],
    ['fr', 'demandeur', 'prenom', 'nom_de_famille', 'rue', 'code_postal', 'ville', 'telephone', 'courriel'],
    ['es', 'solicitante', 'nombre_de_pila', 'apellidos', 'calle', 'codigo_postal', 'localidad', 'telefono', 'correo_electronico'],
    ['it', 'richiedente', 'nome_di_battesimo', 'cognome', 'indirizzo', 'codice_postale', 'citta', 'cellulare', 'posta_elettronica'],
    ['pt', 'requerente', 'primeiro_nome', 'sobrenome', 'logradouro', 'codigo_postal', 'cidade', 'telefone', 'correio_eletronico'],
    ['pl', 'wnioskodawca', 'imie', 'nazwisko', 'ulica', 'kod_pocztowy', 'miejscowosc', 'telefon', 'adres_email'],
    ['fi', 'hakija', 'etunimi', 'sukunimi', 'katuosoite', 'postinumero', 'postitoimipaikka', 'puhelinnumero', 'sahkoposti'],
  ] as const;
  const expected = ['name', 'name', 'address', 'address', 'address', 'phone', 'email'];

  it.each(records)('%s: a person record in its own words', (_language, container, ...fields) => {
    const siblings = [...fields, 'id'];
    expect(fields.map((field) => categories(field, { container: [container], siblings, type: 'varchar(100)' }).join('+'))).toEqual(expected);
  });

  it('reads legacy and ERP column names (SAP KNA1/ADR6, vendor prefixes, abbreviations)', () => {
    const sap = ['KUNNR', 'NAME1', 'STRAS', 'PSTLZ', 'ORT01', 'TELF1', 'TELFX', 'SMTP_ADDR'];
    expect(sap.map((name) => categories(name, { container: ['KNA1'], siblings: sap }).join('+'))).toEqual(['', 'name', 'address', 'address', 'address', 'phone', 'phone', 'email']);
    expect(['XXFNAME', 'CUST_LNAME', 'LNAME', 'FON', 'ZIP', 'TEL_NO', 'MOB_NO', 'ADDR1'].map((name) => categories(name).join('+'))).toEqual(['name', 'name', 'name', 'phone', 'address', 'phone', 'phone', 'address']);
  });

  it('decomposes compounds of lexicon words in every language', () => {
    expect(categories('kundetelefon')).toEqual(['phone']);
    expect(categories('utenlandsadresse')).toEqual(['address']);
    expect(categories('faktureringsadresse')).toEqual(['address']);
    expect(categories('lieferanschrift')).toEqual(['address']);
    expect(categories('adresselinje2', { container: ['kunde'] })).toEqual(['address']);
  });

  it('does not let new words fall into the old traps', () => {
    const traps = ['timezone', 'statement', 'passenger_count', 'ip_address', 'emailVerified', 'has_shipping_address', 'email_count', 'phone_verified_at',
      'email_template_id', 'require_zip', 'smtp_host', 'from_address', 'first_name_label', 'standby', 'bypass', 'postCount', 'gateway', 'cellIndex',
      'viaProxy', 'capacity', 'domNode', 'lineItems', 'order_line', 'numberOfItems', 'tieBreaker', 'portal', 'boxShadow', 'radius', 'postId', 'byteLength',
      'numero_client', 'customer_number', 'invoice_number', 'kundennummer', 'ordernummer', 'line_total', 'capHeight', 'domain', 'sideEffects', 'salesChannel'];
    for (const trap of traps) expect(categories(trap, { container: ['Customer'], siblings: ['first_name', 'email', 'street', 'postcode', trap] }), trap).toEqual([]);
  });
});

describe('language-scoped words', () => {
  it('counts Danish and Norwegian `by` only in a record written in those languages, and says which was assumed', () => {
    const danish = { container: ['kunde'], siblings: ['navn', 'adresse', 'postnr', 'by', 'oprettet'], type: 'varchar(60)' };
    expect(categories('by', danish)).toEqual(['address']);
    expect(notes('by', danish)).toContain('language:da');
    expect(categories('approved_by', { container: ['documents'], siblings: ['title', 'approved_by', 'status'] })).toEqual([]);
    expect(categories('by', { container: ['filters'], siblings: ['sort', 'by', 'direction'] })).toEqual([]);
    // The field's own words are English, whatever the table: `created_by` is a person id, not a town.
    expect(reasons('created_by', { container: ['kunde'], siblings: ['navn', 'adresse', 'postnr', 'created_by'] })).toContain('language:en(created)');
  });

  it('counts Norwegian `post` as mail in a Norwegian person record, never a blog post', () => {
    const norwegian = { container: ['medlem'], siblings: ['fornavn', 'etternavn', 'post', 'fodselsdato'] };
    expect(categories('post', norwegian)).toEqual(['email']);
    expect(notes('post', norwegian).some((n) => n.startsWith('language:') && n.includes('no'))).toBe(true);
    expect(categories('post', { container: ['BlogEntry'], siblings: ['title', 'post', 'author'] })).toEqual([]);
    expect(categories('post', { container: ['Feed'], siblings: ['post', 'likes'] })).toEqual([]);
  });

  it('counts Italian `via` and `cap` in an Italian record, not a rate limit or a route', () => {
    const italian = { container: ['cliente'], siblings: ['nome', 'cognome', 'via', 'cap', 'citta'] };
    expect(categories('via', italian)).toEqual(['address']);
    expect(categories('cap', italian)).toEqual(['address']);
    expect(categories('cap', { container: ['RateLimit'], siblings: ['cap', 'window', 'created'] })).toEqual([]);
    expect(categories('via', { container: ['Route'], siblings: ['from', 'to', 'via'] })).toEqual([]);
  });

  it('accepts language-scoped rules from the policy', () => {
    const custom = createDetector({ rules: [{ id: 'address.gaard', category: 'address', confidence: 0.9, terms: ['gaard'], language: ['da', 'no'] }] });
    expect(custom.classifyField({ name: 'gaard', container: ['kunde'], siblings: ['navn', 'adresse', 'gaard'] }).matches.map((m) => m.category)).toEqual(['address']);
    expect(custom.classifyField({ name: 'gaard', container: ['Farm'], siblings: ['title', 'gaard', 'created'] }).matches).toEqual([]);
  });
});

describe('record shape', () => {
  it('makes bare parts count in a record shaped like an address', () => {
    const address = { container: ['DeliveryLocation'], siblings: ['line_1', 'line_2', 'postcode', 'city'] };
    expect(categories('line_2', address)).toEqual(['address']);
    expect(categories('number', { container: ['Location'], siblings: ['street', 'number', 'zip', 'town'] })).toEqual(['address']);
    expect(categories('nummer', { container: ['Adresse'], siblings: ['strasse', 'nummer', 'plz'] })).toEqual(['address']);
    expect(categories('number', { container: ['Invoice'], siblings: ['number', 'line', 'total'] })).toEqual([]);
    expect(categories('line', { container: ['Invoice'], siblings: ['number', 'line', 'total'] })).toEqual([]);
    // A town alone does not make an address record.
    expect(categories('number', { container: ['Event'], siblings: ['number', 'city'] })).toEqual([]);
  });

  it('makes initials count in a person record only', () => {
    expect(categories('initials', { container: ['Employee'] })).toEqual(['name']);
    expect(categories('initials', { container: ['Signature'], siblings: ['initials', 'font'] })).toEqual([]);
  });

  it('keeps a name out of a record shaped like a tree or a catalogue, a survey or a zone', () => {
    expect(categories('name', { container: ['collections'], siblings: ['name', 'parentId', 'slug'] })).toEqual([]);
    expect(reasons('name', { container: ['collections'], siblings: ['name', 'parentId', 'slug'] })).toContain('siblings:thing');
    expect(categories('name', { container: ['SurveyQuestion'] })).toEqual([]);
    expect(categories('name', { container: ['ShippingZone'] })).toEqual([]);
    // Two person fields outweigh a tree field: an employee with a manager (`parent_id`) is still a person.
    expect(categories('name', { container: ['records'], siblings: ['name', 'first_name', 'email', 'parent_id'] })).toEqual(['name']);
  });
});

describe('types that wrap or rule out a value', () => {
  it('unwraps wrapper generics to their payload', () => {
    for (const type of ['Field<string>', 'Answer<string | null>', 'Maybe<string>', 'Ref<string>', 'Observable<string>', 'readonly string[]']) {
      expect(categories('email', { container: ['SignupForm'], type }), type).toEqual(['email']);
    }
    expect(categories('email', { container: ['SignupForm'], type: 'Field<boolean>' })).toEqual([]);
  });

  it('rules out functions, brands and opaque generics', () => {
    expect(reasons('setEmail', { container: ['Store'], type: '(value: string) => void' })).toContain('type:function');
    expect(reasons('email', { container: ['Brand'], type: 'unique symbol' })).toContain('type:symbol');
    expect(categories('emails', { container: ['Service'], type: 'Repository<EmailAddress>' })).toEqual([]);
  });

  it('reads an id named after a category as the data only when a character column or a validator says so', () => {
    expect(categories('email_id', { container: ['tabContact'], type: 'varchar(140)' })).toEqual(['email']);
    expect(categories('emailId', { container: ['Customer'], type: 'string' })).toEqual([]);
    expect(categories('emailId', { container: ['Customer'] })).toEqual([]);
    expect(categories('emailId', { container: ['Customer'], type: 'string', hints: ['email'] })).toEqual(['email']);
  });
});

describe('containers that hide people', () => {
  it('reads a mail payload and template variables as the people they go to', () => {
    expect(categories('to', { container: ['MailPayload'], type: 'string' })).toEqual(['email']);
    expect(categories('recipientEmail', { container: ['MailPayload'] })).toEqual(['email']);
    expect(categories('from', { container: ['MailPayload'] })).toEqual([]);
    expect(categories('inviteeEmail', { container: ['InviteEmailTemplateVariables'] })).toEqual(['email']);
    expect(categories('inviterName', { container: ['InviteEmailTemplateVariables'] })).toEqual(['name']);
    expect(categories('teamName', { container: ['InviteEmailTemplateVariables'] })).toEqual([]);
    expect(categories('to', { container: ['DateRange'], type: 'string' })).toEqual([]);
    expect(categories('to_number', { container: ['SmsMessage'], siblings: ['to_number', 'body'] })).toEqual(['phone']);
    expect(categories('to_number', { container: ['InvoiceNumberRange'], siblings: ['from_number', 'to_number'] })).toEqual([]);
  });

  it('keeps transport and sender configuration as settings', () => {
    expect(categories('replyTo', { container: ['MailTransportConfig'] })).toEqual([]);
    expect(categories('supportEmail', { container: ['MailerSettings'] })).toEqual([]);
    expect(categories('replyTo', { container: ['ContactRequest'], siblings: ['name', 'email', 'replyTo'] })).toEqual(['email']);
  });

  it("reads an invitee's or member's email in a team record as a person's", () => {
    const invite = detector.classifyField({ name: 'email', container: ['TeamInvitation'] });
    expect(invite.matches.map((m) => m.category)).toEqual(['email']);
    expect(invite.isOrganisation).toBeUndefined();
    const member = detector.classifyField({ name: 'memberEmail', container: ['Team'] });
    expect(member.matches.map((m) => m.category)).toEqual(['email']);
    expect(member.isOrganisation).toBeUndefined();
  });

  it("marks a group's own mailbox or phone as organisation data, wherever it is held", () => {
    const teamEmail = detector.classifyField({ name: 'teamEmail', container: ['DocumentInviteEmailTemplateProps'] });
    expect(teamEmail.matches.map((m) => m.category)).toEqual(['email']);
    expect(teamEmail.isOrganisation).toBe(true);
    expect(detector.classifyField({ name: 'recipientEmail', container: ['DocumentInviteEmailTemplateProps'] }).isOrganisation).toBeUndefined();
  });

  it('reads the props of a mail template as its variables', () => {
    expect(categories('inviterName', { container: ['InviteEmailProps'] })).toEqual(['name']);
    expect(categories('email', { container: ['InviteCardProps'] })).toEqual([]);
  });

  it('reads the address of an object named for an email as the email', () => {
    expect(categories('address', { container: ['MailContext', 'senderEmail'], siblings: ['name', 'address'] })).toEqual(['email']);
    expect(categories('address', { container: ['Customer', 'billing'] })).toEqual(['address']);
  });

  it('leaves props of UI components and syntax-tree nodes alone', () => {
    expect(reasons('email', { container: ['UserCardProps'] })).toContain('container:component(props)');
    expect(categories('name', { container: ['IdentifierNode'], siblings: ['kind', 'name'] })).toEqual([]);
    expect(categories('email', { container: ['UserNode'] })).toEqual(['email']);
  });
});

describe('mechanisms from the training misses', () => {
  it('infers a vendor prefix glued onto every column of a legacy table, and only there', () => {
    const oxuser = ['OXID', 'OXUSERNAME', 'OXFNAME', 'OXLNAME', 'OXSTREET', 'OXSTREETNR', 'OXCITY', 'OXZIP', 'OXFON', 'OXCREATE'];
    expect(oxuser.map((name) => categories(name, { container: ['oxuser'], siblings: oxuser, type: 'varchar(255)' }).join('+'))).toEqual(['', '', 'name', 'name', 'address', 'address', 'address', 'address', 'phone', '']);
    // A column that is a word already keeps it: `address` in a table of `ad...` columns is no `dress`.
    const ads = ['address', 'adults', 'adcode', 'adtype'];
    expect(categories('address', { container: ['booking'], siblings: ads, type: 'text' })).toEqual(['address']);
    // Separated columns never share a glued prefix: `emp_fname` is read as it is.
    const emp = ['EMP_ID', 'EMP_FNAME', 'EMP_PHONE', 'EMP_DEPT'];
    expect(emp.map((name) => categories(name, { container: ['EMPLOYEE'], siblings: emp }).join('+'))).toEqual(['', 'name', 'phone', '']);
  });

  it('reads schema DSL text types as text, not as a record named after them', () => {
    const referral = ['first_name', 'last_name', 'email', 'referrer_name'];
    expect(categories('first_name', { container: ['Employee Referral'], siblings: referral, type: 'Data' })).toEqual(['name']);
    expect(categories('billing', { type: 'Data' })).toEqual([]);
  });

  it('takes the owner after a preposition like a person noun before the term', () => {
    expect(categories('name_of_organizer', { container: ['Travel Request'], type: 'Data' })).toEqual(['name']);
    expect(categories('address_of_organizer', { container: ['Travel Request'], type: 'Data' })).toEqual(['address']);
    expect(categories('name_of_file', { container: ['Travel Request'], type: 'Data' })).toEqual([]);
  });

  it('ends compounds with person nouns (a letter recipient) and knows land-register address words', () => {
    const brevmottaker = ['id', 'mottakertype', 'navn', 'adresselinje_1', 'postnummer', 'poststed'];
    expect(categories('navn', { container: ['brevmottaker'], siblings: brevmottaker, type: 'varchar' })).toEqual(['name']);
    const bosted = ['husnummer', 'husbokstav', 'adressenavn', 'tilleggsnavn', 'postnummer', 'kommunenummer'];
    expect(['adressenavn', 'tilleggsnavn'].map((name) => categories(name, { container: ['po_bostedsadresse'], siblings: bosted, type: 'varchar(30)' }).join('+'))).toEqual(['address', 'address']);
  });

  it('does not take flags, links and kinds of the data for the data', () => {
    // `emailProtected` is a flag: no evidence that a link record is a person's.
    expect(categories('name', { container: ['Link'], siblings: ['id', 'name', 'slug', 'emailProtected', 'emailAuthenticated'], type: 'String' })).toEqual([]);
    // A link to an address record makes no order an address: its number is the order's.
    expect(categories('number', { container: ['spree_orders'], siblings: ['number', 'bill_address_id', 'ship_address_id', 'last_ip_address', 'email'], type: 'string' })).toEqual([]);
    // An enum named for a kind of email is no email; graphene's `address: AddressType` still is an address.
    expect(categories('type', { container: ['SentEmail'], siblings: ['id', 'type', 'recipient'], type: 'EmailType' })).toEqual([]);
    expect(categories('address', { container: ['Customer'], type: 'AddressType' })).toEqual(['address']);
    // A person's own settings: their `name` is a setting's.
    expect(categories('name', { container: ['UserEnvironment'], siblings: ['id', 'userUid', 'name', 'variables'], type: 'String' })).toEqual([]);
  });
});

describe('mechanisms from the non-English training misses (issue 11, s2-lex-eu)', () => {
  it('splits off a table-code prefix separated from every column (z01_nome), and only a letters-and-digits one', () => {
    const cgm = ['z01_numcgm', 'z01_nome', 'z01_ender', 'z01_numero', 'z01_bairro', 'z01_cep', 'z01_telef', 'z01_email'];
    expect(cgm.map((name) => categories(name, { container: ['cgm'], siblings: cgm, type: 'varchar(40)' }).join('+'))).toEqual(['', 'name', 'address', 'address', 'address', 'address', 'phone', 'email']);
    // A one-letter type marker after the table code goes with it.
    const aluno = ['ed47_i_codigo', 'ed47_v_nome', 'ed47_v_email', 'ed47_v_cep'];
    expect(categories('ed47_v_nome', { container: ['aluno'], siblings: aluno, type: 'char(70)' })).toEqual(['name']);
    // A word prefix is no table code: `user_name` beside `user_email` is still an account name.
    const user = ['user_id', 'user_name', 'user_email', 'user_phone'];
    expect(categories('user_name', { container: ['accounts'], siblings: user, type: 'varchar(40)' })).toEqual([]);
  });

  it('splits off a table-code suffix most columns share (nom_adh), and never a technical or two-letter one', () => {
    const adherents = ['id_adh', 'id_statut', 'nom_adh', 'prenom_adh', 'adresse_adh', 'cp_adh', 'ville_adh', 'tel_adh', 'email_adh', 'login_adh', 'date_echeance', 'pref_lang'];
    expect(['nom_adh', 'prenom_adh', 'adresse_adh', 'cp_adh', 'ville_adh', 'tel_adh', 'email_adh', 'login_adh'].map((name) => categories(name, { container: ['adherents'], siblings: adherents, type: 'varchar(255)' }).join('+')))
      .toEqual(['name', 'name', 'address', 'address', 'address', 'phone', 'email', '']);
    // Translations (`email_fr`: two letters) and shared technical endings (`email_txt`) name no table: kept whole.
    const translated = ['id', 'email_fr', 'phone_fr', 'title_fr', 'body_fr'];
    expect(categories('email_fr', { container: ['imports'], siblings: translated, type: 'varchar(255)' })).toEqual([]);
    const texts = ['id', 'email_txt', 'phone_txt', 'title_txt', 'body_txt'];
    expect(categories('email_txt', { container: ['imports'], siblings: texts, type: 'varchar(255)' })).toEqual([]);
  });

  it('knows the non-English terms of the second round (Dutch StUF/BRP, French postal norm, Italian PEC and c/o)', () => {
    const natuurlijkPersoon = ['ACHTERNAAM', 'GESLACHTSNAAMAANSCHRIJVING', 'VOORNAMENAANSCHRIJVING', 'BURGERSERVICENUMMER'];
    expect(categories('GESLACHTSNAAMAANSCHRIJVING', { container: ['NATUURLIJKPERSOON'], siblings: natuurlijkPersoon, type: 'varchar(200)' })).toEqual(['name']);
    expect(categories('ADRESREGELBUITENLAND1', { container: ['ADRESBUITENLAND'], siblings: ['ADRESREGELBUITENLAND1', 'LANDADRESBUITENLAND'], type: 'varchar(50)' })).toEqual(['address']);
    const etablissement = ['nom', 'typvoie', 'compvoie', 'compldistrib', 'lieuditbp', 'ligneacheminement'];
    expect(['typvoie', 'compvoie', 'compldistrib', 'lieuditbp', 'ligneacheminement'].map((name) => categories(name, { container: ['etablissements'], siblings: etablissement, type: 'varchar(255)' }).join('+'))).toEqual(['address', 'address', 'address', 'address', 'address']);
    const sportello = ['cod_sport', 'nome_rup', 'indirizzo', 'cap', 'citta', 'email_cert', 'presso'];
    expect(['nome_rup', 'email_cert', 'presso'].map((name) => categories(name, { container: ['sportelli'], siblings: sportello, type: 'varchar(255)' }).join('+'))).toEqual(['name', 'email', 'address']);
    // A key or flag named for the data it points at or marks is neither: the key word comes first in Italian.
    const recapito = ['id_recapito', 'id_comune', 'indirizzo', 'cap', 'email', 'flg_mail'];
    expect(['id_comune', 'flg_mail', 'indirizzo'].map((name) => categories(name, { container: ['recapiti'], siblings: recapito, type: name === 'flg_mail' ? 'varchar(1)' : name === 'indirizzo' ? 'varchar(255)' : 'int(11)' }).join('+'))).toEqual(['', '', 'address']);
    // The subject or body of a mail named before it, and a Brazilian area code, are not the address or the number.
    const mail = ['id_email', 'email_destinatario', 'oggetto_email', 'corpo_email'];
    expect(['email_destinatario', 'oggetto_email', 'corpo_email'].map((name) => categories(name, { container: ['email'], siblings: mail, type: 'text' }).join('+'))).toEqual(['email', '', '']);
    expect(categories('ddd_telefone', { container: ['escola_complemento'], siblings: ['ddd_telefone', 'telefone', 'email', 'cep'], type: 'numeric(2,0)' })).toEqual([]);
    // A company table outside English, plural too: its `nom` is the company's, its phone still reported.
    const entreprises = ['id', 'nom', 'legal_siren', 'adresse', 'code_postal', 'commune', 'email', 'telephone'];
    expect(['nom', 'telephone'].map((name) => categories(name, { container: ['entreprises'], siblings: entreprises, type: 'varchar(255)' }).join('+'))).toEqual(['', 'phone']);
    // `presso` (c/o) is scoped Italian: an English record's `presso` is nothing.
    expect(categories('presso', { container: ['coffee_orders'], siblings: ['id', 'size', 'presso', 'price'], type: 'varchar(40)' })).toEqual([]);
  });

  it('reads a one-digit int or tinyint column as a flag (MySQL BOOLEAN), not as an address part', () => {
    expect(categories('rechnungsadresse', { container: ['adresse'], siblings: ['name', 'strasse', 'plz', 'ort'], type: 'int(1)' })).toEqual([]);
    expect(categories('standardlieferadresse', { container: ['lieferadressen'], type: 'tinyint(1)' })).toEqual([]);
    expect(categories('hausnummer', { container: ['adresse'], siblings: ['strasse', 'plz', 'ort'], type: 'int(11)' })).toEqual(['address']);
  });

  it('knows German house-number compounds and holders, and no account name in any language', () => {
    const schueler = ['Nachname', 'Vorname', 'Strassenname', 'HausNr', 'HausNrZusatz', 'Telefon', 'Email'];
    expect(['HausNr', 'HausNrZusatz', 'AdrZusatz'].map((name) => categories(name, { container: ['DTOSchueler'], siblings: schueler, type: 'String' }).join('+'))).toEqual(['address', 'address', 'address']);
    expect(categories('kontoinhaber', { container: ['mitglied'], type: 'varchar(27)' })).toEqual(['name']);
    expect(categories('bank_inhaber', { container: ['auftrag'], type: 'varchar(255)' })).toEqual(['name']);
    for (const account of ['Benutzername', 'gebruikersnaam', 'nombre_usuario', 'nome_utente', 'brukernavn']) {
      expect(categories(account, { container: ['Credentials'], siblings: ['vorname', 'email', account], type: 'String' }), account).toEqual([]);
    }
  });

  it('counts Portuguese legacy abbreviations only in a Portuguese record', () => {
    const pessoa = ['nome', 'ender', 'compl', 'munic', 'cep', 'telef', 'telcel', 'cpf'];
    expect(['ender', 'compl', 'munic', 'telef', 'telcel'].map((name) => categories(name, { container: ['pessoa'], siblings: pessoa, type: 'varchar(40)' }).join('+'))).toEqual(['address', 'address', 'address', 'phone', 'phone']);
    expect(categories('ender', { container: ['Game'], siblings: ['id', 'ender', 'winner', 'score'], type: 'varchar(40)' })).toEqual([]);
  });

  it('does not take a Finnish municipality (kunta, kotikunta) for a postal town', () => {
    const henkilo = ['etunimet', 'sukunimi', 'kotikunta', 'sahkoposti'];
    expect(categories('kotikunta', { container: ['henkilo'], siblings: henkilo, type: 'varchar(255)' })).toEqual([]);
    expect(categories('postitoimipaikka', { container: ['henkilo'], siblings: [...henkilo, 'postitoimipaikka', 'lahiosoite'], type: 'varchar(255)' })).toEqual(['address']);
  });
});

describe('parties, roles and owners (English conventions)', () => {
  it('reads a table named for a role, in the plural, as a person record; an account or a thing profile is none', () => {
    const speaker = ['id', 'name', 'bio', 'city', 'mobile'];
    for (const container of ['speakers', 'guardians', 'beneficiaries', 'signers']) {
      expect(speaker.map((name) => categories(name, { container: [container], siblings: speaker, type: 'varchar(255)' }).join('+')), container).toEqual(['', 'name', '', 'address', 'phone']);
    }
    expect(categories('name', { container: ['accounts'], siblings: ['id', 'name', 'currency', 'balance'], type: 'varchar(255)' })).toEqual([]);
    expect(categories('name', { container: ['SymbolProfile'], siblings: ['id', 'name', 'symbol', 'isin'], type: 'String' })).toEqual([]);
    expect(categories('name', { container: ['ShippingProfile'], siblings: ['id', 'name', 'type'], type: 'String' })).toEqual([]);
    expect(categories('name', { container: ['UserProfile'], siblings: ['id', 'name', 'bio'], type: 'String' })).toEqual(['name']);
  });

  it('reads bill-to and ship-to as parties of an order, not as mail recipients', () => {
    const order = ['id', 'bill_to_name', 'ship_to_name', 'ship_to_address', 'ship_to_city', 'sold_to_phone'];
    expect(order.map((name) => categories(name, { container: ['sales_orders'], siblings: order, type: 'varchar(100)' }).join('+'))).toEqual(['', 'name', 'name', 'address', 'address', 'phone']);
    // A link to the user a notification goes to is no address.
    expect(categories('user_to', { container: ['notifications'], siblings: ['id', 'user_to', 'text'], type: 'varchar(140)' })).toEqual([]);
  });

  it('takes display and legal names for a person only in a person record, and an alias as a label', () => {
    expect(categories('legal_name', { container: ['organizations'], siblings: ['id', 'legal_name', 'vat_number'], type: 'varchar' })).toEqual([]);
    expect(categories('display_name', { container: ['teams'], siblings: ['id', 'display_name', 'email'], type: 'varchar' })).toEqual([]);
    // An address's alias ("Home"), a mailbox's or a certificate's is a label; so, for want of telling them apart, is a user's.
    expect(categories('alias', { container: ['ps_address'], siblings: ['id', 'alias', 'firstname', 'address1'], type: 'varchar(32)' })).toEqual([]);
    expect(categories('alias', { container: ['modules'], siblings: ['id', 'alias', 'license'], type: 'varchar' })).toEqual([]);
  });

  it('lets an organisation noun own an ambiguous term, and a company contact be its contact person', () => {
    const form = ['id', 'emitterCompanyName', 'emitterCompanyContact', 'emitterCompanyMail', 'emitterWorkSiteAddress'];
    expect(form.map((name) => categories(name, { container: ['Form'], siblings: form, type: 'String?' }).join('+'))).toEqual(['', '', 'name', 'email', 'address']);
    expect(detector.classifyField({ name: 'company_city', container: ['Form'], type: 'varchar' }).isOrganisation).toBe(true);
    // A business unit is no flat, whoever owns it.
    expect(categories('business_unit', { container: ['Form'], siblings: ['id', 'business_unit'], type: 'varchar' })).toEqual([]);
    // A bare contact of a customer's record is the contact person; a link or a relation is not.
    const customer = ['id', 'name', 'contact', 'email', 'phone'];
    expect(categories('contact', { container: ['Customer'], siblings: customer, type: 'string' })).toEqual(['name']);
    expect(categories('contact', { container: ['Deal'], siblings: ['id', 'contact', 'email'], type: 'Link:Contact' })).toEqual([]);
    expect(categories('primary_contact', { container: ['Customer'], siblings: customer, type: 'string' })).toEqual([]);
  });

  it('takes no link or setting about the data as evidence of a person record, and a town beside a country as an address part', () => {
    const rule = ['id', 'name', 'emailAccountId', 'emailAccount', 'instructions'];
    expect(categories('name', { container: ['Rule'], siblings: rule, type: 'String' })).toEqual([]);
    expect(categories('city', { container: ['Location'], siblings: ['id', 'city', 'country', 'lat', 'lng'], type: 'string' })).toEqual(['address']);
    expect(categories('city', { container: ['Weather'], siblings: ['id', 'city', 'temperature'], type: 'string' })).toEqual([]);
  });

  it('knows caller, WhatsApp, house-name and next-of-kin words', () => {
    expect(categories('callerName', { container: ['CallLog'], type: 'string' })).toEqual(['name']);
    expect(categories('whatsapp', { container: ['contacts'], type: 'varchar(32)' })).toEqual(['phone']);
    expect(categories('house_name', { container: ['addresses'], type: 'varchar(64)' })).toEqual(['address']);
    expect(categories('next_of_kin', { container: ['patients'], type: 'varchar(64)' })).toEqual(['name']);
  });
});

describe('types named for a record about the data', () => {
  it('takes a model named for a kind of email as a relation, and a value type as the value', () => {
    expect(categories('coldEmails', { container: ['EmailAccount'], type: 'ColdEmail[]' })).toEqual([]);
    expect(categories('email', { container: ['TeamGlobalSettings'], type: 'OrganisationEmail?' })).toEqual([]);
    expect(categories('primaryAddress', { container: ['ICustomer'], type: 'IAddress' })).toEqual(['address']);
    expect(categories('shippingAddress', { container: ['Order'], type: 'OrderAddress' })).toEqual(['address']);
    expect(categories('homeAddress', { container: ['Patient'], type: 'PostalAddress' })).toEqual(['address']);
    // A store's support address is the system's.
    expect(categories('customer_support_email', { container: ['spree_stores'], type: 'string' })).toEqual([]);
  });
});

describe('legacy HR conventions', () => {
  it('reads the table initials before a column (eec_name) and the doer of a past action (created_by_name)', () => {
    const emergency = ['emp_number', 'eec_seqno', 'eec_name', 'eec_relationship', 'eec_mobile_no'];
    expect(categories('eec_name', { container: ['hs_hr_emp_emergency_contacts'], siblings: emergency, type: 'varchar(100)' })).toEqual(['name']);
    expect(categories('tax_name', { container: ['invoice_lines'], siblings: ['id', 'tax_name', 'amount'], type: 'varchar(100)' })).toEqual([]);
    expect(categories('created_by_name', { container: ['leave_comment'], siblings: ['id', 'created_by_name', 'comments'], type: 'varchar(255)' })).toEqual(['name']);
    expect(categories('sort_by_name', { container: ['list_settings'], siblings: ['id', 'sort_by_name'], type: 'varchar(10)' })).toEqual([]);
  });
});

describe('mails, calls and parties glued on (English conventions, s2-lex-en2)', () => {
  it('reads a record with copy recipients as a mail, whatever it is called, unless it links to a transport', () => {
    const action = ['id', 'ruleId', 'subject', 'content', 'to', 'cc', 'bcc', 'url'];
    for (const field of ['to', 'cc', 'bcc']) expect(categories(field, { container: ['Action'], siblings: action, type: 'String?' })).toEqual(['email']);
    // A thing's word in the name (a rule's action) does not outweigh the copy recipients.
    const ruleAction = ['id', 'ruleId', 'to', 'cc', 'bcc', 'subject'];
    expect(categories('to', { container: ['OrganizationRuleAction'], siblings: ruleAction, type: 'String?' })).toEqual(['email']);
    expect(categories('to', { container: ['RuleAction'], siblings: ['id', 'ruleId', 'to', 'subject'], type: 'String?' })).toEqual([]);
    // Without copy recipients, an action's `to` is no address.
    expect(categories('to', { container: ['Action'], siblings: ['id', 'ruleId', 'to', 'url'], type: 'String?' })).toEqual([]);
    // A template sent through an SMTP account: its copies are settings.
    const template = ['id', 'id_smtp', 'name', 'subject', 'reply_to', 'cc', 'bcc', 'body'];
    expect(categories('cc', { container: ['zz_emails'], siblings: template, type: 'varchar(255)' })).toEqual([]);
  });

  it('takes the sender and recipients of a mail itself as addresses, not of a notification or a booking', () => {
    expect(categories('from', { container: ['EmailMessage'], siblings: ['id', 'from', 'subject', 'date'], type: 'String' })).toEqual(['email']);
    expect(categories('from', { container: ['threads'], siblings: ['id', 'from', 'body', 'status'], type: 'string' })).toEqual(['email']);
    expect(categories('recipient', { container: ['SentEmail'], siblings: ['id', 'recipient', 'type'], type: 'String' })).toEqual(['email']);
    expect(categories('sender', { container: ['emails'], siblings: ['id', 'subject', 'sender', 'cc', 'bcc'], type: 'json' })).toEqual(['email']);
    expect(categories('from', { container: ['Notification'], siblings: ['id', 'from', 'userId'], type: 'String' })).toEqual([]);
    expect(categories('from', { container: ['Booking'], siblings: ['id', 'from', 'to', 'name'], type: 'String' })).toEqual([]);
    expect(categories('from', { container: ['MailSettings'], siblings: ['host', 'port', 'from'], type: 'string' })).toEqual([]);
    // A mail being sent from the app has the system as its sender.
    expect(categories('from', { container: ['SendEmailParams'], siblings: ['to', 'from', 'subject'], type: 'string' })).toEqual([]);
  });

  it('takes the ends of a phone call in its record as numbers', () => {
    for (const field of ['src', 'dst', 'clid']) expect(categories(field, { container: ['ICallCdr'], siblings: ['src', 'dst', 'clid', 'duration'], type: 'string' })).toEqual(['phone']);
    expect(categories('from', { container: ['CRM Call Log'], siblings: ['id', 'from', 'to', 'duration'], type: 'Data' })).toEqual(['phone']);
    expect(categories('src', { container: ['Image'], siblings: ['id', 'src', 'alt'], type: 'string' })).toEqual([]);
  });

  it('splits the party glued on a legacy column after the table prefix (OXBILLFNAME, OXDELZIP)', () => {
    const order = ['OXID', 'OXBILLFNAME', 'OXBILLLNAME', 'OXBILLSTREET', 'OXBILLCITY', 'OXBILLZIP', 'OXBILLFON', 'OXDELFNAME', 'OXDELZIP'];
    expect(categories('OXBILLFNAME', { container: ['oxorder'], siblings: order, type: 'varchar(255)' })).toEqual(['name']);
    expect(categories('OXBILLCITY', { container: ['oxorder'], siblings: order, type: 'varchar(255)' })).toEqual(['address']);
    expect(categories('OXDELZIP', { container: ['oxorder'], siblings: order, type: 'varchar(16)' })).toEqual(['address']);
    expect(categories('OXBILLFON', { container: ['oxorder'], siblings: order, type: 'varchar(128)' })).toEqual(['phone']);
  });

  it('reads a client after a word that is no person as software (OAuthClient), not as a customer', () => {
    expect(categories('name', { container: ['oauthClient'], siblings: ['id', 'name', 'secret', 'redirectUris'], type: 'String?' })).toEqual([]);
    expect(categories('name', { container: ['Client'], siblings: ['id', 'name', 'email'], type: 'String' })).toEqual(['name']);
    expect(categories('name', { container: ['CustomerClient'], siblings: ['id', 'name', 'email'], type: 'String' })).toEqual(['name']);
  });

  it("keeps a mail thread's recipients with a parent_id (the thread it answers), but a catalogue's name stays no person's", () => {
    const mail = ['id', 'subject', 'name', 'from', 'sender', 'cc', 'bcc', 'message_id', 'parent_id'];
    expect(categories('cc', { container: ['emails'], siblings: mail, type: 'json' })).toEqual(['email']);
    // Session 6: a stored mail's `name` is its sender's (krayin's `emails.name`, labelled so), parent_id or not.
    expect(categories('name', { container: ['emails'], siblings: mail, type: 'varchar(255)' })).toEqual(['name']);
    expect(categories('name', { container: ['categories'], siblings: ['id', 'name', 'slug', 'parent_id', 'email'], type: 'varchar(255)' })).toEqual([]);
  });

  it('reads a home, work or office number as a phone in a person record only, and a JSONField as text', () => {
    const emergency = ['emp_number', 'eec_name', 'eec_relationship', 'eec_home_no', 'eec_mobile_no', 'eec_office_no'];
    expect(categories('eec_home_no', { container: ['hs_hr_emp_emergency_contacts'], siblings: emergency, type: 'varchar(100)' })).toEqual(['phone']);
    expect(categories('eec_office_no', { container: ['hs_hr_emp_emergency_contacts'], siblings: emergency, type: 'varchar(100)' })).toEqual(['phone']);
    expect(categories('office_no', { container: ['buildings'], siblings: ['id', 'name', 'office_no', 'floor'], type: 'varchar(10)' })).toEqual([]);
    expect(categories('billing_address', { container: ['Profile'], siblings: ['id', 'first_name', 'billing_address'], type: 'JSONField' })).toEqual(['address']);
  });

  it('reads a customer with a VAT id, a website or a contact of its own and no given or family name as a company', () => {
    const company = ['id', 'name', 'vat_id', 'contact', 'address', 'phone', 'email', 'homepage'];
    expect(categories('name', { container: ['Customer'], siblings: company, type: 'string' })).toEqual([]);
    expect(reasons('name', { container: ['Customer'], siblings: company, type: 'string' })).toContain('siblings:organisation');
    // Its contact is still its contact person's name; a customer with a given name is a person whatever else it has.
    expect(categories('contact', { container: ['Customer'], siblings: company, type: 'string' })).toEqual(['name']);
    expect(categories('name', { container: ['customers'], siblings: ['id', 'first_name', 'last_name', 'name', 'website'], type: 'string' })).toEqual(['name']);
    expect(categories('name', { container: ['Customer'], siblings: ['id', 'name', 'email', 'phone'], type: 'string' })).toEqual(['name']);
    // Only a party's record: a user with a website is a person.
    expect(categories('name', { container: ['users'], siblings: ['id', 'name', 'email', 'website'], type: 'string' })).toEqual(['name']);
  });

  it("reads a document's copy address in a record that sends mail as an email, and a fax copy as a number", () => {
    const party = ['id', 'name', 'email', 'invoice_cc', 'order_cc', 'invoice_fax_cc', 'order_fax_cc', 'phone'];
    expect(categories('invoice_cc', { container: ['party'], siblings: party, type: 'varchar(128)' })).toEqual(['email']);
    expect(categories('invoice_fax_cc', { container: ['party'], siblings: party, type: 'varchar(128)' })).toEqual(['phone']);
    expect(categories('addressee', { container: ['emails_sent'], siblings: ['id', 'addressee', 'subject', 'body'], type: 'varchar(100)' })).toEqual(['email']);
    // One copy field is no mail (a mailbox's automatic bcc is its setting), nor is a mailbox an email.
    expect(categories('auto_bcc', { container: ['mailboxes'], siblings: ['id', 'name', 'email', 'auto_bcc'], type: 'string' })).toEqual([]);
    // A credit card's number is no copy.
    expect(categories('cc_number', { container: ['payments'], siblings: ['id', 'cc_number', 'cc_exp', 'amount'], type: 'string' })).toEqual([]);
  });

  it('reads a whole address, a street or a town stored as an integer as the key of its own record, a postcode as a number', () => {
    const order = ['id', 'address', 'name', 'street', 'zip'];
    expect(categories('address', { container: ['orders'], siblings: order, type: 'int(11)' })).toEqual([]);
    expect(reasons('address', { container: ['orders'], siblings: order, type: 'int(11)' })).toContain('type:numeric');
    expect(categories('street', { container: ['orders'], siblings: order, type: 'int8' })).toEqual([]);
    expect(categories('zip', { container: ['orders'], siblings: order, type: 'integer' })).toEqual(['address']);
    expect(categories('address', { container: ['orders'], siblings: order, type: 'text' })).toEqual(['address']);
  });

  it("takes a stored mail's sender name and address, an address's attention line as a line of it and a signatory as a person's", () => {
    const message = ['id', 'from', 'fromName', 'fromEmail', 'subject'];
    expect(categories('fromName', { container: ['EmailMessage'], siblings: message, type: 'String?' })).toEqual(['name']);
    expect(categories('fromEmail', { container: ['EmailMessage'], siblings: message, type: 'String' })).toEqual(['email']);
    expect(categories('email_from', { container: ['emails_sent'], siblings: ['id', 'addressee', 'email_from', 'subject'], type: 'varchar(100)' })).toEqual(['email']);
    expect(categories('mail_from', { container: ['MailConfig'], siblings: ['host', 'mail_from'], type: 'string' })).toEqual([]);
    // A mail being sent, or a mail provider's configuration, has the system as its sender.
    expect(categories('fromName', { container: ['MailPayload'], siblings: ['to', 'fromName', 'fromEmail'], type: 'string' })).toEqual([]);
    expect(categories('fromAddress', { container: ['defaultEmailProvider'], siblings: ['id', 'type', 'fromAddress'], type: 'text' })).toEqual([]);
    expect(categories('attention', { container: ['AddressDTO'], siblings: ['street', 'postalCode', 'city', 'attention'], type: 'String' })).toEqual(['address']);
    expect(categories('attention', { container: ['Ticket'], siblings: ['id', 'title', 'attention', 'status'], type: 'string' })).toEqual([]);
    expect(categories('authorizedSignatory', { container: ['OrganizationDTO'], siblings: ['name', 'authorizedSignatory'], type: 'String' })).toEqual(['name']);
  });

  it("infers a glued vendor prefix beside numbered variants (OXTITLE_1) and reads the table's name without it", () => {
    const shop = ['OXID', 'OXACTIVE', 'OXNAME', 'OXTITLEPREFIX_1', 'OXSTREET', 'OXZIP', 'OXCITY', 'OXFNAME', 'OXTELEFON'];
    expect(categories('OXSTREET', { container: ['oxshops'], siblings: shop, type: 'varchar(255)' })).toEqual(['address']);
    expect(categories('OXFNAME', { container: ['oxshops'], siblings: shop, type: 'varchar(255)' })).toEqual(['name']);
    // oxshops is a shop: its name is the shop's.
    expect(categories('OXNAME', { container: ['oxshops'], siblings: shop, type: 'varchar(255)' })).toEqual([]);
    expect(detector.classifyField({ name: 'OXTELEFON', container: ['oxshops'], siblings: shop, type: 'varchar(255)' }).isOrganisation).toBe(true);
  });

  it("reads an address record's house, flat and post office, and no address in a reference list of postcodes or streets", () => {
    const address = ['id', 'street', 'house', 'flat', 'zip', 'city', 'postoffice'];
    for (const part of ['house', 'flat', 'postoffice']) expect(categories(part, { container: ['addresses'], siblings: address, type: 'varchar(20)' })).toEqual(['address']);
    // Elsewhere a house is a building, a flat a rate.
    expect(categories('flat', { container: ['fees'], siblings: ['id', 'flat', 'percent'], type: 'varchar(20)' })).toEqual([]);
    expect(categories('zip', { container: ['zipcodes'], siblings: ['id', 'zip', 'stateid'], type: 'varchar(10)' })).toEqual([]);
    expect(reasons('zip', { container: ['zipcodes'], siblings: ['id', 'zip', 'stateid'], type: 'varchar(10)' })).toContain('container:reference(zipcodes)');
    expect(categories('street_name', { container: ['Street'], siblings: ['id', 'street_name', 'postal_code'], type: 'string' })).toEqual([]);
    // A person's nested postcode object is no reference list, and neither is a town (a residence).
    expect(categories('zip', { container: ['customers'], siblings: ['id', 'name', 'zip'], type: 'varchar(10)' })).toEqual(['address']);
  });

  it("reads a company's own contact person as a company's evidence, and a division as an organisation", () => {
    const client = ['id', 'name', 'email', 'contactName', 'number'];
    expect(categories('name', { container: ['Client'], siblings: client, type: 'String' })).toEqual([]);
    expect(categories('contactName', { container: ['Client'], siblings: client, type: 'String' })).toEqual(['name']);
    expect(categories('name', { container: ['divisions'], siblings: ['id', 'name', 'firstname', 'lastname'], type: 'text' })).toEqual([]);
  });

  it("reads the value of a person's contact point as a phone or an email, whichever its kind says", () => {
    expect(categories('data', { container: ['contact_information'], siblings: ['id', 'contact_id', 'kind', 'data', 'pref'], type: 'string' })).toEqual(['email', 'phone']);
    expect(categories('value', { container: ['ContactInfoPiece'], siblings: ['id', 'value', 'type'], type: 'string' })).toEqual(['email', 'phone']);
    expect(categories('yhteystieto_arvo', { container: ['yhteystiedot'], siblings: ['id', 'yhteystieto_tyyppi', 'yhteystieto_arvo'], type: 'varchar(255)' })).toEqual(['email', 'phone']);
    // Its kind, a flag and a typed relation are not the value; a `data` elsewhere is nobody's.
    expect(categories('kind', { container: ['contact_information'], siblings: ['id', 'kind', 'data'], type: 'string' })).toEqual([]);
    expect(categories('value', { container: ['ContactInfoPiece'], siblings: ['id', 'value'], type: 'ContactValue' })).toEqual([]);
    expect(categories('data', { container: ['contacts'], siblings: ['id', 'first_name', 'data'], type: 'string' })).toEqual([]);
    // A list of contact points is what the member's name says; a digital address is never a postal one.
    expect(categories('phoneNumbers', { container: ['ContactInformation'], siblings: ['phoneNumbers', 'emails'], type: 'ContactInfoPiece[]' })).toEqual(['phone']);
    expect(categories('addresses', { container: ['ContactInformation'], siblings: ['phoneNumbers', 'addresses'], type: 'ContactInfoPiece[]' })).toEqual(['address']);
    expect(categories('adressen', { container: ['Klant'], siblings: ['naam', 'adressen'], type: 'DigitaalAdres[]' })).toEqual(['email', 'phone']);
    expect(categories('phoneNumbers', { container: ['Customer'], siblings: ['phoneNumbers'], type: 'PhoneSettings' })).toEqual([]);
  });

  it("reads a person's contact card (vCard) as their name, address, phone and email; a group's card as nobody's", () => {
    const contact = ['id', 'first_name', 'last_name', 'vcard'];
    expect(categories('vcard', { container: ['contacts'], siblings: contact, type: 'mediumText' })).toEqual(['address', 'email', 'name', 'phone']);
    expect(categories('vcard', { container: ['groups'], siblings: ['id', 'name', 'vcard'], type: 'mediumText' })).toEqual([]);
    expect(categories('vcard_id', { container: ['contacts'], siblings: contact, type: 'varchar(64)' })).toEqual([]);
  });

  it("reads the parts of a record named for a person's name (HumanName, name: { first, last }) and `name_first`", () => {
    expect(categories('given', { container: ['HumanName'], siblings: ['given', 'family'], type: 'string' })).toEqual(['name']);
    expect(categories('family', { container: ['HumanName'], siblings: ['given', 'family'], type: 'string' })).toEqual(['name']);
    expect(categories('first', { container: ['Customer', 'name'], siblings: ['first', 'last'], type: 'string' })).toEqual(['name']);
    expect(categories('name_last', { container: ['users'], siblings: ['id', 'name_first', 'name_last'], type: 'varchar(40)' })).toEqual(['name']);
    // Elsewhere `last` is a time and `family` a product line; a product's name has no given part.
    expect(categories('last', { container: ['sessions'], siblings: ['id', 'last'], type: 'varchar(40)' })).toEqual([]);
    expect(categories('family', { container: ['products'], siblings: ['id', 'family'], type: 'varchar(40)' })).toEqual([]);
    expect(categories('first', { container: ['ProductName'], siblings: ['first'], type: 'string' })).toEqual([]);
    expect(categories('commenter_name', { container: ['comments'], siblings: ['id', 'body', 'commenter_name'], type: 'text' })).toEqual(['name']);
  });
});

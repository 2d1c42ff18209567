/**
 * Issue 11: the detector measured like a held-out test. The labelled code bases in fixtures/detect/labelled/
 * (plus the legacy list, as training data) are scored with the real detector (schema fields) and the real
 * code scanner (code members assembled into a TypeScript file per container). The held-out code bases are
 * reported first; every miss is printed. Floors: training at the level the rules were written for, held-out
 * as a regression floor at the level measured before issue 11's detector work (the lead raises it after).
 */
import { describe, expect, it } from 'vitest';
import { CATEGORIES, loadCodebasesFromRepo, perCodebase, report, scoreAll, tally } from './labelled.js';

const LANGUAGES = ['en', 'no', 'de', 'nl', 'fr', 'es', 'sv', 'da', 'it', 'pt', 'pl', 'fi'];

// Held-out regression floors per category, rounded down a little from what was measured after the merges of
// 2026-11-30 (branches s2-lex-en, s2-lex-eu, s2-lex-eu2, s2-lex-en2). The held-out group then: 35 code bases;
// trackdechets, inbox-zero, OpenXE, a2j-rechtsantragstelle, openstamanager, i-educar, socialgouv-emjpm,
// mijn-amsterdam and webcert moved to training after their misses were read, and opencart, pixelfed, studip,
// stadtbezirksbudget, labussola, suap, collectif-objets, nl-portal and privatlakarportal were labelled fresh to
// replace them. Measured P/R: address 0.973/0.805, email 0.995/0.883, name 0.938/0.843, phone 1.000/0.847. A
// held-out code base never moves these floors by being "fixed" - it moves to training instead
// (fixtures/detect/labelled/README.md).
// On 2026-11-30 (s3-lex-eu) SUAP moved to training and SAPL replaced it; Grundsteuer (de), Toldbehandling (da) and
// KISS (nl) joined the held-out group (38 code bases).
// Session 4 (s4-lex-eu, s4-lex-en, merged): SAPL, KISS, NL Portal, Grundsteuer, lms and monica moved to training;
// SME-PTRF, oerelia, zaakafhandelapp, foodsharing, InvoicePlane and LibreBooking were labelled fresh (38 code bases,
// 12,178 fields). Measured on the merged branch: address 0.974/0.880, email 0.995/0.905, name 0.942/0.825, phone
// 0.993/0.944; code precision 0.965 (249 of 258).
// Session 5 (s5-lex-eu, s5-lex-en, merged): oerelia, SME-PTRF, familie-ef-sak, Stud.IP, LibreBooking, novu, rallly
// and ever-gauzy (three of its misses were printed by mistake) moved to training; Verenigingsregister,
// SME-Terceirizadas, hm-brille-api, VacMe, hi-events, evershop, listmonk and reactive-resume were labelled fresh (38
// code bases, 13,043 fields). Measured on s5-lex-en with main (s5-lex-eu) merged: address 0.981/0.874, email
// 0.976/0.926, name 0.943/0.833, phone 1.000/0.948; code precision 0.959 (209 of 218). The same labels under main's
// rules score the same: the group's change, not a rule, moved these. The email precision floor goes from 0.98 to
// 0.97 for that reason (four email findings in a fresh code base's types, under either rules); the others rise to
// the measured figures. s5-lex-logic's detector conventions then moved held-out name to 0.943/0.836 (one Norwegian
// schema name more; main's rules 0.943/0.833 on the same labels): the floor stays at 0.83.
// Session 6 (s6-lex-eu, s6-names, merged): hm-brille-api, SME-Terceirizadas, amsterdam-signals, reactive-resume and
// bagisto moved to training; amt-tiltak, SisRural, Makkelijke Markt, django-crm and typebot were labelled fresh (38
// code bases, 14,017 fields). Measured on s6-names with main merged: address 0.982/0.874, email 0.971/0.917, name
// 0.946/0.905, phone 1.000/0.942; code precision 0.962 (204 of 212). Under main's rules the same labels score the same
// but name 0.943/0.905. The name recall floor rises to 0.90 with the group's change; the email recall floor goes
// from 0.92 to 0.91 for the same reason (the fresh code bases' email fields), not a rule.
// s6-lex-eu's second round added Lunar (en, Laravel e-commerce) to the held-out group (39 code bases, 14,415 fields):
// address recall 0.874 -> 0.852 under main's rules and s6-names' alike, so that floor goes from 0.87 to 0.85 for the
// group, not a rule; name 0.945/0.908, email 0.971/0.918, phone 1.000/0.943, code precision 0.962.
// Session 7 (s7-names): kivitendo, opencart and InvoicePlane moved to training (their misses read); berth-reservations
// (en, Django), rdv-insertion (en, Rails) and stip (de, JPA) were labelled fresh (39 code bases, 13,992 fields). Under
// main's rules the new group scores address 0.957/0.843, email 0.970/0.934, name 0.949/0.931, phone 1.000/0.930: the
// address precision floor goes from 0.97 to 0.95 (seven address findings in stip's labels of a place of origin, a
// training's town and a postcode reference table), address recall from 0.85 to 0.84 and phone recall from 0.94 to
// 0.93, for the group, not a rule; name recall rises to 0.92 and email recall to 0.93. s7-names' rules leave them so but
// held-out email 0.971/0.938 (a bare `mail` in an organisation's record).
// Merged with s7-address (Lunar, amt-tiltak and django-crm moved to training; varda, GovPay and Open Hospital labelled
// fresh; 39 code bases, 13,953 fields), all kinds pooled: address 0.953/0.907, email 0.973/0.909, name 0.936/0.888,
// phone 1.000/0.921. The fresh code bases bring misses no rule was written from (Open Hospital's table-coded legacy
// names, varda's Finnish email words), so the name and email recall floors fall to the group's figures.
// s7-names2 (a national identity number as person evidence): name 0.936/0.891, the rest unchanged; name recall floor 0.89.
// Session 8 (s8-names): openhospital, os2mo, outline and stip (the weakest held-out) moved to training; 35 code bases,
// 12,264 fields until s8-detect-labels' fresh ones merge: address 0.976/0.901, email 0.972/0.905, name 0.943/0.926,
// phone 1.000/0.940, code precision 0.964. s8-names' rules leave these unchanged.
// s8-detect-labels then labelled eighteen fresh held-out code bases (53 code bases, 18,674 fields; haffa, andes,
// espace-membre, espocrm, draken, overseerr, ...): address 0.972/0.871, email 0.955/0.827, name 0.921/0.890, phone
// 0.989/0.827, code precision 0.938 (480 of 512), the same under main's rules and s8-names' (whose bare-number rule,
// one held-out address lost, was reverted). The floors go down to the new group's figures: the group, not a rule.
// Session 9 (s9-names): overseerr, espace-membre, haffa, draken, andes and espocrm (the weakest held-out) moved to
// training; with s9-detect-labels' fifteen fresh code bases the group is 62 code bases, 21,101 fields. Measured with
// s9-names' rules (all kinds): address 0.947/0.894, email 0.970/0.858, name 0.920/0.850, phone 0.995/0.898, code
// precision 0.935 (474 of 507); main's rules on the same labels: schema email recall 0.890 (s9-names 0.905), name
// precision 0.920 (0.925), address recall 0.915 (0.912). io-onboarding-pa then moved to training (the scanner learnt
// io-ts codecs after its description named them): 61 code bases, 20,967 fields. Merged main, all kinds: address
// 0.947/0.894, email 0.970/0.902, name 0.919/0.864, phone 0.995/0.898, code precision 0.933 (463 of 496). The floors
// follow the group (address precision and name recall fall with the fresh code bases, email recall rises with rules).
// Session 10 (s10-detect-labels) added six fresh held-out code bases (67, 22,517 fields): address 0.948/0.894, email
// 0.968/0.891, name 0.928/0.852, phone 0.996/0.901, code precision 0.936 (510 of 545); only name recall fell below its
// floor, which drops from 0.86 to 0.85.
// Session 10 (s10-names), same 61 code bases: a whole term glued after an unknown abbreviation (`ktoi|vorname`) moved
// held-out address 0.947/0.894 -> 0.945/0.930 (schema 0.950/0.912 -> 0.949/0.933: 8 more found, 1 more wrong; code
// 0.939/0.856 -> 0.938/0.923); email, name and phone unchanged; code precision 0.933 (475 of 509). Address recall
// floor 0.89 -> 0.92.
// Session 11: the five weakest held-out code bases moved to training (froide, dp-soknadsdialog, grr, naevnssekretariatet,
// transito; 62 code bases, 20,088 fields). Under main's rules the group scores address 0.953/0.934, email 0.972/0.914,
// name 0.957/0.880, phone 0.996/0.917, code precision 0.967 (463 of 479); s11-rules' rules: name 0.960/0.882, the rest
// unchanged. Every floor rises to just under these figures (the group, then the rules).
// Session 11: froide, dp-soknadsdialog, grr, naevnssekretariatet and transito (the weakest held-out) moved to
// training and s11-detect-labels labelled eight fresh code bases (70, 23,894 fields; Koski's Valpas, Italian Red Cross,
// Coding Pirates, SME-NovoSGP, Mitt Helsingborg, verein-connect, a dental clinic, a Polish detailing app): address
// 0.953/0.914, email 0.974/0.924, name 0.963/0.868, phone 0.996/0.915 under main's rules (the fresh eight alone on
// their first run: address 0.955/0.810, name 0.987/0.828). Merged with s11-rules (all kinds): address 0.953/0.914,
// email 0.974/0.924, name 0.966/0.869, phone 0.996/0.915, code precision 0.975 (634 of 650). The floors sit just
// under these: the fresh code bases pull address and name recall down, the rotation and the rules lift precision.
// Session 12: session 11's eight fresh code bases moved to training by batch (62 code bases, 20,088 fields, the
// group of session 11 before its fresh ones): address 0.953/0.934, email 0.972/0.914, name 0.960/0.882, phone
// 0.996/0.917, code precision 0.967 (463 of 479). The email recall floor goes to 0.91 for the group, not a rule.
// s12-rules' rules (office holders by role in every language, address parts written apart, a province before an
// address term, ...): address 0.953/0.934 -> 0.954/0.937 (schema 0.953/0.933 -> 0.955/0.938: 2 more found, 1 fewer
// wrong), email, name, phone and code precision unchanged. The address and name recall floors rise to just under the
// figures (0.93, 0.88).
// s12-detect-labels then added nine fresh code bases (71, 23,449 fields; NAV's tiltaksgjennomføring, Helsinki's
// Kukkuu, a Dutch archery federation, démarches simplifiées, Bern's kiBon, Veracruz's CeroFilas, São Paulo's Conecta
// Formação, OS2Valghalla, Sundsvall's business centre): address 0.948/0.934, email 0.973/0.880, name 0.957/0.857,
// phone 0.993/0.921, code precision 0.968 (553 of 571); the fresh nine alone on their first run: email recall 0.731,
// name recall 0.760. The floors follow the group, not a rule.
// Merged main (s12-rules and s12-email on the 71): address 0.950/0.937, email 0.974/0.889, name 0.957/0.858, phone
// 0.993/0.921 (schemas: 0.947/0.935, 0.982/0.891, 0.946/0.879, 0.991/0.944), code precision 0.969 (557 of 575). The
// address and email recall floors rise to 0.93 and 0.88 with the rules.
// Session 13: session 12's nine fresh code bases moved to training by batch (62 code bases, 20,088 fields): address
// 0.954/0.937, email 0.972/0.914, name 0.960/0.882, phone 0.996/0.917 under session 12's rules. s13-detect-labels then
// added ten fresh code bases (72, 24,819 fields; hitobito, Helsinki's Varaamo, les emplois, DossierFacile, NAV's
// tilleggsstønader, Mapas Culturais, a German fire brigade's club app, PagoPA's onboarding, Sundsvall's Katla, an
// Argentine appointments SaaS): their first run alone address 0.852/0.871, email 0.956/0.739, name 0.846/0.871, phone
// 0.966/0.903, code precision 0.864. Merged main with s13-names' and s13-email's rules: address 0.936/0.924, email
// 0.969/0.880, name 0.942/0.882, phone 0.992/0.916 (schemas 0.946/0.923, 0.975/0.904, 0.928/0.892, 0.990/0.929), code
// precision 0.950 (565 of 595). The address, email and name precision floors, the address recall floor and the code
// precision floor go down to the new group's figures (the group, not a rule); the name recall floor rises to 0.88.
// Session 14: session 13's ten fresh code bases moved to training by batch; s14-detect-labels added eleven fresh ones
// (73 code bases, 24,193 fields; immersion-facile, stanzadelcittadino, pomocua-ogloszenia, os2sofd, parking-permits,
// organisaatio, erzwingungshaft, gemeentepassen, dispatch-portal, bookingbasen, ssp-it): first run under main's rules
// address 0.935/0.899, email 0.970/0.913, name 0.956/0.848, phone 0.996/0.906 (the fresh eleven alone: name recall
// 0.721, address recall 0.770; erzwingungshaft's abbreviated legacy columns). Merged main with s14-names' and
// s14-address' rules: address 0.937/0.903, email 0.970/0.913, name 0.956/0.848, phone 0.996/0.906 (schemas 0.926/0.895,
// 0.986/0.922, 0.945/0.849, 0.995/0.922), code precision 0.965 (611 of 633). The address, name and phone recall floors
// go down to the new group's figures (the group, not a rule); the email recall, name precision and code precision
// floors rise to just under them.
// Session 15: session 14's eleven fresh code bases moved to training by batch (62 code bases, 20,088 fields): under
// session 14's rules address 0.960/0.943, email 0.972/0.917, name 0.962/0.883, phone 0.996/0.917 (schemas 0.958/0.946,
// 0.983/0.925, 0.951/0.902, 0.994/0.936). The floors stay until session 15's fresh code bases join.
// s15-detect-labels then added twelve fresh code bases (74, 23,994 fields; Helsinki's apartment applications, ESANI's
// deposit portal, Amsterdam's debt files, mon-suivi-justice, a German music club app, Munich's kita finder, Bari's
// public-land permits, HMPPS interventions, São Paulo's GIPE, Sundsvall's contracts, NAV's social-assistance
// application, Ecuador's visas): their first run alone address 0.847/0.954, email 1.000/0.966, name 0.929/0.840, phone
// 1.000/0.920. Merged main with s15-names' and s15-address' rules: address 0.943/0.944, email 0.976/0.924, name
// 0.955/0.876, phone 0.996/0.918 (schemas 0.953/0.944, 0.984/0.923, 0.949/0.888, 0.995/0.933), code precision 0.954.
// Every recall floor rises to just under these (the rotation and the fresh batch, then one name more by the rules);
// the email precision floor to 0.97.
// Session 16: session 15's twelve fresh code bases moved to training by batch (62 code bases, 20,088 fields): under
// session 15's rules address 0.960/0.943, email 0.972/0.917, name 0.962/0.883, phone 0.996/0.917. The email recall
// floor goes back to 0.91 with the group (the group, not a rule). Session 16's fresh twelve (4,538 fields, labelled
// before the first run; schemas' names 0.927/0.654 on it) joined: 74 code bases, address 0.946/0.934, email
// 0.969/0.919, name 0.957/0.855, phone 0.992/0.911, code precision 0.967 (520 of 538): the address recall, email
// precision and name recall floors follow the group.
// Session 17: session 16's twelve fresh code bases moved to training by batch (62 code bases, 20,088 fields): under
// session 16's rules address 0.960/0.943, email 0.972/0.917, name 0.962/0.883, phone 0.996/0.917 (schemas 0.958/0.946,
// 0.983/0.925, 0.951/0.902, 0.994/0.936). The floors stay until session 17's fresh code bases join.
// s17-detect-labels then added twelve fresh code bases (74, 24,417 fields; AITU, NAV's Hotsak, Genoa's citizen file,
// CARE, DossierSCO, Amsterdam's enforcement cases, a Norwegian members' register, São Paulo's pupil app, a German fishing
// shop, a Laravel appointments app, a Polish payroll, Helsingborg's About Me): their first run alone address
// 0.897/0.757, email 0.958/0.902, name 0.848/0.901, phone 0.968/0.896, code precision 0.876. The group under
// session 16's rules: address 0.950/0.911, email 0.970/0.915, name 0.937/0.887, phone 0.989/0.913 (schemas 0.953/0.900,
// 0.981/0.920, 0.931/0.907, 0.995/0.921), code precision 0.950 (583 of 614): the address recall, name and phone
// precision and code precision floors follow the group, not a rule.
// Merged main with session 17's rules: address 0.952/0.911, email 0.973/0.915, name 0.940/0.887, phone 0.989/0.913
// (schemas 0.955/0.900, 0.985/0.920, 0.935/0.907, 0.995/0.921): one address, one email and two name findings fewer
// wrong, none more found; the floors stay.
// Session 18: session 17's fresh twelve moved to training (the 62 that stayed: address 0.960/0.943, email 0.975/0.917,
// name 0.965/0.883, phone 0.996/0.917; schemas 0.958/0.946, 0.987/0.925, 0.956/0.902, 0.994/0.936: the target met in
// every category) and s18-detect-labels' twelve fresh ones joined (74 code bases, 24,083 fields): address
// 0.938/0.898, email 0.978/0.912, name 0.958/0.874, phone 0.996/0.905 under session 17's rules. The fresh batch's
// addresses and phones (recall 0.71 and 0.83 on its first run) take the address recall floor to 0.89 and the phone
// recall floor to 0.90, for the group, not a rule.
// Session 19: session 18's fresh twelve moved to training (the 62 that stayed: address 0.960/0.943, email 0.975/0.917,
// name 0.974/0.883, phone 0.996/0.917; schemas 0.958/0.946, 0.987/0.925, 0.970/0.902, 0.994/0.936) and
// s19-detect-labels' twelve fresh ones joined (74 code bases, 24,418 fields; their first run alone address 0.837/0.897,
// email 1.000/0.929, name 0.920/0.786, phone 1.000/0.818): address 0.940/0.936, email 0.979/0.919, name 0.967/0.869,
// phone 0.996/0.905, code precision 0.973 (579 of 595), the same under session 19's rules. The address recall floor
// rises to 0.93 and the code precision floor to 0.96 with the group, not a rule.
// Session 21: session 20's fresh twelve moved to training (the 62 that stayed: address 0.960/0.941, email 0.975/0.917,
// name 0.974/0.883, phone 0.996/0.917; schemas 0.958/0.943, 0.987/0.925, 0.970/0.902, 0.994/0.936: the target met in
// every category) and s21-detect-labels' eleven fresh ones joined (73 code bases, 23,920 fields; their first run alone
// address 0.813/0.935, email 0.891/0.934, name 0.904/0.769, phone 1.000/0.963, code precision 0.869): address
// 0.933/0.940, email 0.961/0.920, name 0.962/0.862, phone 0.996/0.922, code precision 0.942 (629 of 668) under
// session 20's rules. The fresh batch's code members (TypeORM entities and DTOs, Norwegian and Finnish front ends'
// types) take the code precision floor to 0.94, for the group, not a rule.
// Session 22: session 21's fresh eleven moved to training (the 62 that stayed: address 0.960/0.941, email 0.975/0.917,
// name 0.974/0.883, phone 0.996/0.917, under session 21's rules) and s22-detect-labels' eleven fresh ones joined (73
// code bases, 24,037 fields; their first run alone address 0.829/0.851, email 0.885/0.831, name 0.917/0.779, phone
// 1.000/0.848, code precision 0.985): address 0.931/0.922, email 0.963/0.903, name 0.966/0.867, phone 1.000/0.900,
// code precision 0.974 (596 of 612). The address recall floor goes to 0.92 and the email recall floor to 0.90, for
// the group, not a rule.
// Session 23: session 22's fresh eleven moved to training (the 62 that stayed: address 0.960/0.941, email 0.978/0.917,
// name 0.974/0.883, phone 1.000/0.917, under session 22's rules) and s23-detect-labels' ten fresh ones joined (72 code
// bases, 24,253 fields; their first run alone address 0.778/0.840, email 0.961/0.907, name 0.894/0.918, phone
// 1.000/1.000): address 0.930/0.926, email 0.976/0.916, name 0.960/0.889, phone 1.000/0.928. The address precision
// floor goes to 0.92, for the group, not a rule.
// Session 24: session 23's fresh ten moved to training (the 62 that stayed: address 0.960/0.941, email 0.978/0.917,
// name 0.974/0.885, phone 1.000/0.917, under session 23's rules) and s24-detect-labels' eleven fresh ones joined (73
// code bases, 23,015 fields; their first run alone address 0.794/0.833, email 1.000/0.776, name 0.931/0.663, phone
// 1.000/0.733, code precision 0.990): address 0.943/0.931, email 0.980/0.899, name 0.969/0.853, phone 1.000/0.897, code
// precision 0.970 (559 of 576). The email and phone recall floors go to 0.89, for the group, not a rule.
// Session 25: session 24's fresh eleven moved to training (the 62 that stayed: address 0.960/0.941, email 0.978/0.917,
// name 0.974/0.885, phone 1.000/0.917, under session 24's rules); session 25's fresh ones join them.
// Session 43: seventeen fresh code bases joined (twelve stay held out: 95 code bases, 30,799 fields): address
// 0.954/0.929, email 0.980/0.889, name 0.959/0.864, phone 0.995/0.894 (before them, 84 code bases: email 0.976/0.893).
// The email recall floor goes to 0.88, for the group (a Finnish study-plan service's and a Spanish clinic's fields), not a rule.
// Session 44: fifteen fresh code bases were labelled; ten had their misses read and moved to training, five stay
// held out (100 code bases, 32,718 fields): address 0.952/0.934, email 0.982/0.844, name 0.960/0.863, phone 0.996/0.897
// (the same 95 under session 43's rules and this session's alike: not one field moved). The email recall floor goes to
// 0.84, for the group: a Dutch accountancy portal's 29 audit columns (`aangemaakt_door`, `gewijzigd_door`) that its API
// fills with the signed-in user's email, labelled email by the README's convention, and no name says so.
// Session 45: ten fresh code bases were labelled; two had their misses read and moved to training, and three held-out
// ones moved to training after a --misses run printed some of their lines (no rule was written from them): 103 code
// bases, 34,050 fields: address 0.961/0.941, email 0.980/0.838, name 0.965/0.875, phone 0.996/0.893. The email recall
// floor goes to 0.83, for the group, not a rule: session 44's rules score these 103 exactly the same.
// Session 46: sixteen fresh code bases were labelled, eight read and moved to training, and the Dutch accountancy portal
// moved to training after its misses were read (a column sized for an email address naming who did something, 320
// characters): 110 code bases, 37,658 fields: address 0.957/0.933, email 0.981/0.888, name 0.956/0.879, phone
// 0.995/0.908 (session 45's rules on the same 110: email 0.982/0.886, name 0.956/0.879 with one false name more). The
// email recall floor goes back to 0.88 with the group.
// Session 47: ten fresh code bases stay held out (Finnish, Danish, Brazilian, English, French, German, Dutch, Norwegian
// and Italian; three more were read and moved to training): 120 code bases, 42,525 fields: address 0.957/0.933, email
// 0.979/0.888, name 0.952/0.866, phone 0.994/0.910 (session 46's rules on the same 120: name 0.952/0.864). The floors hold.
// Session 49: nine fresh code bases stay held out (Norwegian, Finnish, French, Polish, Portuguese, Italian, English,
// Swedish and Danish; three more were read and moved to training): 135 code bases, 51,355 fields: address 0.955/0.928,
// email 0.974/0.883, name 0.955/0.844 (by their labellers' notes, a Danish genealogy database's and an Italian accountancy
// firm's names written as free text), phone 0.995/0.910, exactly as session 48's rules score them. The name recall floor goes to 0.84, for the
// group, not a rule.
// Session 50: seven fresh code bases stay held out (English, Finnish, Portuguese, German, Spanish, Italian and English
// again; three more, an English community CRM and two Italian public-sector systems, were read and moved to training):
// 142 code bases, 55,849 fields: address 0.958/0.923, email 0.971/0.886, name 0.954/0.845, phone 0.995/0.911, exactly
// as session 49's rules score them. The floors hold.
// Session 51: six fresh code bases stay held out (a Colombian housing developer's Supabase types, a German wind farms'
// investor SaaS, a Dutch air-conditioning installer's bookings, an Italian driving school, a French lycée's enrolment and
// NAV's appeal forms; two more, German and Swedish, were read and moved to training): 148 code bases, 58,186 fields:
// address 0.957/0.9196, email 0.968/0.885, name 0.954/0.843, phone 0.996/0.910, the same under session 50's rules. The
// address recall floor goes to 0.91, for the group, not a rule (their misses were not read).
// Session 52: five fresh code bases stay held out (a Norwegian seniors' association, a French associations' accounting
// app, a German craft business's ERP, a Brazilian small-business ERP, an Indian HR SaaS; two more, a US surrogacy CRM and
// a Dutch care platform, were read and moved to training): 153 code bases, 61,508 fields: address 0.958/0.918, email
// 0.963/0.890, name 0.951/0.837, phone 0.992/0.907 (session 51's rules: the same but two names fewer). The name recall
// floor goes to 0.83, for the group, not a rule (their first run: name 0.934/0.725 over all seven).
// Session 53: seven fresh code bases stay held out (a Swedish estate agents' system, an Argentine clinic's records, a
// US real-estate CRM, the French health ministry's C2S partner space, a German sports club's register, NAV's sick-note
// app and a Dutch school app; an eighth, a Flemish certification body's back office, was read and moved to training):
// 160 code bases, 64,593 fields: address 0.961/0.916, email 0.965/0.892, name 0.952/0.833, phone 0.993/0.902
// (session 52's rules on the 158 of them measured so: one address fewer). The floors hold.
// Session 54: four fresh code bases stay held out (NAV's assistive-device overview, Helsingborg's financial-assistance
// API, a Dutch club's Sinterklaas sign-up, a Berlin care-housing provider's residents; four more, a German youth
// association's GraphQL API, a French public service's apprenticeship contracts, a Brazilian support network's
// matches and a French sports association's members, were read and moved to training): 164 code bases, 66,249 fields:
// address 0.962/0.917, email 0.966/0.893, name 0.951/0.832, phone 0.993/0.904, the same under session 53's rules.
// The floors hold.
const HOLDOUT_FLOOR: Record<string, { precision: number; recall: number }> = {
  address: { precision: 0.92, recall: 0.91 },
  email: { precision: 0.96, recall: 0.88 },
  name: { precision: 0.93, recall: 0.83 },
  phone: { precision: 0.98, recall: 0.89 },
};
// Code findings on held-out code bases (issue 11 asks for precision >= 0.90 there): pooled over categories.
const HOLDOUT_CODE_PRECISION_FLOOR = 0.94; // measured 0.970 (559 of 576, 73 code bases with session 24's fresh eleven); 0.945 (581 of 615, 72 code bases with session 23's fresh ten); 0.974 (596 of 612, 73 code bases with session 22's fresh eleven); 0.942 (629 of 668, 73 code bases with session 21's fresh eleven); 0.973 (579 of 595, 74 code bases with session 19's fresh twelve); 0.950 (583 of 614, 74 code bases with session 17's fresh twelve); 0.954 (663 of 695 code findings right, 74 code bases, session 15 with its fresh twelve; 0.965 on session 14's 73)
// Training floors (the legacy list plus 125 training code bases after the session-5 rotations), rounded down, same
// run: address 0.963/0.929, email 0.981/0.902, name 0.955/0.880, phone 1.000/0.925 (the same data under main's
// rules before s5-lex-en: 0.963/0.928, 0.980/0.893, 0.951/0.876, 1.000/0.917). s5-lex-logic's container and type
// conventions: name 0.955/0.880 -> 0.956/0.889 (eight misses and one false positive fixed, none added).
// Session 6 (132 training code bases after the merge): main's rules -> s6-names' name 0.958/0.895 -> 0.960/0.901,
// email 0.982/0.907 -> 0.982/0.908, address 0.962/0.917 and phone 1.000/0.927 unchanged. Three fresh training code
// bases (open-event-server, helpy, fedena) then: email precision 0.979 (a help desk's own inbound mailboxes, a
// group's and a post's, labelled as its configuration), so that floor goes from 0.98 to 0.97 for the data, not a rule.
// Session 7: the three code bases moved in brought 11 name misses (kivitendo's depositor, rcv_name, shiptocontact, ...),
// so training name recall went 0.904 -> 0.896 under main's rules; its floor goes to 0.89 for the group. s7-names' rules
// then: email 0.979/0.904 -> 0.982/0.910, name 0.951/0.896 -> 0.956/0.896 (same group).
// Session 8: with the four code bases moved in, main's rules score address 0.966/0.940, name 0.954/0.896; s8-names'
// rules 0.967/0.940 (postcode tables in several words) and 0.954/0.903 (role nouns, an invoice's contact): the name
// recall floor rises to 0.90.
// Session 9: the six code bases moved in bring their misses (training email precision 0.982 -> 0.970 by the move
// alone); s9-names' rules then: address 0.970/0.933, email 0.968/0.885, name 0.948/0.904, phone 0.997/0.905 (main's
// rules on the same labels: 0.964/0.931, 0.970/0.874, 0.941/0.898, 0.996/0.900). Merged main with io-onboarding-pa
// (154 code bases): 0.970/0.933, 0.971/0.870, 0.948/0.900, 0.997/0.907; email precision and recall and phone recall
// floors follow the moved-in code bases.
// Session 10 (s10-names' rules, same 154 code bases): name 0.948/0.900 -> 0.950/0.906 (8 misses and 2 false positives
// fixed, none added), address 0.970/0.933 -> 0.970/0.933 (one more found); the name floors rise to 0.945/0.90.
// Merged main with s10-detect-labels' two training code bases (domifa-code, egapro-code: 156 code bases): address
// 0.971/0.933, email 0.971/0.871, name 0.948/0.8998 (1,123 of 1,248), phone 0.997/0.908: their members bring name
// misses, so the name recall floor is 0.89 for the data, not a rule.
// s10-email: a numbered `mail` (`mail1`..`mail5`) is an address in any record, `resp` (responsável) a person noun,
// `ccRecipients` a recipient term: training email 0.971/0.871 -> 0.972/0.893, name 0.948/0.900 -> 0.949/0.904 (24 more
// found, none wrong), held-out
// unchanged in every category (email 0.968/0.891); the training email recall floor rises to 0.88.
// Session 11 (161 code bases with the five moved in): main's rules score address 0.967/0.930, email 0.970/0.884, name
// 0.935/0.889, phone 0.997/0.902 (the moved-in code bases' 50 misses and 27 false positives); s11-rules' rules: address
// 0.967/0.932, email 0.972/0.884, name 0.943/0.897, phone 0.997/0.903. The name precision floor goes from 0.945 to 0.94
// for the data, not a rule.
// Session 12 (169 code bases with session 11's eight fresh ones moved in): address 0.966/0.924, email 0.973/0.890, name
// 0.947/0.889, phone 0.997/0.904; the name recall floor goes to 0.88 for the data, not a rule.
// s12-rules' rules on the same 169: address 0.966/0.933, email 0.973/0.890, name 0.951/0.905, phone 0.997/0.912 (name
// 24 more found and 4 fewer wrong); the address recall, name and phone recall floors rise to just under them.
// Session 13 (178 code bases with session 12's nine fresh ones moved in): address 0.964/0.933, email 0.973/0.885, name
// 0.950/0.892, phone 0.996/0.914 under session 12's rules; s13-names' and s13-email's rules: address 0.967/0.933, email
// 0.974/0.889, name 0.953/0.905, phone 0.996/0.926 (phone 10 more found, none wrong): the phone recall floor rises to 0.92.
// Session 14 (188 code bases with session 13's ten fresh ones moved in; nhb-apps' flag and date no longer labelled
// email): s14-names' and s14-address' rules: address 0.967/0.940, email 0.973/0.889, name 0.954/0.905, phone 0.995/0.925
// (address 20 more found and 16 fewer wrong, name 12 fewer wrong): the floors stay.
// Session 15 (199 code bases with session 14's eleven fresh ones moved in) under session 14's rules: address
// 0.958/0.925, email 0.972/0.890, name 0.952/0.889, phone 0.995/0.921: the moved-in code bases' misses (erzwingungshaft's
// abbreviated legacy columns above all) take the address floors to 0.95/0.92 and the name recall floor to 0.88, for
// the data, not a rule. s15-names' and s15-address' rules on the same 199: address 0.958/0.939 (27 more found, none
// wrong: legacy column codes), email 0.972/0.891, name 0.953/0.903 (26 more found, none wrong), phone 0.995/0.928: the
// address and name recall floors rise to 0.93 and 0.90.
// Session 16 (211 code bases with session 15's twelve fresh ones moved in) under session 15's rules: address
// 0.953/0.940, email 0.973/0.895, name 0.951/0.899, phone 0.995/0.927: the moved-in schemas' names (recall 0.78 on
// their first run) take the name recall floor to 0.89, for the data, not a rule.
// Session 16's rules (s16-names, s16-contact) on the same 211: address 0.960/0.940, email 0.974/0.901, name
// 0.952/0.906, phone 0.995/0.934: the email, name and phone recall floors rise to just under them.
// Session 17 (223 code bases with session 16's twelve fresh ones moved in) under session 16's rules: address
// 0.955/0.937, email 0.973/0.902, name 0.951/0.896, phone 0.994/0.931: the moved-in schemas' names (k9-punsj's and
// iscritto's above all; recall 0.65 on their first run) take the name recall floor to 0.89, for the data, not a rule.
// Session 17's rules (s17-names, s17-name-precision, s17-contact) on the same 223: address 0.957/0.940, email
// 0.973/0.902, name 0.957/0.907 (25 more found, 12 fewer wrong), phone 0.994/0.935: the name recall floor is 0.90 again.
// Session 18 (235 code bases with session 17's twelve fresh ones moved in) under session 17's rules: address
// 0.955/0.930 (the moved-in schemas' addresses: recall 0.69 on their first run), email 0.972/0.902, name 0.950/0.907,
// phone 0.993/0.932: the address recall floor goes to 0.92, for the data, not a rule.
// s18-contact on the same 235 (18 labels settled: a member typed as an address record is address; an address group held
// out by its qualifier, Scandinavian short compound heads, mail recipients' records, web and middleware addresses):
// address 0.965/0.937, email 0.972/0.904, phone 0.993/0.934: the address floors rise to 0.96/0.93.
// Session 18's rules (s18-names) on the same 235, with five of care-fe's inline objects labelled by what they hold:
// name 0.960/0.907 (24 fewer wrong, 4 more found), address 0.957/0.931, email and phone unchanged: the name precision
// floor rises to 0.955.
// Session 19 (247 code bases with session 18's twelve fresh ones moved in) under session 18's rules: address
// 0.960/0.925 (0.95982: the moved-in code bases' addresses, recall 0.71 on their first run), email 0.974/0.903, name
// 0.958/0.903, phone 0.995/0.930: the address floors go to 0.955/0.92, for the data, not a rule.
// s19-contact's rules on the same 247 (head-first administrative and "other" qualifiers, a care-of line, a registered
// office, a mail's subject and body) take address 0.960/0.925 ->
// 0.960/0.933, email 0.974/0.903 -> 0.973/0.906, phone 0.995/0.930 -> 0.995/0.931: the email recall floor rises
// to 0.90, the address recall floor back to 0.93.
// Session 20 (259 code bases with session 19's twelve fresh ones moved in) under session 19's rules: address
// 0.954/0.931 (the moved-in schemas' addresses: precision 0.73 on their first run), email 0.973/0.907, name
// 0.957/0.905, phone 0.995/0.929 (recall 0.82 on their first run): the address precision floor goes to 0.95 and the
// phone recall floor to 0.92, for the data, not a rule.
// s20-names' rules on the same 259 (a private individual and a candidate as person nouns, a described head-first person
// noun before a name, a summary's item of people, a German name's prefix, authors as one text): name 0.957/0.905 ->
// 0.958/0.910 (2313 -> 2325 found, 103 wrong before and after), address 0.954/0.931 -> 0.954/0.934, phone 0.995/0.929 ->
// 0.995/0.930: the name recall floor rises to 0.905.
// s20-contact's rules on the same 259 (a town member typed as a town's record, an occasion's venue, a German supplement
// line, contact points' value words) take address 0.954/0.931 -> 0.971/0.934 (42 fewer wrong, 7 more found): the address
// precision floor rises to 0.965.
// Session 21 (271 code bases with session 20's twelve fresh ones moved in) under session 20's rules: address
// 0.971/0.936, email 0.973/0.908, name 0.955/0.901 (the moved-in schemas' names: recall 0.57 on their first run),
// phone 0.994/0.929: the name recall floor goes to 0.90, for the data, not a rule.
// s21-names' rules (name parts behind one unknown word, a Finnish case handler, the name under a signature, a person's
// name in settings): name 0.955/0.901 -> 0.956/0.905, the rest unchanged; the floor stays at 0.90 (0.905 is the measure).
// s21-contact's rules (a party's contact points sharing an initialism, a town in its address group, `type` before the
// data) and one label fix (two AWS parameter paths labelled phone): phone 0.995/0.935, email 0.973/0.910, address
// 0.971/0.938; the phone recall floor rises to 0.93 with the rules.
// Session 22 (282 code bases with session 21's eleven fresh ones moved in) under session 21's rules: address
// 0.963/0.938, email 0.970/0.911 (1450 of 1495 right), name 0.953/0.899, phone 0.995/0.936 (the moved-in code members'
// addresses and emails: precision 0.78 and 0.89 on their first run): the address precision floor goes to 0.96, email
// precision to 0.965, name precision to 0.95 and name recall to 0.895, for the data, not a rule.
// s22-names (a report's row, a person's word before a thing's head, a split national number as evidence, relations
// written with their kind, short names): name 0.955/0.904 (2547 found, 121 wrong); the name recall floor rises to 0.90.
// s22-contact (a sender in settings, connection settings' sender details, relations, birth-place records, settings words
// by language) merged with s22-names: address 0.970/0.938 (77 wrong), email 0.975/0.911 (37 wrong), name 0.955/0.904:
// the address precision floor rises to 0.965 and the email precision floor to 0.97 with the rules.
// Session 23 (293 code bases with session 22's eleven fresh ones moved in) under session 22's rules: address
// 0.962/0.933, email 0.972/0.908, name 0.954/0.899, phone 0.996/0.931: the address precision floor goes to 0.96 and the
// name recall floor to 0.89, for the data, not a rule.
// s23-address (an address block of numbered lines, search logs and hosts, a municipality beside a town, a floor beside
// a room, a bare number beside two register numbers): address 0.967/0.939 (90 wrong, 169 missed), the rest unchanged:
// the address floors rise to 0.965 / 0.935 with the rules. s23-names (a Nordic genitive person noun, a nested member
// named by a role, a Romance term without its preposition, a directory logon name as person evidence): name
// 0.954/0.901 (2642 found, 128 wrong): the name recall floor goes back to 0.90 with the rules.
// Session 24 (303 code bases with session 23's ten fresh ones moved in) under session 23's rules: address
// 0.959/0.936, email 0.971/0.908, name 0.951/0.902, phone 0.996/0.932: the address precision floor goes to 0.955, for
// the data, not a rule.
// s24-address (an Italian register's glued abbreviations of a house number, a flat and a postcode, Italian house-number
// and street-graph layers as registers, a record named for a search or a query): address 0.963/0.938 (105 wrong, 179
// missed), the rest unchanged: the address precision floor goes back to 0.96 with the rules.
// s24-names (a Dutch registered partner, a mail's party word by language, a French `entite`, a person's list item, an
// abbreviation's letter), merged with s24-address: name 0.953/0.903 (2747 found, 135 wrong), email 0.971/0.909: the
// floors stay.
// Session 25 (314 code bases with session 24's eleven fresh ones moved in) under session 24's rules: address
// 0.959/0.936, email 0.972/0.905, name 0.953/0.895, phone 0.996/0.928: the address precision floor goes to 0.955, the
// name recall floor to 0.89 and the phone recall floor to 0.92, for the data, not a rule.
// Session 41 (318 code bases with bsvfire-internapp, secotech and offerte-builder moved in after their first runs):
// address 0.962/0.940, email 0.973/0.914, name 0.950/0.901 (2920 found, 155 wrong: sixteen of the new wrong ones are a
// Norwegian fire-safety firm's customers and subcontractors, companies its labels give no name), phone 0.996/0.937:
// the name precision floor goes to 0.945, for the data, not a rule.
// Session 44 (337 code bases with the ten fresh ones read this session moved in): address 0.960/0.939, email 0.972/0.907,
// name 0.949/0.889 (the ten's first run had schema name recall 0.62: a Danish ERP's `firmanavn` and `ref`, a Norwegian
// driving school's role nouns; this session's rules brought them up, not all the way), phone 0.993/0.929: the name recall
// floor goes to 0.88, for the data, not a rule (the same 337 under session 43's rules: name 0.947/0.885).
// Session 47 (354 code bases: an Italian hotel's back office, an Argentine dental clinic and a Spanish order platform
// moved in after their misses were read, with names no rule reads: typed signatures, cash-desk users, an
// appointment's title, a bare `agente`): name 0.945/0.879 (session 46's rules on the same 354: 0.945/0.876): the name
// recall floor goes to 0.87, for the data.
// Session 48 (358 code bases: a Swiss farm co-op's Scala models, a Finnish mail-delivery service, OpenMRS's front ends and
// an Argentine social programme's Django models moved in after their first runs, with depots' names, system senders'
// names and `display` strings): name 0.943/0.870 and email 0.967/0.915 (the service's and the co-op's senders and
// reply-to addresses, settings in their labels), the same under session 47's rules: the name precision floor goes to
// 0.94 and the email precision floor to 0.965, for the data.
// Session 49 (361 code bases: a Dutch municipal budget app, a Peruvian school SaaS and an Austrian university's campus
// system moved in after their first runs, with contact values that hold an email or a phone by type, bank statements'
// account holders and audit snapshots labelled as people's data): name 0.942/0.868 and phone 0.994/0.918 (session 48's
// rules on the same 361: 0.942/0.865 and 0.994/0.917), address 0.960/0.9347 (0.930): the name recall floor goes to 0.86,
// the phone recall floor to 0.91 and the address recall floor to 0.93, for the data.
// Session 50 (364 code bases: an English community CRM's free-text member locations and JSON attributes, and two
// Piedmont Region systems' building-site and register addresses moved in after their first runs): address 0.958/0.922
// (session 49's rules on the same 364: 0.958/0.921), name 0.942/0.864 (0.942/0.862), email 0.968/0.903 (0.968/0.901):
// the address recall floor goes to 0.92, for the data.
// Session 51 (366 code bases: a German residents' register's generated API models, with search criteria and name
// records labelled as the person's, and a Swedish orthopaedic clinic's portal, with doctors named by a bare `lakare` and
// care providers' names, moved in after their first runs): address 0.958/0.918 (session 50's rules on the same 366:
// 0.958/0.917), name 0.942/0.859 (the same): the address recall floor goes to 0.91 and the name recall floor to 0.85,
// for the data.
// Session 53 (369 code bases: a Flemish certification body's back office moved in after its first run, with its
// auditors' names as plain `auditeur` and `naamAdi` strings and who reserved a visit as `gereserveerdDoor`): name
// 0.943/0.848 under session 52's rules and this session's alike, address 0.959/0.911 (session 52's rules 0.960/0.909):
// the name recall floor goes to 0.84, for the data.
// Session 54 (373 code bases: the four moved in after their first runs, with Mongoose descriptors, graphql-js types,
// Zendesk tickets and form entries labelled as the people they hold): address 0.960/0.907, email 0.969/0.899, name
// 0.943/0.842, phone 0.992/0.910 (session 53's rules on the same 373: 0.960/0.897, 0.968/0.892, 0.943/0.836,
// 0.992/0.901): the address, email and phone recall floors go to 0.90, 0.89 and 0.90, for the data.
const TRAIN_FLOOR: Record<string, { precision: number; recall: number }> = {
  address: { precision: 0.955, recall: 0.9 },
  email: { precision: 0.965, recall: 0.89 },
  name: { precision: 0.94, recall: 0.84 },
  phone: { precision: 0.99, recall: 0.9 },
};

describe('detector quality on labelled real code bases', () => {
  const codebases = loadCodebasesFromRepo();
  const fresh = codebases.filter((c) => !c.codebase.startsWith('legacy:'));
  const outcomes = scoreAll(codebases);
  const holdout = outcomes.filter((o) => o.split === 'holdout');
  const train = outcomes.filter((o) => o.split === 'train');

  it('labels enough real code bases, in every language, schema and code, with a held-out group', () => {
    const fields = fresh.flatMap((c) => c.groups.flatMap((g) => g.fields));
    expect(fields.length).toBeGreaterThanOrEqual(3000);
    expect(fresh.length).toBeGreaterThanOrEqual(60);
    const held = fresh.filter((c) => c.split === 'holdout');
    expect(held.length).toBeGreaterThanOrEqual(15);
    expect(new Set(held.flatMap((c) => c.groups.map((g) => g.kind ?? c.kind)))).toEqual(new Set(['schema', 'code']));
    expect(new Set(held.map((c) => c.language)).size).toBeGreaterThanOrEqual(5);
    const languages = new Set(fresh.flatMap((c) => c.groups.map((g) => g.lang ?? c.language)));
    for (const lang of LANGUAGES) expect(languages, `a code base in ${lang}`).toContain(lang);
    // A repository is either held out or training, never both.
    const splitsOf = new Map<string, Set<string>>();
    for (const c of fresh) splitsOf.set(c.repository, (splitsOf.get(c.repository) ?? new Set()).add(c.split));
    for (const [repo, splits] of splitsOf) expect(splits.size, repo).toBe(1);
  });

  it('every labelled code member reaches the code scanner as the declaration it was written as', () => {
    const code = outcomes.filter((o) => o.kind === 'code');
    expect(code.length).toBeGreaterThan(0);
    // A scanner that drops every member would score zero recall; a labelled personal member is found somewhere.
    expect(code.some((o) => o.got.length > 0)).toBe(true);
  });

  it('prints held-out first, then training, and holds the floors', () => {
    // Held-out misses are never printed: whoever reads this output may write rules (fixtures/detect/labelled/README.md).
    console.log(report(outcomes, { only: 'holdout' }).join('\n'));
    console.log(report(outcomes, { misses: true, only: 'train' }).join('\n'));
    const loco = perCodebase(holdout);
    console.log(`held-out per-code-base F1: min ${loco.min.toFixed(3)}, median ${loco.median.toFixed(3)}`);
    const h = tally(holdout);
    const t = tally(train);
    expect(tally(holdout.filter((o) => o.kind === 'code')).all.precision, 'held-out code precision').toBeGreaterThanOrEqual(HOLDOUT_CODE_PRECISION_FLOOR);
    for (const c of CATEGORIES) {
      expect(h.byCategory[c]!.precision, `held-out ${c} precision`).toBeGreaterThanOrEqual(HOLDOUT_FLOOR[c]!.precision);
      expect(h.byCategory[c]!.recall, `held-out ${c} recall`).toBeGreaterThanOrEqual(HOLDOUT_FLOOR[c]!.recall);
      expect(t.byCategory[c]!.precision, `training ${c} precision`).toBeGreaterThanOrEqual(TRAIN_FLOOR[c]!.precision);
      expect(t.byCategory[c]!.recall, `training ${c} recall`).toBeGreaterThanOrEqual(TRAIN_FLOOR[c]!.recall);
    }
  });
});

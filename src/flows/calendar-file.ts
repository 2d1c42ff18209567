/**
 * A function named for an iCalendar file, made from the data it is given: `createICalEvent({ summary: \`Termin:
 * ${booking.name}\`, description: \`Telefon: ${booking.phone}\` })`, `generateIcs(appointment)`, `buildIcsFile(…)`
 * (session 24, seen in a ceramics studio's booking confirmations, which attach the event as nodemailer's `icalEvent`).
 * The file is text — a VEVENT's summary and description — written from its arguments, so a mail carrying it carries
 * what they hold, as a `…Template(data)` text does (message-text-function.ts). Read by the words of the name: `ics`,
 * `ical`/`i cal`, `icalendar`, `vcalendar`/`v calendar` or `vevent`; a bare `calendar` (`getCalendarEvents(userId)`,
 * a look-up) is not enough.
 */
import { byNameWords } from './name-words.js';

const CALENDAR_FILE_WORDS = new Set(['ics', 'ical', 'icalendar', 'vcalendar', 'vevent']);

const namesCalendarFile = byNameWords((words) => words.some((word, i) => CALENDAR_FILE_WORDS.has(word) || (word === 'i' && words[i + 1] === 'cal') || (word === 'v' && (words[i + 1] === 'calendar' || words[i + 1] === 'event'))));

/** Whether a callee's last name (`createICalEvent`) makes an iCalendar file's text from its arguments. */
export function isCalendarFile(name: string): boolean {
  return namesCalendarFile(name.slice(name.lastIndexOf('.') + 1));
}

/**
 * One timeline event as an iCalendar file (RFC 5545): a VCALENDAR with one VEVENT, lines ended by
 * CRLF and folded at 75 octets (never inside a UTF-8 character), TEXT values escaped (backslash,
 * semicolon, comma, newline). Only an event known to the day has a calendar file: DTSTART and DTEND
 * are all-day dates (VALUE=DATE, DTEND the day after the last). An event known only to the month or
 * the year has none: a calendar entry spanning the month or the year would claim dates the sources
 * do not give (the API answers 404 and says why, docs/api.md).
 */
import type { LocaleCode, LocalizedText, TimelineEvent } from '@pact/schema';

export const ICS_CONTENT_TYPE = 'text/calendar; charset=utf-8';
/** The product that makes the files (PRODID). */
const PRODID = '-//Pact Embed//Pact coordination API//EN';
/** The domain of the UIDs: an event keeps its UID across files and revisions. */
const UID_DOMAIN = 'pact-embed.org';

/** Why an event has no calendar file, or null when it has one. */
export function noCalendarReason(e: TimelineEvent): string | null {
  if (e.date.precision === 'day' && (!e.end || e.end.precision === 'day')) return null;
  return `The event "${e.id}" is dated only to the ${e.date.precision} (${e.date.value}); a calendar file needs the day, so none is served. Its date and a note on it are in /v1/events/${e.id}.`;
}

/** A TEXT value with backslash, semicolon, comma and line breaks escaped (RFC 5545 §3.3.11). */
export function escapeText(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** A content line folded into lines of at most 75 octets, each continuation starting with a space (§3.1). */
export function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (octets + size > 75) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}

const basic = (day: string) => day.replace(/-/g, '');
/** The day after a `YYYY-MM-DD` day, in the basic form (DTEND of an all-day event is exclusive). */
function dayAfter(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return basic(d.toISOString().slice(0, 10));
}

const inLang = (t: LocalizedText, lang: LocaleCode) => ({ text: t[lang] ?? t.en, lang: t[lang] ? lang : 'en' });

/**
 * The calendar file of an event known to the day, in `lang` (English where a text lacks it).
 * `stamp` is DTSTAMP, a UTC date-time such as the dataset's update date (so the file, and its
 * ETag, change only with the data).
 */
export function eventCalendar(e: TimelineEvent, lang: LocaleCode, stamp: Date): string {
  const title = inLang(e.title, lang);
  const summary = inLang(e.summary, lang);
  const sources = e.sources.map((s) => (s.url ? `${s.title}: ${s.url}` : s.title)).join('\n');
  const description = `${summary.text}${e.note ? `\n\n${inLang(e.note, lang).text}` : ''}\n\n${sources}`;
  const place = [e.place?.city && inLang(e.place.city, lang).text, e.place?.mode === 'virtual' ? 'online' : undefined]
    .filter(Boolean)
    .join(', ');
  const url = e.sources.find((s) => s.url)?.url;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${e.id}@${UID_DOMAIN}`,
    `DTSTAMP:${stamp
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d{3}/, '')}`,
    `DTSTART;VALUE=DATE:${basic(e.date.value)}`,
    `DTEND;VALUE=DATE:${dayAfter((e.end ?? e.date).value)}`,
    `SUMMARY;LANGUAGE=${title.lang}:${escapeText(title.text)}`,
    `DESCRIPTION;LANGUAGE=${summary.lang}:${escapeText(description)}`,
    ...(place ? [`LOCATION:${escapeText(place)}`] : []),
    ...(url ? [`URL;VALUE=URI:${url}`] : []),
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}

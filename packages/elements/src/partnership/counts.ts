/**
 * The member counts of a partnership, each with its basis: a number a named source states, or the
 * partner records of this dataset with a membership status (and whether the sources confirm it).
 * A table shows them all; a caveat line per stated number says where the list differs from it
 * ("Members: the sources state 41; 34 are listed here, 6 of them confirmed by the sources. The
 * list here is incomplete."), so that no number is shown for more than it is.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../core/localize.js';
import type { CountSubject, MemberCount } from '@pact/schema';
import type { PactReader } from '@pact/sdk';
import { formatNumber } from '../core/format.js';
import { confidenceLabel } from '../timeline/labels.js';
import { sourceItem } from '../timeline/content.js';
import { langOf } from '../core/text-lang.js';

const SUBJECTS: Readonly<Record<CountSubject, () => string>> = {
  members: () => msg('Members'),
  countries: () => msg('Countries'),
  organizations: () => msg('Organizations'),
  'participating-states': () => msg('Participating States'),
  'partners-for-co-operation': () => msg('Partners for Co-operation'),
};

export function subjectLabel(s: CountSubject): string {
  return (SUBJECTS[s] ?? (() => s))();
}

/** How a count was made: stated by a source (as of a year), or listed here with a status. */
export function basisLabel(c: MemberCount): string {
  const year = c.asOf;
  if (c.basis === 'stated') return year ? msg(str`Stated by a source, as of ${year}`) : msg('Stated by a source');
  switch (c.status) {
    case 'possible':
      return msg('Listed here as possible members');
    case 'former':
      return msg('Listed here as former members');
    case 'partner':
      return msg('Listed here as partners');
    default:
      return c.verified === true
        ? msg('Listed here as members, confirmed by the sources')
        : c.verified === false
          ? msg('Listed here as members, not confirmed by the sources')
          : msg('Listed here as members');
  }
}

/** The listed counts a stated count compares with: its own subject, or every subject for "members". */
function counterparts(stated: MemberCount, counts: readonly MemberCount[]): MemberCount[] {
  const listed = counts.filter((c) => c.basis === 'listed' && (c.status === 'member' || c.status === 'partner'));
  const same = listed.filter((c) => c.subject === stated.subject);
  return same.length || stated.subject !== 'members'
    ? same
    : listed.filter((c) => c.subject !== 'partners-for-co-operation');
}

/** One caveat sentence per stated number that the list here does not simply match (called inside a render). */
export function countCaveats(locale: string, counts: readonly MemberCount[]): string[] {
  const out: string[] = [];
  for (const s of counts) {
    if (s.basis !== 'stated') continue;
    const listed = counterparts(s, counts);
    if (!listed.length) continue;
    const total = listed.reduce((n, c) => n + c.value, 0);
    const known = listed.some((c) => c.verified !== undefined);
    const confirmed = listed.filter((c) => c.verified === true).reduce((n, c) => n + c.value, 0);
    if (total === s.value && (!known || confirmed === total)) continue;
    const subject = subjectLabel(s.subject);
    const stated = formatNumber(locale, s.value);
    const shown = formatNumber(locale, total);
    const confirmedShown = formatNumber(locale, confirmed);
    const parts = [
      known
        ? msg(
            str`${subject}: the sources state ${stated}; ${shown} are listed here, ${confirmedShown} of them confirmed by the sources.`,
          )
        : msg(str`${subject}: the sources state ${stated}; ${shown} are listed here.`),
    ];
    if (total < s.value) parts.push(msg('The list here is incomplete.'));
    out.push(parts.join(' '));
  }
  return out;
}

/** The counts as a table (number, what is counted, basis and confidence, source), then the caveats. */
export function renderCounts(
  client: PactReader,
  locale: string,
  counts: readonly MemberCount[],
): TemplateResult | typeof nothing {
  if (!counts.length) return nothing;
  const caveats = countCaveats(locale, counts);
  // The roles are the table's own, set again: on a narrow screen its rows are laid out as blocks
  // (pact-partnership.styles.ts), and some browsers drop a table's semantics when its display
  // changes (Chromium keeps them, with or without the roles: pact-partnership.test.ts).
  return html`<div class="counts" part="counts">
    <table role="table">
      <caption>
        ${msg('Members: the numbers and where they come from')}
      </caption>
      <thead role="rowgroup">
        <tr role="row">
          <th scope="col" role="columnheader">${msg('Number')}</th>
          <th scope="col" role="columnheader">${msg('Counted')}</th>
          <th scope="col" role="columnheader">${msg('Basis')}</th>
          <th scope="col" role="columnheader">${msg('Source')}</th>
        </tr>
      </thead>
      <tbody role="rowgroup">
        ${counts.map((c) => {
          const note = client.text(c.note, locale);
          return html`<tr part="count" role="row">
            <td class="number" role="cell">${formatNumber(locale, c.value)}</td>
            <td role="cell">${subjectLabel(c.subject)}</td>
            <td role="cell">
              ${basisLabel(c)}<span class="muted"> (${confidenceLabel(c.confidence)})</span>
              ${note ? html`<p class="note" part="note" lang=${langOf(c.note, locale)}>${note}</p>` : nothing}
            </td>
            <td role="cell" data-label=${msg('Source')}>
              ${c.source ? sourceItem(locale, c.source) : c.basis === 'listed' ? msg('This dataset') : '—'}
            </td>
          </tr>`;
        })}
      </tbody>
    </table>
    ${caveats.map((c) => html`<p class="caveat" part="caveat">${c}</p>`)}
  </div>`;
}

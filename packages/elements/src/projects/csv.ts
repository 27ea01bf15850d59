import { msg } from '../core/localize.js';
import type { Project, ProjectQuery } from '@pact/sdk';
import { withLocale } from '../core/i18n.js';
import { projectStatusLabel } from '../core/labels.js';
import type { PactElement } from '../core/pact-element.js';
import { referenceFor } from './reference.js';
import { ProjectTexts, isProject } from './row.js';

/**
 * CSV (RFC 4180) that spreadsheets open safely: every cell quoted, quotes doubled, and cells
 * that a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return)
 * prefixed with an apostrophe, so that text from the API never becomes a formula.
 */
export function csvCell(value: string | number): string {
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
}

/** Rows to CSV text, CRLF line ends, with a byte-order mark so that spreadsheets read UTF-8 (Cyrillic). */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** Offers `blob` as a download named `filename`, through an object URL and a temporary `<a download>`. */
export function download(blob: Blob, filename: string, parent: Node & ParentNode): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  parent.append(a);
  a.click();
  a.remove();
  // Long enough for the browser to start the download; then release the memory.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function csvHeader(): string[] {
  return [
    msg('ID'),
    // First after the id, so that a spreadsheet of illustrative records cannot pass for real data.
    msg('Fictitious example'),
    msg('Title'),
    msg('Pillar'),
    msg('Status'),
    msg('Beneficiaries'),
    msg('Donors'),
    msg('Implementer'),
    msg('Start'),
    msg('End'),
    msg('Budget'),
    msg('Currency'),
    msg('Summary'),
  ];
}

/** One line of the export, in the order of {@link csvHeader}. */
function csvRow(t: ProjectTexts, p: Project): string[] {
  return [
    p.id,
    p.illustrative ? msg('yes') : msg('no'),
    t.text(p.title),
    String(p.pillar),
    projectStatusLabel(p.status),
    t.names(p.beneficiaries, '; '),
    t.names(p.donors, '; '),
    t.partnerName(p.implementer),
    p.start,
    p.end,
    String(p.budget.amount),
    p.budget.currency,
    t.text(p.summary),
  ];
}

/**
 * Every project of `query` (all pages, 200 at a time) as a CSV download named projects.csv, in
 * the element's languages; resolves to the number of projects written. Loaded on the first export.
 */
export async function exportProjects(host: PactElement, query: ProjectQuery, signal: AbortSignal): Promise<number> {
  const t = <T>(fn: () => T) => withLocale(host.uiLocale, fn);
  const texts = new ProjectTexts(host.locale, await referenceFor(host.localName, host.client));
  const rows: string[][] = [t(csvHeader)];
  const { cursor: _cursor, ...all } = query;
  for await (const p of host.client.projects.all({ ...all, limit: 200 }, { signal })) {
    if (isProject(p)) rows.push(t(() => csvRow(texts, p)));
  }
  download(new Blob([toCsv(rows)], { type: 'text/csv;charset=utf-8' }), 'projects.csv', host.renderRoot);
  return rows.length - 1;
}

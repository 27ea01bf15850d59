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

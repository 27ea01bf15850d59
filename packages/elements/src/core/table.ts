import { html, nothing, type TemplateResult } from 'lit';

/** A cell whose text is in another language than the page's (`lang` on the `<td>`). */
export class LangCell {
  constructor(
    readonly lang: string | typeof nothing,
    readonly content: unknown,
  ) {}
}

/** One row of a data table: the row header (first cell) and the data cells, in column order. */
export interface TableRow {
  header: unknown;
  cells: readonly unknown[];
}

/**
 * An accessible data table: column headers with `scope="col"`, the first cell of each row a
 * row header with `scope="row"`, an optional `<caption>`. Cell contents are Lit values (text or
 * templates), never markup strings; a `LangCell` sets the cell's `lang`.
 */
export function dataTable<T>(options: {
  columns: readonly string[];
  rows: readonly T[];
  row: (item: T) => TableRow;
  caption?: string;
  part?: string;
}): TemplateResult {
  const { columns, rows, row, caption, part = 'table' } = options;
  return html`<table part=${part}>
    ${
      caption === undefined
        ? nothing
        : html`<caption>
            ${caption}
          </caption>`
    }
    <thead>
      <tr>
        ${columns.map((c) => html`<th scope="col">${c}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${rows.map((item) => {
        const { header, cells } = row(item);
        return html`<tr>
          <th scope="row">${header}</th>
          ${cells.map((c) =>
            c instanceof LangCell ? html`<td lang=${c.lang}>${c.content}</td>` : html`<td>${c}</td>`,
          )}
        </tr>`;
      })}
    </tbody>
  </table>`;
}

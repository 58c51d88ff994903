/**
 * The number format of every cell the adapters write, chosen so that nothing written becomes a
 * formula (issue 8.3; OWASP "CSV injection": a value starting with `=`, `+`, `-`, `@`, a tab or a
 * carriage return may be evaluated by a spreadsheet).
 *
 * Why a format and not an escape: Office.js documents for `Range.values` that "if the value
 * starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel interprets this value as a
 * formula" (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member).
 * A cell whose number format is the Text format code `@` (the code of Format Cells › Text, see
 * https://learn.microsoft.com/office/vba/api/excel.range.numberformat) stores what is entered
 * as text, exactly as entered — Microsoft Support, "Format numbers as text": cells are formatted
 * as Text *before* the entry. `Range.numberFormat` takes a 2-D array of format codes, one per cell
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-set-format), so the
 * adapter sets this array and then the values, on the same range, in the same request.
 *
 * Text cells only: a number keeps a number format (numeric ids stay numbers, so `MATCH` against
 * the source still works), a date column keeps its date format. An escape (a leading apostrophe
 * or space) would change the id itself. Cost O(cells).
 *
 * @example
 * cellFormats([["=1+1", 7, 45000]], { 2: DATE_FORMAT }) // => [["@", "General", "yyyy-mm-dd"]]
 */

/** Excel's Text number format: an entry in such a cell is stored as text, never parsed. */
export const TEXT_FORMAT = "@";
export const GENERAL_FORMAT = "General";
export const DATE_FORMAT = "yyyy-mm-dd";

/** A value the adapters write: text, a number, or "" for an empty cell. */
export type CellValue = string | number;

/** Number format per column (by 0-based index) for the numbers in that column. */
export type ColumnFormats = Readonly<Record<number, string | undefined>>;

/** True when a cell holds text (including ""): it gets the Text format. */
export function isTextCell(value: unknown): value is string {
  return typeof value === "string";
}

/** The number format of one cell: "@" for text, the column's format (or General) for numbers. */
export function cellFormat(value: unknown, columnFormat: string | undefined): string {
  return isTextCell(value) ? TEXT_FORMAT : (columnFormat ?? GENERAL_FORMAT);
}

/** The numberFormat 2-D array for `rows` (same shape). */
export function cellFormats(rows: readonly (readonly unknown[])[], columns: ColumnFormats = {}): string[][] {
  return rows.map((r) => r.map((v, c) => cellFormat(v, columns[c])));
}

/** Column formats giving `dateColumns` the date format. */
export function dateColumnFormats(dateColumns: readonly number[] = []): ColumnFormats {
  const out: Record<number, string> = {};
  for (const c of dateColumns) out[c] = DATE_FORMAT;
  return out;
}

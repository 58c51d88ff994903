/**
 * Where the header of an opened file is. Exports often start with a title line or two ("Orders
 * report, 2025") above the real header, so the header is taken as the first of the first 20 rows
 * that is as wide as the widest of them; it is a header when the core's rule (src/table
 * describeTable: all text above a column of numbers) says so, else the file has none.
 * `applyHeaderRow` drops the rows above the chosen header; with no header it adds one
 * ("Column 1", …) so the pane reads every row as data. `applyHeaderFormats` does the same to the
 * cells' number formats (an opened .xlsx), the added header being text ("@").
 * Cost: O(20 × columns) to detect, O(rows) to apply.
 * @example detectHeaderRow([["Report"], ["id", "amount"], ["A", 3]]) // => 1
 */
import { describeTable } from "../../src/table";

/** Row index (0-based) of the header, or -1 when the rows have none. */
export function detectHeaderRow(rows: readonly (readonly unknown[])[]): number {
  const head = rows.slice(0, 20);
  const width = head.reduce((w, r) => Math.max(w, r.length), 0);
  const first = head.findIndex((r) => r.length === width);
  if (first < 0) return -1;
  return describeTable(rows.slice(first, first + 200)).hasHeader ? first : -1;
}

/** The rows from the header down, or all rows under generated names when `headerRow` is -1. */
export function applyHeaderRow(rows: unknown[][], headerRow: number): unknown[][] {
  if (headerRow >= 0) return rows.slice(headerRow);
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  return [Array.from({ length: width }, (_, c) => `Column ${c + 1}`), ...rows];
}

/** The formats of the rows {@link applyHeaderRow} keeps, same shape as its result. */
export function applyHeaderFormats(formats: string[][], headerRow: number): string[][] {
  if (headerRow >= 0) return formats.slice(headerRow);
  const width = formats.reduce((w, r) => Math.max(w, r.length), 0);
  return [Array.from({ length: width }, () => "@"), ...formats];
}

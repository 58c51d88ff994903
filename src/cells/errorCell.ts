/**
 * An Excel error value in a cell (`#N/A`, `#REF!`, …), as the adapters hand it to the core.
 *
 * Excel's `range.values` gives an error cell as its text ("#N/A"), indistinguishable from a cell
 * holding the text "#N/A"; `range.valueTypes` tells them apart ("Error" vs "String"). The
 * adapters read both and pass error cells as an {@link ErrorCell}, so the core treats them as
 * what they are: not data. A row whose id, date or amount is an error cell is a rejected row
 * with its reason (CRM_MODELS.md §1: rows that cannot be read are listed, never dropped silently),
 * never a customer called "#N/A". Cost O(1).
 *
 * @example
 * [isErrorCell(errorCell("#N/A")), isErrorCell("#N/A")] // => [true, false]
 */

/** Excel's error values (Excel.ErrorCellValueType and the classic seven). */
export const EXCEL_ERRORS = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#CONNECT!",
  "#BLOCKED!",
  "#UNKNOWN!",
  "#BUSY!",
  "#PYTHON!",
] as const;

/**
 * A plain tagged object (not a class) so it survives structured cloning into a Web Worker.
 * `excelError` is the error as Excel shows it, e.g. "#N/A".
 */
export interface ErrorCell {
  readonly excelError: string;
}

export function errorCell(code: string): ErrorCell {
  return { excelError: code };
}

export function isErrorCell(value: unknown): value is ErrorCell {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { excelError?: unknown }).excelError === "string"
  );
}

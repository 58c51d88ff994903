/**
 * Excel error values as data the core can tell apart (issue 8.4): `range.values` gives an error
 * cell as its text ("#N/A"), the same as a cell holding the text "#N/A"; `range.valueTypes` says
 * "Error" for the first and "String" for the second
 * (https://learn.microsoft.com/javascript/api/excel/excel.rangevaluetype). Every cell whose type
 * is "Error" becomes the core's {@link ErrorCell}; every other cell is kept as it is. Cost O(cells).
 *
 * @example
 * withErrorCells([["#N/A", "#N/A", 3]], [["Error", "String", "Double"]])
 * // => [[{ excelError: "#N/A" }, "#N/A", 3]]
 */
import { errorCell } from "../../src/cells/errorCell";

export function withErrorCells(
  values: readonly (readonly unknown[])[],
  valueTypes: readonly (readonly unknown[])[],
): unknown[][] {
  return values.map((row, r) => {
    const types = valueTypes[r];
    return row.map((v, c) =>
      types !== undefined && String(types[c]) === "Error" ? errorCell(String(v)) : v,
    );
  });
}

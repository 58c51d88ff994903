/**
 * Several number columns of the same rows read as a table (x, t_x, T of each customer): every
 * position is a row, so nothing is skipped — a blank or text cell is refused with its row number
 * (row 1 = the first row of the range), which then matches the row numbers of the core's own
 * messages. Rows blank in every column at the end of the ranges (selected past the data) are
 * dropped by {@link alignedColumns}; ranges of different lengths are refused there.
 */
import { Bilingual, describe, invalidInput } from "../../src/index";
import { cellNumber, isBlank } from "./args";
import { alignedColumns } from "./columns";

/** The columns as numbers, one list per column, positions kept. */
export function numberRows(columns: readonly { value: unknown; what: Bilingual }[]): number[][] {
  const cells = alignedColumns(columns) as unknown[][];
  return cells.map((column, k) => {
    const what = (columns[k] as { what: Bilingual }).what;
    return column.map((c, i) => {
      if (isBlank(c)) {
        throw invalidInput(
          "args",
          `Row ${i + 1}: ${what.en} is empty; every row needs a number in every column.`,
          `第 ${i + 1} 行：${what.zh}为空；每一行的每一列都需要数字。`,
        );
      }
      const n = cellNumber(c);
      if (n === undefined) {
        throw invalidInput(
          "args",
          `Row ${i + 1}: ${what.en} must be a number, got ${describe(c)}.`,
          `第 ${i + 1} 行：${what.zh}必须是数字，收到的是 ${describe(c)}。`,
        );
      }
      return n;
    });
  });
}

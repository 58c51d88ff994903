/**
 * A per-period series (volumes per month, shares per month, oldest → newest): one column or one
 * row in which every position is a period, so nothing may be skipped. A blank cell is 0 ("nothing
 * that period"): Excel may send an empty cell as null, "" or 0, and reading all three as 0 gives
 * the same answer whichever it sends. Text that is not a number is refused with its position.
 */
import { Bilingual, describe, invalidInput } from "../../src/index";
import { cellNumber, flatCells, isBlank } from "./args";

/** The cells of `v` as numbers, positions kept, blanks as 0. */
export function seriesColumn(v: unknown, what: Bilingual): number[] {
  return flatCells(v, what).map((c, i) => {
    if (isBlank(c)) return 0;
    const n = cellNumber(c);
    if (n === undefined) {
      throw invalidInput(
        "args",
        `${what.en}: period ${i + 1} must be a number (blank = 0), got ${describe(c)}.`,
        `${what.zh}：第 ${i + 1} 期必须是数字（空白视为 0），收到的是 ${describe(c)}。`,
      );
    }
    return n;
  });
}

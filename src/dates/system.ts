/**
 * The workbook's date system from one probe the pane can make (CRM_MODELS.md §1): the released
 * Office.js API has no property for it, but `workbook.functions.date(1904, 1, 1)` evaluates to
 * 0 in a 1904-system workbook and to 1462 in a 1900-system one (1462 = {@link OFFSET_1904}).
 * The core reads no workbook: the adapter evaluates the probe and passes the value here.
 * Cost O(1). Throws `invalid` for any other value (the probe failed; ask the user).
 *
 * @example
 * [dateSystemFromProbe(0), dateSystemFromProbe(1462)] // => [1904, 1900]
 */
import { invalidInput } from "../errors";
import { describe } from "../validate";
import { OFFSET_1904 } from "./serial";

export function dateSystemFromProbe(dateOf1904January1: unknown): 1900 | 1904 {
  if (dateOf1904January1 === 0) return 1904;
  if (dateOf1904January1 === OFFSET_1904) return 1900;
  throw invalidInput(
    "dateSystemFromProbe",
    `DATE(1904,1,1) gave ${describe(dateOf1904January1)}, expected 0 (1904 system) or 1462 (1900 system): choose the date system by hand.`,
    `DATE(1904,1,1) 的结果为 ${describe(dateOf1904January1)}，应为 0（1904 日期系统）或 1462（1900 日期系统）：请手动选择日期系统。`,
  );
}

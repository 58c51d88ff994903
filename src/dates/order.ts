/**
 * The date order of a column of text dates, inferred from the column itself (CRM_MODELS.md §1:
 * text dates "must be parsed or rejected, never guessed silently"). A d/m/yyyy or m/d/yyyy text
 * is ambiguous on its own, but not within its column: a column holding `31/12/2025` is day-first
 * (no month 31), so its `01/02/2025` is 1 February; one holding `12/31/2025` is month-first.
 * The order is decided once per column, never per cell: when the column shows both (or neither),
 * no order is inferred and its ambiguous texts are refused unless the user sets one. An order
 * the user gives always wins. Cost O(total characters of the text cells holding "/").
 *
 * @example
 * inferDateOrder(["31/12/2025", "01/02/2025", 45658])  // => { order: "dmy", inferred: true }
 * inferDateOrder(["01/02/2025"])                       // => { order: undefined, inferred: false }
 * inferDateOrder(["31/12/2025"], "mdy")                // => { order: "mdy", inferred: false }
 */
import { DateOrder } from "./parse";

const SLASHED = /^\s*(\d{1,2})\/(\d{1,2})\/\d{4}/;

export interface InferredOrder {
  /** The order to read the column with; undefined = ambiguous texts are refused. */
  readonly order: DateOrder | undefined;
  /** True when the order comes from the column's own values rather than from the user. */
  readonly inferred: boolean;
}

export function inferDateOrder(cells: ArrayLike<unknown>, given?: DateOrder): InferredOrder {
  if (given !== undefined) return { order: given, inferred: false };
  let dayFirst = false;
  let monthFirst = false;
  for (let i = 0; i < cells.length; i++) {
    const v = cells[i];
    if (typeof v !== "string" || v.indexOf("/") < 0) continue;
    const m = SLASHED.exec(v);
    if (!m) continue;
    if (+m[1]! > 12) dayFirst = true;
    if (+m[2]! > 12) monthFirst = true;
    if (dayFirst && monthFirst) return { order: undefined, inferred: false };
  }
  if (dayFirst) return { order: "dmy", inferred: true };
  if (monthFirst) return { order: "mdy", inferred: true };
  return { order: undefined, inferred: false };
}

/**
 * Whether the pane should offer the date order for this column: it holds d/m/yyyy-style text
 * that the column itself does not disambiguate (no inferred order). Cost as inferDateOrder.
 *
 * @example
 * [needsDateOrder(["01/02/2025"]), needsDateOrder(["31/12/2025", "01/02/2025"]), needsDateOrder([45658])]
 * // => [true, false, false]
 */
export function needsDateOrder(cells: ArrayLike<unknown>): boolean {
  if (inferDateOrder(cells).order !== undefined) return false;
  for (let i = 0; i < cells.length; i++) {
    const v = cells[i];
    if (typeof v === "string" && SLASHED.test(v)) return true;
  }
  return false;
}

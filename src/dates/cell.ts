/**
 * One "date cell" → 1900-system serial (CRM_MODELS.md §1). Used by the customer table, the
 * Excel wrappers and the task pane so that every surface reads dates the same way:
 * - a number is a serial of `dateSystem` (1900, default, or 1904: + 1462); a fraction (time of
 *   day) is floored; 0 and blanks are "empty" in both systems (Excel passes blank cells as 0, so
 *   1904-system serial 0, 1904-01-01, cannot be told from a blank and is refused); serial 60 (the fictitious 1900-02-29), serials
 *   below 1 (before 1900-01-01) and above 2958465 (after 9999-12-31) are refused;
 * - a text is parsed by {@link dateFromText} with `order` for d/m/yyyy vs m/d/yyyy;
 * - anything else (booleans, objects) is refused.
 * Cost O(1) for numbers, O(length) for text.
 *
 * @example
 * readDateCell(45658)                        // => 45658
 * readDateCell(44196, { dateSystem: 1904 })  // => 45658
 * readDateCell("22.6.2024")                  // => 45465
 */
import { invalidInput } from "../errors";
import { DateOrder, dateFromText } from "./parse";
import { DateProblem, dateProblemText } from "./problems";
import { FICTITIOUS_LEAP_DAY, MAX_SERIAL, OFFSET_1904 } from "./serial";

export interface DateCellOptions {
  /** The workbook's date system for numeric cells: 1900 (default) or 1904. */
  readonly dateSystem?: 1900 | 1904;
  /** How to read ambiguous d/m/yyyy text; without it such text is refused. */
  readonly order?: DateOrder;
}

/** The serial in `value`, or why it is not a date. Never throws; the fast path for columns. */
export function dateFromCell(value: unknown, options: DateCellOptions = {}): number | DateProblem {
  if (typeof value === "number") {
    if (value !== value || value === Infinity || value === -Infinity) return "notFinite";
    if (options.dateSystem === 1904) {
      if (value === 0) return "empty";
      if (value < 0) return "before1900";
      return Math.floor(value) + OFFSET_1904 > MAX_SERIAL ? "after9999" : Math.floor(value) + OFFSET_1904;
    }
    const s = Math.floor(value);
    if (s >= 1 && s <= MAX_SERIAL && s !== FICTITIOUS_LEAP_DAY) return s;
    if (s === FICTITIOUS_LEAP_DAY) return "fictitiousLeapDay";
    if (value === 0) return "empty";
    return s < 1 ? "before1900" : "after9999";
  }
  if (typeof value === "string") return dateFromText(value, options.order);
  if (value === null || value === undefined) return "empty";
  return "wrongType";
}

/** As {@link dateFromCell}, but throws `invalid` with the bilingual reason. */
export function readDateCell(value: unknown, options: DateCellOptions = {}): number {
  const r = dateFromCell(value, options);
  if (typeof r === "number") return r;
  const msg = dateProblemText(r, value);
  throw invalidInput("readDateCell", msg.en, msg.zh);
}

/** Validates a date-order option ("ymd", "mdy", "dmy" or none) given by a user. */
export function checkDateOrder(where: string, value: unknown): DateOrder | undefined {
  if (value === undefined || value === null) return undefined;
  if (value === "mdy" || value === "dmy" || value === "ymd") return value;
  throw invalidInput(
    where,
    'The date order must be "ymd", "mdy" or "dmy".',
    '日期顺序必须是 "ymd"、"mdy" 或 "dmy"。',
  );
}

/** Validates a date-system option (1900 or 1904) given by a user. */
export function checkDateSystem(where: string, value: unknown): 1900 | 1904 {
  if (value === 1900 || value === 1904) return value;
  throw invalidInput(where, "The date system must be 1900 or 1904.", "日期系统必须是 1900 或 1904。");
}

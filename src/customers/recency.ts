/**
 * Recency R (最近一次消费, CRM_MODELS.md §1; seed 004: "研究时间点减去用户最近一次消费的时间"):
 * whole days from the last purchase to the as-of date, optionally expressed in weeks
 * (days / 7) or months (days / 30.4375, the mean Gregorian month 365.25 / 12 — so a month is
 * the same length whatever the calendar month; weeks and months are fractions, not rounded).
 *
 * `lastPurchase` is one date cell or a range of them (its latest date is used, blanks skipped),
 * read by {@link dateFromCell}. Cost O(number of cells). Throws `invalid` for an unreadable
 * date, no date at all, an unknown unit, or a last purchase after the as-of date.
 *
 * @example
 * recency(45650, 45658)                       // => 8
 * recency(["2024-12-01", 45650], 45658, "weeks") // => 8 / 7
 */
import { invalidInput } from "../errors";
import { DateCellOptions, dateFromCell, readDateCell } from "../dates/cell";
import { dateProblemText } from "../dates/problems";
import { isoFromSerial } from "../dates/format";

export type RecencyUnit = "days" | "weeks" | "months";

/** Days per recency unit. */
export const DAYS_PER_UNIT: Readonly<Record<RecencyUnit, number>> = { days: 1, weeks: 7, months: 30.4375 };

const WHERE = "recency";

/** Validates a recency unit given by a user. */
export function checkRecencyUnit(where: string, unit: unknown): RecencyUnit {
  if (unit === "days" || unit === "weeks" || unit === "months") return unit;
  throw invalidInput(
    where,
    'The recency unit must be "days", "weeks" or "months".',
    '最近消费间隔的单位必须是 "days"（天）、"weeks"（周）或 "months"（月）。',
  );
}

export function recency(
  lastPurchase: unknown,
  asOf: unknown,
  unit: RecencyUnit = "days",
  options: DateCellOptions = {},
): number {
  const perUnit = DAYS_PER_UNIT[checkRecencyUnit(WHERE, unit)];
  const asOfSerial = readDateCell(asOf, options);
  const cells = Array.isArray(lastPurchase) ? (lastPurchase as readonly unknown[]).flat() : [lastPurchase];
  let last = -1;
  for (const cell of cells) {
    const d = dateFromCell(cell, options);
    if (d === "empty" && cells.length > 1) continue;
    if (typeof d !== "number") {
      const t = dateProblemText(d, cell);
      throw invalidInput(WHERE, `Last purchase: ${t.en}`, `最近一次购买：${t.zh}`);
    }
    if (d > last) last = d;
  }
  if (last < 0) {
    throw invalidInput(WHERE, "No last-purchase date was given.", "没有给出最近一次购买日期。");
  }
  if (last > asOfSerial) {
    throw invalidInput(
      WHERE,
      `The last purchase ${isoFromSerial(last)} is after the as-of date ${isoFromSerial(asOfSerial)}: use a later as-of date.`,
      `最近一次购买 ${isoFromSerial(last)} 晚于研究时间点 ${isoFromSerial(asOfSerial)}：请使用更晚的研究时间点。`,
    );
  }
  return (asOfSerial - last) / perUnit;
}

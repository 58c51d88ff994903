/**
 * Customer summary for the probabilistic CLV models (CRM_MODELS.md §3; Fader, Hardie & Lee 2005
 * §2): from transaction rows to one row per customer with
 *
 * - `x`  — repeat purchase periods in the calibration period (periods with a purchase after the
 *          first one; same-day purchases are one period by default). Not RFM frequency.
 * - `tx` — t_x, time from the first purchase to the last repeat purchase (0 when x = 0).
 *          Not RFM recency (days since the last purchase).
 * - `T`  — time from the first purchase to the calibration end (the customer's age).
 * - `meanRepeatSpend` — z̄, the mean spend of the x repeat periods (the first purchase is
 *          excluded, as the Gamma-Gamma model requires); 0 when x = 0.
 *
 * t_x and T are (serial-day differences) ÷ days per `unit` (see {@link CLV_DAYS_PER_UNIT}).
 * Only purchases on or before `calibrationEnd` count; customers whose first purchase is after it
 * are left out (they were not yet customers). Default calibration end: the latest date in the
 * data. The result states its calibration end, unit and merge period, so it can be reproduced.
 *
 * Cost O(n log n) for n rows. Throws `invalid` for the row problems listed in
 * {@link purchasePeriods}, an unknown unit, a calibration end that is not a serial day, or when
 * no customer starts on or before the calibration end.
 *
 * @example
 * clvCustomerSummary(["a", "a", "a"], [35431, 35448, 35644], [29.33, 29.73, 14.96],
 *   { unit: "weeks", calibrationEnd: 35703 }).customers[0]
 * // => { id: "a", firstPurchase: 35431, x: 2, tx: 30.428…, T: 38.857…, meanRepeatSpend: 22.345 }
 */
import { invalidInput, numericFailure } from "../errors";
import { requireInRange } from "../validate";
import { PurchaseRows } from "../customers/purchases";
import { PeriodTable, periodsByCustomer, purchasePeriods } from "./purchaseDays";
import { ClvTimeUnit, clvDaysPerUnit } from "./timeUnit";

export interface ClvCustomer {
  readonly id: string | number;
  /** Serial day of the first purchase. */
  readonly firstPurchase: number;
  readonly x: number;
  readonly tx: number;
  readonly T: number;
  readonly meanRepeatSpend: number;
}

export interface ClvSummaryOptions {
  readonly unit: ClvTimeUnit;
  /** Last serial day of the calibration period (inclusive); default the latest date in the data. */
  readonly calibrationEnd?: number;
  /** Purchases within this many days (from the first purchase) merge; default 1 (same day). */
  readonly mergeDays?: number;
}

export interface ClvSummary {
  readonly customers: ClvCustomer[];
  /** Index (into the ids given) of each customer of `customers`. */
  readonly customer: Int32Array;
  readonly calibrationEnd: number;
  readonly unit: ClvTimeUnit;
  readonly mergeDays: number;
}

const WHERE = "clvCustomerSummary";

export function clvCustomerSummary(
  ids: readonly (string | number)[],
  days: readonly number[],
  amounts: readonly number[],
  options: ClvSummaryOptions,
): ClvSummary {
  clvDaysPerUnit(options.unit, WHERE);
  const mergeDays = options.mergeDays ?? 1;
  const p = purchasePeriods(WHERE, ids, days, amounts, mergeDays);
  let end = -Infinity;
  if (options.calibrationEnd === undefined) for (const d of days) end = Math.max(end, Math.floor(d));
  return summarize(p.ids, p.periods, options.calibrationEnd ?? end, options.unit, mergeDays);
}

/**
 * {@link clvCustomerSummary} of rows read by {@link readPurchases}: the customers are the
 * reader's (same ids, same rejections as every path); only purchases (amount > 0) count, and the
 * calibration end defaults to the latest day read. Cost O(n + Σ nᶜ log nᶜ). Throws as it, and
 * `numeric` when a customer's summed spend overflows (amounts near 1.8e308).
 *
 * @example
 * clvSummaryOfRows(readPurchases(["a", "A", "b"], [35431, 35448, 35431], [1, 2, 3]), { unit: "days" }).customers[0]
 * // => { id: "a", firstPurchase: 35431, x: 1, tx: 17, T: 17, meanRepeatSpend: 2 }
 */
export function clvSummaryOfRows(rows: PurchaseRows, options: ClvSummaryOptions): ClvSummary {
  clvDaysPerUnit(options.unit, WHERE);
  const mergeDays = options.mergeDays ?? 1;
  const periods = periodsByCustomer(
    WHERE,
    rows.customer,
    rows.day,
    rows.amount,
    rows.ids.length,
    mergeDays,
    true,
  );
  return summarize(rows.ids, periods, options.calibrationEnd ?? rows.lastDay, options.unit, mergeDays);
}

function summarize(
  ids: readonly (string | number)[],
  p: PeriodTable,
  calibrationEnd: number,
  unit: ClvTimeUnit,
  mergeDays: number,
): ClvSummary {
  const perUnit = clvDaysPerUnit(unit, WHERE);
  const end = Math.floor(
    requireInRange(WHERE, { en: "The calibration end", zh: "校准期结束日" }, calibrationEnd, 0, 3e6),
  );
  const customers: ClvCustomer[] = [];
  const index: number[] = [];
  for (let c = 0; c < ids.length; c++) {
    const from = p.start[c]!;
    const to = p.start[c + 1]!;
    if (from === to || p.day[from]! > end) continue;
    const first = p.day[from]!;
    let x = 0;
    let last = first;
    let sum = 0;
    for (let j = from + 1; j < to && p.day[j]! <= end; j++) {
      x++;
      last = p.day[j]!;
      sum += p.spend[j]!;
    }
    if (!Number.isFinite(sum)) throw overflow(ids[c]!);
    customers.push({
      id: ids[c]!,
      firstPurchase: first,
      x,
      tx: x > 0 ? (last - first) / perUnit : 0,
      T: (end - first) / perUnit,
      meanRepeatSpend: x > 0 ? sum / x : 0,
    });
    index.push(c);
  }
  if (customers.length === 0) {
    throw invalidInput(
      WHERE,
      "No customer made a first purchase on or before the calibration end: choose a later date.",
      "没有客户在校准期结束日或之前首次购买：请选择更晚的日期。",
    );
  }
  return { customers, customer: Int32Array.from(index), calibrationEnd: end, unit, mergeDays };
}

function overflow(id: string | number): Error {
  return numericFailure(
    WHERE,
    `The repeat spend of customer ${id} adds up beyond the largest number (about 1.8e308): check the amounts.`,
    `客户 ${id} 的重复消费额之和超出了最大数值（约 1.8e308）：请检查金额。`,
  );
}

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
import { invalidInput } from "../errors";
import { requireInRange } from "../validate";
import { purchasePeriods } from "./purchaseDays";
import { ClvTimeUnit, clvDaysPerUnit } from "./timeUnit";
// Module-level aliases: looking up the global Math is far slower inside Jest's sandbox.
const { floor, max } = Math;

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
  const perUnit = clvDaysPerUnit(options.unit, WHERE);
  const mergeDays = options.mergeDays ?? 1;
  const byCustomer = purchasePeriods(WHERE, ids, days, amounts, mergeDays);
  let end = -Infinity;
  if (options.calibrationEnd === undefined) for (const d of days) end = max(end, floor(d));
  else
    end = floor(
      requireInRange(
        WHERE,
        { en: "The calibration end", zh: "校准期结束日" },
        options.calibrationEnd,
        0,
        3e6,
      ),
    );
  const customers: ClvCustomer[] = [];
  for (const c of byCustomer.values()) {
    if (c.first > end) continue;
    const repeats = c.periods.slice(1).filter((p) => p.day <= end);
    const last = repeats[repeats.length - 1];
    customers.push({
      id: c.id,
      firstPurchase: c.first,
      x: repeats.length,
      tx: last ? (last.day - c.first) / perUnit : 0,
      T: (end - c.first) / perUnit,
      meanRepeatSpend: last ? repeats.reduce((s, p) => s + p.spend, 0) / repeats.length : 0,
    });
  }
  if (customers.length === 0) {
    throw invalidInput(
      WHERE,
      "No customer made a first purchase on or before the calibration end: choose a later date.",
      "没有客户在校准期结束日或之前首次购买:请选择更晚的日期。",
    );
  }
  return { customers, calibrationEnd: end, unit: options.unit, mergeDays };
}

/**
 * Options of the CLV pieces of the SQL generator (CRM_MODELS.md §3), checked with the core's
 * rules: the model time unit (`clvDaysPerUnit`), the calibration end and optional holdout end
 * (dates, holdout after calibration), the merge period in days (whole, 1–36500, as
 * `purchasePeriods`), and the rounding of t_x and T in the compressed summary: `decimals`
 * undefined keeps the exact day counts divided by the unit (no rounding beyond whole days),
 * k ≥ 0 rounds half up to k decimals of the unit, ⌊v·10^k + ½⌋ / 10^k (0 = whole units).
 *
 * Cost O(1). Throws `invalid` for a bad unit, date, merge period, rounding or holdout order.
 *
 * @example
 * checkClvOptions({ dialect: "duckdb", source, unit: "weeks" }).mergeDays // => 1
 */
import { invalidInput } from "../errors";
import { requireInteger } from "../validate";
import { ClvTimeUnit, clvDaysPerUnit } from "../clv/timeUnit";
import { CheckedCustomerOptions, CustomerSqlOptions, checkCustomerOptions, isoDate } from "./options";

export interface ClvSqlOptions extends CustomerSqlOptions {
  /** Unit of t_x, T and of the fitted rates. */
  readonly unit: ClvTimeUnit;
  /** Last day of the calibration period; default the as-of date, else the latest date. */
  readonly calibrationEnd?: string | number;
  /** Last day of the holdout period (the day after the calibration end is its first). */
  readonly holdoutEnd?: string | number;
  /** Purchases within this many days (from the first purchase) merge; default 1 (same day). */
  readonly mergeDays?: number;
  /** Decimals of the unit t_x and T are rounded to in the compressed summary (default: none). */
  readonly decimals?: number;
}

export interface CheckedClvOptions extends CheckedCustomerOptions {
  readonly clvUnit: ClvTimeUnit;
  readonly calibrationEnd: string | undefined;
  readonly holdoutEnd: string | undefined;
  readonly mergeDays: number;
  readonly decimals: number | undefined;
}

const WHERE = "sql";

export function checkClvOptions(o: ClvSqlOptions): CheckedClvOptions {
  clvDaysPerUnit(o.unit, WHERE);
  const base = checkCustomerOptions(o);
  const calibrationEnd = o.calibrationEnd === undefined ? undefined : isoDate(o.calibrationEnd);
  const holdoutEnd = o.holdoutEnd === undefined ? undefined : isoDate(o.holdoutEnd);
  const end = calibrationEnd ?? base.asOf;
  if (holdoutEnd !== undefined && (end === undefined || holdoutEnd <= end)) {
    throw invalidInput(
      WHERE,
      "A holdout needs a calibration end before the holdout end.",
      "验证期需要一个早于验证期结束日的校准期结束日。",
    );
  }
  return {
    ...base,
    clvUnit: o.unit,
    calibrationEnd,
    holdoutEnd,
    mergeDays: requireInteger(
      WHERE,
      { en: "The merge period (days)", zh: "合并周期（天）" },
      o.mergeDays ?? 1,
      1,
      36500,
    ),
    decimals:
      o.decimals === undefined
        ? undefined
        : requireInteger(
            WHERE,
            { en: "The decimals of t_x and T", zh: "t_x 与 T 的小数位数" },
            o.decimals,
            0,
            6,
          ),
  };
}

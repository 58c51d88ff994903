/**
 * Time units of the CLV models (CRM_MODELS.md §3). Every duration the models see (t_x, T, the
 * horizon t) is a number of these units, and fitted rate parameters (α, β of BG/NBD and
 * Pareto/NBD) are in the same unit, so the unit is always passed explicitly — never implied.
 *
 *     days = 1 day, weeks = 7 days, months = 30.4375 days (365.25 / 12, the mean Gregorian month)
 *
 * A period may also be any length in days given as a number (a {@link ClvPeriod}): 91.3125 for a
 * mean quarter, 28 for a four-week retail month; 7 is the same as "weeks".
 *
 * Cost O(1). `clvDaysPerUnit` throws `invalid` for any other unit name or a number of days
 * that is not in (0, 36525].
 *
 * @example
 * clvDaysPerUnit("weeks")  // => 7
 * clvDaysPerUnit("months") // => 30.4375
 */
import { Bilingual, invalidInput } from "../errors";
import { describe } from "../validate";

export type ClvTimeUnit = "days" | "weeks" | "months";
/** A named unit or a period length in days. */
export type ClvPeriod = ClvTimeUnit | number;

export const CLV_DAYS_PER_UNIT: Readonly<Record<ClvTimeUnit, number>> = {
  days: 1,
  weeks: 7,
  months: 30.4375,
};

/** The names users see, both languages. */
export const CLV_TIME_UNIT_LABELS: Readonly<Record<ClvTimeUnit, Bilingual>> = {
  days: { en: "days", zh: "天" },
  weeks: { en: "weeks", zh: "周" },
  months: { en: "months", zh: "月" },
};

export function clvDaysPerUnit(unit: ClvPeriod, where = "clvDaysPerUnit"): number {
  if (typeof unit === "string" && Object.prototype.hasOwnProperty.call(CLV_DAYS_PER_UNIT, unit))
    return CLV_DAYS_PER_UNIT[unit];
  if (typeof unit === "number" && unit > 0 && unit <= 36525) return unit;
  throw invalidInput(
    where,
    `The time unit must be "days", "weeks", "months" or a period length in days (e.g. 91.3125 for quarters, 28), got ${describe(unit)}.`,
    `时间单位必须是 "days"（天）、"weeks"（周）、"months"（月）或以天数表示的周期长度（如季度 91.3125、28），收到的是 ${describe(unit)}。`,
  );
}

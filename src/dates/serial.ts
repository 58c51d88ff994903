/**
 * Excel 1900-system serial day numbers ↔ calendar dates (CRM_MODELS.md §1: "Excel dates arrive
 * as serial numbers"). The core's one date representation is this serial: an integer count of
 * days, 1 = 1900-01-01, 61 = 1900-03-01, 45658 = 2025-01-01, 2958465 = 9999-12-31.
 *
 * Rule (documented once, used everywhere): Excel's serial 60 is the fictitious 1900-02-29 that
 * Lotus 1-2-3 invented (1900 was not a leap year). It is refused, as are serials below 1
 * (before 1900-01-01) and above 2958465 (after 9999-12-31, Excel's last date). Serials 1–59
 * are therefore one day "early" against the proleptic Gregorian calendar, exactly as in Excel.
 *
 * Arithmetic after H. Hinnant, "chrono-compatible low-level date algorithms" (days_from_civil,
 * civil_from_days), proleptic Gregorian; no clock is read. Cost O(1).
 */
import { invalidInput } from "../errors";
import { describe } from "../validate";

/** A calendar day; month 1–12, day 1–31. */
export interface Ymd {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Excel's last date, 9999-12-31. */
export const MAX_SERIAL = 2958465;
/** The fictitious 1900-02-29 of the 1900 system. */
export const FICTITIOUS_LEAP_DAY = 60;
/** 1904-system serial + 1462 = 1900-system serial (1904-01-01 is 1900 serial 1462). */
export const OFFSET_1904 = 1462;

/** Days from 1970-01-01 to y-m-d (proleptic Gregorian). Month and day must already be valid. */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Days in `month` of `year`, Gregorian rule (1900 has no 29 February). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * The 1900-system serial of a calendar day. Throws `invalid` for a day that does not exist
 * (2023-02-29, month 13), for years outside 1900–9999, and for 1900-02-29.
 *
 * @example
 * serialFromYmd(2025, 1, 1) // => 45658
 * serialFromYmd(1900, 3, 1) // => 61
 */
export function serialFromYmd(year: number, month: number, day: number): number {
  const ok =
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1900 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month);
  if (!ok) {
    const text = `${describe(year)}-${describe(month)}-${describe(day)}`;
    throw invalidInput(
      "serialFromYmd",
      `${text} is not a calendar date between 1900-01-01 and 9999-12-31: check year, month and day.`,
      `${text} 不是 1900-01-01 到 9999-12-31 之间的有效日期：请检查年、月、日。`,
    );
  }
  return serialFromValidYmd(year, month, day);
}

/** {@link serialFromYmd} without the checks, for callers that have validated (year ≥ 1900). */
export function serialFromValidYmd(year: number, month: number, day: number): number {
  const days = daysFromCivil(year, month, day);
  // 1900-03-01 is day −25508 from 1970; before it Excel counts one lower (no fictitious day yet).
  return days >= -25508 ? days + 25569 : days + 25568;
}

/**
 * The calendar day of a 1900-system serial; a fractional serial (date + time) is floored to
 * its day. Throws `invalid` for serial 60, below 1, above 2958465, or not a finite number.
 *
 * @example
 * ymdFromSerial(45658)   // => { year: 2025, month: 1, day: 1 }
 * ymdFromSerial(61.75)   // => { year: 1900, month: 3, day: 1 }
 */
export function ymdFromSerial(serial: number): Ymd {
  const s = checkSerial("ymdFromSerial", serial);
  let z = (s >= 61 ? s - 25569 : s - 25568) + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  z = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return { year: z, month, day };
}

/**
 * The day of a 1900-system serial (floored) after the rule above, or throws `invalid`.
 * Cost O(1).
 *
 * @example
 * checkSerial("f", 45658.5) // => 45658
 */
export function checkSerial(where: string, serial: number): number {
  if (typeof serial !== "number" || !Number.isFinite(serial)) {
    throw invalidInput(
      where,
      `A date must be an Excel date serial number, got ${describe(serial)}.`,
      `日期必须是 Excel 日期序列号，收到的是 ${describe(serial)}。`,
    );
  }
  const s = Math.floor(serial);
  if (s === FICTITIOUS_LEAP_DAY) {
    throw invalidInput(
      where,
      "Serial 60 is Excel's fictitious 1900-02-29 (1900 was not a leap year): correct the date.",
      "序列号 60 是 Excel 虚构的 1900-02-29（1900 年不是闰年）：请更正日期。",
    );
  }
  if (s < 1 || s > MAX_SERIAL) {
    throw invalidInput(
      where,
      `Serial ${serial} is outside Excel's dates 1900-01-01 (1) to 9999-12-31 (2958465).`,
      `序列号 ${serial} 超出 Excel 日期范围 1900-01-01（1）到 9999-12-31（2958465）。`,
    );
  }
  return s;
}

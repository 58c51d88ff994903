/**
 * Output helpers for dates (CRM_MODELS.md §1: "every output states its as-of date"): an ISO 8601
 * calendar date for a 1900-system serial, and the 1904 → 1900 date-system conversion.
 *
 * Cost O(1). Throws `invalid` as {@link checkSerial} (serial 60, before 1900, after 9999,
 * not finite).
 *
 * @example
 * isoFromSerial(45658)    // => "2025-01-01"
 * serialFrom1904(0)       // => 1462  (1904-01-01)
 */
import { invalidInput } from "../errors";
import { describe } from "../validate";
import { OFFSET_1904, checkSerial, ymdFromSerial } from "./serial";

/** "yyyy-mm-dd" for a 1900-system serial (fraction floored). */
export function isoFromSerial(serial: number): string {
  const { year, month, day } = ymdFromSerial(serial);
  return `${year}-${month < 10 ? "0" : ""}${month}-${day < 10 ? "0" : ""}${day}`;
}

/**
 * A 1904-system serial (Excel for Mac's old default: 0 = 1904-01-01) as a 1900-system serial:
 * floor, then + 1462. Throws `invalid` for a negative or non-finite serial.
 *
 * @example
 * serialFrom1904(44196)   // => 45658  (2025-01-01)
 */
export function serialFrom1904(serial1904: number): number {
  if (typeof serial1904 !== "number" || !Number.isFinite(serial1904) || serial1904 < 0) {
    throw invalidInput(
      "serialFrom1904",
      `A 1904-system date must be a serial number ≥ 0, got ${describe(serial1904)}.`,
      `1904 日期系统的日期必须是 ≥ 0 的序列号，收到的是 ${describe(serial1904)}。`,
    );
  }
  return checkSerial("serialFrom1904", Math.floor(serial1904) + OFFSET_1904);
}

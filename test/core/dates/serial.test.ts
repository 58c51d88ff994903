import fc from "fast-check";
import { serialFromYmd, ymdFromSerial, checkSerial, MAX_SERIAL } from "../../../src/dates/serial";
import { isoFromSerial, serialFrom1904 } from "../../../src/dates/format";
import { codeOf, errorOf } from "../../helpers/errors";

// Fixed seed: the same cases every run (STYLE.md rule 8).
fc.configureGlobal({ seed: 20261125 });

/** Independent reference: JavaScript's own proleptic Gregorian UTC calendar (pure, no clock). */
const utcSerial = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86400000 + 25569;

describe("serialFromYmd / ymdFromSerial (Excel 1900 system)", () => {
  it("matches Excel's published serials", () => {
    expect(serialFromYmd(1900, 1, 1)).toBe(1);
    expect(serialFromYmd(1900, 2, 28)).toBe(59);
    expect(serialFromYmd(1900, 3, 1)).toBe(61);
    expect(serialFromYmd(1970, 1, 1)).toBe(25569);
    expect(serialFromYmd(2000, 1, 1)).toBe(36526);
    expect(serialFromYmd(2025, 1, 1)).toBe(45658);
    expect(serialFromYmd(9999, 12, 31)).toBe(MAX_SERIAL);
    expect(ymdFromSerial(45658)).toEqual({ year: 2025, month: 1, day: 1 });
    expect(ymdFromSerial(61.75)).toEqual({ year: 1900, month: 3, day: 1 });
    expect(ymdFromSerial(59)).toEqual({ year: 1900, month: 2, day: 28 });
    expect(ymdFromSerial(1)).toEqual({ year: 1900, month: 1, day: 1 });
  });
  it("doc examples", () => {
    expect(checkSerial("f", 45658.5)).toBe(45658);
    expect(isoFromSerial(45658)).toBe("2025-01-01");
    expect(serialFrom1904(0)).toBe(1462);
    expect(serialFrom1904(44196)).toBe(45658);
  });
  it("property: agrees with Date.UTC from 1900-03-01 on, and round-trips", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: MAX_SERIAL }), (s) => {
        const { year, month, day } = ymdFromSerial(s);
        expect(utcSerial(year, month, day)).toBe(s);
        expect(serialFromYmd(year, month, day)).toBe(s);
        expect(isoFromSerial(s)).toBe(new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10));
      }),
    );
  });
  it("property: serials 1–59 are one lower than the Gregorian count (Excel's fictitious day comes later)", () => {
    for (let s = 1; s <= 59; s++) {
      const { year, month, day } = ymdFromSerial(s);
      expect(utcSerial(year, month, day)).toBe(s + 1);
    }
  });
  describe("edge cases", () => {
    it("the fictitious 1900-02-29 (serial 60) is refused both ways, with both languages", () => {
      expect(codeOf(() => ymdFromSerial(60))).toBe("invalid");
      expect(codeOf(() => ymdFromSerial(60.5))).toBe("invalid");
      expect(codeOf(() => serialFromYmd(1900, 2, 29))).toBe("invalid");
      const e = errorOf(() => ymdFromSerial(60));
      expect(e.messageIn("en")).toMatch(/1900-02-29/);
      expect(e.messageIn("zh")).toMatch(/闰年/);
    });
    it("before 1900, after 9999, NaN, Infinity, text are refused", () => {
      expect(codeOf(() => ymdFromSerial(0))).toBe("invalid");
      expect(codeOf(() => ymdFromSerial(-1))).toBe("invalid");
      expect(codeOf(() => ymdFromSerial(MAX_SERIAL + 1))).toBe("invalid");
      expect(codeOf(() => ymdFromSerial(NaN))).toBe("invalid");
      expect(codeOf(() => ymdFromSerial(Infinity))).toBe("invalid");
      expect(codeOf(() => ymdFromSerial("45658" as unknown as number))).toBe("invalid");
      expect(codeOf(() => serialFromYmd(1899, 12, 31))).toBe("invalid");
    });
    it("invalid calendar dates are refused; real leap days accepted", () => {
      expect(codeOf(() => serialFromYmd(2023, 2, 29))).toBe("invalid");
      expect(codeOf(() => serialFromYmd(2024, 13, 1))).toBe("invalid");
      expect(codeOf(() => serialFromYmd(2024, 4, 31))).toBe("invalid");
      expect(codeOf(() => serialFromYmd(2024, 1, 1.5))).toBe("invalid");
      expect(serialFromYmd(2000, 2, 29)).toBe(utcSerial(2000, 2, 29));
      expect(serialFromYmd(2024, 2, 29)).toBe(utcSerial(2024, 2, 29));
    });
    it("1904 serials: negative and non-finite refused", () => {
      expect(codeOf(() => serialFrom1904(-1))).toBe("invalid");
      expect(codeOf(() => serialFrom1904(NaN))).toBe("invalid");
      expect(serialFrom1904(0.9)).toBe(1462);
    });
  });
});

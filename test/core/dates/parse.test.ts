import fc from "fast-check";
import { dateFromText, parseDateText } from "../../../src/dates/parse";
import { dateFromCell, readDateCell, checkDateOrder, checkDateSystem } from "../../../src/dates/cell";
import { dateProblemText } from "../../../src/dates/problems";
import { isoFromSerial } from "../../../src/dates/format";
import { MAX_SERIAL } from "../../../src/dates/serial";
import { codeOf, errorOf } from "../../helpers/errors";

// Fixed seed: the same cases every run (STYLE.md rule 8).
fc.configureGlobal({ seed: 20261125 });

const utcSerial = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86400000 + 25569;
const JUNE_22 = utcSerial(2024, 6, 22); // 45465

describe("parseDateText", () => {
  it("reads every accepted form of 2024-06-22 (doc examples)", () => {
    expect(JUNE_22).toBe(45465);
    for (const t of [
      "2024-06-22",
      "2024-6-22",
      " 2024-06-22 ",
      "2024-06-22T13:45",
      "2024-06-22T23:59:59.999Z",
      "2024-06-22 08:00:00+08:00",
      "2024/6/22",
      "2024/06/22 13:45",
      "22.6.2024",
      "22.06.2024",
      "2024年6月22日",
      "2024 年 6 月 22 号",
    ]) {
      expect(parseDateText(t)).toBe(JUNE_22);
    }
    expect(parseDateText("06/22/2024", "mdy")).toBe(JUNE_22);
    expect(parseDateText("22/06/2024", "dmy")).toBe(JUNE_22);
  });
  it("the order option decides 03/04/2024", () => {
    expect(parseDateText("03/04/2024", "mdy")).toBe(utcSerial(2024, 3, 4));
    expect(parseDateText("03/04/2024", "dmy")).toBe(utcSerial(2024, 4, 3));
  });
  it("property: ISO text of any serial ≥ 61 parses back to it, in all forms", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: MAX_SERIAL }), (s) => {
        const iso = isoFromSerial(s);
        const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
        expect(parseDateText(iso)).toBe(s);
        expect(parseDateText(`${y}/${m}/${d}`)).toBe(s);
        expect(parseDateText(`${d}.${m}.${y}`)).toBe(s);
        expect(parseDateText(`${y}年${m}月${d}日`)).toBe(s);
        expect(parseDateText(`${m}/${d}/${y}`, "mdy")).toBe(s);
        expect(parseDateText(`${d}/${m}/${y}`, "dmy")).toBe(s);
      }),
    );
  });
  describe("edge cases", () => {
    it("ambiguous slash dates are refused without an order, even 22/06/2024", () => {
      expect(dateFromText("03/04/2024")).toBe("needsOrder");
      expect(dateFromText("22/06/2024")).toBe("needsOrder");
      const e = errorOf(() => parseDateText("03/04/2024"));
      expect(e.code).toBe("invalid");
      expect(e.messageIn("en")).toMatch(/mdy/);
      expect(e.messageIn("zh")).toMatch(/歧义/);
    });
    it("invalid calendar dates, 1900-02-29, before 1900", () => {
      expect(dateFromText("2023-02-29")).toBe("notACalendarDate");
      expect(dateFromText("2024-13-01")).toBe("notACalendarDate");
      expect(dateFromText("2024-00-10")).toBe("notACalendarDate");
      expect(dateFromText("31.4.2024")).toBe("notACalendarDate");
      expect(dateFromText("02/30/2024", "mdy")).toBe("notACalendarDate");
      expect(dateFromText("1900-02-29")).toBe("fictitiousLeapDay");
      expect(dateFromText("1899-12-31")).toBe("before1900");
      expect(parseDateText("2024-02-29")).toBe(utcSerial(2024, 2, 29));
      expect(parseDateText("1900-01-01")).toBe(1);
      expect(parseDateText("1900-03-01")).toBe(61);
    });
    it("unknown forms, two-digit years, bad times, empty text", () => {
      for (const t of [
        "24-06-22",
        "22.6.24",
        "June 22, 2024",
        "20240622",
        "2024-06-22T25:00",
        "abc",
        "45658",
      ])
        expect(dateFromText(t)).toBe("unknownFormat");
      expect(dateFromText("")).toBe("empty");
      expect(dateFromText("   ")).toBe("empty");
    });
  });
});

describe("readDateCell / dateFromCell", () => {
  it("doc examples: numbers, 1904 system, text", () => {
    expect(readDateCell(45658)).toBe(45658);
    expect(readDateCell(44196, { dateSystem: 1904 })).toBe(45658);
    expect(readDateCell("22.6.2024")).toBe(45465);
    expect(readDateCell(45658.99)).toBe(45658);
    expect(readDateCell("03/04/2024", { order: "dmy" })).toBe(utcSerial(2024, 4, 3));
  });
  it("problem text doc example", () => {
    expect(dateProblemText("needsOrder", "03/04/2024").en).toBe(
      '"03/04/2024" is ambiguous (day/month or month/day) and no date of its column shows which: set the date order (date_order "mdy" or "dmy").',
    );
  });
  it("problem texts exist in both languages for every key", () => {
    const keys = [
      "empty",
      "notFinite",
      "wrongType",
      "unknownFormat",
      "needsOrder",
      "notACalendarDate",
      "fictitiousLeapDay",
      "before1900",
      "after9999",
    ] as const;
    for (const k of keys) {
      const t = dateProblemText(k, "x");
      expect(t.en.length).toBeGreaterThan(10);
      expect(t.zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });
  describe("edge cases", () => {
    it("serial 60, 0, negatives, NaN, Infinity, booleans, null", () => {
      expect(dateFromCell(60)).toBe("fictitiousLeapDay");
      expect(dateFromCell(60.3)).toBe("fictitiousLeapDay");
      expect(dateFromCell(0)).toBe("empty");
      expect(dateFromCell(0.5)).toBe("before1900");
      expect(dateFromCell(-3)).toBe("before1900");
      expect(dateFromCell(MAX_SERIAL + 1)).toBe("after9999");
      expect(dateFromCell(NaN)).toBe("notFinite");
      expect(dateFromCell(-Infinity)).toBe("notFinite");
      expect(dateFromCell(true)).toBe("wrongType");
      expect(dateFromCell(null)).toBe("empty");
      expect(dateFromCell(undefined)).toBe("empty");
      expect(codeOf(() => readDateCell(60))).toBe("invalid");
    });
    it("1904 serials: 0 is a blank, negatives refused, 1904-01-02 is 1463", () => {
      expect(dateFromCell(0, { dateSystem: 1904 })).toBe("empty");
      expect(dateFromCell(-1, { dateSystem: 1904 })).toBe("before1900");
      expect(dateFromCell(1, { dateSystem: 1904 })).toBe(1463);
      expect(isoFromSerial(1463)).toBe("1904-01-02");
      expect(dateFromCell(MAX_SERIAL, { dateSystem: 1904 })).toBe("after9999");
      // Text dates do not depend on the date system.
      expect(dateFromCell("2024-06-22", { dateSystem: 1904 })).toBe(JUNE_22);
    });
    it("option validators", () => {
      expect(checkDateOrder("f", "mdy")).toBe("mdy");
      expect(checkDateOrder("f", null)).toBeUndefined();
      expect(checkDateOrder("f", "ymd")).toBe("ymd");
      expect(codeOf(() => checkDateOrder("f", "ydm"))).toBe("invalid");
      expect(checkDateSystem("f", 1904)).toBe(1904);
      expect(codeOf(() => checkDateSystem("f", 1901))).toBe("invalid");
    });
  });
});

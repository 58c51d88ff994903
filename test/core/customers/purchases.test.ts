import { readPurchases } from "../../../src/customers";
import { errorCell } from "../../../src/cells/errorCell";
import { inferDateOrder } from "../../../src/dates";
import { codeOf } from "../../helpers/errors";

describe("readPurchases (the one purchase reader)", () => {
  it("doc example: header row, invisible characters, decimal text, inferred day-first order", () => {
    const p = readPurchases(
      ["id", "A", "a\u200b", "B"],
      ["date", 45650, "31/12/2024", 45652],
      ["amount", "1,234.50", 5, -1],
    );
    expect([Array.from(p.customer), p.ids, p.dateOrder, p.rejected.map((r) => r.row)]).toEqual([
      [-1, 0, 0, -1],
      ["A"],
      "dmy",
      [4],
    ]);
    expect(p.headerRow).toBe(true);
    expect(p.amount[1]).toBe(1234.5);
    expect(p.rejected[0]!.reason).toBe("noPurchase");
  });
  it("one id rule: case, spaces, no-break space, zero-width space, BOM, NFC", () => {
    const ids = ["Café", "CAFÉ ", "\u00a0cafe\u0301", "\ufeffcafé\u200b", "café\u2060", "cafe"];
    const p = readPurchases(
      Object.freeze(ids),
      ids.map(() => 45650),
      ids.map(() => 1),
    );
    expect(p.ids).toEqual(["Café", "cafe"]);
    expect(Array.from(p.customer)).toEqual([0, 0, 0, 0, 0, 1]);
    expect(p.mergedIds.count).toBe(4);
  });
  it("an Excel error in the id, date, amount or order id cell rejects the row; never a customer #N/A", () => {
    const na = errorCell("#N/A");
    const p = readPurchases(
      ["A", na, "B", "C", "D"],
      [45650, 45650, errorCell("#REF!"), 45650, 45650],
      [1, 1, 1, errorCell("#DIV/0!"), 1],
      { orderIds: ["o1", "o2", "o3", "o4", na] },
    );
    expect(p.ids).toEqual(["A"]);
    expect(p.rejected.map((r) => [r.row, r.reason])).toEqual([
      [2, "errorCell"],
      [3, "errorCell"],
      [4, "errorCell"],
      [5, "errorCell"],
    ]);
    expect(p.rejected[0]!.text.en).toMatch(/holds the Excel error #N\/A/);
    expect(p.rejected[1]!.text.zh).toMatch(/Excel 错误值 #REF!/);
    // The text "#N/A" typed into a cell is an id like any other.
    expect(readPurchases(["#N/A"], [45650], [1]).ids).toEqual(["#N/A"]);
  });
  it("today: later rows are rejected as after the as-of date; the as-of date follows the latest date up to today", () => {
    const p = readPurchases(["A", "B", "A"], [45650, 73051, 45660], [1, 1, 1], { today: 45700 });
    expect(p.asOf).toBe(45661);
    expect(p.rejected.map((r) => [r.row, r.reason])).toEqual([[2, "afterToday"]]);
    expect(p.rejected[0]!.text.en).toMatch(/after the as-of date/);
    expect([p.firstDay, p.lastDay]).toEqual([45650, 45660]);
  });
  it("1904 date system: serials − 1462 read the same", () => {
    const a = readPurchases(["A", "B"], [45650, 45700], [1, 2]);
    const b = readPurchases(["A", "B"], [45650 - 1462, 45700 - 1462], [1, 2], { dateSystem: 1904 });
    expect(Array.from(b.day)).toEqual(Array.from(a.day));
    expect(b.dateSystem).toBe(1904);
  });
  it("edge cases: blank rows ignored; no customer left; mismatched columns", () => {
    const p = readPurchases(["A", null, ""], [45650, 0, null], [1, 0, ""]);
    expect([p.rowsBlank, p.rejected.length]).toEqual([2, 0]);
    expect(codeOf(() => readPurchases(["A"], ["x"], [1]))).toBe("invalid");
    expect(codeOf(() => readPurchases(["A"], [1, 2], [1]))).toBe("invalid");
    expect(codeOf(() => readPurchases([], [], []))).toBe("invalid");
  });
});

describe("inferDateOrder", () => {
  it("doc examples; a column showing both orders infers none", () => {
    expect(inferDateOrder(["31/12/2025", "01/02/2025", 45658])).toEqual({ order: "dmy", inferred: true });
    expect(inferDateOrder(["01/02/2025"])).toEqual({ order: undefined, inferred: false });
    expect(inferDateOrder(["31/12/2025"], "mdy")).toEqual({ order: "mdy", inferred: false });
    expect(inferDateOrder(["12/31/2025", "01/02/2025"]).order).toBe("mdy");
    expect(inferDateOrder(["12/31/2025", "31/12/2025"]).order).toBeUndefined();
  });
  it("a day-first column reads 01/02/2025 as 1 February", () => {
    const p = readPurchases(["A", "B"], ["31/12/2025", "01/02/2025"], [1, 1]);
    expect(p.day[1]).toBe(45689); // 2025-02-01
  });
});

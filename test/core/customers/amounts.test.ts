import { amountColumn, amountFromText } from "../../../src/customers";

const read = (cells: unknown[]) => Array.from(amountColumn(Object.freeze(cells)).values);

describe("amountColumn (amounts read one way)", () => {
  it("doc examples", () => {
    const a = amountColumn([12.5, "1,234.50", "¥88", "(12.50)", "USD 7", "x"]);
    expect([Array.from(a.values), a.decimalComma]).toEqual([[12.5, 1234.5, 88, -12.5, 7, NaN], false]);
    expect(read(["12,50", "1.234,5"])).toEqual([12.5, 1234.5]);
  });
  it("currency symbols and codes before or after, signs, spaces", () => {
    expect(
      read(["88元", "￥ 1,000", "$-3", "-€5.5", "£0.99", "12.5 CNY", "cny12", " +7 ", "−4", "5-"]),
    ).toEqual([88, 1000, -3, -5.5, 0.99, 12.5, 12, 7, -4, -5]);
  });
  it("the decimal mark is decided per column, never per cell", () => {
    // "1,234" alone is a thousands separator in a point column …
    expect(read(["1,234", "2.50"])).toEqual([1234, 2.5]);
    // … and a decimal comma where the column shows it.
    expect(read(["1,234", "2,50"])).toEqual([1.234, 2.5]);
    expect(amountColumn(["1 234,50 €", "3,5"]).decimalComma).toBe(true);
    expect(read(["1 234,50 €", "3,5"])).toEqual([1234.5, 3.5]);
    // A column showing both marks reads with the point; the comma-only cell is then unreadable.
    expect(read(["2,50", "1,234.50", "3.25"])).toEqual(
      [250, 1234.5, 3.25].map((x, i) => (i === 0 ? NaN : x)),
    );
  });
  it("edge cases: non-amounts are NaN; numbers pass through; non-finite refused", () => {
    expect(
      read(["", "abc", "1,2,3", "12..5", "(-5)", true, null, { excelError: "#N/A" }, Infinity, NaN, -0]),
    ).toEqual([NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, -0]);
    expect(amountFromText("1.234.567", true)).toBe(1234567);
    expect(amountFromText("1,234,567", false)).toBe(1234567);
    expect(amountFromText("1,23,4", false)).toBeNaN();
  });
});

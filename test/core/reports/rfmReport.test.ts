import Papa from "papaparse";
import { rfmReport } from "../../../src/reports";
import { readReferenceData } from "../../helpers/data";
import { deepFreeze, expectClose } from "../../helpers/tolerance";
import { codeOf } from "../../helpers/errors";

/** 2006-12-31 as an Excel serial (1900 system): DATE(2006,12,31). */
const DEC_31_2006 = 39082;

function orders() {
  const parsed = Papa.parse<string[]>(readReferenceData("rfm/rfm_data_orders.csv").trim(), {
    skipEmptyLines: true,
  });
  const rows = parsed.data.slice(1);
  return {
    ids: rows.map((r) => r[0]),
    dates: rows.map((r) => r[1]),
    amounts: rows.map((r) => Number(r[2])),
  };
}

const countBy = (xs: readonly number[]) => [1, 2, 3, 4, 5].map((s) => xs.filter((x) => x === s).length);

describe("rfmReport", () => {
  it("reproduces the R rfm 0.3.0 per-score counts on its sample orders (F and M columns)", () => {
    const o = orders();
    const r = rfmReport({ ...o, asOf: DEC_31_2006, bins: 5, method: "rfm", firstRow: 2 }, "en");
    expect(r.customers).toBe(995);
    expect(r.rowsRead).toBe(4906);
    expect(r.skipped).toEqual([]);
    // The RFM row layout (src/reports/rfmRow.ts): F and M scores are columns 6 and 7.
    expect(countBy(r.rows.map((row) => row[6] as number))).toEqual([268, 187, 176, 244, 120]);
    expect(countBy(r.rows.map((row) => row[7] as number))).toEqual([200, 200, 198, 202, 195]);
    expect(r.parameters).toBe(
      "As of 2006-12-31 · 5 bins · rfm (R package compatible) · segments: standard R × F scheme · value tiers 5%/15%/30%/50% · data 2001-10-29 … 2006-12-30",
    );
  });

  it("segment summary adds up to the customers and the net revenue", () => {
    const o = orders();
    const r = rfmReport({ ...o, asOf: DEC_31_2006 }, "en");
    expect(r.segments.reduce((s, x) => s + x.customers, 0)).toBe(r.customers);
    expectClose(
      r.segments.reduce((s, x) => s + x.revenue, 0),
      o.amounts.reduce((s, x) => s + x, 0),
      1e-6,
    );
    expectClose(
      r.segments.reduce((s, x) => s + x.share, 0),
      1,
      1e-12,
    );
    for (let i = 1; i < r.segments.length; i++)
      expect(r.segments[i - 1]!.customers).toBeGreaterThanOrEqual(r.segments[i]!.customers);
  });

  it("a hand-computed table: three customers, three bins", () => {
    const r = rfmReport(
      { ids: ["A", "B", "C"], dates: [45650, 45640, 45600], amounts: [10, 20, 30], bins: 3 },
      "en",
    );
    expect(r.asOf).toBe(45651);
    // A: recency 1, F 1, M 10; B: 11, 1, 20; C: 51, 1, 30. R: A best (3), B 2, C 1; F all equal → 1; M by value.
    // Layout shared with RFM.TABLE: id, last purchase, recency, F, M, scores, code, …, first purchase.
    expect(r.rows.map((row) => [...row.slice(0, 9), row[11]])).toEqual([
      ["A", 45650, 1, 1, 10, 3, 1, 1, 311, 45650],
      ["B", 45640, 11, 1, 20, 2, 1, 2, 212, 45640],
      ["C", 45600, 51, 1, 30, 1, 1, 3, 113, 45600],
    ]);
    expect(r.dateColumns).toEqual([1, 11]);
  });

  it("value tiers follow the pyramid cuts on net spend (top 5% platinum, next 15% gold, next 30% iron)", () => {
    const n = 40;
    const r = rfmReport(
      {
        ids: Array.from({ length: n }, (_, i) => `C${i}`),
        dates: Array(n).fill(45650),
        amounts: Array.from({ length: n }, (_, i) => i + 1),
      },
      "en",
    );
    const tierOf = (amount: number) => r.rows.find((row) => row[4] === amount)![12];
    // 40 customers: 2 platinum (40, 39), 6 gold (38–33), 12 iron (32–21), 20 lead.
    expect([40, 39].map(tierOf)).toEqual(["Platinum", "Platinum"]);
    expect([38, 33].map(tierOf)).toEqual(["Gold", "Gold"]);
    expect([32, 21].map(tierOf)).toEqual(["Iron", "Iron"]);
    expect([20, 1].map(tierOf)).toEqual(["Lead", "Lead"]);
  });

  it("skipped rows carry the user's sheet row numbers and reasons, in Chinese too", () => {
    const input = deepFreeze({
      ids: ["A", "", "B", "C"],
      dates: [45650, 45650, "not a date", 45640],
      amounts: [10, 5, 7, "x"],
      firstRow: 5,
    });
    const en = rfmReport(input, "en");
    expect(en.skipped.map((s) => s.row)).toEqual([6, 7, 8]);
    expect(en.skipped[0]!.reason).toMatch(/no customer id/);
    const zh = rfmReport(input, "zh");
    expect(zh.header[0]).toBe("客户");
    expect(zh.skipped[0]!.reason).toMatch(/客户编号/);
    expect(zh.parameters).toMatch(/^研究时间点/);
  });

  it("says when ids written differently were read as one customer, in the report's language", () => {
    const input = { ids: ["A1", "a1 ", "B"], dates: [45650, 45651, 45650], amounts: [1, 2, 3] };
    expect(rfmReport(input, "en").mergedIds).toBe(
      '1 id spelling was read as an existing customer (case and surrounding spaces are ignored, as MATCH does), e.g. "a1 " as A1.',
    );
    expect(rfmReport(input, "zh").mergedIds).toMatch(/^有 1 个编号写法被视为已有客户/);
    expect(
      rfmReport({ ids: ["A", "B"], dates: [45650, 45650], amounts: [1, 2] }, "en").mergedIds,
    ).toBeUndefined();
  });

  describe("edge cases", () => {
    it("no usable row is an invalid-input error", () => {
      expect(codeOf(() => rfmReport({ ids: [""], dates: [1], amounts: [1] }, "en"))).toBe("invalid");
    });
    it("one customer", () => {
      const r = rfmReport({ ids: ["A"], dates: [45650], amounts: [10] }, "en");
      expect(r.customers).toBe(1);
      expect(r.segments).toHaveLength(1);
    });
  });
});

/**
 * The RFM report's options (issue 10, RFM part), each against an independent path:
 * - the rfm package's ten segments vs RFM.SEGMENT with the same ranges typed as a rules range
 *   (from data/README.md, written out here by hand), on the package's own sample orders
 *   (995 customers, as of 2006-12-31, 5 bins, method "rfm"), whose published F and M counts
 *   the report reproduces;
 * - fixed thresholds vs RFM.BIN on each customer's value (the seed's 7/30/60/120-day preset);
 * - the eight types as segments vs the Type column; custom rules from a table; tier cuts;
 * - the appended columns (AOV, refunds, purchases in 6 months, follow-up) vs hand computations
 *   and RFM.ACTION.
 */
import Papa from "papaparse";
import { RFM_ROW, rfmReport } from "../../../src/reports";
import { RFM_PACKAGE_SEGMENT_RULES, SEED_RECENCY_DAYS, segmentRulesFromRows } from "../../../src/rfm";
import { callExcel } from "../../functions/harness";
import { readReferenceData } from "../../helpers/data";
import { codeOf, errorOf } from "../../helpers/errors";

const DEC_31_2006 = 39082;
const C = RFM_ROW;

function orders() {
  const rows = Papa.parse<string[]>(readReferenceData("rfm/rfm_data_orders.csv").trim(), {
    skipEmptyLines: true,
  }).data.slice(1);
  return {
    ids: rows.map((r) => r[0]),
    dates: rows.map((r) => r[1]),
    amounts: rows.map((r) => Number(r[2])),
    asOf: DEC_31_2006,
    firstRow: 2,
  };
}
const countBy = (xs: readonly unknown[]) => [1, 2, 3, 4, 5].map((s) => xs.filter((x) => x === s).length);

/** data/README.md, "The package's documented segment scheme", typed as RFM.SEGMENT's rules range. */
const PACKAGE_RULES_TYPED = [
  ["name", "r_min", "r_max", "f_min", "f_max", "m_min", "m_max"],
  ["Champions", 5, 5, 5, 5, 5, 5],
  ["Potential Loyalist", 3, 5, 3, 5, 2, 5],
  ["Loyal Customers", 2, 4, 2, 4, 2, 4],
  ["Promising", 3, 4, 1, 3, 3, 5],
  ["New Customers", 4, 5, 1, 3, 1, 5],
  ["Can't Lose Them", 1, 2, 3, 4, 4, 5],
  ["At Risk", 1, 2, 2, 5, 4, 5],
  ["Need Attention", 1, 3, 3, 5, 3, 5],
  ["About To Sleep", 2, 3, 1, 3, 1, 4],
  ["Lost", 1, 1, 1, 5, 1, 5],
];

describe("segment scheme: the R package rfm's ten segments", () => {
  const r = rfmReport({ ...orders(), bins: 5, method: "rfm", scheme: "rfmPackage" }, "en");
  it("R-package compatible scores reproduce the published counts (F 268/187/176/244/120, M 200/200/198/202/195)", () => {
    expect(r.customers).toBe(995);
    expect(countBy(r.rows.map((x) => x[C.f]))).toEqual([268, 187, 176, 244, 120]);
    expect(countBy(r.rows.map((x) => x[C.m]))).toEqual([200, 200, 198, 202, 195]);
  });
  it("every customer's segment is the one RFM.SEGMENT gives with the same ranges typed as rules", async () => {
    const memo = new Map<number, unknown>();
    for (const row of r.rows) {
      const code = row[C.code] as number;
      if (!memo.has(code))
        memo.set(
          code,
          await callExcel("RFM.SEGMENT", [row[C.r], row[C.f], row[C.m], PACKAGE_RULES_TYPED, "en"]),
        );
      expect(row[C.segment]).toBe(memo.get(code));
    }
    // The scheme leaves cells to "Others" (R5 F5 M1 matches no rule; nor R4 F4 M1). The summary adds up.
    expect(await callExcel("RFM.SEGMENT", [5, 5, 1, PACKAGE_RULES_TYPED])).toBe("Others");
    expect(r.segments.reduce((s, x) => s + x.customers, 0)).toBe(995);
    expect(new Set(r.rows.map((x) => x[C.segment])).size).toBeGreaterThan(5);
    expect(RFM_PACKAGE_SEGMENT_RULES).toHaveLength(10);
    expect(r.parameters).toMatch(/segments: the R package rfm's ten segments/);
  });
  it("labels in Chinese", () => {
    const zh = rfmReport({ ...orders(), bins: 5, method: "rfm", scheme: "rfmPackage" }, "zh");
    expect(zh.segments.map((s) => s.label)).toContain("潜在忠诚客户");
    expect(zh.parameters).toMatch(/细分：R 包 rfm 的十个细分/);
  });
});

describe("fixed thresholds (CRM_MODELS.md §2, seed 003)", () => {
  it("R on the seed's 7/30/60/120 days equals RFM.BIN per customer; F, M by the chosen method", async () => {
    const o = orders();
    const r = rfmReport({ ...o, thresholds: { r: [...SEED_RECENCY_DAYS] } }, "en");
    const plain = rfmReport(o, "en");
    for (const row of r.rows.slice(0, 200))
      expect(row[C.r]).toBe(await callExcel("RFM.BIN", [row[C.recency], null, "R"]));
    // F and M are untouched: the equal-count quantile scores of the plain report.
    expect(r.rows.map((x) => [x[C.f], x[C.m]])).toEqual(plain.rows.map((x) => [x[C.f], x[C.m]]));
    expect(r.fixed).toEqual(["R"]);
    expect(r.parameters).toContain("R by fixed thresholds 7/30/60/120 days; F, M by equal-count quantiles");
  });
  it("F and M thresholds typed by the user: a value equal to a threshold takes the lower score", async () => {
    const o = orders();
    const f = [2, 4, 6, 8];
    const m = [100, 250, 500, 1000];
    const r = rfmReport({ ...o, thresholds: { r: [7, 30, 60, 120], f, m } }, "zh");
    for (const row of r.rows.slice(0, 150)) {
      expect(row[C.f]).toBe(await callExcel("RFM.BIN", [row[C.frequency], [f], "F"]));
      expect(row[C.m]).toBe(await callExcel("RFM.BIN", [row[C.monetary], [m], "M"]));
    }
    expect(r.parameters).toContain(
      "R 阈值 7/30/60/120（天）；F 阈值 2/4/6/8（次购买）；M 阈值 100/250/500/1000（金额）",
    );
  });
  it("the number of thresholds must be bins − 1, ascending", () => {
    const o = orders();
    const e = errorOf(() => rfmReport({ ...o, bins: 5, thresholds: { f: [1, 2] } }, "en"));
    expect(e.messageIn("en")).toMatch(
      /frequency \(purchases\): give 4 ascending numbers for 5 score levels, got 2/,
    );
    expect(e.messageIn("zh")).toMatch(/需要 4 个从小到大的数/);
    expect(codeOf(() => rfmReport({ ...o, thresholds: { m: [5, 1, 2, 3] } }, "en"))).toBe("invalid");
  });
});

describe("other schemes and options", () => {
  it('scheme "types": the segment is the RFM type of the row; the summary counts the eight types', () => {
    const r = rfmReport({ ...orders(), scheme: "types" }, "en");
    for (const row of r.rows) expect(row[C.segment]).toBe(row[C.type]);
    expect(r.segments.length).toBeLessThanOrEqual(8);
    expect(r.parameters).toMatch(/segments: the eight RFM types/);
  });
  it('scheme "custom": rules read from a table; rules sharing a name are one segment; missing rules are refused', () => {
    const rules = segmentRulesFromRows(
      [
        ["Segment", "r_min", "r_max", "f_min", "f_max", "m_min", "m_max"],
        ["Top", 4, 5, 4, 5, "", ""],
        ["Top", 5, 5, 1, 3, 5, 5],
        ["Rest", "", "", "", "", "", ""],
      ],
      { en: "rules", zh: "规则" },
    );
    const r = rfmReport({ ...orders(), scheme: "custom", rules }, "en");
    expect(r.segments.map((s) => s.label).sort()).toEqual(["Rest", "Top"]);
    const top = r.rows.filter((x) => {
      const [R, F, M] = [x[C.r], x[C.f], x[C.m]] as [number, number, number];
      return (R >= 4 && F >= 4) || (R === 5 && F <= 3 && M === 5);
    }).length;
    expect(r.segments.find((s) => s.label === "Top")!.customers).toBe(top);
    expect(r.parameters).toContain("segments: rules typed in a sheet (3 rules)");
    const zh = rfmReport({ ...orders(), scheme: "custom", rules, rulesSource: "RFM 规则" }, "zh");
    expect(zh.parameters).toContain("细分：工作表中填写的规则（“RFM 规则”，3 条）");
    expect(codeOf(() => rfmReport({ ...orders(), scheme: "custom" }, "en"))).toBe("invalid");
  });
  it("value-tier cuts: 10/20/30% of 40 customers are 4 platinum, 8 gold, 12 iron, 16 lead", () => {
    const n = 40;
    const r = rfmReport(
      {
        ids: Array.from({ length: n }, (_, i) => `C${i}`),
        dates: Array(n).fill(45650),
        amounts: Array.from({ length: n }, (_, i) => i + 1),
        tierCuts: [0.1, 0.2, 0.3],
      },
      "en",
    );
    const count = (t: string) => r.rows.filter((x) => x[C.tier] === t).length;
    expect(["Platinum", "Gold", "Iron", "Lead"].map(count)).toEqual([4, 8, 12, 16]);
    expect(r.parameters).toContain("value tiers 10%/20%/30%/40%");
  });
});

describe("appended columns: AOV, refunds, purchases in the last 6 months, follow-up", () => {
  // As of 2025-01-01 (45658). A: purchases 182 and 183 days before (the second is outside 6 months),
  // one refund; B: one purchase 10 days before; C: 3 purchases in the window.
  const input = {
    ids: ["A", "A", "A", "B", "C", "C", "C"],
    dates: [45658 - 182, 45658 - 183, 45658 - 5, 45658 - 10, 45650, 45651, 45652],
    amounts: [40, 60, -10, 25, 10, 20, 30],
    asOf: 45658,
  };
  const r = rfmReport(input, "en");
  const row = (id: string) => r.rows.find((x) => x[0] === id)!;
  it("hand-computed values", () => {
    // A: net 90 over 2 purchases (the refund is not a purchase) → AOV 45; 1 refund; 1 purchase in 6 months.
    expect(row("A").slice(C.averageOrderValue, C.followUp)).toEqual([45, 1, 1]);
    expect(row("B").slice(C.averageOrderValue, C.followUp)).toEqual([25, 0, 1]);
    expect(row("C").slice(C.averageOrderValue, C.followUp)).toEqual([20, 0, 3]);
  });
  it("the follow-up is RFM.ACTION(R score, purchases in 6 months)", async () => {
    for (const x of r.rows)
      expect(x[C.followUp]).toBe(await callExcel("RFM.ACTION", [x[C.r], x[C.purchasesLast6Months], "en"]));
    expect(r.header.slice(C.averageOrderValue)).toEqual([
      "Average order value",
      "Refunds",
      "Purchases in the last 6 months",
      "Follow-up (mailing policy)",
    ]);
  });
  it("blank follow-up unless there are 5 score levels (the policy's R1–R5)", () => {
    const three = rfmReport({ ...input, bins: 3 }, "en");
    expect(three.rows.every((x) => x[C.followUp] === "")).toBe(true);
  });
});

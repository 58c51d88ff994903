/**
 * The lifecycle report's options (issue 10): the period length and the rule's parameters, on
 * the six hand-built customers of lifecycleReport.test.ts grouped into calendar quarters; each
 * stage below is derived by hand from the quarterly volumes in the comments (CRM_MODELS.md §4).
 */
import { lifecycleReport } from "../../../src/reports";
import { periodText } from "../../../src/reports/lifecycleOptions";
import { codeOf, errorOf } from "../../helpers/errors";

/** Excel serial of y-m-d, independent of src/dates (UTC arithmetic; 25569 = 1970-01-01). */
const serial = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000 + 25_569;

/**
 * Six customers over Jan–Dec 2024 (as of 2024-12-31), each built so the default rules of
 * src/lifecycle (L 6, E 3, trial ≤ 2, w 3, d 30%, g 20%; CRM_MODELS.md §4) give a known stage.
 */
function book() {
  const rows: [unknown, unknown, unknown][] = [];
  const monthly = (id: string, months: number[], amount: (m: number) => number) =>
    months.forEach((m) => rows.push([id, serial(2024, m, 15), amount(m)]));
  const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);
  monthly("T", range(1, 6), () => 100); // idle Jul–Dec = 6 ≥ L → terminated
  monthly("X", [11], () => 40); // first purchase 2 months back ≤ E → exploration (recent)
  monthly("Y", [2, 12], () => 500); // 2 purchase months ≤ trial → exploration (few)
  monthly("D", range(1, 9), () => 100); // recent window 150 < 0.7 × peak 300 → decline
  monthly("D", range(10, 12), () => 25);
  monthly("D", range(10, 12), () => 25); // two purchases a month: 50 a month
  monthly("F", range(1, 12), (m) => (m >= 10 ? 20 : 10)); // 60 > 1.2 × 30 → formation
  monthly("S", range(1, 12), () => 100); // 300 = peak → stability
  rows.push(["S", serial(2024, 12, 20), -1000]); // a refund: not a purchase, volume unchanged
  rows.push(["", serial(2024, 5, 1), 10]); // no id → skipped
  rows.push(["X", serial(2025, 1, 2), 10]); // after the as-of date → skipped
  return {
    ids: rows.map((r) => r[0]),
    dates: rows.map((r) => r[1]),
    amounts: rows.map((r) => r[2]),
  };
}

const options = {
  periodMonths: 3,
  terminatedPeriods: 2,
  explorationPeriods: 1,
  trialPurchases: 1,
  window: 1,
  decline: 0.3,
  growth: 0.2,
} as const;

describe("lifecycleReport with options", () => {
  const r = lifecycleReport({ ...book(), asOf: "2024-12-31" }, "en", options);
  const stage = (id: string) => r.rows.find((row) => row[0] === id)!;

  it("quarters, L 2, E 1, trial 1, w 1: the stages worked out by hand", () => {
    expect(r.months).toBe(4);
    expect(r.header[3]).toBe("Quarters observed");
    expect(stage("T").slice(3, 5)).toEqual([4, "Terminated"]); // 300 300 0 0: 2 idle ≥ L
    expect(stage("X").slice(3, 5)).toEqual([1, "Exploration"]); // 0 0 0 40: first within E = 1
    expect(stage("Y")[4]).toBe("Formation"); // 500 0 0 500: 2 purchase quarters > 1; 500 > 1.2 × 0
    expect(stage("D")[5]).toBe("Decline: volume in the last 1 period is 50% below its peak (150 vs 300).");
    expect(stage("F")[5]).toBe(
      "Formation: volume in the last 1 period is 100% above the 1 period before (60 vs 30).",
    );
    expect(stage("S")[4]).toBe("Stability"); // 300 300 300 300
    expect(r.stages.map((s) => s.customers)).toEqual([1, 2, 1, 1, 1]);
    expect(r.parameters).toMatch(
      /^As of 2024-12-31 · quarterly periods 2024-Q1 … 2024-Q4 \(4 quarters\) · terminated after L=2 periods without a purchase · exploration while the first purchase is within the last E=1 period or at most 1 period have a purchase/,
    );
  });

  it("in Chinese the period and the rule are stated in words", () => {
    const zh = lifecycleReport({ ...book(), asOf: "2024-12-31" }, "zh", options);
    expect(zh.header[3]).toBe("观察季度数");
    expect(zh.parameters).toMatch(
      /^研究时间点 2024-12-31 · 按季度分期 2024-Q1 … 2024-Q4（4 个季度） · 终止：连续 L=2 期没有购买/,
    );
  });

  it("the defaults given explicitly change nothing; period labels of each length", () => {
    const a = lifecycleReport({ ...book(), asOf: "2024-12-31" }, "en");
    const b = lifecycleReport({ ...book(), asOf: "2024-12-31" }, "en", {
      periodMonths: 1,
      terminatedPeriods: 6,
      explorationPeriods: 3,
      trialPurchases: 2,
      window: 3,
      decline: 0.3,
      growth: 0.2,
    });
    expect(b.rows).toEqual(a.rows);
    expect(b.parameters).toBe(a.parameters);
    const p = 2024 * 12 + 6; // July 2024
    expect([periodText(p, 1), periodText(p / 3, 3), periodText(p / 6, 6), periodText(2024, 12)]).toEqual([
      "2024-07",
      "2024-Q3",
      "2024-H2",
      "2024",
    ]);
  });

  it("years: one period per calendar year", () => {
    const y = lifecycleReport({ ...book(), asOf: "2024-12-31" }, "en", { periodMonths: 12 });
    expect(y.months).toBe(1);
    expect(y.header[3]).toBe("Years observed");
  });

  it("a first purchase far back: the same span warning (in months) whatever the period length", () => {
    const b = book();
    const input = {
      ids: [...b.ids, "Z"],
      dates: [...b.dates, serial(1990, 1, 1)],
      amounts: [...b.amounts, 10],
      asOf: "2024-12-31",
    };
    const monthly = lifecycleReport(input, "en");
    expect(monthly.warnings).toEqual([
      "Customer Z's first purchase 1990-01-01 stretches the data from 12 to 420 months (more than 2×): check that date.",
    ]);
    for (const periodMonths of [3, 12] as const)
      expect(lifecycleReport(input, "en", { periodMonths }).warnings).toEqual(monthly.warnings);
  });

  it("bad options are invalid, naming the option", () => {
    const input = { ...book(), asOf: "2024-12-31" };
    expect(codeOf(() => lifecycleReport(input, "en", { periodMonths: 2 as never }))).toBe("invalid");
    expect(errorOf(() => lifecycleReport(input, "en", { decline: 1.5 })).message).toMatch(
      /decline threshold \(d\)/,
    );
    expect(errorOf(() => lifecycleReport(input, "en", { window: 0 })).message).toMatch(/window length \(w\)/);
  });
});

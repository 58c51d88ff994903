import { lifecycleReport } from "../../../src/reports";
import { deepFreeze, expectClose } from "../../helpers/tolerance";
import { codeOf } from "../../helpers/errors";

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

describe("lifecycleReport", () => {
  it("doc example", () => {
    const r = lifecycleReport({ ids: ["A", "A"], dates: [45658, 45689], amounts: [10, 20] }, "en");
    expect([r.months, r.rows[0]?.[4], r.stages[0]]).toEqual([
      2,
      "Exploration",
      { key: "exploration", label: "Exploration", customers: 1, share: 1 },
    ]);
  });

  it("classifies six hand-built customers by the default rules, with reasons and sheet rows", () => {
    const input = deepFreeze({ ...book(), asOf: "2024-12-31", firstRow: 2 });
    const r = lifecycleReport(input, "en");
    expect(r.months).toBe(12);
    expect(r.customers).toBe(6);
    const byId = new Map(r.rows.map((row) => [row[0], row]));
    expect([...byId.keys()]).toEqual(["T", "X", "Y", "D", "F", "S"]);
    expect(byId.get("T")!.slice(1)).toEqual([
      serial(2024, 1, 15),
      serial(2024, 6, 15),
      12,
      "Terminated",
      "Terminated: no purchase in the last 6 periods (terminated after 6).",
    ]);
    expect(byId.get("X")!.slice(3)).toEqual([
      2,
      "Exploration",
      "Exploration: first purchase 2 periods ago, within the 3 of exploration.",
    ]);
    expect(byId.get("Y")!.slice(3, 6)).toEqual([
      11,
      "Exploration",
      "Exploration: only 2 periods with a purchase: trial orders (at most 2).",
    ]);
    expect(byId.get("D")![5]).toBe(
      "Decline: volume in the last 3 periods is 50% below its peak (150 vs 300).",
    );
    expect(byId.get("F")![5]).toBe(
      "Formation: volume in the last 3 periods is 100% above the 3 periods before (60 vs 30).",
    );
    expect(byId.get("S")!.slice(4)).toEqual([
      "Stability",
      "Stability: volume in the last 3 periods is 100% of its peak: no fall of 30%, no growth of 20%.",
    ]);
    expect(r.stages.map((s) => [s.key, s.customers])).toEqual([
      ["exploration", 2],
      ["formation", 1],
      ["stability", 1],
      ["decline", 1],
      ["terminated", 1],
    ]);
    expectClose(r.stages[0]!.share, 2 / 6, 1e-12);
    const n = input.ids.length;
    expect(r.skipped.map((s) => s.row)).toEqual([n, n + 1]); // rows n−1 and n of the data, sheet rows +1
    expect(r.skipped[0]!.reason).toBe("Row has no customer id.");
    expect(r.parameters).toBe(
      "As of 2024-12-31 · monthly periods 2024-01 … 2024-12 (12 months) · terminated after L=6 periods without a purchase · exploration while the first purchase is within the last E=3 periods or at most 2 periods have a purchase (trial orders) · decline when the last w=3 periods bought less than 70% of the best earlier 3 (a fall of more than d=30%) · formation when they bought more than 120% of the 3 before (growth of more than g=20%) · otherwise stability · purchase amounts (refunds not netted) · data 2024-01-15 … 2024-12-20",
    );
  });

  it("in Chinese: seed 003 stage names and reasons", () => {
    const r = lifecycleReport({ ...book(), asOf: "2024-12-31" }, "zh");
    expect(r.header[4]).toBe("生命周期阶段");
    expect(r.stages.map((s) => s.label)).toEqual(["考察期", "形成期", "稳定期", "退化期", "终止"]);
    expect(r.rows.find((row) => row[0] === "D")![5]).toBe(
      "退化期：最近 3 期的购买量比峰值低 50%（150 对 300）。",
    );
    expect(r.parameters).toBe(
      "研究时间点 2024-12-31 · 按月分期 2024-01 … 2024-12（12 个月） · 终止：连续 L=6 期没有购买 · 考察期：首次购买在最近 E=3 期内，或有购买的期数不超过 2（试探性购买） · 退化期：最近 w=3 期的购买量低于之前最好的 3 期的 70%（下降超过 d=30%） · 形成期：最近 3 期的购买量高于紧接其前 3 期的 120%（增长超过 g=20%） · 其余为稳定期 · 购买额（不含退款）· 数据 2024-01-15 … 2024-12-20",
    );
  });

  describe("edge cases", () => {
    it("the default as-of date (day after the latest) does not add an empty month", () => {
      const r = lifecycleReport(
        { ids: ["a", "a"], dates: [serial(2024, 1, 31), serial(2024, 3, 31)], amounts: [1, 1] },
        "en",
      );
      expect(r.asOf).toBe(serial(2024, 4, 1));
      expect(r.months).toBe(3);
    });
    it("a given as-of date in a later month counts that month (and the empty ones before it)", () => {
      const r = lifecycleReport(
        {
          ids: ["a", "a"],
          dates: [serial(2024, 1, 31), serial(2024, 2, 1)],
          amounts: [1, 1],
          asOf: serial(2024, 8, 1),
        },
        "en",
      );
      expect(r.months).toBe(8);
      expect(r.rows[0]![4]).toBe("Terminated"); // Mar–Aug without a purchase: 6 months
    });
    it("refunds do not lower a month's volume; a refund-only customer is skipped as in RFM", () => {
      const r = lifecycleReport(
        {
          ids: ["a", "b", "a"],
          dates: [serial(2024, 1, 5), serial(2024, 1, 6), serial(2024, 1, 7)],
          amounts: [10, -5, -10],
        },
        "en",
      );
      expect(r.customers).toBe(1);
      expect(r.skipped.map((s) => s.row)).toEqual([2]);
    });
    it("unreadable input throws invalid, as customerTable does", () => {
      expect(codeOf(() => lifecycleReport({ ids: [], dates: [], amounts: [] }, "en"))).toBe("invalid");
      expect(codeOf(() => lifecycleReport({ ids: ["a"], dates: ["x"], amounts: [1] }, "en"))).toBe("invalid");
    });
  });
});

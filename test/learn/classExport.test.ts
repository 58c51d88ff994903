/**
 * The class data generator (issue 12.3): reproducible with a seed, sizes and spans respected,
 * the churn share changes the share of inactive customers as designed (checked by recency
 * computed here from the rows), headers in either language, bad options refused.
 */
import { classExport } from "../../src/sample/classExport";
import { CrmError } from "../../src/errors";

const lastByCustomer = (rows: readonly (readonly [string, number, string, number])[]) => {
  const last = new Map<string, number>();
  for (const [id, day] of rows) last.set(id, Math.max(last.get(id) ?? -Infinity, day));
  return last;
};

test("the same seed gives the same export, another seed another one", () => {
  const a = classExport({ customers: 50, seed: 7 });
  expect(classExport({ customers: 50, seed: 7 })).toEqual(a);
  expect(classExport({ customers: 50, seed: 8 }).rows).not.toEqual(a.rows);
});

test("size and span are respected; ids are unique orders; dates are whole serials", () => {
  const e = classExport({ customers: 321, start: 45000, spanDays: 400, seed: 3 });
  expect(new Set(e.rows.map((r) => r[0])).size).toBe(321);
  expect(e.end).toBe(45399);
  for (const [, day, , amount] of e.rows) {
    expect(Number.isInteger(day)).toBe(true);
    expect(day).toBeGreaterThanOrEqual(45000);
    expect(day).toBeLessThanOrEqual(45399);
    expect(Number.isFinite(amount)).toBe(true);
  }
  expect(new Set(e.rows.map((r) => r[2])).size).toBe(e.rows.length);
});

test("inactive customers (no order in the last 90 days) are exactly the churned ones", () => {
  const e = classExport({ customers: 500, seed: 11, churn: 0.4 });
  const last = lastByCustomer(e.rows);
  const inactive = [...last].filter(([, d]) => e.end + 1 - d > 90).map(([id]) => id);
  expect(inactive.sort()).toEqual([...e.churned].sort());
});

test("the churn share moves the share of inactive customers", () => {
  const share = (churn: number) => {
    const e = classExport({ customers: 2000, seed: 5, churn });
    const last = lastByCustomer(e.rows);
    return [...last.values()].filter((d) => e.end + 1 - d > 90).length / 2000;
  };
  expect(share(0)).toBe(0);
  expect(share(1)).toBe(1);
  // Binomial(2000, p): 4 standard deviations is about 0.045 at p = 0.5.
  expect(Math.abs(share(0.2) - 0.2)).toBeLessThan(0.04);
  expect(Math.abs(share(0.6) - 0.6)).toBeLessThan(0.045);
});

test("spend follows the chosen typical amount", () => {
  const mean = (meanAmount: number) => {
    const e = classExport({ customers: 1000, seed: 2, meanAmount });
    const pos = e.rows.map((r) => r[3]).filter((a) => a > 0);
    return pos.reduce((s, a) => s + a, 0) / pos.length;
  };
  // basket × exp(U·0.6 − 0.3) × exp(U·0.5 − 0.25): mean factor ≈ 1.016 · 1.010
  expect(mean(100) / 100).toBeGreaterThan(0.95);
  expect(mean(100) / 100).toBeLessThan(1.1);
  expect(mean(500) / mean(100)).toBeGreaterThan(4.5);
});

test("Chinese headers; edge cases refused with a bilingual message", () => {
  expect(classExport({ customers: 1, lang: "zh" }).header).toEqual([
    "客户编号",
    "订单日期",
    "订单号",
    "金额",
  ]);
  for (const bad of [
    { customers: 0 },
    { customers: 2.5 },
    { spanDays: 30 },
    { churn: 1.5 },
    { meanAmount: -1 },
    { inactiveDays: 400 },
  ])
    expect(() => classExport(bad)).toThrow(CrmError);
  try {
    classExport({ churn: -0.1 });
  } catch (e) {
    expect((e as CrmError).text.zh).toMatch(/流失/);
  }
});

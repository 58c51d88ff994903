/**
 * The lifecycle sample-workbook recipe (test/functions/recipes/lifecycle.recipe.ts), evaluated end
 * to end: built-ins (SUM, COUNTIF) by the formula engine, ours through the harness. Stages are
 * worked out by hand from the rules of CRM_MODELS.md §4 (defaults L 6, E 3, trial 2, d 0.3, g 0.2,
 * w 3), with the window sums taken from the SUM columns the engine computed beside them.
 */
import { setDisplayLanguage } from "./harness";
import { lifecycleRecipe } from "./recipes/lifecycle.recipe";
import { Worksheet } from "./workbook";

beforeAll(() => setDisplayLanguage("en-US"));

test("lifecycle recipe: stage, reason and type per customer row agree with the rules worked by hand and the SUM/COUNTIF columns", async () => {
  const sheet = new Worksheet(lifecycleRecipe);
  expect(await sheet.evaluate()).toEqual([]);
  const n = 7; // customers, rows 2–8
  const col = (c: string) => sheet.range(`${c}2:${c}${n + 1}`).flat();

  // The built-in columns: last quarter, the quarter before, months with a purchase (blank = none).
  expect(col("P")).toEqual([300, 120, 150, 120, 25, 0, 300]);
  expect(col("Q")).toEqual([300, 210, 80, 0, 0, 0, 300]);
  expect(col("R")).toEqual([12, 12, 8, 2, 2, 6, 12]);

  expect(col("N")).toEqual([
    "Stability", // flat: 300 is its own peak, no growth over 300
    "Decline", // 120 < 0.7 × the best earlier quarter, 300
    "Formation", // 150 > 1.2 × 80
    "Exploration", // first purchase 2 months ago (≤ 3)
    "Exploration", // 2 months with a purchase (≤ 2 trial orders)
    "Terminated", // 6 months without purchase
    "Stability",
  ]);
  const [p, q] = [col("P") as number[], col("Q") as number[]];
  expect(col("O")).toEqual([
    "Stability: volume in the last 3 periods is 100% of its peak: no fall of 30%, no growth of 20%.",
    `Decline: volume in the last 3 periods is ${Math.round(100 * (1 - p[1]! / 300))}% below its peak (${p[1]} vs 300).`,
    `Formation: volume in the last 3 periods is ${Math.round(100 * (p[2]! / q[2]! - 1))}% above the 3 periods before (${p[2]} vs ${q[2]}).`,
    "Exploration: first purchase 2 periods ago, within the 3 of exploration.",
    "Exploration: only 2 periods with a purchase: trial orders (at most 2).",
    "Terminated: no purchase in the last 6 periods (terminated after 6).",
    "Stability: volume in the last 3 periods is 100% of its peak: no fall of 30%, no growth of 20%.",
  ]);
  expect(sheet.get("O4")).toContain("88% above"); // 150 / 80 − 1 = 87.5%, rounded

  // Types: Loyal = tenure ≥ 730 days and share ≥ 0.7; Old = tenure ≥ 730; Frequent = ≥ 4 purchases.
  expect(col("U")).toEqual([
    "Loyal customer", // 1100 days, share 0.75
    "Old customer", // 800 days, share 0.4
    "Frequent customer", // 250 days, 8
    "New customer", // 45 days, 2
    "New customer", // 300 days, 2
    "Frequent customer", // 400 days, 6
    "Old customer", // 900 days, share unknown: nobody is loyal without it
  ]);
  expect(sheet.get("U17")).toBe("Potential customer");
  expect(sheet.get("U18")).toBe("老客户"); // 1100 ≥ 1095 days, 0.75 < 0.9

  // Flat volume, falling share of wallet: decline is judged on the share (mean 0.4 vs 0.8).
  expect(sheet.get("N10")).toBe("Decline");
  expect(sheet.get("O10")).toBe(
    "Decline: share of wallet in the last 3 periods is 50% below its peak (40% vs 80%).",
  );
  // Seed 002's names, Chinese; thresholds as arguments; a monthly window.
  expect(sheet.get("N12")).toBe("Recovery");
  expect(sheet.get("N13")).toBe("恢复期");
  expect(sheet.get("O13")).toBe("恢复期：最近 3 期的购买量比峰值低 60%（120 对 300）。");
  expect(sheet.get("N14")).toBe("Stability"); // 120 ≥ 0.3 × 300, and 120 ≤ 1.2 × 210
  expect(sheet.get("O14")).toBe(
    "Stability: volume in the last 3 periods is 40% of its peak: no fall of 70%, no growth of 20%.",
  );
  // w = 1: December 60 is not above 1.2 × November 50; its peak before is 50.
  expect(sheet.get("N15")).toBe("Stability");
  expect(sheet.get("O15")).toBe(
    "Stability: volume in the last 1 period is 120% of its peak: no fall of 30%, no growth of 20%.",
  );
});

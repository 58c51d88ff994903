/**
 * The customer-value sample-workbook recipe (test/functions/recipes/value.recipe.ts), evaluated end
 * to end: built-ins (SUMPRODUCT, POWER, ROW, COUNTIF, COUNT, SUMIF, INDEX, IF, SUM) by the formula
 * engine, ours through the harness. Each custom function is checked against the built-in
 * construction beside it on the sheet and against a hand computation here.
 */
import { setDisplayLanguage } from "./harness";
import { valueRecipe } from "./recipes/value.recipe";
import { Worksheet } from "./workbook";
import { expectClose } from "../helpers/tolerance";

beforeAll(() => setDisplayLanguage("en-US"));

test("value recipe: CLV.PROFIT/CLV.NPV, CLV.RETENTION, CLV.SHARE, pyramid, Pareto, grid and delivered value agree with the built-in constructions", async () => {
  const sheet = new Worksheet(valueRecipe);
  expect(await sheet.evaluate()).toEqual([]);
  const num = (at: string) => sheet.get(at) as number;
  const col = (c: string, from: number, to: number) => sheet.range(`${c}${from}:${c}${to}`).flat();

  // Yearly profit: revenue minus the four cost lines, by hand: −600, 990, 1320, 1560, 1180, 390.
  const profits = [-600, 990, 1320, 1560, 1180, 390];
  const years = sheet.range("B2:F7") as (number | null)[][];
  expect(years.map(([rev, a, d, r, t]) => rev! - a! - d! - r! - (t ?? 0))).toEqual(profits);
  expect(col("G", 2, 7)).toEqual(profits);
  expect(col("H", 2, 7)).toEqual(profits);

  // NPV at 10%, P(1) discounted one full year, as Excel's NPV: Σ P(t)/1.1^t by hand.
  const npv = profits.reduce((s, p, i) => s + p / Math.pow(1.1, i + 1), 0);
  expectClose(num("K4"), npv, 1e-9);
  expectClose(num("K6"), num("K4"), 1e-9); // SUMPRODUCT(profits, 1/POWER(1+rate, ROW offsets))
  expectClose(num("K8"), num("K4"), 1e-9); // explicit sum
  // Starting today: year 1 undiscounted, the rest one year earlier = 1.1 × NPV.
  expectClose(num("K10"), 1.1 * npv, 1e-9);

  // Retention CLV: infinite horizon m·r/(1+d−r) = 120·0.75/0.37; 5 years from the term table.
  expectClose(num("N6"), (120 * 0.75) / 0.37, 1e-9);
  expectClose(num("N6"), num("N7"), 1e-9);
  const five = [1, 2, 3, 4, 5].reduce((s, t) => s + (120 * 0.75 ** t) / 1.12 ** t, 0) - 40;
  expectClose(num("N8"), five, 1e-9);
  expectClose(num("N8"), num("N9"), 1e-9);

  const last = 32; // 20 customers, rows 13–32
  // Share of wallet = our spend / category spend, per customer, as the division beside it.
  const spends = sheet.range(`B13:C${last}`) as number[][];
  expect(col("D", 13, last)).toEqual(spends.map(([ours, total]) => ours! / total!));
  expect(col("D", 13, last)).toEqual(col("E", 13, last));

  // Pyramid by hand (20 customers, ranked by profit): 5200 Platinum; 3100, 2900, 2400 Gold; the next
  // seven Iron, including both 800s (ranks 10 and 11: the tie goes whole to the better tier); rest Lead.
  const tiers = [
    "Iron",
    "Platinum",
    "Lead",
    "Gold",
    "Iron",
    "Lead",
    "Gold",
    "Lead",
    "Iron",
    "Lead",
    "Gold",
    "Lead",
    "Iron",
    "Lead",
    "Iron",
    "Iron",
    "Lead",
    "Iron",
    "Lead",
    "Lead",
  ];
  expect(col("I", 13, last)).toEqual(tiers); // the COUNTIF/COUNT construction
  expect(col("G", 13, last)).toEqual(tiers); // VALUE.TIER per cell
  expect(col("J", 13, last)).toEqual(tiers); // VALUE.TIERS spilled, aligned row by row
  expect(sheet.get(`J${last + 1}`)).toBeNull();
  // Five customers only (800, 5200, 120, 2400, 950): 5200 VIP; 2400 and 950 ordinary (above/n 0.2, 0.4).
  expect(sheet.range("Q24:Q28").flat()).toEqual(["小客户", "VIP客户", "小客户", "普通客户", "普通客户"]);

  // Pareto: total 24530; top 20% = 4 customers, 5200 + 3100 + 2900 + 2400 = 13600.
  expectClose(num("Q21"), 13600 / 24530, 1e-12);
  expectClose(num("Q21"), num("Q22"), 1e-12);
  // 12.5% of 20 = 2.5 customers: 5200 + 3100 + half of 2900.
  expectClose(num("Q23"), 9750 / 24530, 1e-12);

  // Value grid: loyalty cuts 40 | 70, credit cuts 600 | 700, a value on a cut goes to the higher band.
  const grid = [
    "Grow",
    "Reward",
    "Exit",
    "Retain",
    "Retain",
    "Exit",
    "Reward",
    "Maintain",
    "Grow",
    "Watch",
    "Retain",
    "Secure payment",
    "Grow",
    "Develop",
    "Limit credit",
    "Maintain",
    "Develop",
    "Maintain",
    "Watch",
    "Watch",
  ];
  expect(col("N", 13, last)).toEqual(grid); // INDEX/COUNTIF
  expect(col("M", 13, last)).toEqual(grid); // VALUE.GRID

  // Delivered value: ours 100 − 70 = 30, ratio 10/7; the rival 100 − 75 (blank energy skipped) = 25, 4/3.
  expect(sheet.range("B46:C46")[0]).toEqual([30, 25]);
  expect(sheet.range("B47:C47")[0]).toEqual([30, 25]);
  expectClose(num("B48"), 100 / 70, 1e-12);
  expectClose(num("C48"), 100 / 75, 1e-12);
  expectClose(num("B48"), num("B49"), 1e-12);
  expectClose(num("C48"), num("C49"), 1e-12);
});

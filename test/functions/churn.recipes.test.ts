/**
 * The churn sample-workbook recipe (test/functions/recipes/churn.recipe.ts), evaluated end to end:
 * built-ins (AVERAGE, SUM, COUNTIF, IF) by the formula engine, ours through the harness.
 * References: lost/start and (end − new)/start in the sheet; CHURN.VALUE against the difference of
 * two CLV.RETENTION cells (and the closed form m·r/(1+d−r) here); the cohort table worked by hand
 * from the purchases; the Pareto/NBD fit and P(alive) against an independent scipy fit of the
 * likelihood of Fader & Hardie's note (2005, eq. 22 with scipy.special.hyp2f1; P(alive) eq. 18).
 */
import { callExcel, expectError, setDisplayLanguage } from "./harness";
import { churnRecipe } from "./recipes/churn.recipe";
import { Worksheet } from "./workbook";
import { expectClose, expectRelClose } from "../helpers/tolerance";

beforeAll(() => setDisplayLanguage("en-US"));

/** scipy (Nelder-Mead then BFGS on log parameters): r, α, s, β, LL of the summary in the recipe. */
const SCIPY = {
  r: 1.498670207873789,
  alpha: 9.327371946592972,
  s: 0.6869673315994685,
  beta: 5.494794588413192,
};
const SCIPY_LL = -111.03110818259839;
/** P(alive) per customer, Fader & Hardie (2005) eq. 18 at the scipy fit. */
const SCIPY_PALIVE = [
  0.04931915975888514, 0.04931915975888514, 0.04931915975888514, 0.04931915975888514, 0.038418758978866784,
  0.8187905772525473, 0.01838351614133471, 0.013710544886304184, 0.9424670655972389, 0.9828834089325266,
  0.04931915975888514, 0.9274743247771388, 0.011572174013434541, 0.04931915975888514, 0.019838637780396778,
  0.004986072659353065,
];

test("churn recipe: rates, value of retention, cohort table and Pareto/NBD P(alive) agree with the built-in constructions and references", async () => {
  const sheet = new Worksheet(churnRecipe);
  const failures = await sheet.evaluate();
  // Forgetting the new customers puts retention above 100% in Q1 and Q4: refused, on purpose.
  expect(failures.map((f) => [f.at, f.error])).toEqual([
    ["J2", "#VALUE!"],
    ["J5", "#VALUE!"],
  ]);
  expectError(await callExcel("CHURN.RETENTION", [1000, 1030]), "#VALUE!");
  const num = (at: string) => sheet.get(at) as number;
  const col = (c: string) => sheet.range(`${c}2:${c}5`).flat() as number[];

  // Customers: 1000 → 1030 → 1020 → 930 → 1060 (start = previous end).
  expect(col("B")).toEqual([1000, 1030, 1020, 930]);
  expect(col("E")).toEqual([1030, 1020, 930, 1060]);
  [120, 90, 150, 70].forEach((lost, i) => {
    const start = col("B")[i]!;
    expectClose(col("F")[i]!, lost / start, 1e-15);
    expectClose(col("F")[i]!, col("G")[i]!, 1e-15);
    expectClose(col("H")[i]!, (start - lost) / start, 1e-15); // (end − new)/start = 1 − churn here
    expectClose(col("H")[i]!, col("I")[i]!, 1e-15);
  });
  expectClose(num("J3"), 1020 / 1030, 1e-15); // new customers counted as retained: overstated

  // Value of 5 more points: m·r/(1+d−r) at r + 0.05 minus at r, times 1060 customers.
  const r = col("H").reduce((s, v) => s + v, 0) / 4;
  const clv = (rr: number) => (50 * rr) / (1 + 0.03 - rr);
  expectClose(num("M2"), r, 1e-15);
  expectRelClose(num("M8"), (clv(r + 0.05) - clv(r)) * 1060, 1e-12);
  expectRelClose(num("M8"), num("M11"), 1e-12);
  // 8 quarters: Σ m·r^t/(1+d)^t, t = 1…8.
  const clv8 = (rr: number) => [1, 2, 3, 4, 5, 6, 7, 8].reduce((s, t) => s + (50 * rr ** t) / 1.03 ** t, 0);
  expectRelClose(num("M12"), (clv8(r + 0.05) - clv8(r)) * 1060, 1e-12);
  expectRelClose(num("M12"), num("M13"), 1e-12);
  expectRelClose(num("M14"), (clv(r - 0.05) - clv(r)) * 1060, 1e-12);
  expectRelClose(num("M14"), num("M15"), 1e-12);
  expect(num("M14")).toBeLessThan(0);

  // Cohorts by first purchase month (hand): Jan a, b, c; Feb d, e; Mar f, g; Apr h. Data end in April.
  expect(sheet.range("D20:I20")[0]).toEqual([
    "Cohort start",
    "Customers",
    "Month 0",
    "Month 1",
    "Month 2",
    "Month 3",
  ]);
  const cohorts = sheet.range("D21:I24");
  expect(cohorts.map((row) => row.slice(0, 3))).toEqual([
    [45292, 3, 1], // 2024-01-01
    [45323, 2, 1], // 2024-02-01
    [45352, 2, 1], // 2024-03-01
    [45383, 1, 1], // 2024-04-01
  ]);
  const rest = cohorts.map((row) => row.slice(3));
  expectClose(rest[0]![0] as number, 1 / 3, 1e-15); // Feb: a
  expectClose(rest[0]![1] as number, 2 / 3, 1e-15); // Mar: a, b
  expect(rest[0]![2]).toBe(0); // Apr: none of the January customers
  expect(rest[1]).toEqual([0.5, 0.5, ""]); // Mar: e; Apr: d (its two February purchases are one month)
  expect(rest[2]).toEqual([0.5, "", ""]); // Apr: f
  expect(rest[3]).toEqual(["", "", ""]);
  expect(sheet.get("D25")).toBeNull();
  // By quarter: Q1 cohort of 7, of whom d and f bought in Q2; Q2 cohort: h.
  expect(sheet.range("D27:G27")[0]).toEqual(["Cohort start", "Customers", "Quarter 0", "Quarter 1"]);
  expect(sheet.range("D28:F29")).toEqual([
    [45292, 7, 1],
    [45383, 1, 1],
  ]);
  expectClose(num("G28"), 2 / 7, 1e-15);
  expect(sheet.get("G29")).toBe("");
  expect(sheet.range("D31:I31")[0]).toEqual([
    "同期群起始",
    "客户数",
    "第 0 个月",
    "第 1 个月",
    "第 2 个月",
    "第 3 个月",
  ]);
  expect(sheet.range("D32:I35")).toEqual(sheet.range("D21:I24"));

  // Pareto/NBD on the summary = the scipy fit; P(alive) per customer = eq. 18 at that fit.
  expect(sheet.range("R20:R26").flat()).toEqual(["model", "unit", "r", "alpha", "s", "beta", "LL"]);
  expect(sheet.get("S20")).toBe("pnbd");
  expectRelClose(num("S22"), SCIPY.r, 1e-6);
  expectRelClose(num("S23"), SCIPY.alpha, 1e-6);
  expectRelClose(num("S24"), SCIPY.s, 1e-6);
  expectRelClose(num("S25"), SCIPY.beta, 1e-6);
  expectClose(num("S26"), SCIPY_LL, 1e-8);
  const n = 16; // customers, rows 21–36
  const alive = sheet.range(`O21:O${20 + n}`).flat() as number[];
  alive.forEach((p, i) => expectClose(p, SCIPY_PALIVE[i]!, 1e-7));
  const churned = SCIPY_PALIVE.filter((p) => p < 0.5).length; // 12
  expect(num("S28")).toBe(churned);
  expectClose(
    num("S29"),
    SCIPY_PALIVE.reduce((s, p) => s + p, 0),
    1e-6,
  );
});

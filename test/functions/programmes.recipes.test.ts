/**
 * The programmes sample-workbook recipe (test/functions/recipes/programmes.recipe.ts), evaluated
 * end to end: built-ins (INDEX, COUNTIF, INT, MOD, IF, SUMPRODUCT, AVERAGE, DATE, DATEVALUE) by
 * the formula engine, ours through the harness. References: Kotler's relationship-level table
 * (CRM_MODELS.md §7) typed in the sheet, the seed's points rule (§8: one point per yuan, a reward
 * per 500 points), the seed's recency table and mailing policy, all computed by hand here too.
 */
import { callExcel, expectError, setDisplayLanguage } from "./harness";
import { programmesRecipe } from "./recipes/programmes.recipe";
import { Worksheet } from "./workbook";
import { expectClose } from "../helpers/tolerance";

beforeAll(() => setDisplayLanguage("en-US"));

test("programmes recipe: relationship levels, points and rewards, the follow-up mailing list agree with the built-in constructions", async () => {
  const sheet = new Worksheet(programmesRecipe);
  const failures = await sheet.evaluate();
  // Only the two gift cells of members below 500 points (499.99 and 0 yuan) show an error, on purpose.
  expect(failures.map((f) => [f.at, f.error])).toEqual([
    ["H15", "#N/A"],
    ["H18", "#N/A"],
  ]);
  expectError(await callExcel("POINTS.REWARDS", [499.99, null, null, "item"]), "#N/A", /500/);
  const col = (c: string, from: number, n: number) => sheet.range(`${c}${from}:${c}${from + n - 1}`).flat();

  // Kotler's table by hand (customers < 100 few, 100–999 medium, ≥ 1000 many; margin < 0.1 low,
  // 0.1–0.3 medium, ≥ 0.3 high; a value on a cut goes up).
  const levels = [
    "Partnership", // 40, 35%: few, high
    "Accountable", // 800, 25%: medium, medium
    "Basic or reactive", // 50000, 5%: many, low
    "Proactive", // 300, 40%: medium, high
    "Accountable", // 2 000 000, 30%: many, high (on the cut)
    "Reactive", // 100 (on the cut), 8%: medium, low
    "Proactive", // 60, 15%: few, medium
    "Reactive", // 1000 (on the cut), 10% (on the cut): many, medium
  ];
  const m = 8; // markets, rows 2–9
  expect(col("E", 2, m)).toEqual(levels); // INDEX on the grid typed in the sheet
  expect(col("D", 2, m)).toEqual(levels);
  expect(col("F", 2, m)).toEqual([
    "伙伴型",
    "负责型",
    "基本型或被动型",
    "能动型",
    "负责型",
    "被动型",
    "能动型",
    "被动型",
  ]);
  expect(sheet.get("I9")).toBe("Accountable"); // few, low
  expect(sheet.get("I10")).toBe("负责型"); // many, high
  expect(sheet.get("I11")).toBe("Reactive"); // 800 ≥ 500: many; 25%: medium

  // Points: one per whole yuan, a reward per 500, the points still needed, the best gift reached.
  const n = 8; // members, rows 14–21
  const points = [1234, 499, 500, 1999, 0, 2750, 980, 1500]; // whole yuan of 1234, 499.99, 500, 1999.5, …
  expect(col("A", 14, n).map((s) => Math.floor(s as number))).toEqual(points);
  expect(col("E", 14, n)).toEqual(points);
  expect(col("D", 14, n)).toEqual(points);
  expect(col("C", 14, n)).toEqual([2, 0, 1, 3, 0, 5, 1, 3]);
  expect(col("B", 14, n)).toEqual(col("C", 14, n));
  expect(col("G", 14, n)).toEqual([266, 1, 500, 1, 500, 250, 20, 500]);
  expect(col("F", 14, n)).toEqual(col("G", 14, n));
  const soap = "A bottle of dish soap and a tube of toothpaste";
  const powder = "A pack of washing powder";
  const tissue = "A pack of toilet paper (10 rolls) and a notebook";
  expect(sheet.get("H14")).toBe(soap);
  expect(sheet.range("H16:H17").flat()).toEqual([powder, tissue]);
  expect(sheet.range("H19:H21").flat()).toEqual([tissue, powder, tissue]);
  expect(sheet.get("B22")).toBe("一盒洗洁精+一支牙膏");
  // Double points, a reward per 1000: INT(INT(2·spend)/1000).
  expect(col("J", 14, n)).toEqual([2, 0, 1, 3, 0, 5, 1, 3]);
  expect(col("I", 14, n)).toEqual(col("J", 14, n));
  expect(sheet.get("B23")).toBe(15);

  // Mailing list as of 2025-01-01: recency in days (the text date 2024-11-20 = 42 days).
  const k = 8; // members, rows 26–33
  const days = [3, 7, 18, 30, 42, 60, 98, 258];
  expect(col("F", 26, k)).toEqual(days);
  expect(col("E", 26, k)).toEqual(days);
  expectClose(sheet.get("B38") as number, 1, 1e-12); // 7 days = 1 week
  // R by the seed's table (≤ 7 → 5, 8–30 → 4, 31–60 → 3, 61–120 → 2, ≥ 121 → 1).
  const R = [5, 5, 4, 4, 3, 3, 2, 1];
  expect(col("J", 26, k)).toEqual(R);
  expect(col("G", 26, k)).toEqual(R);
  // F on 1 | 2 | 4 | 6 purchases, M on 200 | 500 | 1000 | 2000 yuan, a value on a threshold goes down.
  const F = [5, 3, 1, 4, 2, 4, 3, 1];
  const M = [4, 2, 4, 5, 3, 3, 4, 1];
  expect(col("K", 26, k)).toEqual(F);
  expect(col("H", 26, k)).toEqual(F);
  expect(col("L", 26, k)).toEqual(M);
  expect(col("I", 26, k)).toEqual(M);
  R.forEach((r, i) => {
    expectClose(sheet.get(`M${26 + i}`) as number, 0.5 * r + 0.3 * F[i]! + 0.2 * M[i]!, 1e-12);
    expectClose(sheet.get(`M${26 + i}`) as number, sheet.get(`N${26 + i}`) as number, 1e-12);
  });
  expect(sheet.get("B35")).toBe(5 + 5 + 4);

  // Types against the means (recency 64.5 days, 3.5 purchases, 1092.5 yuan).
  expect(sheet.range("U29:U31").flat()).toEqual([64.5, 3.5, 1092.5]);
  const types = [
    "Important value",
    "General development",
    "Important development",
    "Important value",
    "General development",
    "General value",
    "Important retention",
    "General win-back",
  ];
  expect(col("P", 26, k)).toEqual(types);
  expect(col("O", 26, k)).toEqual(types);
  expect(col("R", 26, k)).toEqual(types); // RFM.TYPES spilled from R26
  expect(sheet.get("B36")).toBe("一般挽留客户");

  // The seed's mailing: R5 at once, R4 within a week, else none; > 5 purchases monthly, < 2 bimonthly.
  const now = "Send a catalogue and the points offer at once";
  const week = "Send a catalogue and the points offer within a week";
  const none = "No follow-up mailing";
  const monthly = "Mail a catalogue every month";
  const usual = "Usual mailing schedule (the policy sets no rule for 2–5 purchases)";
  const bimonthly = "Mail a catalogue every two months";
  expect(col("Q", 26, k)).toEqual([
    `${now}; ${monthly}`,
    `${now}; ${usual}`,
    `${week}; ${bimonthly}`,
    `${week}; ${usual}`,
    `${none}; ${usual}`,
    `${none}; ${monthly}`,
    `${none}; ${usual}`,
    `${none}; ${bimonthly}`,
  ]);
  expect(sheet.get("B37")).toBe("一周内寄送商品目录及奖励积分计划");
});

/**
 * The CLV sample-workbook recipe (test/functions/recipes/clv.recipe.ts), evaluated end to end:
 * built-ins (DATE, SUM) by the formula engine, ours through the harness, every model function
 * reading the parameter ranges spilled on the sheet.
 */
import { setDisplayLanguage } from "./harness";
import { DESIGN, DONORS, HOLDOUT_TABLE, clvModelsRecipe, clvRecipe } from "./recipes/clv.recipe";
import { Worksheet } from "./workbook";
import { expectClose, expectRelClose } from "../helpers/tolerance";

beforeAll(() => setDisplayLanguage("en-US"));

test("CLV recipe: summary → BG/NBD, Gamma-Gamma → P(alive), purchases, spend, CLV; cohort → sBG → survival", async () => {
  const sheet = new Worksheet(clvRecipe);
  expect(await sheet.evaluate()).toEqual([]);
  const n = DESIGN.length;
  const num = (at: string) => sheet.get(at) as number;

  // The summary spilled from the transactions reproduces the design (header, then one row per customer).
  expect(sheet.get("E1")).toBe("customer");
  expect(sheet.get("H1")).toBe("T (weeks to 1997-09-30)");
  DESIGN.forEach(([x, tx, T, z], i) => {
    const [id, gx, gtx, gT, gz] = sheet.range(`E${i + 2}:I${i + 2}`)[0]! as [
      string,
      number,
      number,
      number,
      number,
    ];
    expect(id).toBe(`C${String(i + 1).padStart(2, "0")}`);
    expect(gx).toBe(x);
    expectClose(gtx, tx, 1e-12);
    expectClose(gT, T, 1e-12);
    expectClose(gz, z, 1e-12);
  });
  expect(sheet.get(`E${n + 2}`)).toBeNull(); // the spill stops at the data

  // BG/NBD on the spilled columns = the same data fitted independently by scipy (Nelder-Mead + BFGS).
  expect(sheet.range("U2:V3")).toEqual([
    ["model", "bgnbd"],
    ["unit", "weeks"],
  ]);
  expect(sheet.get("W2")).toBe("se"); // the uncertainty columns spill beside
  const bg = { r: num("V4"), alpha: num("V5"), a: num("V6"), b: num("V7") };
  expectRelClose(bg.r, 0.87933428, 1e-5);
  expectRelClose(bg.alpha, 11.82020164, 1e-5);
  expectRelClose(bg.a, 1.1767107, 1e-5);
  expectRelClose(bg.b, 3.49093228, 1e-5);
  expectClose(num("V8"), -87.58122459769812, 1e-8);

  // Gamma-Gamma on the 9 repeaters (x = 0 rows skipped), scipy: p 5.67544, q 11.5576, γ 41.6632.
  expect(sheet.get("V11")).toBe("gammagamma");
  const gg = { p: num("V12"), q: num("V13"), gamma: num("V14") };
  expectRelClose(gg.p, 5.67544013, 1e-5);
  expectRelClose(gg.q, 11.55759721, 1e-5);
  expectRelClose(gg.gamma, 41.66322384, 1e-5);

  DESIGN.forEach(([x, tx, T, z], i) => {
    const r = i + 2;
    // P(alive): FHL (2008) closed form with the sheet's parameters; 1 without repeat purchases.
    const alive =
      x === 0 ? 1 : 1 / (1 + (bg.a / (bg.b + x - 1)) * Math.pow((bg.alpha + T) / (bg.alpha + tx), bg.r + x));
    expectClose(num(`N${r}`), alive, 1e-12);
    expect(num(`O${r}`)).toBeGreaterThan(0);
    // Spend: p(γ + x z̄)/(p x + q − 1) by hand.
    expectClose(num(`P${r}`), (gg.p * (gg.gamma + x * z)) / (gg.p * x + gg.q - 1), 1e-9);
    // Undiscounted CLV = spend × expected purchases in 12 months (built in the sheet); discounting lowers it.
    expectClose(num(`R${r}`), num(`S${r}`), 1e-9);
    expect(num(`Q${r}`)).toBeLessThan(num(`R${r}`));
    expect(num(`Q${r}`)).toBeGreaterThan(num(`R${r}`) / 1.1);
  });
  // Two customers without repeats: the one silent for less time expects more; SUM over the column.
  expect(num("O2")).toBeGreaterThan(num("O12")); // T 38 vs 39 weeks, both x = 0
  expectClose(
    num("O17"),
    Array.from({ length: n }, (_, i) => num(`O${i + 2}`)).reduce((s, v) => s + v, 0),
    1e-9,
  );

  // sBG on the High end cohort: Fader & Hardie (2007) α 0.668, β 3.806; S(t) by hand from the sheet's fit.
  expect(sheet.get("L21")).toBe("sbg");
  const alpha = num("L22"),
    beta = num("L23");
  expectClose(alpha, 0.668, 0.0005);
  expectClose(beta, 3.806, 0.0005);
  const cohort = sheet.range("K19:R19")[0] as number[];
  let s = 1;
  ["K", "L", "M", "N", "O", "P", "Q", "R"].forEach((c, t) => {
    if (t > 0) s *= (beta + t - 1) / (alpha + beta + t - 1);
    expectClose(num(`${c}27`), 1000 * s, 1e-9);
    // the fitted curve tracks the observed survivors within 3%
    expectRelClose(num(`${c}27`), cohort[t]!, 0.03);
  });
});

test("CLV models recipe: donors → BG/BB, P(alive), PMF; customers → MBG/NBD, DERT, holdout check, comparison", async () => {
  const sheet = new Worksheet(clvModelsRecipe);
  expect(await sheet.evaluate()).toEqual([]);
  const num = (at: string) => sheet.get(at) as number;
  // BG/BB on the donors: Fader, Hardie & Shang (2010) α 1.204, β 0.750, γ 0.657, δ 2.783.
  expect(sheet.get("G2")).toBe("bgbb");
  expectClose(num("G3"), 1.204, 0.0005);
  expectClose(num("G6"), 2.783, 0.0005);
  // P(alive in 2002) for x=0,t_x=0 (row 2), x=2,t_x=4 (row 11), x=6,t_x=6 (row 23): 0.11, 0.59, 0.93.
  expect(DONORS[9]).toEqual([2, 4, 6, 155]);
  expectClose(num("P2"), 0.11, 0.005);
  expectClose(num("P11"), 0.59, 0.005);
  expectClose(num("P23"), 0.93, 0.005);
  // The PMF over k = 0…6 sums to 1 and its mean (SUMPRODUCT) is CLV.EXPECTED.
  expectClose(
    (sheet.range("T2:T8").flat() as number[]).reduce((s, v) => s + v, 0),
    1,
    1e-12,
  );
  expectClose(num("T11"), num("T10"), 1e-12);
  // MBG/NBD with penalty 0.01; DERT > 0 and larger for the customer with more purchases.
  expect(sheet.get("G30")).toBe("mbgnbd");
  expect(num("P35")).toBeGreaterThan(num("P29")); // x = 7 vs x = 0
  // The holdout check's total actual is the SUM of the holdout column; its table has 8 classes.
  expect(sheet.get("V33")).toBe("total actual");
  expect(num("W33")).toBe(num("W45"));
  expect(num("W33")).toBe(HOLDOUT_TABLE.reduce((s, r) => s + r[3], 0));
  expect(sheet.get("V42")).toBe("7+");
  // The comparison marks one model and says why.
  expect((sheet.range("AF30:AF32").flat() as string[]).filter((v) => v === "✓").length).toBe(1);
  expect(sheet.get("AB33")).toMatch(/lowest holdout MAE/);
});

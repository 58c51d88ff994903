/**
 * The models past the peers through the harness (issue 13): CLV.MBGNBD, CLV.BGBB, the
 * uncertainty columns of every fit, CLV.FORECAST's seeded interval and period lengths in days,
 * CLV.PMF, CLV.EXPECTED, CLV.DERT, CLV.CHECK, CLV.COMPARE. References: data/README.md (MBG/NBD
 * on CDNOW, BG/BB on the donors, 1,882 CDNOW holdout purchases), Fader, Hardie & Shang (2010)
 * for P(alive in 2002), mpmath for DERT (see test/core/clv/dert.test.ts).
 */
import { callExcel, expectError, Result, setDisplayLanguage } from "./harness";
import { readReferenceData } from "../helpers/data";
import { expectClose, expectRelClose, expectSignificant } from "../helpers/tolerance";
import { cdnowHoldout } from "../core/clv/cdnowData";

afterEach(() => setDisplayLanguage("en-US"));

type Rows = (string | number | null)[][];
const rows = (r: Result) => r as Rows;
const num = (r: Result) => r as number;
const value = (r: Result, label: string) => rows(r).find((row) => row[0] === label)?.[1] as number;

const cdnow = readReferenceData("cdnow/cdnow_customers_summary_with_transactions.csv")
  .trim()
  .split("\n")
  .slice(1)
  .map((line) => line.split(",").map(Number) as [number, number, number, number, number]);
const col = (k: number) => cdnow.map((r) => [r[k]]);
const donors = readReferenceData("bgbb/donations.csv")
  .trim()
  .split("\n")
  .slice(1)
  .map((l) => l.split(",").map(Number) as [number, number, number, number]);
const dcol = (k: number) => donors.map((r) => [r[k]]);
/** A small table on which all three models have an interior maximum (the CLV.COMPARE example). */
const SMALL = {
  x: [0, 5, 1, 3, 5, 1, 7, 1, 3, 1, 0, 2, 1, 3, 0, 0, 2, 1, 0, 4, 4, 2, 0, 1],
  tx: [0, 25, 1, 22, 24, 3, 26, 28, 27, 13, 0, 8, 4, 39, 0, 0, 8, 10, 0, 23, 15, 26, 0, 1],
  T: [26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35],
};
const GG: Rows = [
  ["model", "gammagamma"],
  ["p", 6.25],
  ["q", 3.74],
  ["gamma", 15.44],
];

describe("CLV.MBGNBD", () => {
  let fit: Result;
  beforeAll(async () => {
    fit = await callExcel("CLV.MBGNBD", [col(1), col(2), col(3)]);
  });
  it("CDNOW: r = 0.525, α = 6.183, a = 0.891, b = 1.614 (3 significant digits), laid out as CLV.BGNBD", () => {
    expect(rows(fit).map((r) => r[0])).toEqual(["model", "unit", "r", "alpha", "a", "b", "LL"]);
    expect(rows(fit)[0]).toEqual([
      "model",
      "mbgnbd",
      "se",
      "lower95",
      "upper95",
      "cov:r",
      "cov:alpha",
      "cov:a",
      "cov:b",
    ]);
    expect(rows(fit).every((r) => r.length === 9)).toBe(true);
    expectSignificant(value(fit, "r"), 0.525, 3);
    expectSignificant(value(fit, "alpha"), 6.183, 3);
    expectSignificant(value(fit, "a"), 0.891, 3);
    expectSignificant(value(fit, "b"), 1.614, 3);
    expectClose(value(fit, "LL"), -9582.13, 0.01);
  });
  it("the uncertainty columns: se = √cov_ii, bounds = estimate ∓ 1.96·se", () => {
    rows(fit)
      .slice(2, 6)
      .forEach((row, i) => {
        const [, v, se, lo, hi] = row as [string, number, number, number, number];
        expectClose(se, Math.sqrt(row[5 + i] as number), 1e-12);
        expectClose(lo, v - 1.959963984540054 * se, 1e-12);
        expectClose(hi, v + 1.959963984540054 * se, 1e-12);
      });
  });
  it("CLV.PALIVE, CLV.PURCHASES, CLV.FORECAST, CLV.DERT accept its range; P(alive | x = 0) < 1", async () => {
    const alive0 = num(await callExcel("CLV.PALIVE", [fit, 0, 0, 38.86]));
    expect(alive0).toBeGreaterThan(0);
    expect(alive0).toBeLessThan(1);
    expect(num(await callExcel("CLV.PURCHASES", [fit, 39, 2, 30.43, 38.86]))).toBeGreaterThan(0);
    expect(num(await callExcel("CLV.FORECAST", [fit, GG, 2, 30.43, 38.86, 22.35]))).toBeGreaterThan(0);
    expect(num(await callExcel("CLV.DERT", [fit, 2, 30.43, 38.86, 0.15]))).toBeGreaterThan(0);
  });
  it("penalty: negative or text → #VALUE!; 0.01 shrinks the parameters", async () => {
    expectError(await callExcel("CLV.MBGNBD", [col(1), col(2), col(3), "weeks", -1]), "#VALUE!");
    expectError(await callExcel("CLV.MBGNBD", [col(1), col(2), col(3), "weeks", "big"]), "#VALUE!");
    const pen = await callExcel("CLV.MBGNBD", [col(1), col(2), col(3), "weeks", 0.01]);
    expectSignificant(value(pen, "r"), 0.2730373905260658, 4);
  });
});

describe("CLV.BGBB", () => {
  let fit: Result;
  beforeAll(async () => {
    fit = await callExcel("CLV.BGBB", [dcol(0), dcol(1), dcol(2), dcol(3)]);
  });
  it("donors: α = 1.204, β = 0.750, γ = 0.657, δ = 2.783 (Fader, Hardie & Shang 2010)", () => {
    expect(rows(fit).map((r) => r[0])).toEqual(["model", "alpha", "beta", "gamma", "delta", "LL"]);
    expectSignificant(value(fit, "alpha"), 1.204, 3);
    expectSignificant(value(fit, "beta"), 0.75, 3);
    expectSignificant(value(fit, "gamma"), 0.657, 3);
    expectSignificant(value(fit, "delta"), 2.783, 3);
  });
  it("CLV.PALIVE(params, x, t_x, n): P(alive in 2002) 0.11, 0.59, 0.93 (2 decimals)", async () => {
    expectClose(num(await callExcel("CLV.PALIVE", [fit, 0, 0, 6])), 0.11, 0.005);
    expectClose(num(await callExcel("CLV.PALIVE", [fit, 2, 4, 6])), 0.59, 0.005);
    expectClose(num(await callExcel("CLV.PALIVE", [fit, 6, 6, 6])), 0.93, 0.005);
  });
  it("CLV.PURCHASES(params, periods, x, t_x, n) in whole opportunities; fractional → #VALUE!", async () => {
    expect(num(await callExcel("CLV.PURCHASES", [fit, 5, 6, 6, 6]))).toBeGreaterThan(
      num(await callExcel("CLV.PURCHASES", [fit, 5, 0, 0, 6])),
    );
    expectError(await callExcel("CLV.PURCHASES", [fit, 2.5, 6, 6, 6]), "#VALUE!");
  });
  it("without weights every row is one customer; the weights expanded give the same fit", async () => {
    const x: number[] = [],
      tx: number[] = [],
      n: number[] = [];
    for (const [a, b, c, w] of donors) for (let i = 0; i < w; i++) (x.push(a), tx.push(b), n.push(c));
    const long = await callExcel("CLV.BGBB", [x, tx, n]);
    expectRelClose(value(long, "delta"), value(fit, "delta"), 1e-6);
  });
  it("FORECAST and DERT refuse BG/BB (continuous time needed); x > t_x → #VALUE!", async () => {
    expectError(await callExcel("CLV.FORECAST", [fit, GG, 2, 4, 6, 20]), "#VALUE!");
    expectError(await callExcel("CLV.DERT", [fit, 2, 4, 6, 0.1]), "#VALUE!", /BG\/BB parameters/);
    expectError(await callExcel("CLV.BGBB", [[3], [2], [6]]), "#VALUE!");
  });
});

describe("CLV.FORECAST: seeded interval and period lengths", () => {
  let fit: Result;
  beforeAll(async () => {
    fit = await callExcel("CLV.BGNBD", [col(1), col(2), col(3)]);
  });
  const args = (extra: unknown[]) => [fit, GG, 2, 30.43, 38.86, 22.35, 12, 0.1, "months", 1, ...extra];
  it("lower ≤ point ≤ upper, reproducible with the same seed, another seed another interval", async () => {
    const point = num(await callExcel("CLV.FORECAST", args([])));
    const lo = num(await callExcel("CLV.FORECAST", args([0.9, "lower", 7])));
    const hi = num(await callExcel("CLV.FORECAST", args([0.9, "upper", 7])));
    expect(lo).toBeLessThanOrEqual(point);
    expect(hi).toBeGreaterThanOrEqual(point);
    expect(num(await callExcel("CLV.FORECAST", args([0.9, "lower", 7])))).toBe(lo);
    expect(num(await callExcel("CLV.FORECAST", args([0.9, "lower", 8])))).not.toBe(lo);
    const wider = num(await callExcel("CLV.FORECAST", args([0.99, "upper", 7])));
    expect(wider).toBeGreaterThan(hi);
    expect(num(await callExcel("CLV.FORECAST", args([0.9])))).toBe(
      num(await callExcel("CLV.FORECAST", args([0.9, "lower", 1]))),
    ); // defaults: lower, seed 1
  });
  it("an interval from the first two columns only (no covariance) or bound without interval → #VALUE!", async () => {
    const two = rows(fit).map((r) => r.slice(0, 2));
    expectError(
      await callExcel("CLV.FORECAST", [two, GG, 2, 30.43, 38.86, 22.35, 12, 0.1, "months", 1, 0.9]),
      "#VALUE!",
      /covariance/,
    );
    expectError(await callExcel("CLV.FORECAST", args([null, "upper"])), "#VALUE!");
    expectError(await callExcel("CLV.FORECAST", args([1.5, "upper"])), "#VALUE!");
  });
  it("periods of any length in days: 7 = weeks; 91.3125 = a quarter = 3 months; a fit in 28-day units", async () => {
    const weeks = num(await callExcel("CLV.FORECAST", [fit, GG, 2, 30.43, 38.86, 22.35, 52, 0.1, "weeks"]));
    expect(num(await callExcel("CLV.FORECAST", [fit, GG, 2, 30.43, 38.86, 22.35, 52, 0.1, 7]))).toBe(weeks);
    const quarters = num(await callExcel("CLV.FORECAST", [fit, GG, 2, 30.43, 38.86, 22.35, 4, 0, 91.3125]));
    const months = num(await callExcel("CLV.FORECAST", [fit, GG, 2, 30.43, 38.86, 22.35, 12, 0, "months"]));
    expectRelClose(quarters, months, 1e-12); // no discount: the same 12 months either way
    const f28 = await callExcel("CLV.BGNBD", [
      col(1).map((r) => r),
      col(2).map((r) => [(r[0]! * 7) / 28]),
      col(3).map((r) => [(r[0]! * 7) / 28]),
      28,
    ]);
    expect(rows(f28)[1]!.slice(0, 2)).toEqual(["unit", 28]);
    const in28 = num(
      await callExcel("CLV.FORECAST", [f28, GG, 2, (30.43 * 7) / 28, (38.86 * 7) / 28, 22.35]),
    );
    expectRelClose(in28, num(await callExcel("CLV.FORECAST", [fit, GG, 2, 30.43, 38.86, 22.35])), 1e-6);
    expectError(await callExcel("CLV.FORECAST", [fit, GG, 2, 30.43, 38.86, 22.35, 12, 0.1, -3]), "#VALUE!");
  });
});

describe("CLV.PMF, CLV.EXPECTED, CLV.DERT", () => {
  const BG: Rows = [
    ["model", "bgnbd"],
    ["unit", "weeks"],
    ["r", 0.243],
    ["alpha", 4.414],
    ["a", 0.793],
    ["b", 2.426],
  ];
  const PN: Rows = [
    ["model", "pnbd"],
    ["unit", "weeks"],
    ["r", 0.553],
    ["alpha", 10.58],
    ["s", 0.606],
    ["beta", 11.67],
  ];
  it("PMF over k sums to 1 and its mean is CLV.EXPECTED (BG/NBD, 39 weeks)", async () => {
    const ks = Array.from({ length: 400 }, (_, k) => [k]);
    const p = rows(await callExcel("CLV.PMF", [BG, 39, ks])).map((r) => r[0] as number);
    expectClose(
      p.reduce((s, v) => s + v, 0),
      1,
      1e-9,
    );
    const mean = p.reduce((s, v, k) => s + k * v, 0);
    expectClose(mean, num(await callExcel("CLV.EXPECTED", [BG, 39])), 1e-6);
  });
  it("DERT at 15% a year, weekly units: Pareto/NBD 6.51509, BG/NBD 5.17948 (mpmath)", async () => {
    expectRelClose(num(await callExcel("CLV.DERT", [PN, 2, 30.43, 38.86, 0.15])), 6.515088090372003, 1e-9);
    expectRelClose(num(await callExcel("CLV.DERT", [BG, 2, 30.43, 38.86, 0.15])), 5.179484363525045, 1e-8);
    expectError(await callExcel("CLV.DERT", [BG, 2, 30.43, 38.86, 0]), "#VALUE!");
    expectError(await callExcel("CLV.PMF", [BG, 39, 1.5]), "#VALUE!");
  });
});

describe("CLV.CHECK and CLV.COMPARE on CDNOW (holdout 1997-10-01 … 1998-06-30, 39 weeks)", () => {
  const holdout = cdnowHoldout().map((v) => [v]);
  let fit: Result;
  beforeAll(async () => {
    fit = await callExcel("CLV.BGNBD", [col(1), col(2), col(3)]);
  });
  it("CLV.CHECK: total actual 1,882; 14×4 spill; the table's predicted column = mean CLV.PURCHASES per class", async () => {
    const r = rows(await callExcel("CLV.CHECK", [fit, col(1), col(2), col(3), holdout, 39]));
    expect(r.length).toBe(14);
    expect(r.map((row) => row[0])).toEqual([
      "customers",
      "MAE",
      "bias",
      "total predicted",
      "total actual",
      "x (calibration)",
      "0",
      "1",
      "2",
      "3",
      "4",
      "5",
      "6",
      "7+",
    ]);
    expect(r[4]![1]).toBe(1882);
    expectClose(r[1]![1] as number, 0.7854565349511924, 1e-5); // scipy
    const cls = cdnow.filter((c) => c[1] === 2);
    let s = 0;
    for (const c of cls) s += num(await callExcel("CLV.PURCHASES", [fit, 39, c[1], c[2], c[3]]));
    expectClose(r[8]![3] as number, s / cls.length, 1e-12);
    expect(r[8]![1]).toBe(cls.length);
  });
  it("CLV.COMPARE with the holdout: recommends the lowest holdout MAE, says why; Chinese labels", async () => {
    const r = rows(await callExcel("CLV.COMPARE", [col(1), col(2), col(3), holdout, 39]));
    expect(r.length).toBe(5);
    expect(r[0]).toEqual(["model", "LL", "AIC", "BIC", "holdout MAE", "recommended"]);
    const models = r.slice(1, 4);
    const best = models.reduce((a, b) => ((b[4] as number) < (a[4] as number) ? b : a));
    expect(best[5]).toBe("✓");
    expect(models.filter((m) => m[5] === "✓").length).toBe(1);
    expect(r[4]![1]).toMatch(/lowest holdout MAE/);
    expectClose(models[0]![1] as number, -9582.43, 0.01);
    setDisplayLanguage("zh-CN");
    const zh = rows(await callExcel("CLV.COMPARE", [SMALL.x, SMALL.tx, SMALL.T]));
    expect(zh[0]![0]).toBe("模型");
    expect(zh[4]![0]).toBe("原因");
    expect(zh[4]![1]).toMatch(/BIC 最小/);
  });
  it("x_holdout without t_holdout → #VALUE!", async () =>
    expectError(await callExcel("CLV.COMPARE", [col(1), col(2), col(3), holdout]), "#VALUE!", /t_holdout/));
});

describe("penalty on every fit", () => {
  it("CLV.BGNBD, CLV.PNBD, CLV.GGFIT, CHURN.SBG take an optional penalty; negative → #VALUE!", async () => {
    const bg0 = await callExcel("CLV.BGNBD", [col(1), col(2), col(3)]);
    const bg = await callExcel("CLV.BGNBD", [col(1), col(2), col(3), "weeks", 0.01]);
    expectSignificant(value(bg, "r"), 0.15750825259956025, 4); // scipy, lifetimes' objective
    expect(value(bg0, "r")).not.toBe(value(bg, "r"));
    const gg0 = await callExcel("CLV.GGFIT", [col(1), col(4)]);
    const gg = await callExcel("CLV.GGFIT", [col(1), col(4), 0.001]);
    expect(value(gg, "gamma")).toBeLessThan(value(gg0, "gamma")); // γ ≈ 15 carries most of Σ p²
    const cohort = [[1000, 869, 743, 653, 593, 551, 517, 491]];
    const sbg = await callExcel("CHURN.SBG", [cohort, 0.1]);
    expect(value(sbg, "beta")).toBeLessThan(value(await callExcel("CHURN.SBG", [cohort]), "beta"));
    expectError(await callExcel("CHURN.SBG", [cohort, -0.1]), "#VALUE!");
    expectError(await callExcel("CLV.PNBD", [col(1), col(2), col(3), "weeks", -1]), "#VALUE!");
  });
});

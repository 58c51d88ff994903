/**
 * The pane's CLV report with its options (issue 10): model choice (Pareto/NBD on CDNOW against
 * the published fit), time unit (BG/NBD is invariant to rescaling time: same P(alive), same
 * expected purchases over the same span), discount and margin (CLV scales with the margin and is
 * the undiscounted sum at 0%), the retry on the rfm package's sample (every fit runs off at
 * λ = 0), and the holdout check on CDNOW against data/README.md (1,882 holdout purchase days)
 * and an independent computation of FHL eq. 10 written out here (own 2F1 series, own counting
 * of the raw rows).
 */
import { BgNbdFit, fitBgNbd, ParetoNbdFit } from "../../../src/clv";
import { clvReport } from "../../../src/reports";
import { cdnowTransactions, serialOf } from "../clv/cdnowData";
import { readReferenceData } from "../../helpers/data";
import { codeOf, errorOf } from "../../helpers/errors";
import { expectClose, expectRelClose } from "../../helpers/tolerance";

const cdnow = cdnowTransactions();
const input = { ids: cdnow.ids, dates: cdnow.days, amounts: cdnow.amounts, asOf: "1997-09-30" };
const weeks = clvReport(input, "en");

describe("model, unit, horizon, discount, margin", () => {
  it("Pareto/NBD on CDNOW: the published r 0.553, α 10.58, s 0.606, β 11.67 within 2% (2,349 of 2,357 customers)", () => {
    const r = clvReport(input, "en", { model: "pnbd" });
    const f = r.purchaseFit as ParetoNbdFit;
    expect(f.model).toBe("pnbd");
    expectRelClose(f.r, 0.553, 0.02);
    expectRelClose(f.alpha, 10.58, 0.02);
    expectRelClose(f.s, 0.606, 0.02);
    expectRelClose(f.beta, 11.67, 0.02);
    expect(r.parameters).toMatch(/ · Pareto\/NBD r=0\.5\d* α=10\.\d* s=0\.6\d* β=11\.\d* · Gamma-Gamma /);
    expect(r.header[6]).toBe("Expected purchases, 52 weeks");
  });

  it("days instead of weeks: α × 7, r a b the same; P(alive) and purchases over 364 days = 52 weeks the same", () => {
    const days = clvReport(input, "en", { unit: "days" });
    const [w, d] = [weeks.purchaseFit as BgNbdFit, days.purchaseFit as BgNbdFit];
    expectRelClose(d.alpha, w.alpha * 7, 1e-4);
    for (const k of ["r", "a", "b"] as const) expectRelClose(d[k], w[k], 1e-4);
    expect(days.header.slice(3, 7)).toEqual([
      "t_x (days)",
      "T (days)",
      "P(alive)",
      "Expected purchases, 364 days",
    ]);
    expect(days.settings.clvMonths).toBe(12);
    weeks.rows.slice(0, 300).forEach((row, i) => {
      const other = days.rows[i]!;
      expectClose(other[3] as number, 7 * (row[3] as number), 1e-9);
      expectClose(other[5] as number, row[5] as number, 1e-4);
      expectClose(other[6] as number, row[6] as number, 1e-4);
      expectClose(other[8] as number, row[8] as number, 1e-3);
    });
  });

  it("margin scales the CLV; at 0% a year the CLV is the undiscounted spend × purchases of the months", () => {
    const half = clvReport(input, "en", { margin: 0.5, annualDiscountRate: 0, horizon: 26 });
    expect(half.settings.clvMonths).toBe(6); // 26 weeks = 182 days ≈ 5.98 months
    expect(half.header[8]).toBe("CLV, 6 months (discounted)");
    for (const row of half.rows.slice(0, 100)) {
      // 6 months = 26.09 weeks, a little more than the 26-week expected purchases
      expect(row[8] as number).toBeGreaterThanOrEqual(0.5 * (row[7] as number) * (row[6] as number) - 1e-9);
      expect(row[8] as number).toBeLessThanOrEqual(
        0.5 * (row[7] as number) * (row[6] as number) * 1.01 + 1e-9,
      );
    }
    expect(half.parameters).toMatch(
      /forecast 26 weeks · CLV 6 months, discounted monthly at 0% a year, margin 0\.5/,
    );
  });

  it("bad options: invalid, naming the option", () => {
    expect(codeOf(() => clvReport(input, "en", { margin: 2 }))).toBe("invalid");
    expect(errorOf(() => clvReport(input, "en", { unit: "years" as never })).message).toMatch(/time unit/);
    expect(errorOf(() => clvReport(input, "en", { model: "mbgnbd" as never })).message).toMatch(/BG\/NBD/);
    expect(errorOf(() => clvReport(input, "en", { holdoutSplit: "soon" })).message).toMatch(/holdout split/);
    expect(errorOf(() => clvReport(input, "en", { holdoutSplit: "1997-09-30" })).message).toMatch(
      /must lie within the data/,
    );
  });
});

describe("the rfm package's sample orders: every fit runs off at λ = 0", () => {
  const lines = readReferenceData("rfm/rfm_data_orders.csv").trim().split("\n").slice(1);
  const cells = lines.map((l) => l.split(",").map((s) => s.replace(/^"|"$/g, "")));
  const orders = {
    ids: cells.map((c) => c[0]),
    dates: cells.map((c) => c[1]),
    amounts: cells.map((c) => Number(c[2])),
  };
  const r = clvReport(orders, "en");

  it("retried with λ = 0.001 for both fits, the same as fitting with it directly; stated", () => {
    expect(r.customers).toBe(995);
    const x = r.rows.map((row) => row[2] as number),
      tx = r.rows.map((row) => row[3] as number),
      T = r.rows.map((row) => row[4] as number);
    expect(codeOf(() => fitBgNbd(x, tx, T))).toBe("numeric");
    expect(r.penalties).toEqual({ purchase: 0.001, spend: 0.001, purchaseRetried: true, spendRetried: true });
    const bg = fitBgNbd(x, tx, T, { penalty: 0.001 });
    for (const k of ["r", "alpha", "a", "b"] as const) expect((r.purchaseFit as BgNbdFit)[k]).toBe(bg[k]);
    expect(r.gammaGamma.q).toBeGreaterThan(1); // one-time buyers get a finite expected spend
    expect(r.warnings).toHaveLength(2);
    expect(r.warnings[1]).toMatch(/^Gamma-Gamma: without a penalty the fit ran off .* λ = 0\.001/);
    expect(r.parameters).toMatch(
      /penalty λ: purchase model 0\.001 \(retried: without one the fit ran off\), spend model 0\.001 \(retried/,
    );
    for (const row of r.rows)
      for (const c of [5, 6, 7, 8]) expect(Number.isFinite(row[c] as number)).toBe(true);
  });

  it("Pareto/NBD cannot be fitted on these data, with or without the penalties: the fit's own reason, and the retries", () => {
    const f = () => clvReport(orders, "en", { model: "pnbd" });
    expect(codeOf(f)).toBe("numeric");
    expect(errorOf(f).message).toMatch(
      /^fitParetoNbd: The model fit failed: .* \(Also tried with the small penalties λ = 0\.001, 0\.01, 0\.1: none gave a fit\.\)$/,
    );
  });
});

/** FHL (2005) eq. 10, written out: E[Y(t) | x, t_x, T] with its own Gauss series for 2F1. */
function fhlExpected(p: BgNbdFit, t: number, x: number, tx: number, T: number): number {
  const { r, alpha, a, b } = p;
  const z = t / (alpha + T + t);
  let term = 1,
    sum = 1;
  for (let k = 0; k < 10_000 && Math.abs(term) > 1e-15 * sum; k++) {
    term *= (((r + x + k) * (b + x + k)) / ((a + b + x - 1 + k) * (k + 1))) * z;
    sum += term;
  }
  const head = ((a + b + x - 1) / (a - 1)) * (1 - ((alpha + T) / (alpha + T + t)) ** (r + x) * sum);
  return head / (1 + (x > 0 ? (a / (b + x - 1)) * ((alpha + T) / (alpha + tx)) ** (r + x) : 0));
}

describe("holdout check on CDNOW: calibration to 1997-09-30, holdout to 1998-06-30 (39 weeks)", () => {
  const r = clvReport({ ...input, asOf: "1998-06-30" }, "en", { holdoutSplit: "1997-09-30" });
  const h = r.holdout!;
  const split = serialOf("19970930"),
    end = serialOf("19980630");
  // Independent counts from the raw rows: distinct purchase days (amount > 0) in the holdout of
  // customers whose first purchase (amount > 0) is on or before the split.
  const first = new Map<number, number>();
  const days = new Map<number, Set<number>>();
  cdnow.ids.forEach((id, i) => {
    if (!(cdnow.amounts[i]! > 0)) return;
    const d = cdnow.days[i]!;
    first.set(id, Math.min(first.get(id) ?? Infinity, d));
    if (d > split && d <= end) (days.get(id) ?? days.set(id, new Set()).get(id)!).add(d);
  });

  it("1,882 actual holdout purchase days (data/README.md); 2,349 customers; 39 weeks", () => {
    expect(h.totalActual).toBe(1882);
    expect([...days.values()].reduce((s, d) => s + d.size, 0)).toBe(1882);
    expect(h.customers).toBe([...first.values()].filter((d) => d <= split).length);
    expect(h.customers).toBe(2349);
    expect(h.length).toBe(39);
    expect(h.fit.model).toBe("bgnbd");
    // The calibration fit is the report's fit with as-of 1997-09-30 (the published one, ±1%).
    expectRelClose((h.fit as BgNbdFit).r, (weeks.purchaseFit as BgNbdFit).r, 1e-9);
  });

  it("MAE, bias and totals equal FHL eq. 10 computed here, customer by customer", () => {
    const cal = weeks.rows; // x, t_x, T per customer at the split
    let abs = 0,
      diff = 0,
      total = 0;
    const cls = Array.from({ length: 8 }, () => ({ n: 0, actual: 0, predicted: 0 }));
    for (const row of cal) {
      const [id, , x, tx, T] = row as [number, number, number, number, number];
      const y = days.get(id)?.size ?? 0;
      const p = fhlExpected(h.fit as BgNbdFit, 39, x, tx, T);
      abs += Math.abs(p - y);
      diff += p - y;
      total += p;
      const c = cls[Math.min(7, x)]!;
      (c.n++, (c.actual += y), (c.predicted += p));
    }
    expectClose(h.mae, abs / cal.length, 1e-9);
    expectClose(h.bias, diff / cal.length, 1e-9);
    expectClose(h.totalPredicted, total, 1e-6);
    // scipy on all 2,357 (test/core/clv/holdoutCheck.test.ts): 1,653.42; 8 fewer one-time buyers.
    expectRelClose(h.totalPredicted, 1653.42, 0.01);
    expect(h.classes.map((c) => c.customers)).toEqual([1403, 439, 214, 100, 62, 38, 29, 64]);
    h.classes.forEach((c, k) => {
      expectClose(c.actualMean, cls[k]!.actual / cls[k]!.n, 1e-12);
      expectClose(c.predictedMean, cls[k]!.predicted / cls[k]!.n, 1e-9);
    });
  });

  it("the parameters state the periods and the figures", () => {
    expect(r.parameters).toMatch(
      /holdout check: fitted on purchases up to 1997-09-30 \(BG\/NBD r=0\.24\d* .*\), predicting the repeat purchases of 1997-10-01 … 1998-06-30 \(39 weeks\): 2349 customers, mean absolute error 0\.7\d* and bias -0\.\d+ per customer, total predicted 16\d\d(\.\d+)? vs actual 1882/,
    );
  });
});

test("the horizon's bounds are whole units: half a month to 100 years", () => {
  expect(errorOf(() => clvReport(input, "en", { horizon: 2 })).message).toMatch(/forecast horizon .*3.*5217/);
  expect(errorOf(() => clvReport(input, "en", { unit: "days", horizon: 15 })).message).toMatch(/16.*36525/);
  expect(clvReport(input, "en", { unit: "months", horizon: 1 }).settings.clvMonths).toBe(1);
});

import fc from "fast-check";
import {
  bgNbdConditionalExpectedPurchases,
  bgNbdExpectedPurchases,
  bgNbdLogLikelihood,
  bgNbdProbabilityAlive,
  bgNbdProbabilityOfPurchases,
  bgNbdTotalLogLikelihood,
  compressCustomers,
  fitBgNbd,
  seededUniform,
  simulateBgNbd,
  BgNbdParams,
} from "../../../src/clv";
import { codeOf, errorOf } from "../../helpers/errors";
import { deepFreeze, expectClose, expectRelClose, expectSignificant } from "../../helpers/tolerance";
import { cdnowSummary } from "./cdnowData";

const published: BgNbdParams = { model: "bgnbd", r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

describe("BG/NBD on CDNOW (Fader, Hardie & Lee 2005, 2,357 customers, weeks)", () => {
  const d = cdnowSummary();
  const fit = fitBgNbd(deepFreeze(d.x), deepFreeze(d.tx), deepFreeze(d.T));
  it("MLE r = 0.243, α = 4.414, a = 0.793, b = 2.426 (3 significant digits)", () => {
    expectSignificant(fit.r, 0.243, 3);
    expectSignificant(fit.alpha, 4.414, 3);
    expectSignificant(fit.a, 0.793, 3);
    expectSignificant(fit.b, 2.426, 3);
    expect(fit.customers).toBe(2357);
  });
  it("log-likelihood −9582.43 ± 0.01", () => expectClose(fit.logLikelihood, -9582.43, 0.01));
  it("conditional expected purchases at x=2, t_x=30.43, T=38.86, next 39 weeks = 1.226 ± 0.001", () => {
    expectClose(bgNbdConditionalExpectedPurchases(fit, 39, 2, 30.43, 38.86), 1.226, 0.001);
    expectClose(bgNbdConditionalExpectedPurchases(published, 39, 2, 30.43, 38.86), 1.226, 0.001);
  });
  it("per-customer log-likelihood (doc example) vs an mpmath evaluation of eq. 6", () =>
    expectClose(bgNbdLogLikelihood(published, 2, 30.43, 38.86), -9.458606307066271, 1e-12));
  it("the weighted (compressed) likelihood equals the per-customer sum", () => {
    const compressed = compressCustomers("test", d.x, d.tx, d.T);
    expect(compressed.x.length).toBeLessThan(2357);
    let sum = 0;
    for (let i = 0; i < d.x.length; i++) sum += bgNbdLogLikelihood(fit, d.x[i]!, d.tx[i]!, d.T[i]!);
    expectClose(bgNbdTotalLogLikelihood(fit, compressed), sum, 1e-8);
  });
  it("rescaling time (weeks → days) keeps r, a, b, multiplies α by 7, predictions unchanged", () => {
    const days = fitBgNbd(
      d.x,
      d.tx.map((v) => v * 7),
      d.T.map((v) => v * 7),
    );
    expectRelClose(days.r, fit.r, 1e-6);
    expectRelClose(days.a, fit.a, 1e-6);
    expectRelClose(days.b, fit.b, 1e-6);
    expectRelClose(days.alpha, fit.alpha * 7, 1e-6);
    expectClose(days.logLikelihood + 2457 * Math.log(7), fit.logLikelihood, 1e-4); // Jacobian of the time change
    expectClose(
      bgNbdProbabilityAlive(days, 2, 30.43 * 7, 38.86 * 7),
      bgNbdProbabilityAlive(fit, 2, 30.43, 38.86),
      1e-6,
    );
    expectClose(
      bgNbdConditionalExpectedPurchases(days, 39 * 7, 2, 30.43 * 7, 38.86 * 7),
      bgNbdConditionalExpectedPurchases(fit, 39, 2, 30.43, 38.86),
      1e-6,
    );
  });
  it("L2 penalty as lifetimes (λ·Σ p² on the parameters): λ = 0.01 vs a scipy fit of that objective", () => {
    // /usr/bin/python3, scipy 1.10: minimise −mean ln L + 0.01·(r² + α² + a² + b²) (Nelder–Mead, then BFGS).
    const pen = fitBgNbd(d.x, d.tx, d.T, { penalty: 0.01 });
    expectSignificant(pen.r, 0.15750825259956025, 4);
    expectSignificant(pen.alpha, 1.529435196072849, 4);
    expectSignificant(pen.a, 0.3352041077312056, 4);
    expectSignificant(pen.b, 0.6783606517691974, 4);
    expectClose(pen.logLikelihood, -9660.878577731963, 0.01); // LL without the penalty term
  });
});

describe("BG/NBD predictions", () => {
  // Independent reference: mpmath quadrature of E[Y(t)] = P(alive)·E_p[(1 − ((α+T)/(α+T+pt))^(r+x))/p],
  // p ~ beta(a, b+x) (the posterior form of FHL eq. 10), 30 digits.
  it.each([
    [published, 300, 2, 30.43, 38.86, 5.378784260479848],
    [published, 1000, 10, 20, 38.86, 2.006764163030013],
    [published, 0.01, 1, 1, 5, 0.0007999697219675367],
    [{ ...published, r: 0.5, alpha: 3, a: 0.3, b: 0.4 }, 50, 0, 0, 10, 1.144231438630895], // a + b < 1
    [{ ...published, r: 0.5, alpha: 3, a: 0.3, b: 0.4 }, 5, 1, 3, 10, 0.1581253411529279],
    [{ ...published, r: 0.5, alpha: 3, a: 1, b: 2 }, 5, 3, 5, 10, 0.5000199887829043], // a = 1
    [{ ...published, r: 0.5, alpha: 3, a: 1, b: 2 }, 50, 0, 0, 0, 2.593247732822551],
  ] as [BgNbdParams, number, number, number, number, number][])(
    "E[Y(t)] vs quadrature (%#)",
    (p, t, x, tx, T, ref) => expectRelClose(bgNbdConditionalExpectedPurchases(p, t, x, tx, T), ref, 1e-9),
  );
  it("E[X(t)] for a new customer (eq. 9) vs quadrature", () => {
    expectRelClose(bgNbdExpectedPurchases(published, 39), 1.196723193320817, 1e-12);
    expectRelClose(bgNbdExpectedPurchases(published, 1000), 6.580391613738232, 1e-10);
  });
  it("P(X(t) = x) (eq. 8) sums to 1 and its mean is E[X(t)] (eq. 9)", () => {
    let total = 0,
      mean = 0;
    for (let x = 0; x < 400; x++) {
      const p = bgNbdProbabilityOfPurchases(published, 39, x);
      total += p;
      mean += x * p;
    }
    expectClose(total, 1, 1e-9);
    expectClose(mean, bgNbdExpectedPurchases(published, 39), 1e-6);
  });
  it("property: P(alive) ∈ [0, 1], = 1 when x = 0; expectations ≥ 0 and grow with t", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 300 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 200, noNaN: true }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        (x, frac, T, t) => {
          const tx = x === 0 ? 0 : frac * T;
          const alive = bgNbdProbabilityAlive(published, x, tx, T);
          expect(alive).toBeGreaterThanOrEqual(0);
          expect(alive).toBeLessThanOrEqual(1);
          if (x === 0) expect(alive).toBe(1);
          const e1 = bgNbdConditionalExpectedPurchases(published, t, x, tx, T);
          const e2 = bgNbdConditionalExpectedPurchases(published, 2 * t, x, tx, T);
          expect(e1).toBeGreaterThanOrEqual(0);
          expect(e2).toBeGreaterThanOrEqual(e1 - 1e-12);
        },
      ),
    );
  });
});

describe("BG/NBD parameter recovery on simulated data (the model's own generative process)", () => {
  it("100,000 customers, ages 52–104 weeks: every parameter within 5% of the truth", () => {
    const truth: BgNbdParams = { model: "bgnbd", r: 0.5, alpha: 2, a: 0.8, b: 2.5 };
    const random = seededUniform(3);
    const ages = Array.from({ length: 100_000 }, () => 52 + 52 * random());
    const sim = simulateBgNbd(truth, ages, random);
    const fit = fitBgNbd(sim.x, sim.tx, sim.T);
    expectRelClose(fit.r, truth.r, 0.05);
    expectRelClose(fit.alpha, truth.alpha, 0.05);
    expectRelClose(fit.a, truth.a, 0.05);
    expectRelClose(fit.b, truth.b, 0.05);
  });
});

describe("BG/NBD edge cases", () => {
  it("extreme customers give finite values: x in the hundreds, a + b < 1, T = 0", () => {
    const odd: BgNbdParams = { model: "bgnbd", r: 2, alpha: 0.5, a: 0.2, b: 0.3 };
    for (const p of [published, odd]) {
      for (const [x, tx, T] of [
        [500, 99, 100],
        [0, 0, 0],
        [1, 0, 0],
        [300, 0.5, 1],
      ] as [number, number, number][]) {
        expect(Number.isFinite(bgNbdLogLikelihood(p, x, tx, T))).toBe(true);
        const alive = bgNbdProbabilityAlive(p, x, tx, T);
        expect(alive >= 0 && alive <= 1).toBe(true);
        expect(Number.isFinite(bgNbdConditionalExpectedPurchases(p, 52, x, tx, T))).toBe(true);
      }
    }
    expect(bgNbdConditionalExpectedPurchases(published, 0, 3, 10, 20)).toBe(0);
  });
  it("no repeat purchases at all is a numeric failure (no interior maximum), bilingual", () => {
    const e = errorOf(() => fitBgNbd([0, 0, 0], [0, 0, 0], [10, 20, 30]));
    expect(e.code).toBe("numeric");
    expect(e.messageIn("zh")).toMatch(/重复购买/);
  });
  it("degenerate data where the likelihood has no interior maximum is a numeric failure", () =>
    // Every customer repeats at the very end of a long observation: the dropout probability runs to 0.
    expect(codeOf(() => fitBgNbd([5, 5, 5, 5], [40, 40, 40, 40], [40, 40, 40, 40]))).toBe("numeric"));
  it("bad tables and parameters are invalid", () => {
    expect(codeOf(() => fitBgNbd([1], [2], [1]))).toBe("invalid"); // t_x > T
    expect(codeOf(() => fitBgNbd([1.5], [1], [2]))).toBe("invalid");
    expect(codeOf(() => fitBgNbd([0], [1], [2]))).toBe("invalid"); // t_x > 0 with x = 0
    expect(codeOf(() => fitBgNbd([], [], []))).toBe("invalid");
    expect(codeOf(() => fitBgNbd([1], [1], [2], { penalty: -1 }))).toBe("invalid");
    expect(codeOf(() => bgNbdProbabilityAlive({ ...published, a: 0 }, 1, 1, 2))).toBe("invalid");
    expect(codeOf(() => bgNbdConditionalExpectedPurchases(published, -1, 1, 1, 2))).toBe("invalid");
  });
});

/**
 * Modified BG/NBD (Batislam, Denizel & Filiztekin 2007). References: the CDNOW fit of lifetimes
 * and BTYDplus (data/README.md: r = 0.525, α = 6.183, a = 0.891, b = 1.614), a scipy fit of the
 * same likelihood (LL −9582.1327, standard errors from a finite-difference Hessian), and mpmath
 * (30 digits) for the likelihood, P(alive), expectations (closed form and quadrature agree) and
 * the PMF.
 */
import fc from "fast-check";
import {
  compressCustomers,
  fitMbgNbd,
  mbgNbdConditionalExpectedPurchases,
  mbgNbdExpectedPurchases,
  mbgNbdLogLikelihood,
  mbgNbdProbabilityAlive,
  mbgNbdProbabilityOfPurchases,
  mbgNbdTotalLogLikelihood,
  parameterIntervals,
  MbgNbdParams,
} from "../../../src/clv";
import { codeOf } from "../../helpers/errors";
import { deepFreeze, expectClose, expectRelClose, expectSignificant } from "../../helpers/tolerance";
import { cdnowSummary } from "./cdnowData";
import { finiteDifferenceCovariance } from "./finiteDifference";

const published: MbgNbdParams = { model: "mbgnbd", r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 };

describe("MBG/NBD on CDNOW (2,357 customers, weeks)", () => {
  const d = cdnowSummary();
  const fit = fitMbgNbd(deepFreeze(d.x), deepFreeze(d.tx), deepFreeze(d.T));
  const values = [fit.r, fit.alpha, fit.a, fit.b];
  it("r = 0.525, α = 6.183, a = 0.891, b = 1.614 (3 significant digits; lifetimes / BTYDplus)", () => {
    expectSignificant(fit.r, 0.525, 3);
    expectSignificant(fit.alpha, 6.183, 3);
    expectSignificant(fit.a, 0.891, 3);
    expectSignificant(fit.b, 1.614, 3);
    expectClose(fit.logLikelihood, -9582.132684899902, 0.01); // scipy
  });
  it("standard errors vs scipy's finite-difference Hessian and the test's own (1%)", () => {
    const { se } = parameterIntervals(values, fit.covariance);
    [0.08326379620565169, 0.6955966939131124, 0.15478458202282178, 0.537469559588839].forEach((ref, i) =>
      expectRelClose(se[i]!, ref, 0.01),
    );
    const data = compressCustomers("test", d.x, d.tx, d.T);
    const ref = finiteDifferenceCovariance(
      (p) => mbgNbdTotalLogLikelihood({ model: "mbgnbd", r: p[0]!, alpha: p[1]!, a: p[2]!, b: p[3]! }, data),
      values,
    );
    for (let i = 0; i < 4; i++) expectRelClose(se[i]!, Math.sqrt(ref[i]![i]!), 0.01);
  });
  it("penalty 0.01 (lifetimes' λ·Σp²) vs scipy", () => {
    const pen = fitMbgNbd(d.x, d.tx, d.T, { penalty: 0.01 });
    expectSignificant(pen.r, 0.2730373905260658, 4);
    expectSignificant(pen.alpha, 1.6931496848880936, 4);
    expectSignificant(pen.a, 0.513711057614056, 4);
    expectSignificant(pen.b, 0.8835175682650817, 4);
  });
  it("weighted (compressed) likelihood = per-customer sum", () => {
    const c = compressCustomers("test", d.x, d.tx, d.T);
    let sum = 0;
    for (let i = 0; i < d.x.length; i++) sum += mbgNbdLogLikelihood(fit, d.x[i]!, d.tx[i]!, d.T[i]!);
    expectClose(mbgNbdTotalLogLikelihood(fit, c), sum, 1e-8);
  });
  it("rescaling time (weeks → days): α × 7, r, a, b and predictions unchanged", () => {
    const days = fitMbgNbd(
      d.x,
      d.tx.map((v) => v * 7),
      d.T.map((v) => v * 7),
    );
    expectRelClose(days.r, fit.r, 1e-6);
    expectRelClose(days.alpha, fit.alpha * 7, 1e-6);
    expectRelClose(days.b, fit.b, 1e-6);
    expectClose(
      mbgNbdProbabilityAlive(days, 2, 30.43 * 7, 38.86 * 7),
      mbgNbdProbabilityAlive(fit, 2, 30.43, 38.86),
      1e-6,
    );
    expectClose(
      mbgNbdConditionalExpectedPurchases(days, 39 * 7, 2, 30.43 * 7, 38.86 * 7),
      mbgNbdConditionalExpectedPurchases(fit, 39, 2, 30.43, 38.86),
      1e-6,
    );
  });
});

describe("MBG/NBD predictions vs mpmath", () => {
  it("log-likelihood of one customer (doc example)", () =>
    expectClose(mbgNbdLogLikelihood(published, 2, 30.43, 38.86), -9.485551314533932, 1e-12));
  it("P(alive): 0.38974 at x = 0, T = 38.86 (not 1 as under BG/NBD); 0.70620 at x = 2", () => {
    expectClose(mbgNbdProbabilityAlive(published, 0, 0, 38.86), 0.3897350809187629, 1e-13);
    expectClose(mbgNbdProbabilityAlive(published, 2, 30.43, 38.86), 0.7062022651184873, 1e-13);
  });
  it.each([
    [39, 2, 30.43, 38.86, 1.2629606232673656],
    [39, 0, 0, 38.86, 0.15401274667514667],
    [100, 5, 20, 30, 4.864258028720695],
  ])("E[Y(%p) | x=%p, t_x=%p, T=%p] (closed form = quadrature)", (t, x, tx, T, ref) =>
    expectRelClose(mbgNbdConditionalExpectedPurchases(published, t, x, tx, T), ref, 1e-10),
  );
  it("E[X(39)] for a new customer = b/(a−1)·[…]", () =>
    expectRelClose(mbgNbdExpectedPurchases(published, 39), 1.1829536655971726, 1e-10));
  it("P(X(39) = k), k = 0…3, sums to 1 with mean E[X(39)]", () => {
    [0.582473189493289, 0.1827830772875405, 0.08689482567349052, 0.04857044295156921].forEach((ref, k) =>
      expectRelClose(mbgNbdProbabilityOfPurchases(published, 39, k), ref, 1e-10),
    );
    let total = 0,
      mean = 0;
    for (let k = 0; k < 600; k++) {
      const p = mbgNbdProbabilityOfPurchases(published, 39, k);
      total += p;
      mean += k * p;
    }
    expectClose(total, 1, 1e-9);
    expectClose(mean, mbgNbdExpectedPurchases(published, 39), 1e-6);
  });
  it("property: P(alive) ∈ [0, 1], below 1 even when x = 0 and T > 0; expectations grow with t", () =>
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 300 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 200, noNaN: true }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        (x, frac, T, t) => {
          const tx = x === 0 ? 0 : frac * T;
          const alive = mbgNbdProbabilityAlive(published, x, tx, T);
          expect(alive >= 0 && alive <= 1).toBe(true);
          const e1 = mbgNbdConditionalExpectedPurchases(published, t, x, tx, T);
          expect(mbgNbdConditionalExpectedPurchases(published, 2 * t, x, tx, T)).toBeGreaterThanOrEqual(
            e1 - 1e-12,
          );
        },
      ),
    ));
  it("edge cases: no repeaters → numeric; bad parameters, t < 0 → invalid", () => {
    expect(codeOf(() => fitMbgNbd([0, 0], [0, 0], [5, 6]))).toBe("numeric");
    expect(codeOf(() => mbgNbdProbabilityAlive({ ...published, b: 0 }, 1, 1, 2))).toBe("invalid");
    expect(codeOf(() => mbgNbdConditionalExpectedPurchases(published, -1, 1, 1, 2))).toBe("invalid");
  });
});

/**
 * BG/BB (Fader, Hardie & Shang 2010) on the 1995 donor cohort (data/bgbb/donations.csv, 22
 * weighted histories of 11,104 donors, n = 6). References: the paper (α = 1.204, β = 0.750,
 * γ = 0.657, δ = 2.783; P(alive in 2002) 0.11, 0.59, 0.93), a scipy fit of the same likelihood
 * (LL −33,225.58; standard errors from a finite-difference Hessian), and mpmath (30 digits) for
 * the likelihood, the paper's gamma-function forms of the expectations (eq. 7, 13) and the PMF.
 */
import {
  bgbbConditionalExpectedPurchases,
  bgbbExpectedPurchases,
  bgbbLogLikelihood,
  bgbbProbabilityAlive,
  bgbbProbabilityOfPurchases,
  bgbbTotalLogLikelihood,
  compressCustomers,
  fitBgbb,
  parameterIntervals,
  BgbbParams,
} from "../../../src/clv";
import { readReferenceData } from "../../helpers/data";
import { codeOf } from "../../helpers/errors";
import { expectClose, expectRelClose, expectSignificant } from "../../helpers/tolerance";
import { finiteDifferenceCovariance } from "./finiteDifference";

export function donors(): { x: number[]; tx: number[]; n: number[]; w: number[] } {
  const out = { x: [] as number[], tx: [] as number[], n: [] as number[], w: [] as number[] };
  for (const line of readReferenceData("bgbb/donations.csv").trim().split("\n").slice(1)) {
    const [x, tx, n, w] = line.split(",").map(Number) as [number, number, number, number];
    (out.x.push(x), out.tx.push(tx), out.n.push(n), out.w.push(w));
  }
  return out;
}

const paper: BgbbParams = { model: "bgbb", alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 };

describe("BG/BB on the 1995 donors", () => {
  const d = donors();
  const fit = fitBgbb(d.x, d.tx, d.n, { weights: d.w });
  it("α = 1.204, β = 0.750, γ = 0.657, δ = 2.783 (3 significant digits); 11,104 donors", () => {
    expectSignificant(fit.alpha, 1.204, 3);
    expectSignificant(fit.beta, 0.75, 3);
    expectSignificant(fit.gamma, 0.657, 3);
    expectSignificant(fit.delta, 2.783, 3);
    expect(fit.customers).toBe(11104);
    expectClose(fit.logLikelihood, -33225.581274346994, 0.01); // scipy
  });
  it("P(alive in 2002): x=0,t_x=0: 0.11; x=2,t_x=4: 0.59; x=6,t_x=6: 0.93 (2 decimals)", () => {
    for (const p of [fit, paper]) {
      expectClose(bgbbProbabilityAlive(p, 0, 0, 6), 0.11, 0.005);
      expectClose(bgbbProbabilityAlive(p, 2, 4, 6), 0.59, 0.005);
      expectClose(bgbbProbabilityAlive(p, 6, 6, 6), 0.93, 0.005);
    }
  });
  it("standard errors vs scipy's finite-difference Hessian and the test's own (1%)", () => {
    const { se } = parameterIntervals([fit.alpha, fit.beta, fit.gamma, fit.delta], fit.covariance);
    [0.06939112426649617, 0.02944762763555119, 0.05100972603926936, 0.3208180614600389].forEach((ref, i) =>
      expectRelClose(se[i]!, ref, 0.01),
    );
    const data = compressCustomers("test", d.x, d.tx, d.n, d.w);
    const ref = finiteDifferenceCovariance(
      (p) =>
        bgbbTotalLogLikelihood(
          { model: "bgbb", alpha: p[0]!, beta: p[1]!, gamma: p[2]!, delta: p[3]! },
          data,
        ),
      [fit.alpha, fit.beta, fit.gamma, fit.delta],
    );
    se.forEach((s, i) => expectRelClose(s, Math.sqrt(ref[i]![i]!), 0.01));
  });
  it("weights = the histories repeated (the same fit from 11,104 rows)", () => {
    const x: number[] = [],
      tx: number[] = [],
      n: number[] = [];
    d.w.forEach((w, k) => {
      for (let i = 0; i < w; i++) (x.push(d.x[k]!), tx.push(d.tx[k]!), n.push(6));
    });
    const long = fitBgbb(x, tx, n);
    expectRelClose(long.alpha, fit.alpha, 1e-6);
    expectRelClose(long.delta, fit.delta, 1e-6);
    expectClose(long.logLikelihood, fit.logLikelihood, 1e-4);
    let sum = 0;
    d.w.forEach((w, k) => (sum += w * bgbbLogLikelihood(fit, d.x[k]!, d.tx[k]!, 6)));
    expectClose(bgbbTotalLogLikelihood(fit, compressCustomers("t", d.x, d.tx, d.n, d.w)), sum, 1e-7);
  });
  it("penalty 0.01 (lifetimes' λ·Σp²) vs scipy", () => {
    const pen = fitBgbb(d.x, d.tx, d.n, { weights: d.w, penalty: 0.01 });
    expectSignificant(pen.alpha, 0.9775378461916437, 4);
    expectSignificant(pen.beta, 0.6181287869955457, 4);
    expectSignificant(pen.gamma, 0.3142076817955738, 4);
    expectSignificant(pen.delta, 1.0120611338238772, 4);
  });
});

describe("BG/BB predictions vs mpmath (paper's parameters)", () => {
  it("log-likelihood of single histories", () => {
    expectClose(bgbbLogLikelihood(paper, 0, 0, 6), -1.1672624726738938, 1e-12);
    expectClose(bgbbLogLikelihood(paper, 2, 4, 6), -5.195697601042647, 1e-12);
    expectClose(bgbbLogLikelihood(paper, 6, 6, 6), -2.1822484476182997, 1e-12);
  });
  it.each([
    [5, 2, 4, 6, 1.0573489419096807],
    [5, 6, 6, 6, 3.7521156075998148],
    [1, 0, 0, 6, 0.016350511357692197],
    [10, 3, 5, 6, 3.224634410606511],
  ])("E[X(n, n+%p) | x=%p, t_x=%p, n=%p] = FHS eq. 13 (gamma form)", (m, x, tx, n, ref) =>
    expectRelClose(bgbbConditionalExpectedPurchases(paper, m, x, tx, n), ref, 1e-11),
  );
  it("E[X(n)] for a new customer = FHS eq. 7", () => {
    expectRelClose(bgbbExpectedPurchases(paper, 6), 2.219631393487299, 1e-12);
    expectRelClose(bgbbExpectedPurchases(paper, 11), 3.387571111064622, 1e-12);
  });
  it("P(X(6) = k), k = 0…6 = FHS eq. 8; sums to 1; mean = E[X(6)]", () => {
    const ref = [
      0.3112177432638493, 0.17010997840651465, 0.12148051376687113, 0.10026311502480369, 0.09165985342492183,
      0.0924811479052925, 0.11278764820774684,
    ];
    let total = 0,
      mean = 0;
    ref.forEach((r, k) => {
      const p = bgbbProbabilityOfPurchases(paper, 6, k);
      expectRelClose(p, r, 1e-11);
      total += p;
      mean += k * p;
    });
    expectClose(total, 1, 1e-12);
    expectClose(mean, bgbbExpectedPurchases(paper, 6), 1e-12);
    expect(bgbbProbabilityOfPurchases(paper, 6, 7)).toBe(0);
  });
  it("P(alive) ∈ [0, 1] over every history of n = 0…12; γ = 1 (removable singularity of eq. 13) is finite", () => {
    for (let n = 0; n <= 12; n++)
      for (let tx = 0; tx <= n; tx++)
        for (let x = tx === 0 ? 0 : 1; x <= tx; x++) {
          const p = bgbbProbabilityAlive(paper, x, tx, n);
          expect(p >= 0 && p <= 1).toBe(true);
        }
    const g1 = { ...paper, gamma: 1 };
    const near = { ...paper, gamma: 1 + 1e-7 };
    expectRelClose(
      bgbbConditionalExpectedPurchases(g1, 5, 2, 4, 6),
      bgbbConditionalExpectedPurchases(near, 5, 2, 4, 6),
      1e-6,
    );
  });
  it("bad histories are invalid: x > t_x, fractional periods; nobody repeats → numeric", () => {
    expect(codeOf(() => bgbbProbabilityAlive(paper, 3, 2, 6))).toBe("invalid");
    expect(codeOf(() => bgbbProbabilityAlive(paper, 1, 1.5, 6))).toBe("invalid");
    expect(codeOf(() => bgbbConditionalExpectedPurchases(paper, 1.5, 1, 1, 6))).toBe("invalid");
    expect(codeOf(() => fitBgbb([0, 0], [0, 0], [6, 6]))).toBe("numeric");
  });
});

/**
 * The fitting template (src/clv/fitBase.ts) and the observed information (information.ts).
 * References: lifetimes' published BG/NBD standard errors on CDNOW (its docs' `summary`:
 * 0.012557, 0.378221, 0.185719, 0.705345), an independent finite-difference Hessian of the
 * log-likelihood in the parameters themselves, and closed forms.
 */
import {
  bgNbdTotalLogLikelihood,
  compressCustomers,
  fitBgNbd,
  fitByMaximumLikelihood,
  observedCovariance,
  parameterIntervals,
  BgNbdParams,
} from "../../../src/clv";
import { codeOf } from "../../helpers/errors";
import { expectClose, expectRelClose } from "../../helpers/tolerance";
import { cdnowSummary } from "./cdnowData";
import { finiteDifferenceCovariance } from "./finiteDifference";

describe("fitByMaximumLikelihood", () => {
  it("doc example: one parameter, quadratic objective", () => {
    const fit = fitByMaximumLikelihood({
      where: "demo",
      start: [0],
      customers: 1,
      penalty: 0,
      meanNegLogLikelihood: (p) => (p[0]! - 2) ** 2,
    });
    expectClose(fit.values[0]!, 2, 1e-6);
    expectClose(fit.logLikelihood, 0, 1e-10);
  });
  it("observedCovariance doc example: F = (p − 2)²/(2·0.01) → variance 0.01", () => {
    const c = observedCovariance((t) => 50 * (Math.exp(t[0]!) - 2) ** 2, Float64Array.of(Math.log(2)));
    expectRelClose(c![0]![0]!, 0.01, 1e-6);
  });
  it("a saddle has no covariance (null), not a number", () =>
    expect(observedCovariance((t) => t[0]! ** 2 - t[1]! ** 2, Float64Array.of(0, 0))).toBeNull());
  it("covariance: false skips the information matrix (null), estimates unchanged", () => {
    const x = [0, 1, 2, 0, 3, 1, 0, 4, 2, 1, 0, 6, 0, 2];
    const tx = [0, 5, 20, 0, 30, 2, 0, 35, 10, 12, 0, 37, 0, 3];
    const T = [38, 38, 38, 30, 39, 25, 20, 39, 32, 30, 39, 39, 35, 36];
    const a = fitBgNbd(x, tx, T),
      b = fitBgNbd(x, tx, T, { covariance: false });
    expect(b.covariance).toBeNull();
    expect(a.covariance).not.toBeNull();
    expect(b.r).toBe(a.r);
  });
  it("the fit reuses the minimiser's last value and gradient: the same log-likelihood and covariance as evaluated afresh", () => {
    const d = cdnowSummary();
    const fit = fitBgNbd(d.x, d.tx, d.T);
    const data = compressCustomers("test", d.x, d.tx, d.T);
    expect(fit.logLikelihood).toBe(bgNbdTotalLogLikelihood(fit, data));
    // observedCovariance with the gradient at θ given equals the one that evaluates it
    const F = (t: Float64Array) =>
      3 * Math.exp(t[0]!) ** 2 - 2 * t[0]! + Math.exp(t[1]!) * (t[1]! - 1) + t[0]! * t[1]!;
    const G = (t: Float64Array, g: Float64Array) => {
      g[0] = 6 * Math.exp(t[0]!) ** 2 - 2 + t[1]!;
      g[1] = Math.exp(t[1]!) * t[1]! + t[0]!;
    };
    const theta = Float64Array.of(0.1, -0.2),
      g0 = new Float64Array(2);
    G(theta, g0);
    const fresh = observedCovariance(F, theta, G);
    expect(fresh).not.toBeNull();
    expect(observedCovariance(F, theta, G, g0)).toEqual(fresh);
    expect(observedCovariance(F, theta, G, [g0[0]! + 1, g0[1]!])).not.toEqual(fresh);
  });
  it("bad penalty is invalid", () => {
    expect(codeOf(() => fitBgNbd([1, 0], [1, 0], [2, 2], { penalty: Number.NaN }))).toBe("invalid");
    expect(codeOf(() => fitBgNbd([1, 0], [1, 0], [2, 2], { weights: [1, -1] }))).toBe("invalid");
    expect(codeOf(() => fitBgNbd([1, 0], [1, 0], [2, 2], { weights: [0, 0] }))).toBe("invalid");
  });
});

describe("BG/NBD on CDNOW through the template: standard errors", () => {
  const d = cdnowSummary();
  const fit = fitBgNbd(d.x, d.tx, d.T);
  const values = [fit.r, fit.alpha, fit.a, fit.b];
  const data = compressCustomers("test", d.x, d.tx, d.T);
  const ll = (p: number[]) =>
    bgNbdTotalLogLikelihood({ model: "bgnbd", r: p[0]!, alpha: p[1]!, a: p[2]!, b: p[3]! }, data);
  const { se, lower, upper } = parameterIntervals(values, fit.covariance);
  it("lifetimes' published standard errors (4 significant digits ± 1 in the last)", () => {
    [0.012557, 0.378221, 0.185719, 0.705345].forEach((ref, i) => expectRelClose(se[i]!, ref, 2e-4));
  });
  it("the covariance agrees with a finite-difference Hessian in the parameters to 1%", () => {
    const ref = finiteDifferenceCovariance(ll, values);
    for (let i = 0; i < 4; i++)
      for (let j = 0; j < 4; j++)
        expectClose(fit.covariance![i]![j]!, ref[i]![j]!, 0.01 * Math.sqrt(ref[i]![i]! * ref[j]![j]!));
    for (let i = 0; i < 4; i++) expectRelClose(se[i]!, Math.sqrt(ref[i]![i]!), 0.01);
  });
  it("95% intervals p ± 1.96·se contain the estimate", () => {
    values.forEach((v, i) => {
      expectClose(upper[i]! - v, 1.959963984540054 * se[i]!, 1e-12);
      expect(lower[i]!).toBeLessThan(v);
    });
  });
  it("weighted rows = the same customers repeated (estimates, LL and covariance)", () => {
    const w = compressCustomers("test", d.x, d.tx, d.T);
    const wfit = fitBgNbd(Array.from(w.x), Array.from(w.tx), Array.from(w.T), {
      weights: Array.from(w.weight),
    });
    const p: BgNbdParams = wfit;
    expectRelClose(p.r, fit.r, 1e-7);
    expectRelClose(p.b, fit.b, 1e-7);
    expectClose(wfit.logLikelihood, fit.logLikelihood, 1e-6);
    expectRelClose(wfit.covariance![1]![1]!, fit.covariance![1]![1]!, 1e-4);
    expect(wfit.customers).toBe(2357);
  });
});

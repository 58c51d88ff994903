import fc from "fast-check";
import {
  compressCustomers,
  fitParetoNbd,
  paretoNbdConditionalExpectedPurchases,
  paretoNbdExpectedPurchases,
  paretoNbdLogLikelihood,
  paretoNbdProbabilityAlive,
  paretoNbdTotalLogLikelihood,
  ParetoNbdParams,
} from "../../../src/clv";
import { codeOf } from "../../helpers/errors";
import { expectClose, expectRelClose, expectSignificant } from "../../helpers/tolerance";
import { cdnowSummary } from "./cdnowData";

const published: ParetoNbdParams = { model: "pnbd", r: 0.553, alpha: 10.58, s: 0.606, beta: 11.67 };
const alphaAboveBeta: ParetoNbdParams = { ...published, alpha: 12.58 };

describe("Pareto/NBD on CDNOW (Schmittlein, Morrison & Colombo 1987; Fader & Hardie 2005)", () => {
  const d = cdnowSummary();
  const fit = fitParetoNbd(d.x, d.tx, d.T);
  it("MLE r = 0.553, α = 10.58, s = 0.606, β = 11.66 (3 significant digits)", () => {
    expectSignificant(fit.r, 0.553, 3);
    expectSignificant(fit.alpha, 10.58, 3);
    expectSignificant(fit.s, 0.606, 3);
    expectSignificant(fit.beta, 11.66, 3);
  });
  it("log-likelihood −9594.98 ± 0.01", () => expectClose(fit.logLikelihood, -9594.98, 0.01));
  it("weighted likelihood equals the per-customer sum", () => {
    let sum = 0;
    for (let i = 0; i < d.x.length; i++) sum += paretoNbdLogLikelihood(fit, d.x[i]!, d.tx[i]!, d.T[i]!);
    expectClose(paretoNbdTotalLogLikelihood(fit, compressCustomers("test", d.x, d.tx, d.T)), sum, 1e-8);
  });
  it("rescaling time (weeks → days) keeps r, s, multiplies α, β by 7, predictions unchanged", () => {
    const days = fitParetoNbd(
      d.x,
      d.tx.map((v) => v * 7),
      d.T.map((v) => v * 7),
    );
    expectRelClose(days.r, fit.r, 1e-4);
    expectRelClose(days.s, fit.s, 1e-4);
    expectRelClose(days.alpha, fit.alpha * 7, 1e-4);
    expectRelClose(days.beta, fit.beta * 7, 1e-4);
    expectClose(
      paretoNbdProbabilityAlive(days, 2, 30.43 * 7, 38.86 * 7),
      paretoNbdProbabilityAlive(fit, 2, 30.43, 38.86),
      1e-5,
    );
    expectClose(
      paretoNbdConditionalExpectedPurchases(days, 273, 2, 30.43 * 7, 38.86 * 7),
      paretoNbdConditionalExpectedPurchases(fit, 39, 2, 30.43, 38.86),
      1e-5,
    );
  });
});

describe("Pareto/NBD likelihood and predictions vs mpmath (independent: quadrature of the integral forms)", () => {
  // ln L = ln[Γ(r+x)α^r β^s/Γ(r) · ((α+T)^−(r+x)(β+T)^−s + s∫_{t_x}^T (α+y)^−(r+x)(β+y)^−(s+1) dy)]
  it("both hypergeometric branches (α < β and α ≥ β)", () => {
    expectClose(paretoNbdLogLikelihood(published, 2, 30.43, 38.86), -9.5542465534094, 1e-11);
    expectClose(paretoNbdLogLikelihood(alphaAboveBeta, 2, 30.43, 38.86), -9.56115062512399, 1e-11);
  });
  it("P(alive) and E[Y(39)] (posterior λ ~ Γ(r+x, α+T), μ ~ Γ(s, β+T))", () => {
    expectClose(paretoNbdProbabilityAlive(published, 0, 0, 38.86), 0.2953109045978425, 1e-12);
    expectClose(paretoNbdProbabilityAlive(published, 2, 30.43, 38.86), 0.8691714821202602, 1e-12);
    expectClose(
      paretoNbdConditionalExpectedPurchases(published, 39, 2, 30.43, 38.86),
      1.455075199265842,
      1e-11,
    );
    const sIsOne = { ...alphaAboveBeta, alpha: 14.58, s: 1 };
    expectClose(paretoNbdProbabilityAlive(sIsOne, 2, 30.43, 38.86), 0.7980408975539663, 1e-12);
    expectClose(paretoNbdConditionalExpectedPurchases(sIsOne, 39, 2, 30.43, 38.86), 1.101944725137193, 1e-11);
  });
  it("E[X(t)] of a new customer equals the conditional expectation at x = t_x = T = 0", () =>
    expectClose(
      paretoNbdExpectedPurchases(published, 39),
      paretoNbdConditionalExpectedPurchases(published, 39, 0, 0, 0),
      1e-12,
    ));
  it("property: P(alive) ∈ [0, 1] on both branches", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 300 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 200, noNaN: true }),
        (x, f, T) => {
          for (const p of [published, alphaAboveBeta]) {
            const v = paretoNbdProbabilityAlive(p, x, x === 0 ? 0 : f * T, T);
            expect(v >= 0 && v <= 1).toBe(true);
          }
        },
      ),
    );
  });
});

describe("Pareto/NBD edge cases", () => {
  it("extreme customers are finite: x in the hundreds, T = 0, t_x = T, α = β", () => {
    for (const p of [
      published,
      alphaAboveBeta,
      { ...published, alpha: 11.67 },
      { ...published, alpha: 200, beta: 0.01 },
    ]) {
      for (const [x, tx, T] of [
        [500, 99, 100],
        [0, 0, 0],
        [3, 10, 10],
        [300, 0.5, 1],
      ] as [number, number, number][]) {
        expect(Number.isFinite(paretoNbdLogLikelihood(p, x, tx, T))).toBe(true);
        expect(Number.isFinite(paretoNbdConditionalExpectedPurchases(p, 52, x, tx, T))).toBe(true);
      }
    }
  });
  it("no repeat purchases → numeric; bad tables and parameters → invalid", () => {
    expect(codeOf(() => fitParetoNbd([0, 0], [0, 0], [5, 6]))).toBe("numeric");
    expect(codeOf(() => fitParetoNbd([1], [3], [2]))).toBe("invalid");
    expect(codeOf(() => paretoNbdProbabilityAlive({ ...published, s: -1 }, 1, 1, 2))).toBe("invalid");
  });
});

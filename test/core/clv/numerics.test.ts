import {
  digamma,
  logBeta,
  logDiffExp,
  logGamma,
  logHyp2f1,
  logSumExp,
  minimizeBfgs,
  withNumericGradient,
} from "../../../src/clv";
import { codeOf } from "../../helpers/errors";
import { expectClose, expectRelClose } from "../../helpers/tolerance";

// Reference values from scipy 1.17 (scipy.special.gammaln, digamma, hyp2f1), computed outside the project.
describe("special functions vs scipy", () => {
  it("logGamma", () => {
    expectClose(logGamma(5), Math.log(24), 1e-14);
    expectClose(logGamma(0.001), 6.907178885383853, 1e-13);
    expectRelClose(logGamma(1e6), 12815504.569147611, 1e-14);
    expectClose(logGamma(0.5), 0.5 * Math.log(Math.PI), 1e-14);
  });
  it("digamma", () => {
    expectClose(digamma(1), -0.5772156649015329, 1e-13);
    expectClose(digamma(0.3), -3.502524222200133, 1e-12);
    expectClose(digamma(50), 3.9019896734278925, 1e-13);
  });
  it("logBeta: B(2, 3) = 1/12", () => expectClose(logBeta(2, 3), -Math.log(12), 1e-14));
  it("logSumExp / logDiffExp never overflow", () => {
    expectClose(logSumExp(0, 0), Math.LN2, 1e-15);
    expectClose(logSumExp(1000, 1000), 1000 + Math.LN2, 1e-12);
    expect(logSumExp(-Infinity, 3)).toBe(3);
    expectClose(logDiffExp(Math.log(3), Math.log(1)), Math.log(2), 1e-15);
    expect(logDiffExp(2, 2)).toBe(-Infinity);
    expectClose(logDiffExp(1e-20, 0), Math.log(1e-20), 1e-10);
  });
});

describe("logHyp2f1 vs scipy.special.hyp2f1", () => {
  const cases: [number, number, number, number, number][] = [
    [1, 1, 2, 0.5, 0.3266342599782806], // −ln(1 − z)/z
    [3.2, 1.6, 4.2, 0.95, 3.0199498702053305],
    [500.3, 1.6, 501.3, 0.9, 3.656285051154778], // Pareto/NBD α ≥ β branch, x in the hundreds
    [2.5, 300.2, 303.1, 0.7, 2.9554291633040504], // Euler transform, no overflow
    [0.24, 2.4, 2.2, 0.985, 1.297677252092291], // BG/NBD E[X(t)] far horizon
    [2, 3, 4, -3.5, -2.4209566232347624], // Pfaff for z < 0
  ];
  it.each(cases)("2F1(%p, %p; %p; %p)", (a, b, c, z, ln) =>
    expectClose(logHyp2f1(a, b, c, z), ln, 1e-12 * Math.max(1, Math.abs(ln))),
  );
  it("doc example", () => expectClose(Math.exp(logHyp2f1(1, 1, 2, 0.5)), 2 * Math.LN2, 1e-14));
  describe("edge cases", () => {
    it("z = 0 gives 1, terminating series are exact", () => {
      expect(logHyp2f1(3, 4, 5, 0)).toBe(0);
      expectClose(Math.exp(logHyp2f1(-2, 1, 1, 0.25)), (1 - 0.25) ** 2, 1e-15);
    });
    it("c ≤ 0, z ≥ 1, NaN and a negative value are numeric failures", () => {
      expect(codeOf(() => logHyp2f1(1, 1, 0, 0.5))).toBe("numeric");
      expect(codeOf(() => logHyp2f1(1, 1, 2, 1))).toBe("numeric");
      expect(codeOf(() => logHyp2f1(NaN, 1, 2, 0.5))).toBe("numeric");
      expect(codeOf(() => logHyp2f1(1.3, -2.5, 0.7, 0.6))).toBe("numeric");
    });
  });
});

describe("minimizeBfgs", () => {
  const rosen = (t: Float64Array) =>
    100 * ((t[1] as number) - (t[0] as number) ** 2) ** 2 + (1 - (t[0] as number)) ** 2;
  it("finds the Rosenbrock minimum (1, 1) with a numeric gradient", () => {
    const res = minimizeBfgs("test", withNumericGradient(rosen), [-1.2, 1]);
    expectClose(res.theta[0] as number, 1, 1e-5);
    expectClose(res.theta[1] as number, 1, 1e-5);
  });
  it("doc example: (θ − 1)² with an analytic gradient", () => {
    const res = minimizeBfgs(
      "demo",
      (t, g) => {
        if (g) g[0] = 2 * ((t[0] as number) - 1);
        return ((t[0] as number) - 1) ** 2;
      },
      [0],
    );
    expectClose(res.theta[0] as number, 1, 1e-8);
  });
  describe("edge cases", () => {
    it("unbounded objective → numeric (parameter runs off)", () =>
      expect(
        codeOf(() =>
          minimizeBfgs(
            "test",
            withNumericGradient((t) => -(t[0] as number)),
            [0],
          ),
        ),
      ).toBe("numeric"));
    it("non-finite start → numeric", () =>
      expect(codeOf(() => minimizeBfgs("test", () => NaN, [0]))).toBe("numeric"));
    it("iteration limit → numeric", () =>
      expect(
        codeOf(() => minimizeBfgs("test", withNumericGradient(rosen), [-1.2, 1], { maxIterations: 3 })),
      ).toBe("numeric"));
  });
});

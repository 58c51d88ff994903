import {
  compressCustomers,
  DROPOUT_LR_CRITICAL,
  dropoutLikelihoodRatio,
  fitParetoNbd,
  seededUniform,
  simulateBgNbd,
} from "../../../src/clv";
import { errorOf } from "../../helpers/errors";
import { expectClose, expectSignificant } from "../../helpers/tolerance";
import { cdnowSummary } from "./cdnowData";
import reference from "./fixtures/paretoNbdReference.json";

/** 100,000 customers of the NBD (no dropout: p ~ beta(1e-9, 1) is 0 to machine precision). */
function noDropout(seed: number, n: number): { x: number[]; tx: number[]; T: number[] } {
  const random = seededUniform(seed);
  const ages = Array.from({ length: n }, () => 39 + 13 * random());
  return simulateBgNbd({ model: "bgnbd", r: 0.243, alpha: 4.414, a: 1e-9, b: 1 }, ages, random);
}

describe("dropout screen of the Pareto/NBD fit (LR of NBD vs the slice β = α)", () => {
  it("CDNOW: LR = 337.34 as scipy's maxima of the two likelihoods (fixtures/paretoNbdReference.py)", () => {
    const d = cdnowSummary();
    const meanT = d.T.reduce((a, b) => a + b, 0) / d.T.length;
    const lr = dropoutLikelihoodRatio(compressCustomers("test", d.x, d.tx, d.T), meanT);
    expectClose(lr as number, reference.cdnowLR.LR, 1e-5);
    expect(lr as number).toBeGreaterThan(DROPOUT_LR_CRITICAL);
  });
  it("the 5 % critical value of ½χ²₀ + ½χ²₁ is the 90 % quantile of χ²₁ (scipy.stats.chi2.ppf(0.9, 1))", () =>
    expectSignificant(DROPOUT_LR_CRITICAL, 2.705543454095404, 15));
  it("doc examples: buyers who bought lately → LR 0; long silences → LR 40.71", () => {
    const T = [39, 39, 39, 39, 39, 39, 39];
    const lately = compressCustomers("demo", [0, 1, 9, 2, 0, 6, 1], [0, 30, 38, 39, 0, 38, 35], T);
    const silent = compressCustomers("demo", [0, 1, 9, 2, 0, 6, 1], [0, 3, 8, 9, 0, 8, 5], T);
    expect(dropoutLikelihoodRatio(lately, 39)).toBe(0);
    expectClose(dropoutLikelihoodRatio(silent, 39) as number, 40.7124225, 1e-6);
  });
  // The screen decides (the LR in the message comes only from it), so no costly fit runs first;
  // how long it takes is measured in bench/clv.bench.ts, not here (a timed test fails under load).
  it("100,000 customers without dropout: #NUM! from the screen, with the reason, bilingual", () => {
    const sim = noDropout(1, 100_000);
    const e = errorOf(() => fitParetoNbd(sim.x, sim.tx, sim.T));
    expect(e.code).toBe("numeric");
    expect(e.messageIn("en")).toMatch(
      /fit failed: the data show no evidence that customers drop out \(LR = 0\.00;/,
    );
    expect(e.messageIn("en")).toMatch(/s\/β → 0.*Use a model without dropout, or add a small penalty/);
    expect(e.messageIn("zh")).toMatch(/没有客户流失的证据.*不含流失的模型.*惩罚项/);
  });
  it("a penalty skips the screen: the penalised fit has a maximum", () => {
    const sim = noDropout(1, 300);
    expect(errorOf(() => fitParetoNbd(sim.x, sim.tx, sim.T)).code).toBe("numeric");
    const fit = fitParetoNbd(sim.x, sim.tx, sim.T, { penalty: 0.01 });
    expect(Number.isFinite(fit.logLikelihood)).toBe(true);
  });
  it("every customer buying at the very end: the search itself stops on s/β → 0", () => {
    const e = errorOf(() => fitParetoNbd([5, 5, 5, 5], [40, 40, 40, 40], [40, 40, 40, 40]));
    expect(e.code).toBe("numeric");
    expect(e.messageIn("en")).toMatch(/no evidence that customers drop out/);
  });
});

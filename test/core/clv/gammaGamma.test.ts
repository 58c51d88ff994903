import {
  fitGammaGamma,
  gammaGammaExpectedSpend,
  gammaGammaExpectedSpends,
  GammaGammaParams,
} from "../../../src/clv";
import { codeOf } from "../../helpers/errors";
import { deepFreeze, expectClose } from "../../helpers/tolerance";
import { cdnowSummary } from "./cdnowData";

const published: GammaGammaParams = { model: "gammagamma", p: 6.25, q: 3.74, gamma: 15.44 };

describe("Gamma-Gamma on the 946 CDNOW repeaters (Fader & Hardie 2013)", () => {
  const d = cdnowSummary();
  const fit = fitGammaGamma(deepFreeze(d.x), deepFreeze(d.zbar));
  it("p = 6.25, q = 3.74, γ = 15.44 (published to 2 decimals: ±0.015, as lifetimes checks)", () => {
    expect(fit.customers).toBe(946);
    expectClose(fit.p, 6.25, 0.015);
    expectClose(fit.q, 3.74, 0.015);
    expectClose(fit.gamma, 15.44, 0.015);
  });
  it("changing the currency (× 100) scales γ only", () => {
    const cents = fitGammaGamma(
      d.x,
      d.zbar.map((z) => z * 100),
    );
    expectClose(cents.p, fit.p, 1e-4);
    expectClose(cents.q, fit.q, 1e-4);
    expectClose(cents.gamma / 100, fit.gamma, 1e-3);
  });
  it("weights (a compressed table x, z̄, customers) give the fit of the rows repeated", () => {
    const groups = new Map<string, { x: number; z: number; w: number }>();
    d.x.forEach((x, i) => {
      const k = `${x}|${d.zbar[i]}`;
      const g = groups.get(k) ?? { x, z: d.zbar[i]!, w: 0 };
      groups.set(k, { ...g, w: g.w + 1 });
    });
    const g = [...groups.values()];
    const weighted = fitGammaGamma(
      g.map((r) => r.x),
      g.map((r) => r.z),
      { weights: g.map((r) => r.w) },
    );
    expect(weighted.customers).toBe(fit.customers);
    for (const k of ["p", "q", "gamma", "logLikelihood"] as const) expectClose(weighted[k], fit[k], 1e-9);
    // The rows are compressed in order of first appearance with their counts (the table above),
    // so the two fits run the same arithmetic: equal to the last bit, covariance included.
    expect(weighted).toEqual(fit);
    expect(codeOf(() => fitGammaGamma([1, 2], [5, 6], { weights: [1, -1] }))).toBe("invalid");
    expect(codeOf(() => fitGammaGamma([1, 2], [5, 6], { weights: [1] }))).toBe("invalid");
  });
  it("expected spend is the credibility-weighted mean of the population and own means (hand-computed)", () => {
    const { p, q, gamma } = published;
    const own = 22.35,
      x = 2;
    const w = (p * x) / (p * x + q - 1);
    const expected = (1 - w) * ((p * gamma) / (q - 1)) + w * own;
    expectClose(gammaGammaExpectedSpend(published, x, own), expected, 1e-12);
    expectClose(gammaGammaExpectedSpend(published, 2, 22.35), 24.663713910761153, 1e-9); // doc example, = p(γ+x z̄)/(px+q−1)
    expectClose(gammaGammaExpectedSpend(published, 0, 0), (p * gamma) / (q - 1), 1e-12); // no repeats: population mean
  });
  it("gammaGammaExpectedSpends is gammaGammaExpectedSpend customer by customer, to the last bit", () => {
    const spends = gammaGammaExpectedSpends(fit, d.x, d.zbar);
    expect(spends).toHaveLength(d.x.length);
    d.x.forEach((x, i) => expect(spends[i]).toBe(gammaGammaExpectedSpend(fit, x, d.zbar[i]!)));
    expect(codeOf(() => gammaGammaExpectedSpends({ ...published, q: 0.5 }, [1, 0], [3, 0]))).toBe("numeric");
    expect(codeOf(() => gammaGammaExpectedSpends(published, [1, 2], [3, -1]))).toBe("invalid");
    expect(codeOf(() => gammaGammaExpectedSpends({ ...published, p: -1 }, [1], [3]))).toBe("invalid");
  });
  describe("edge cases", () => {
    it("fewer than 2 repeaters → numeric; z̄ ≤ 0 for a repeater, mismatched columns → invalid", () => {
      expect(codeOf(() => fitGammaGamma([1, 0], [10, 0]))).toBe("numeric");
      expect(codeOf(() => fitGammaGamma([1, 2], [0, 5]))).toBe("invalid");
      expect(codeOf(() => fitGammaGamma([1, 2], [5]))).toBe("invalid");
    });
    it("p·x + q ≤ 1 has no expected spend → numeric", () =>
      expect(codeOf(() => gammaGammaExpectedSpend({ ...published, q: 0.5 }, 0, 0))).toBe("numeric"));
    it("a customer with x in the hundreds is finite and close to their own mean", () =>
      expectClose(gammaGammaExpectedSpend(published, 500, 40), 40, 0.1));
  });
});

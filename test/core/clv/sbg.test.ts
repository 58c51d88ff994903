import { fitSbg, sbgRetentionRate, sbgSurvival } from "../../../src/clv";
import { codeOf } from "../../helpers/errors";
import { deepFreeze, expectClose, expectSignificant } from "../../helpers/tolerance";

describe("sBG (Fader & Hardie 2007, years 1–7)", () => {
  const high = deepFreeze([1000, 869, 743, 653, 593, 551, 517, 491]);
  const regular = deepFreeze([1000, 631, 468, 382, 326, 289, 262, 241]);
  it("High end → α = 0.668, β = 3.806", () => {
    const f = fitSbg(high);
    expectSignificant(f.alpha, 0.668, 3);
    expectSignificant(f.beta, 3.806, 4);
  });
  it("Regular → α = 0.704, β = 1.182", () => {
    const f = fitSbg(regular);
    expectSignificant(f.alpha, 0.704, 3);
    expectSignificant(f.beta, 1.182, 4);
  });
  it("S(t) and r(t) follow the recursion: S(1) = β/(α+β), S(t) = S(t−1)·r(t), r rising", () => {
    const p = { model: "sbg", alpha: 0.668, beta: 3.806 } as const;
    expectClose(sbgSurvival(p, 0), 1, 1e-15);
    expectClose(sbgSurvival(p, 1), 3.806 / 4.474, 1e-12);
    for (let t = 1; t < 20; t++) {
      expectClose(sbgSurvival(p, t), sbgSurvival(p, t - 1) * sbgRetentionRate(p, t), 1e-12);
      if (t > 1) expect(sbgRetentionRate(p, t)).toBeGreaterThan(sbgRetentionRate(p, t - 1));
    }
  });
  describe("edge cases", () => {
    it("increasing or fractional counts, too few counts → invalid; no churn → numeric", () => {
      expect(codeOf(() => fitSbg([1000, 1001]))).toBe("invalid");
      expect(codeOf(() => fitSbg([1000, 900.5]))).toBe("invalid");
      expect(codeOf(() => fitSbg([1000]))).toBe("invalid");
      expect(codeOf(() => fitSbg([1000, 1000, 1000]))).toBe("numeric");
    });
    it("everyone churning at once has no interior maximum → numeric", () =>
      expect(codeOf(() => fitSbg([1000, 0, 0]))).toBe("numeric"));
    it("t must be a whole number of periods", () => {
      expect(codeOf(() => sbgSurvival({ model: "sbg", alpha: 1, beta: 1 }, 1.5))).toBe("invalid");
      expect(codeOf(() => sbgRetentionRate({ model: "sbg", alpha: 1, beta: 1 }, 0))).toBe("invalid");
    });
  });
});

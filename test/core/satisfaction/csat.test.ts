import fc from "fast-check";
import { CrmError } from "../../../src/errors";
import { codeOf } from "../../helpers/errors";
import { satisfactionRatio } from "../../../src/satisfaction/ratio";
import { satisfactionLevel } from "../../../src/satisfaction/level";
import { netPromoterScore } from "../../../src/satisfaction/nps";
import { deepFreeze, expectClose } from "../../helpers/tolerance";

describe("satisfactionRatio (Kotler c = b / a)", () => {
  it("matches the seed's definition on hand-computed cases", () => {
    expectClose(satisfactionRatio(4, 5), 0.8, 1e-15);
    expectClose(satisfactionRatio(6, 5), 1.2, 1e-15);
    expectClose(satisfactionRatio(0, 5), 0, 0);
  });
  it("property: c · a = b", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e6, noNaN: true }),
        (b, a) => {
          expectClose(satisfactionRatio(b, a) * a, b, 1e-9 * Math.max(1, b));
        },
      ),
    );
  });
  describe("edge cases", () => {
    it("expected 0 is a numeric failure", () =>
      expect(codeOf(() => satisfactionRatio(4, 0))).toBe("numeric"));
    it("negative values are invalid", () => {
      expect(codeOf(() => satisfactionRatio(-1, 5))).toBe("invalid");
      expect(codeOf(() => satisfactionRatio(4, -5))).toBe("invalid");
    });
    it("NaN, Infinity and text are invalid", () => {
      expect(codeOf(() => satisfactionRatio(NaN, 5))).toBe("invalid");
      expect(codeOf(() => satisfactionRatio(4, Infinity))).toBe("invalid");
      expect(codeOf(() => satisfactionRatio("4" as unknown as number, 5))).toBe("invalid");
    });
    it("messages exist in both languages", () => {
      try {
        satisfactionRatio(4, 0);
      } catch (e) {
        const err = e as CrmError;
        expect(err.messageIn("en")).toMatch(/expected value/);
        expect(err.messageIn("zh")).toMatch(/期望价值/);
      }
    });
  });
});

describe("satisfactionLevel", () => {
  it("classifies around 1 with the default ±5% tolerance", () => {
    expect(satisfactionLevel(4, 5)).toBe("dissatisfied");
    expect(satisfactionLevel(5, 5)).toBe("satisfied");
    expect(satisfactionLevel(5.2, 5)).toBe("satisfied");
    expect(satisfactionLevel(6, 5)).toBe("delighted");
  });
  it("the tolerance bounds belong to 'satisfied'", () => {
    expect(satisfactionLevel(1.05, 1)).toBe("satisfied");
    expect(satisfactionLevel(0.95, 1)).toBe("satisfied");
    expect(satisfactionLevel(1.0501, 1)).toBe("delighted");
    expect(satisfactionLevel(0.9499, 1)).toBe("dissatisfied");
  });
  it("tolerance 0 means exactly 1 is satisfied", () => {
    expect(satisfactionLevel(1, 1, 0)).toBe("satisfied");
    expect(satisfactionLevel(1.001, 1, 0)).toBe("delighted");
  });
  it("property: level agrees with the ratio", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        (b, a) => {
          const c = b / a;
          const level = satisfactionLevel(b, a);
          if (c > 1.06) expect(level).toBe("delighted");
          if (c < 0.94) expect(level).toBe("dissatisfied");
          if (Math.abs(c - 1) < 0.04) expect(level).toBe("satisfied");
        },
      ),
    );
  });
  it("edge cases: bad tolerance, bad values", () => {
    expect(codeOf(() => satisfactionLevel(4, 5, -0.1))).toBe("invalid");
    expect(codeOf(() => satisfactionLevel(4, 5, 1))).toBe("invalid");
    expect(codeOf(() => satisfactionLevel(4, 0))).toBe("numeric");
  });
});

describe("netPromoterScore", () => {
  it("counts 9–10 as promoters and 0–6 as detractors (hand-computed)", () => {
    expect(netPromoterScore([10, 9, 8, 7, 6, 0])).toBe(0);
    expect(netPromoterScore([10, 10, 9, 3])).toBe(50);
    expect(netPromoterScore([0, 1, 2])).toBe(-100);
    expect(netPromoterScore([9])).toBe(100);
    expect(netPromoterScore([7, 8])).toBe(0);
  });
  it("property: in [−100, 100], order-independent, inputs not mutated", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 200 }), (xs) => {
        const frozen = deepFreeze([...xs]);
        const nps = netPromoterScore(frozen);
        expect(nps).toBeGreaterThanOrEqual(-100);
        expect(nps).toBeLessThanOrEqual(100);
        expectClose(netPromoterScore([...xs].reverse()), nps, 1e-12);
        const p = xs.filter((x) => x >= 9).length;
        const d = xs.filter((x) => x <= 6).length;
        expectClose(nps, (100 * (p - d)) / xs.length, 1e-12);
      }),
    );
  });
  it("edge cases: empty, out of scale, fractions, NaN", () => {
    expect(codeOf(() => netPromoterScore([]))).toBe("invalid");
    expect(codeOf(() => netPromoterScore([11]))).toBe("invalid");
    expect(codeOf(() => netPromoterScore([-1]))).toBe("invalid");
    expect(codeOf(() => netPromoterScore([7.5]))).toBe("invalid");
    expect(codeOf(() => netPromoterScore([NaN]))).toBe("invalid");
  });
});

import fc from "fast-check";
import { LOYALTY_MEASURE_LABELS, LOYALTY_MEASURES, loyaltyIndex } from "../../../src/loyalty/loyaltyIndex";
import { LOYALTY_QUADRANT_LABELS, loyaltyQuadrant } from "../../../src/loyalty/quadrant";
import { satisfactionIndex } from "../../../src/satisfaction/csatIndex";
import { codeOf } from "../../helpers/errors";
import { expectClose } from "../../helpers/tolerance";

describe("loyaltyIndex (seed 003's eight measures)", () => {
  it("hand-computed: mean 4 on a 1–5 scale is 75; weights", () => {
    expect(loyaltyIndex([5, 4, 5, 3, 4, 4, 3, 4])).toBe(75);
    // weights 2 on repurchase and recommend: (2·5 + 2·5 + 1·(4+3+4+4+3+4) − 10·1) / (10·4) · 100 = 80
    expectClose(loyaltyIndex([5, 4, 5, 3, 4, 4, 3, 4], [2, 1, 2, 1, 1, 1, 1, 1]), 80, 1e-12);
    expect(loyaltyIndex([1, 1, 1, 1, 1, 1, 1, 1])).toBe(0);
  });
  it("fewer measures are allowed; same formula as the satisfaction index", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 8 }), (xs) => {
        expectClose(loyaltyIndex(xs), satisfactionIndex(xs, undefined, 1, 5), 1e-12);
      }),
      { seed: 41 },
    );
  });
  it("eight measures, each with a bilingual label", () => {
    expect(LOYALTY_MEASURES).toHaveLength(8);
    for (const m of LOYALTY_MEASURES) expect(LOYALTY_MEASURE_LABELS[m].zh.length).toBeGreaterThan(0);
  });
  it("edge cases: nine measures, out of scale, all-zero weights", () => {
    expect(codeOf(() => loyaltyIndex([3, 3, 3, 3, 3, 3, 3, 3, 3]))).toBe("invalid");
    expect(codeOf(() => loyaltyIndex([6]))).toBe("invalid");
    expect(codeOf(() => loyaltyIndex([3, 3], [0, 0]))).toBe("numeric");
    expect(codeOf(() => loyaltyIndex([]))).toBe("invalid");
  });
});

describe("loyaltyQuadrant (the satisfaction trap)", () => {
  it("the four quadrants with the default cut 75, doc examples", () => {
    expect(loyaltyQuadrant(85, 40)).toBe("mercenary");
    expect(loyaltyQuadrant(50, 80)).toBe("hostage");
    expect(loyaltyQuadrant(90, 90)).toBe("advocate");
    expect(loyaltyQuadrant(10, 10)).toBe("defector");
  });
  it("a value equal to a cut is high; custom cuts", () => {
    expect(loyaltyQuadrant(75, 75)).toBe("advocate");
    expect(loyaltyQuadrant(74.999, 75)).toBe("hostage");
    expect(loyaltyQuadrant(60, 40, 50, 50)).toBe("mercenary");
  });
  it("property: the quadrant agrees with the two comparisons", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (s, l, sc, lc) => {
          const q = loyaltyQuadrant(s, l, sc, lc);
          const expected = s >= sc ? (l >= lc ? "advocate" : "mercenary") : l >= lc ? "hostage" : "defector";
          expect(q).toBe(expected);
          expect(LOYALTY_QUADRANT_LABELS[q].en.length).toBeGreaterThan(0);
        },
      ),
      { seed: 43 },
    );
  });
  it("edge cases: outside 0–100 or not a number", () => {
    expect(codeOf(() => loyaltyQuadrant(101, 50))).toBe("invalid");
    expect(codeOf(() => loyaltyQuadrant(50, -1))).toBe("invalid");
    expect(codeOf(() => loyaltyQuadrant(NaN, 50))).toBe("invalid");
    expect(codeOf(() => loyaltyQuadrant(50, 50, 120))).toBe("invalid");
    expect(loyaltyQuadrant(0, 0, 0, 0)).toBe("advocate");
  });
});

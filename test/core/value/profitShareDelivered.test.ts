import fc from "fast-check";
import { deliveredValue, deliveredValueRatio } from "../../../src/value/delivered";
import { relationshipProfit } from "../../../src/value/profit";
import { shareOfWallet } from "../../../src/value/share";
import { codeOf, errorOf } from "../../helpers/errors";
import { deepFreeze, expectClose } from "../../helpers/tolerance";

describe("relationshipProfit (revenue − acquisition − development − retention − termination)", () => {
  it("hand-computed cases and doc examples", () => {
    expect(relationshipProfit(1000, 200, 100, 50, 0)).toBe(650);
    expect(relationshipProfit(1000)).toBe(1000);
    expect(relationshipProfit(-50, 10)).toBe(-60);
  });
  it("edge cases: negative costs and non-numbers are invalid, in both languages", () => {
    const e = errorOf(() => relationshipProfit(100, -5));
    expect(e.code).toBe("invalid");
    expect(e.messageIn("zh")).toMatch(/获取成本/);
    expect(codeOf(() => relationshipProfit(NaN))).toBe("invalid");
    expect(codeOf(() => relationshipProfit(100, 0, 0, 0, Infinity))).toBe("invalid");
  });
});

describe("shareOfWallet", () => {
  it("hand-computed", () => {
    expect(shareOfWallet(300, 1200)).toBe(0.25);
    expect(shareOfWallet(0, 10)).toBe(0);
    expect(shareOfWallet(10, 10)).toBe(1);
  });
  it("property: in [0, 1] and share · total = ours", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e9, noNaN: true }),
        (f, t) => {
          const ours = f * t;
          const s = shareOfWallet(ours, t);
          expect(s).toBeGreaterThanOrEqual(0);
          expect(s).toBeLessThanOrEqual(1);
          expectClose(s * t, ours, 1e-9 * t);
        },
      ),
      { seed: 11 },
    );
  });
  it("edge cases", () => {
    expect(codeOf(() => shareOfWallet(0, 0))).toBe("numeric");
    expect(codeOf(() => shareOfWallet(11, 10))).toBe("invalid");
    expect(codeOf(() => shareOfWallet(-1, 10))).toBe("invalid");
    expect(codeOf(() => shareOfWallet(1, NaN))).toBe("invalid");
  });
});

describe("deliveredValue and deliveredValueRatio (Kotler's customer delivered value)", () => {
  it("hand-computed: value 60+20+10+10 = 100, cost 50+10+5+5 = 70", () => {
    const benefits = deepFreeze([60, 20, 10, 10]);
    const costs = deepFreeze([50, 10, 5, 5]);
    expect(deliveredValue(benefits, costs)).toBe(30);
    expectClose(deliveredValueRatio(benefits, costs), 100 / 70, 1e-15);
    expect(deliveredValue(100, 70)).toBe(30);
  });
  it("property: difference and ratio agree (value − cost > 0 ⇔ ratio > 1)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 8 }),
        (b, c) => {
          const diff = deliveredValue(b, c);
          const ratio = deliveredValueRatio(b, c);
          expect(diff > 0).toBe(ratio > 1);
          expect(diff === 0).toBe(ratio === 1);
        },
      ),
      { seed: 5 },
    );
  });
  it("edge cases", () => {
    expect(codeOf(() => deliveredValueRatio([1], [0, 0]))).toBe("numeric");
    expect(codeOf(() => deliveredValue([], [1]))).toBe("invalid");
    expect(codeOf(() => deliveredValue([1, -1], [1]))).toBe("invalid");
    expect(codeOf(() => deliveredValue([1], [NaN]))).toBe("invalid");
    expect(deliveredValue([0], [0])).toBe(0);
  });
});

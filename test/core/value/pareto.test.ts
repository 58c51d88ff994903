import fc from "fast-check";
import { paretoShare } from "../../../src/value/pareto";
import { paretoClaim } from "../../../src/value/paretoClaim";
import { codeOf } from "../../helpers/errors";
import { deepFreeze, expectClose } from "../../helpers/tolerance";

const SAMPLE = [100, 50, 20, 10, 10, 5, 2, 1, 1, 1]; // total 200

/** Independent reference: the Lorenz curve of the top customers, interpolated linearly between
 * the points (k/n, cumulative share of the k largest), evaluated at x. */
function lorenzTop(values: readonly number[], x: number): number {
  const sorted = [...values].sort((a, b) => b - a);
  const total = sorted.reduce((a, b) => a + b, 0);
  const n = sorted.length;
  const points = [0];
  for (const v of sorted) points.push(points[points.length - 1]! + v / total);
  const pos = x * n;
  const k = Math.min(n - 1, Math.floor(pos + 1e-12));
  return points[k]! + (points[k + 1]! - points[k]!) * (pos - k);
}

describe("paretoShare", () => {
  it("hand-computed doc examples", () => {
    expectClose(paretoShare(SAMPLE), 0.75, 1e-15);
    expectClose(paretoShare(SAMPLE, 0.25), 0.8, 1e-15);
    expectClose(paretoShare(SAMPLE, 1), 1, 1e-15);
    expectClose(paretoShare(SAMPLE, 0.05), 0.25, 1e-15); // half of the top customer: 50 / 200
  });

  it("agrees with the interpolated Lorenz curve", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 200 }),
        fc.double({ min: 0.001, max: 1, noNaN: true }),
        (values, x) => {
          fc.pre(values.some((v) => v > 0));
          expectClose(paretoShare(deepFreeze([...values]), x), lorenzTop(values, x), 1e-9);
        },
      ),
      { seed: 77 },
    );
  });

  it("property: S(x) ≥ x, monotone in x, equal values give S(x) = x", () => {
    fc.assert(
      fc.property(
        // Money amounts: zero or at least a thousandth (subnormal doubles underflow to 0 when scaled).
        fc.array(fc.oneof(fc.constant(0), fc.double({ min: 1e-3, max: 1e6, noNaN: true })), {
          minLength: 1,
          maxLength: 100,
        }),
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        (values, x) => {
          fc.pre(values.some((v) => v > 0));
          const s = paretoShare(values, x);
          expect(s).toBeGreaterThanOrEqual(x - 1e-9);
          expect(paretoShare(values, Math.min(1, x + 0.01))).toBeGreaterThanOrEqual(s - 1e-12);
          expectClose(
            paretoShare(
              values.map(() => 3),
              x,
            ),
            x,
            1e-9,
          );
        },
      ),
      { seed: 8 },
    );
  });

  describe("edge cases", () => {
    it("all zero is numeric; negative, empty or bad share is invalid", () => {
      expect(codeOf(() => paretoShare([0, 0]))).toBe("numeric");
      expect(codeOf(() => paretoShare([5, -1]))).toBe("invalid");
      expect(codeOf(() => paretoShare([]))).toBe("invalid");
      expect(codeOf(() => paretoShare([1], 0))).toBe("invalid");
      expect(codeOf(() => paretoShare([1], 1.2))).toBe("invalid");
    });
    it("0.2 · 10 counts as 2 whole customers despite binary rounding", () => {
      expect(paretoShare([3, 3, 3, 3, 3, 3, 3, 3, 3, 3], 0.2)).toBe(0.2);
    });
  });
});

describe("paretoClaim (seed 000: top 10% spend ≥ 2× the next tier and bring > 40%)", () => {
  it("hand-computed doc example: the claim holds", () => {
    const c = paretoClaim(SAMPLE);
    expectClose(c.topShare, 0.5, 1e-15);
    expectClose(c.nextShare, 0.25, 1e-15);
    expectClose(c.spendRatio, 2, 1e-12);
    expectClose(c.pareto20, 0.75, 1e-15);
    expect(c.spendClaim).toBe(true);
    expect(c.revenueClaim).toBe(true);
  });
  it("equal spend: the claim fails on both counts", () => {
    const c = paretoClaim(new Array<number>(50).fill(10));
    expectClose(c.topShare, 0.1, 1e-12);
    expectClose(c.spendRatio, 1, 1e-12);
    expect(c.spendClaim).toBe(false);
    expect(c.revenueClaim).toBe(false);
  });
  it("property: consistent with paretoShare", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 120 }), (values) => {
        const c = paretoClaim(values);
        expectClose(c.topShare, paretoShare(values, 0.1), 1e-12);
        expectClose(c.topShare + c.nextShare, paretoShare(values, 0.2), 1e-12);
        expectClose(c.pareto20, paretoShare(values, 0.2), 1e-12);
        expect(c.spendRatio).toBeGreaterThanOrEqual(1 - 1e-12);
      }),
      { seed: 12 },
    );
  });
  it("edge cases: next tier empty is numeric, band above 0.5 invalid", () => {
    expect(codeOf(() => paretoClaim([100, 0, 0, 0, 0, 0, 0, 0, 0, 0]))).toBe("numeric");
    expect(codeOf(() => paretoClaim([1, 2], 0.6))).toBe("invalid");
    expect(paretoClaim([1, 2], 0.5).spendRatio).toBe(2);
  });
});

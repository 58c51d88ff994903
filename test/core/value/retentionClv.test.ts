import fc from "fast-check";
import { retentionClv } from "../../../src/value/retentionClv";
import { codeOf } from "../../helpers/errors";
import { expectClose } from "../../helpers/tolerance";

/** The definition, summed term by term (independent of the closed form in the code). */
function directSum(m: number, r: number, d: number, T: number, ac: number): number {
  let s = 0;
  for (let t = 1; t <= T; t++) s += (m * Math.pow(r, t)) / Math.pow(1 + d, t);
  return s - ac;
}

describe("retentionClv (Gupta & Lehmann 2003)", () => {
  it("margin multiple r/(1+d−r), hand-computed to 2 decimals (the grid Gupta & Lehmann tabulate)", () => {
    const grid: [number, number, number][] = [
      [0.6, 0.1, 1.2],
      [0.7, 0.1, 1.75],
      [0.8, 0.1, 2.67],
      [0.9, 0.1, 4.5],
      [0.8, 0.12, 2.5],
      [0.9, 0.12, 4.09],
      [0.9, 0.14, 3.75],
      [0.7, 0.16, 1.52],
    ];
    for (const [r, d, multiple] of grid) expectClose(retentionClv(1, r, d), multiple, 0.005);
  });

  it("runs the doc examples", () => {
    expectClose(retentionClv(100, 0.8, 0.1), 800 / 3, 1e-9);
    expectClose(retentionClv(100, 0.8, 0.1, 1, 20), 80 / 1.1 - 20, 1e-9);
  });

  it("finite horizon equals the term-by-term sum of the definition", () => {
    for (const [m, r, d, T, ac] of [
      [100, 0.8, 0.1, 5, 50],
      [-20, 0.5, 0.02, 12, 0],
      [1000, 1, 0, 7, 10], // q = 1: every period worth m
      [1000, 1, 0.1, 30, 0],
      [10, 0, 0.1, 3, 5], // nobody retained: −AC
    ] as const) {
      expectClose(
        retentionClv(m, r, d, T, ac),
        directSum(m, r, d, T, ac),
        1e-9 * Math.max(1, Math.abs(m) * T),
      );
    }
  });

  it("property: the finite value converges to the infinite one as T grows", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e4, noNaN: true }),
        fc.double({ min: 0, max: 0.95, noNaN: true }),
        fc.double({ min: 0.01, max: 0.5, noNaN: true }),
        (m, r, d) => {
          const inf = retentionClv(m, r, d);
          const q = r / (1 + d);
          // The tail after T is inf · q^T: check it at T = 10, 100, 1000.
          for (const T of [10, 100, 1000]) {
            expectClose(inf - retentionClv(m, r, d, T), inf * Math.pow(q, T), 1e-9 * Math.max(inf, m));
          }
          expect(retentionClv(m, r, d, 10)).toBeLessThanOrEqual(retentionClv(m, r, d, 100) + 1e-9 * inf);
        },
      ),
      { seed: 42 },
    );
  });

  it("property: value rises with retention and falls with the discount rate (m > 0)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 0.9, noNaN: true }),
        fc.double({ min: 0.01, max: 0.09, noNaN: true }),
        fc.double({ min: 0.01, max: 0.3, noNaN: true }),
        (r, dr, d) => {
          expect(retentionClv(100, r + dr, d)).toBeGreaterThan(retentionClv(100, r, d));
          expect(retentionClv(100, r + dr, d + 0.05)).toBeLessThan(retentionClv(100, r + dr, d));
        },
      ),
      { seed: 3 },
    );
  });

  describe("edge cases", () => {
    it("r = 1 and d = 0 diverges without a horizon: numeric", () => {
      expect(codeOf(() => retentionClv(100, 1, 0))).toBe("numeric");
      expect(retentionClv(100, 1, 0, 3)).toBe(300);
    });
    it("null or undefined periods mean infinite", () => {
      expect(retentionClv(100, 0.5, 0.1, null)).toBe(retentionClv(100, 0.5, 0.1));
    });
    it("arguments out of range are invalid", () => {
      expect(codeOf(() => retentionClv(100, 1.1, 0.1))).toBe("invalid");
      expect(codeOf(() => retentionClv(100, -0.1, 0.1))).toBe("invalid");
      expect(codeOf(() => retentionClv(100, 0.5, -0.1))).toBe("invalid");
      expect(codeOf(() => retentionClv(100, 0.5, 0.1, 0))).toBe("invalid");
      expect(codeOf(() => retentionClv(100, 0.5, 0.1, 2.5))).toBe("invalid");
      expect(codeOf(() => retentionClv(100, 0.5, 0.1, 3, -1))).toBe("invalid");
      expect(codeOf(() => retentionClv(NaN, 0.5, 0.1))).toBe("invalid");
    });
    it("a huge horizon stays finite", () => {
      expectClose(retentionClv(1, 0.9, 0.1, 1e9), retentionClv(1, 0.9, 0.1), 1e-9);
    });
  });
});

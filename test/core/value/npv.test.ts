import fc from "fast-check";
import { clvNpv } from "../../../src/value/npv";
import { codeOf, errorOf } from "../../helpers/errors";
import { deepFreeze, expectClose } from "../../helpers/tolerance";

describe("clvNpv (Excel NPV convention)", () => {
  it("reproduces the three examples of Excel's NPV help page (rounded to cents there)", () => {
    // Microsoft support, "NPV function": =NPV(10%, -10000, 3000, 4200, 6800) → $1,188.44
    expectClose(clvNpv([-10000, 3000, 4200, 6800], 0.1), 1188.44, 0.005);
    // =NPV(8%, B5:B9) + B4 with B4 = -40000 → $1,922.06
    expectClose(clvNpv([8000, 9200, 10000, 12000, 14500], 0.08) - 40000, 1922.06, 0.005);
    // =NPV(8%, B5:B9, -9000) + B4 → -$3,749.47
    expectClose(clvNpv([8000, 9200, 10000, 12000, 14500, -9000], 0.08) - 40000, -3749.47, 0.005);
  });

  it("matches Excel's documented formula Σ v_i/(1+rate)^i evaluated in exact rational arithmetic", () => {
    // References: Python fractions.Fraction, Σ Fraction(v)/(1+Fraction(rate))**i, i = 1..n.
    const cases: [number[], number, number][] = [
      [[0, 0, 100], 0.05, 86.383759853148], // leading zeros still count as periods
      [[1000], 0.07, 934.579439252336], // single value: discounted one period
      [[100, -50, 25], 0, 75], // rate 0: plain sum
      [[-500, -200, 0, 300, 900, 1200], 0.12, 703.429592142198], // negative, zero, positive
      [[250.5, -100.25, 0, 75], 0.03, 215.345172198163],
      [[1, 1], -0.5, 6], // negative rate above −1
      [[1, 1], -2, 0], // below −1 Excel still computes: 1/(−1) + 1/1
      [[0], 0.1, 0],
    ];
    for (const [values, rate, expected] of cases) expectClose(clvNpv(values, rate), expected, 1e-9);
  });

  it("runs the doc examples", () => {
    expectClose(clvNpv([-10000, 3000, 4200, 6800], 0.1), 1188.443412335223, 1e-9);
    expect(clvNpv([100, 100], 0)).toBe(200);
  });

  it("property: constant profits equal the annuity closed form P·(1 − (1+i)^−T)/i", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e4, max: 1e4, noNaN: true }),
        fc.integer({ min: 1, max: 120 }),
        fc.double({ min: 0.001, max: 1, noNaN: true }),
        (p, T, i) => {
          const closed = (p * (1 - Math.pow(1 + i, -T))) / i;
          expectClose(clvNpv(new Array<number>(T).fill(p), i), closed, 1e-9 * Math.max(1, Math.abs(closed)));
        },
      ),
      { seed: 20241125 },
    );
  });

  it("property: linear in the profits and NPV(P0, rest) = (P0 + NPV(rest)) / (1+i)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 2, maxLength: 40 }),
        fc.double({ min: -0.5, max: 2, noNaN: true }),
        (ps, i) => {
          const [p0, ...rest] = ps as [number, ...number[]];
          const whole = clvNpv(deepFreeze([...ps]), i);
          // Rounding error scales with the discounted magnitudes, not with a (possibly cancelled) result.
          const scale = 1e-12 * Math.max(1, clvNpv(ps.map(Math.abs), i));
          expectClose(whole, (p0 + clvNpv(rest, i)) / (1 + i), scale);
          expectClose(
            clvNpv(
              ps.map((x) => 3 * x),
              i,
            ),
            3 * whole,
            3 * scale,
          );
        },
      ),
      { seed: 7 },
    );
  });

  describe("edge cases", () => {
    it("rate −1 is a numeric failure (Excel: #DIV/0!), with both languages", () => {
      const e = errorOf(() => clvNpv([1, 2], -1));
      expect(e.code).toBe("numeric");
      expect(e.messageIn("en")).toMatch(/rate/);
      expect(e.messageIn("zh")).toMatch(/折现率/);
    });
    it("no profits, NaN, Infinity and text are invalid", () => {
      expect(codeOf(() => clvNpv([], 0.1))).toBe("invalid");
      expect(codeOf(() => clvNpv([1, NaN], 0.1))).toBe("invalid");
      expect(codeOf(() => clvNpv([1], Infinity))).toBe("invalid");
      expect(codeOf(() => clvNpv(["1" as unknown as number], 0.1))).toBe("invalid");
    });
    it("overflow near rate −1 is a numeric failure, not Infinity", () => {
      expect(codeOf(() => clvNpv(new Array<number>(200).fill(1e300), -0.99))).toBe("numeric");
    });
    it("negative zero profit and a −0 rate behave as 0", () => {
      expect(clvNpv([-0], -0)).toBe(0);
    });
  });
});

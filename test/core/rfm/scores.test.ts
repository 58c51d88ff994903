import fc from "fast-check";
import { quantileScores, quantileScore } from "../../../src/rfm/scores";
import { rfmBreaks, binColumn } from "../../../src/rfm/breaks";
import { scoreColumn } from "../../../src/rfm/column";
import { sortedCopy } from "../../../src/rfm/sorted";
import { codeOf } from "../../helpers/errors";
import { deepFreeze } from "../../helpers/tolerance";

// Fixed seed: the same cases every run (STYLE.md rule 8).
fc.configureGlobal({ seed: 20261125 });

/** Excel: =1 + INT(bins * COUNTIF(col, "<" & x) / COUNT(col)) (">" for R), cell by cell. */
function countifScore(x: number, col: readonly number[], bins: number, reverse: boolean): number {
  const worse = col.filter((y) => (reverse ? y > x : y < x)).length;
  return 1 + Math.floor((bins * worse) / col.length);
}

const column = fc.array(
  fc.oneof(fc.integer({ min: -5, max: 30 }), fc.double({ min: -1e6, max: 1e6, noNaN: true })),
  {
    minLength: 1,
    maxLength: 300,
  },
);
const metric = fc.constantFrom("R" as const, "F" as const, "M" as const);

describe("quantileScores (equal-count rule, CRM_MODELS.md §2)", () => {
  it("doc examples and hand-computed cases", () => {
    expect(Array.from(quantileScores([10, 20, 30, 40, 50], 5, "M"))).toEqual([1, 2, 3, 4, 5]);
    expect(Array.from(quantileScores([3, 3, 1, 9], 4, "R"))).toEqual([2, 2, 4, 1]);
    expect(quantileScore(30, [10, 20, 30, 40, 50], 5, "F")).toBe(3);
    expect(Array.from(sortedCopy([5, 1, 5, 3]))).toEqual([1, 3, 5, 5]);
    // 10 customers, 5 bins: 2 per score; ties: six 1s share score 1, then 7 → worse 6 → 1 + floor(30/10) = 4.
    expect(Array.from(quantileScores([1, 1, 1, 1, 1, 1, 7, 8, 9, 10], 5, "F"))).toEqual([
      1, 1, 1, 1, 1, 1, 4, 4, 5, 5,
    ]);
    expect(Array.from(scoreColumn([1, 1, 2, 3, 9], 5, "F", "quantile"))).toEqual([1, 1, 3, 4, 5]);
  });
  it("property: equals the Excel COUNTIF formula cell by cell (integer and fractional columns)", () => {
    fc.assert(
      fc.property(column, fc.integer({ min: 2, max: 9 }), metric, (xs, bins, m) => {
        const got = Array.from(quantileScores(deepFreeze([...xs]), bins, m));
        expect(got).toEqual(xs.map((x) => countifScore(x, xs, bins, m === "R")));
        expect(quantileScore(xs[0]!, xs, bins, m)).toBe(got[0]);
      }),
    );
  });
  it("property: row order does not change a customer's score; equal values share a score; range 1…bins", () => {
    fc.assert(
      fc.property(column, fc.integer({ min: 2, max: 9 }), metric, (xs, bins, m) => {
        const s = quantileScores(xs, bins, m);
        const rev = quantileScores([...xs].reverse(), bins, m);
        xs.forEach((x, i) => {
          expect(rev[xs.length - 1 - i]).toBe(s[i]);
          expect(s[i]).toBeGreaterThanOrEqual(1);
          expect(s[i]).toBeLessThanOrEqual(bins);
          const j = xs.indexOf(x);
          expect(s[j]).toBe(s[i]);
        });
      }),
    );
  });
  it("property: distinct values fill the bins as equally as possible (sizes differ by at most 1)", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 10000 }), { minLength: 1, maxLength: 400 }),
        fc.integer({ min: 2, max: 9 }),
        (xs, bins) => {
          const counts = new Array<number>(bins).fill(0);
          for (const s of quantileScores(xs, bins, "M")) counts[s - 1]!++;
          const lo = Math.floor(xs.length / bins);
          for (const c of counts) expect(c === lo || c === lo + 1).toBe(true);
        },
      ),
    );
  });
  it("property: better values never get a lower score (monotone), R reversed", () => {
    fc.assert(
      fc.property(column, metric, (xs, m) => {
        const s = quantileScores(xs, 5, m);
        for (let i = 0; i < xs.length; i++)
          for (let j = 0; j < xs.length; j++) {
            const better = m === "R" ? xs[i]! < xs[j]! : xs[i]! > xs[j]!;
            if (better) expect(s[i]!).toBeGreaterThanOrEqual(s[j]!);
          }
      }),
      { numRuns: 30 },
    );
  });
  it("property: quantile breaks + binColumn reproduce the scores, also for values outside the population", () => {
    fc.assert(
      fc.property(
        column,
        fc.integer({ min: 2, max: 9 }),
        metric,
        fc.array(fc.double({ min: -2e6, max: 2e6, noNaN: true })),
        (xs, bins, m, others) => {
          const b = rfmBreaks(xs, bins, m, "quantile");
          expect(b.thresholds.length).toBe(bins - 1);
          expect(Array.from(binColumn(xs, b))).toEqual(Array.from(quantileScores(xs, bins, m)));
          for (const v of others) expect(binColumn([v], b)[0]).toBe(quantileScore(v, xs, bins, m));
        },
      ),
    );
  });
  it("property: sortedCopy (counting or sorting) equals a plain numeric sort", () => {
    fc.assert(
      fc.property(column, (xs) => {
        expect(Array.from(sortedCopy(xs))).toEqual(
          [...xs].sort((a, b) => a - b).map((x) => (x === 0 ? 0 : x)),
        );
      }),
    );
  });
  describe("edge cases", () => {
    it("empty column, NaN, Infinity, text, bad bins and metric", () => {
      expect(codeOf(() => quantileScores([], 5, "F"))).toBe("invalid");
      expect(codeOf(() => quantileScores([1, NaN], 5, "F"))).toBe("invalid");
      expect(codeOf(() => quantileScores([1, Infinity], 5, "F"))).toBe("invalid");
      expect(codeOf(() => quantileScores([1, "2" as unknown as number], 5, "F"))).toBe("invalid");
      expect(codeOf(() => quantileScores([1, 2], 1, "F"))).toBe("invalid");
      expect(codeOf(() => quantileScores([1, 2], 10, "F"))).toBe("invalid");
      expect(codeOf(() => quantileScores([1, 2], 2.5, "F"))).toBe("invalid");
      expect(codeOf(() => quantileScores([1, 2], 5, "X" as never))).toBe("invalid");
      expect(codeOf(() => quantileScore(NaN, [1, 2], 5, "F"))).toBe("invalid");
      expect(codeOf(() => scoreColumn([1, 2], 5, "F", "median" as never))).toBe("invalid");
    });
    it("one customer, all equal values: everyone gets score 1 (nobody is strictly worse)", () => {
      expect(Array.from(quantileScores([42], 5, "M"))).toEqual([1]);
      expect(Array.from(quantileScores([7, 7, 7], 5, "R"))).toEqual([1, 1, 1]);
      expect(Array.from(binColumn([7, 7, 7], rfmBreaks([7, 7, 7], 5, "R")))).toEqual([1, 1, 1]);
    });
    it("negative and zero values (net refunds) are ordinary values; −0 equals 0", () => {
      expect(Array.from(quantileScores([-10, 0, -0, 10], 4, "M"))).toEqual([1, 2, 2, 4]);
    });
    it("typed arrays are accepted and not mutated", () => {
      const xs = Float64Array.of(3, 1, 2);
      expect(Array.from(quantileScores(xs, 3, "M"))).toEqual([3, 1, 2]);
      expect(Array.from(xs)).toEqual([3, 1, 2]);
    });
  });
});

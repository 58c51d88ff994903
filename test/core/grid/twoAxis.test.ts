import fc from "fast-check";
import { bandOf, gridClassify } from "../../../src/grid/twoAxis";
import { codeOf, errorOf } from "../../helpers/errors";
import { deepFreeze } from "../../helpers/tolerance";

// A loyalty (x) × credit rating (y) grid in the spirit of seed 002 fig. 3.2, lowest bands first.
const LOYALTY_CUTS = [40, 70];
const CREDIT_CUTS = [60];
const LABELS = deepFreeze([
  ["drop", "watch", "cash only"], // low credit
  ["develop", "grow", "key account"], // good credit
]);

describe("gridClassify (two-axis classification)", () => {
  it("hand-checked cells of a 2 × 3 grid, doc example", () => {
    expect(gridClassify(10, 10, LOYALTY_CUTS, CREDIT_CUTS, LABELS)).toBe("drop");
    expect(gridClassify(50, 10, LOYALTY_CUTS, CREDIT_CUTS, LABELS)).toBe("watch");
    expect(gridClassify(90, 90, LOYALTY_CUTS, CREDIT_CUTS, LABELS)).toBe("key account");
    expect(gridClassify(39.9, 60, LOYALTY_CUTS, CREDIT_CUTS, LABELS)).toBe("develop");
    expect(
      gridClassify(
        7,
        2,
        [5],
        [3],
        [
          ["low y, low x", "low y, high x"],
          ["high y, low x", "high y, high x"],
        ],
      ),
    ).toBe("low y, high x");
  });

  it("a value equal to a cut belongs to the upper band", () => {
    expect(gridClassify(40, 59, LOYALTY_CUTS, CREDIT_CUTS, LABELS)).toBe("watch");
    expect(gridClassify(70, 60, LOYALTY_CUTS, CREDIT_CUTS, LABELS)).toBe("key account");
  });

  it("property: bandOf equals the count of cuts ≤ value (linear reference)", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: -100, max: 100 }), { maxLength: 12 }),
        fc.integer({ min: -120, max: 120 }),
        (raw, v) => {
          const cuts = [...raw].sort((a, b) => a - b);
          expect(bandOf(v, cuts)).toBe(cuts.filter((c) => c <= v).length);
        },
      ),
      { seed: 4 },
    );
  });

  it("property: monotone — a larger x never moves to a lower column", () => {
    const grid = [[0, 1, 2]];
    fc.assert(
      fc.property(
        fc.double({ min: -1e3, max: 1e3, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (x, dx) => {
          expect(gridClassify(x + dx, 0, [-10, 10], [], grid)).toBeGreaterThanOrEqual(
            gridClassify(x, 0, [-10, 10], [], grid),
          );
        },
      ),
      { seed: 6 },
    );
  });

  describe("edge cases", () => {
    it("no cuts: a single cell", () => expect(gridClassify(1, 2, [], [], [["all"]])).toBe("all"));
    it("wrong grid shape is invalid, both languages", () => {
      const e = errorOf(() => gridClassify(1, 1, [0], [0], [["a", "b"]]));
      expect(e.code).toBe("invalid");
      expect(e.messageIn("en")).toMatch(/2 rows/);
      expect(e.messageIn("zh")).toMatch(/2 行/);
      expect(codeOf(() => gridClassify(1, 1, [0], [], [["a"]]))).toBe("invalid");
    });
    it("unordered or duplicate cuts are invalid", () => {
      expect(codeOf(() => gridClassify(1, 1, [5, 3], [], [["a", "b", "c"]]))).toBe("invalid");
      expect(codeOf(() => gridClassify(1, 1, [3, 3], [], [["a", "b", "c"]]))).toBe("invalid");
      expect(codeOf(() => gridClassify(1, 1, [NaN], [], [["a", "b"]]))).toBe("invalid");
    });
    it("an empty label anywhere, or a non-numeric x or y, is invalid", () => {
      expect(codeOf(() => gridClassify(1, 1, [0], [], [["a", " "]]))).toBe("invalid");
      expect(codeOf(() => gridClassify(-1, 1, [0], [], [["a", ""]]))).toBe("invalid");
      expect(codeOf(() => gridClassify(NaN, 1, [], [], [["a"]]))).toBe("invalid");
      expect(codeOf(() => gridClassify(1, Infinity, [], [], [["a"]]))).toBe("invalid");
    });
    it("−0 equals a cut at 0", () =>
      expect(gridClassify(-0, 0, [0], [], [["below", "at or above"]])).toBe("at or above"));
  });
});

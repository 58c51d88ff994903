import fc from "fast-check";
import { PYRAMID_LABELS, PYRAMID_TIERS, PyramidTier } from "../../../src/value/pyramid";
import { valueTier, valueTiers } from "../../../src/value/tiers";
import { codeOf, errorOf } from "../../helpers/errors";
import { deepFreeze } from "../../helpers/tolerance";

/**
 * Independent reference: the Excel formula the doc promises,
 * =MATCH(COUNTIF(values,">"&v)/COUNT(values), {0, c1, c1+c2, c1+c2+c3}), evaluated naively, O(n²),
 * with the breakpoints summed in exact hundredths (the cuts used here are whole percents).
 */
function excelMatchTier(v: number, values: readonly number[], percents: readonly number[]): PyramidTier {
  const above = values.filter((x) => x > v).length;
  const bounds = [0, percents[0]!, percents[0]! + percents[1]!, percents[0]! + percents[1]! + percents[2]!];
  let k = 0;
  for (let j = 0; j < bounds.length; j++) if (above * 100 >= bounds[j]! * values.length) k = j;
  return PYRAMID_TIERS[k]!;
}

const count = (tiers: readonly PyramidTier[], t: PyramidTier) => tiers.filter((x) => x === t).length;

describe("valueTiers / valueTier (customer pyramid)", () => {
  it("20 distinct customers, default cuts: 1 platinum, 3 gold, 6 iron, 10 lead (5/15/30/50%)", () => {
    const values = Array.from({ length: 20 }, (_, i) => (i * 37) % 20); // a permutation of 0..19
    const tiers = valueTiers(values);
    expect(PYRAMID_TIERS.map((t) => count(tiers, t))).toEqual([1, 3, 6, 10]);
    expect(tiers[values.indexOf(19)]).toBe("platinum");
    expect(tiers[values.indexOf(0)]).toBe("lead");
  });

  it("runs the doc examples (a tie stays whole in the tier where it starts)", () => {
    expect(valueTiers([50, 40, 30, 20, 10, 10, 10, 10, 10, 10])).toEqual([
      "platinum",
      "gold",
      "iron",
      "iron",
      "iron",
      "iron",
      "iron",
      "iron",
      "iron",
      "iron",
    ]);
    expect(valueTier(45, [10, 50, 20, 40, 30])).toBe("iron");
  });

  it("agrees with the Excel MATCH/COUNTIF formula on random data with ties and custom cuts", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -20, max: 60 }), { minLength: 1, maxLength: 150 }),
        fc.constantFrom([5, 15, 30], [10, 20, 30], [0, 25, 25], [20, 0, 80], [1, 1, 1]),
        (values, percents) => {
          const cuts = percents.map((p) => p / 100);
          const tiers = valueTiers(deepFreeze([...values]), cuts);
          values.forEach((v, i) => {
            expect(tiers[i]).toBe(excelMatchTier(v, values, percents));
            expect(valueTier(v, values, cuts)).toBe(tiers[i]);
          });
        },
      ),
      { seed: 2024 },
    );
  });

  it("property: distinct values fill tier k with ⌈C_k·n⌉ − ⌈C_(k−1)·n⌉ customers", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), (n) => {
        const tiers = valueTiers(Array.from({ length: n }, (_, i) => i * 1.5));
        const cum = [0, 5, 20, 50, 100];
        PYRAMID_TIERS.forEach((t, k) => {
          const expected = Math.ceil((cum[k + 1]! * n) / 100) - Math.ceil((cum[k]! * n) / 100);
          expect(count(tiers, t)).toBe(expected);
        });
      }),
      { seed: 1 },
    );
  });

  it("property: order of rows does not matter, ties share a tier, higher value never a worse tier", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 100 }), (values) => {
        const tiers = valueTiers(values);
        const reversed = valueTiers([...values].reverse()).reverse();
        expect(reversed).toEqual(tiers);
        const rank = (t: PyramidTier) => PYRAMID_TIERS.indexOf(t);
        for (let i = 0; i < values.length; i++)
          for (let j = 0; j < values.length; j++) {
            if (values[i] === values[j]) expect(tiers[i]).toBe(tiers[j]);
            if (values[i]! > values[j]!) expect(rank(tiers[i]!)).toBeLessThanOrEqual(rank(tiers[j]!));
          }
      }),
      { seed: 9 },
    );
  });

  it("both label sets are complete and bilingual", () => {
    for (const set of Object.values(PYRAMID_LABELS))
      for (const t of PYRAMID_TIERS) {
        expect(set[t].en.length).toBeGreaterThan(0);
        expect(set[t].zh.length).toBeGreaterThan(0);
      }
    expect(PYRAMID_LABELS.metal.platinum.zh).toBe("白金");
    expect(PYRAMID_LABELS.seed002.lead.zh).toBe("小客户");
  });

  describe("edge cases", () => {
    it("one customer is platinum; all equal values are all platinum", () => {
      expect(valueTiers([7])).toEqual(["platinum"]);
      expect(valueTiers([3, 3, 3, 3])).toEqual(["platinum", "platinum", "platinum", "platinum"]);
    });
    it("a value outside the population is placed by the count above it", () => {
      expect(valueTier(1000, [1, 2, 3])).toBe("platinum");
      expect(valueTier(-1000, [1, 2, 3])).toBe("lead");
    });
    it("zero-width tiers are never used; −0 equals 0", () => {
      const tiers = valueTiers([5, 4, 3, 2, 1], [0, 0.4, 0]);
      expect(tiers).toEqual(["gold", "gold", "lead", "lead", "lead"]);
      expect(valueTiers([0, -0])).toEqual(["platinum", "platinum"]);
    });
    it("bad cuts, empty or non-numeric values are invalid, in both languages", () => {
      expect(codeOf(() => valueTiers([1, 2], [0.5, 0.5, 0.5]))).toBe("invalid");
      expect(codeOf(() => valueTiers([1, 2], [0.1, 0.2]))).toBe("invalid");
      expect(codeOf(() => valueTiers([1, 2], [-0.1, 0.2, 0.3]))).toBe("invalid");
      expect(codeOf(() => valueTiers([]))).toBe("invalid");
      expect(codeOf(() => valueTier(NaN, [1]))).toBe("invalid");
      expect(codeOf(() => valueTier(1, []))).toBe("invalid");
      const e = errorOf(() => valueTiers([1, NaN]));
      expect(e.messageIn("en")).toMatch(/item 2/);
      expect(e.messageIn("zh")).toMatch(/第 2 项/);
    });
    it("cuts that sum to exactly 1 in decimal but not in binary are accepted", () => {
      expect(valueTiers([3, 2, 1], [0.1, 0.2, 0.7])).toEqual(["platinum", "iron", "iron"]);
    });
  });
});

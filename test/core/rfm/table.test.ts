import fc from "fast-check";
import { scoreCustomerTable } from "../../../src/rfm/table";
import { quantileScores } from "../../../src/rfm/scores";
import { rfmSegment, DEFAULT_SEGMENT_RULES } from "../../../src/rfm/segments";
import { rfmType, meanOf } from "../../../src/rfm/types";
import { customerTable } from "../../../src/customers/table";
import { codeOf } from "../../helpers/errors";
import { deepFreeze } from "../../helpers/tolerance";

// Fixed seed: the same cases every run (STYLE.md rule 8).
fc.configureGlobal({ seed: 20261125 });

describe("scoreCustomerTable (RFM.TABLE core)", () => {
  it("doc example", () => {
    const s = scoreCustomerTable(
      { recency: [1, 50, 9], frequency: [5, 1, 2], monetary: [90, 10, 30] },
      { bins: 3 },
    );
    expect([Array.from(s.r), Array.from(s.f), Array.from(s.m), Array.from(s.code)]).toEqual([
      [3, 1, 2],
      [3, 1, 2],
      [3, 1, 2],
      [333, 111, 222],
    ]);
  });
  it("property: agrees with the single-purpose functions (quantile scores, segments, types), inputs frozen", () => {
    const customer = fc.record({
      r: fc.integer({ min: 0, max: 400 }),
      f: fc.integer({ min: 1, max: 12 }),
      m: fc.double({ min: -100, max: 5000, noNaN: true }),
    });
    fc.assert(
      fc.property(
        fc.array(customer, { minLength: 1, maxLength: 120 }),
        fc.integer({ min: 2, max: 9 }),
        (cs, bins) => {
          const table = deepFreeze({
            recency: cs.map((c) => c.r),
            frequency: cs.map((c) => c.f),
            monetary: cs.map((c) => c.m),
          });
          const s = scoreCustomerTable(table, { bins });
          expect(Array.from(s.r)).toEqual(Array.from(quantileScores(table.recency, bins, "R")));
          expect(Array.from(s.f)).toEqual(Array.from(quantileScores(table.frequency, bins, "F")));
          expect(Array.from(s.m)).toEqual(Array.from(quantileScores(table.monetary, bins, "M")));
          const means = [meanOf(table.recency), meanOf(table.frequency), meanOf(table.monetary)] as const;
          cs.forEach((c, i) => {
            expect(s.code[i]).toBe(100 * s.r[i]! + 10 * s.f[i]! + s.m[i]!);
            expect(s.segment[i]).toBe(rfmSegment(s.r[i]!, s.f[i]!, s.m[i]!, DEFAULT_SEGMENT_RULES));
            expect(s.type[i]).toBe(rfmType(c.r, c.f, c.m, ...means));
          });
          expect(s.means.frequency).toBe(means[1]);
        },
      ),
      { numRuns: 60 },
    );
  });
  it("works straight on a customer table; recency unit does not change the scores", () => {
    const ids = ["A", "B", "C", "D", "A", "B"];
    const dates = [45600, 45610, 45620, 45630, 45640, 45650];
    const amounts = [10, 20, 30, 40, 50, 60];
    const days = scoreCustomerTable(customerTable(ids, dates, amounts));
    const months = scoreCustomerTable(customerTable(ids, dates, amounts, { recencyUnit: "months" }));
    expect(Array.from(months.r)).toEqual(Array.from(days.r));
    expect(Array.from(months.code)).toEqual(Array.from(days.code));
  });
  describe("edge cases", () => {
    it("one customer; all equal; bad options; columns of different lengths", () => {
      const one = scoreCustomerTable({ recency: [3], frequency: [1], monetary: [5] });
      expect(Array.from(one.code)).toEqual([111]);
      expect(one.type).toEqual(["importantValue"]);
      const eq = scoreCustomerTable({ recency: [3, 3], frequency: [2, 2], monetary: [5, 5] });
      expect(Array.from(eq.code)).toEqual([111, 111]);
      expect(codeOf(() => scoreCustomerTable({ recency: [], frequency: [], monetary: [] }))).toBe("invalid");
      expect(codeOf(() => scoreCustomerTable({ recency: [1, 2], frequency: [1], monetary: [1, 2] }))).toBe(
        "invalid",
      );
      expect(codeOf(() => scoreCustomerTable({ recency: [1], frequency: [1], monetary: [NaN] }))).toBe(
        "invalid",
      );
      expect(
        codeOf(() => scoreCustomerTable({ recency: [1], frequency: [1], monetary: [1] }, { bins: 12 })),
      ).toBe("invalid");
      expect(
        codeOf(() =>
          scoreCustomerTable({ recency: [1], frequency: [1], monetary: [1] }, { method: "x" as never }),
        ),
      ).toBe("invalid");
      expect(
        codeOf(() => scoreCustomerTable({ recency: [1], frequency: [1], monetary: [1] }, { rules: [] })),
      ).toBe("invalid");
    });
  });
});

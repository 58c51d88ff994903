import fc from "fast-check";
import { scoreCustomerTable } from "../../../src/rfm/table";
import { quantileScores } from "../../../src/rfm/scores";
import { rfmSegment, DEFAULT_SEGMENT_RULES } from "../../../src/rfm/segments";
import { rfmType, meanOf, RFM_TYPE_LABELS } from "../../../src/rfm/types";
import { binByThresholds } from "../../../src/rfm/bin";
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

describe("scoreCustomerTable: fixed thresholds and types as segments (issue 10)", () => {
  it("property: a measure with thresholds is scored as binByThresholds (RFM.BIN); the others as before; inputs frozen", () => {
    const customer = fc.record({
      r: fc.integer({ min: 0, max: 400 }),
      f: fc.integer({ min: 1, max: 12 }),
      m: fc.double({ min: -100, max: 5000, noNaN: true }),
    });
    const ascending = (k: number, max: number) =>
      fc
        .uniqueArray(fc.integer({ min: 0, max }), { minLength: k, maxLength: k })
        .map((xs) => xs.sort((a, b) => a - b));
    fc.assert(
      fc.property(
        fc.array(customer, { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 2, max: 6 }),
        fc.nat(),
        (cs, bins, seed) => {
          const table = deepFreeze({
            recency: cs.map((c) => c.r),
            frequency: cs.map((c) => c.f),
            monetary: cs.map((c) => c.m),
          });
          return fc.assert(
            fc.property(ascending(bins - 1, 400), ascending(bins - 1, 12), (tr, tf) => {
              const s = scoreCustomerTable(table, { bins, thresholds: { r: tr, f: tf } });
              const plain = scoreCustomerTable(table, { bins });
              cs.forEach((c, i) => {
                expect(s.r[i]).toBe(binByThresholds(c.r, tr, "R"));
                expect(s.f[i]).toBe(binByThresholds(c.f, tf, "F"));
                expect(s.m[i]).toBe(plain.m[i]);
              });
              expect(s.fixed).toEqual(["R", "F"]);
            }),
            { numRuns: 3, seed },
          );
        },
      ),
      { numRuns: 40 },
    );
  });
  it("the seed's recency table: 7 → 5, 8 → 4, 30 → 4, 31 → 3, 120 → 2, 121 → 1", () => {
    const s = scoreCustomerTable(
      { recency: [7, 8, 30, 31, 120, 121], frequency: [1, 1, 1, 1, 1, 1], monetary: [1, 2, 3, 4, 5, 6] },
      { thresholds: { r: [7, 30, 60, 120] } },
    );
    expect(Array.from(s.r)).toEqual([5, 4, 4, 3, 2, 1]);
  });
  it("wrong number or order of thresholds → invalid; segmentBy types gives the type keys and labels", () => {
    const t = { recency: [1, 2], frequency: [1, 2], monetary: [1, 2] };
    expect(codeOf(() => scoreCustomerTable(t, { bins: 3, thresholds: { r: [1, 2, 3] } }))).toBe("invalid");
    expect(codeOf(() => scoreCustomerTable(t, { bins: 3, thresholds: { m: [5, 1] } }))).toBe("invalid");
    const s = scoreCustomerTable(t, { segmentBy: "types" });
    expect(s.segment).toEqual(s.type);
    expect(s.segmentLabels).toEqual(RFM_TYPE_LABELS);
  });
});

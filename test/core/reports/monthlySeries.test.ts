import fc from "fast-check";
import { monthlySeries } from "../../../src/reports/monthlySeries";
import { DEFAULT_LIFECYCLE_OPTIONS as P, lifecycleReason, lifecycleStage } from "../../../src/lifecycle";
import { serialFromYmd } from "../../../src/dates";

describe("monthlySeries (bounded lifecycle series)", () => {
  it("doc example", () => {
    const s = monthlySeries([0, 0], [45658, 45689], [10, 20], 1, 2025 * 12 + 1, 2, P);
    expect([Array.from(s.volume), Array.from(s.offset)]).toEqual([
      [10, 20],
      [0, 2],
    ]);
  });
  it("property: the same stage, reason and months observed as the full series over the whole span", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 500 })), {
          minLength: 1,
          maxLength: 12,
        }),
        fc.integer({ min: 0, max: 30 }),
        (purchases, after) => {
          // Months counted from 2000-01; the whole span starts at month 0 (another customer).
          const months = purchases.map(([mo]) => mo);
          const end = Math.max(...months) + after;
          const m = end + 1;
          const day = (mo: number) => serialFromYmd(2000 + Math.floor(mo / 12), (mo % 12) + 1, 15);
          const s = monthlySeries(
            purchases.map(() => 0),
            months.map(day),
            purchases.map(([, a]) => a),
            1,
            2000 * 12 + end,
            m,
            P,
          );
          const full = new Array<number>(m).fill(0);
          for (const [mo, a] of purchases) full[mo] = full[mo]! + a;
          const want = lifecycleStage(full);
          const got0 = lifecycleStage(Array.from(s.volume));
          const got = {
            ...got0,
            periodsSinceFirst: got0.periodsSinceFirst + s.removed[0]!,
            idlePeriods: got0.idlePeriods + s.idleRemoved[0]!,
          };
          expect([
            got.stage,
            got.rule,
            got.periodsSinceFirst,
            got.idlePeriods,
            got.recent,
            got.reference,
          ]).toEqual([
            want.stage,
            want.rule,
            want.periodsSinceFirst,
            want.idlePeriods,
            want.recent,
            want.reference,
          ]);
          expect(lifecycleReason(got)).toEqual(lifecycleReason(want));
        },
      ),
      { seed: 9, numRuns: 400 },
    );
  });
  it("property: periods of k months and other parameters — the same stage as the full series of k-month sums", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 500 })), {
          minLength: 1,
          maxLength: 12,
        }),
        fc.integer({ min: 0, max: 30 }),
        fc.constantFrom(3, 6, 12),
        fc.record({
          terminatedPeriods: fc.integer({ min: 1, max: 8 }),
          explorationPeriods: fc.integer({ min: 0, max: 5 }),
          trialPurchases: fc.integer({ min: 0, max: 4 }),
          window: fc.integer({ min: 1, max: 4 }),
          decline: fc.constantFrom(0.1, 0.3, 0.6),
          growth: fc.constantFrom(0, 0.2, 1),
        }),
        (purchases, after, k, p) => {
          const months = purchases.map(([mo]) => mo);
          const endMonth = Math.max(...months) + after;
          const end = Math.floor(endMonth / k); // periods counted from 2000-01 (k divides 12)
          const day = (mo: number) => serialFromYmd(2000 + Math.floor(mo / 12), (mo % 12) + 1, 15);
          const s = monthlySeries(
            purchases.map(() => 0),
            months.map(day),
            purchases.map(([, a]) => a),
            1,
            (2000 * 12) / k + end,
            end + 1,
            p,
            k,
          );
          const full = new Array<number>(end + 1).fill(0);
          for (const [mo, a] of purchases) full[Math.floor(mo / k)] = full[Math.floor(mo / k)]! + a;
          const want = lifecycleStage(full, p);
          const got0 = lifecycleStage(Array.from(s.volume), p);
          expect([
            got0.stage,
            got0.rule,
            got0.periodsSinceFirst + s.removed[0]!,
            got0.idlePeriods + s.idleRemoved[0]!,
            got0.recent,
            got0.reference,
          ]).toEqual([
            want.stage,
            want.rule,
            want.periodsSinceFirst,
            want.idlePeriods,
            want.recent,
            want.reference,
          ]);
        },
      ),
      { seed: 11, numRuns: 400 },
    );
  });
});

/**
 * The lifecycle report (bounded series in one flat buffer, classified in place, shared
 * sentences) against the plain statement of CRM_MODELS.md §4: each customer's purchase volume
 * in every period from the first period of the data to the as-of period, classified by
 * lifecycleStage and explained by lifecycleReason. Several customers, shuffled rows, refunds,
 * cents, every period length and random parameters, in both languages.
 */
import fc from "fast-check";
import {
  LIFECYCLE_STAGE_LABELS,
  LIFECYCLE_STAGES,
  lifecycleReason,
  lifecycleStage,
} from "../../../src/lifecycle";
import { lifecycleReport } from "../../../src/reports";
import { periodOf } from "../../../src/reports/monthlySeries";

const BASE = 45292; // 2024-01-01

describe("lifecycleReport against the full series of every customer", () => {
  it("property: the same periods observed, stage, reason and stage counts", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            c: fc.integer({ min: 0, max: 6 }),
            d: fc.oneof(fc.integer({ min: 0, max: 1100 }), fc.integer({ min: 900, max: 1100 })),
            a: fc.constantFrom(-20, 0.1, 0.2, 0.3, 1.1, 12.34, 99.99, 250),
          }),
          { minLength: 1, maxLength: 150, size: "max" },
        ),
        fc.constantFrom(1, 1, 3, 6, 12),
        fc.record({
          terminatedPeriods: fc.integer({ min: 1, max: 8 }),
          explorationPeriods: fc.integer({ min: 0, max: 4 }),
          trialPurchases: fc.integer({ min: 0, max: 3 }),
          window: fc.integer({ min: 1, max: 4 }),
          decline: fc.constantFrom(0.1, 0.3, 0.6),
          growth: fc.constantFrom(0, 0.2, 1),
        }),
        fc.constantFrom("en" as const, "zh" as const),
        (rows, k, params, lang) => {
          const buyers = new Set(rows.filter((r) => r.a > 0).map((r) => r.c));
          const used = rows.filter((r) => buyers.has(r.c)); // a refund-only customer is skipped
          fc.pre(used.length > 0);
          const periodMonths = k as 1 | 3 | 6 | 12;
          const r = lifecycleReport(
            {
              ids: rows.map((x) => `C${x.c}`),
              dates: rows.map((x) => BASE + x.d),
              amounts: rows.map((x) => x.a),
            },
            lang,
            { ...params, periodMonths },
          );
          const start = periodOf(BASE + Math.min(...used.map((x) => x.d)), k);
          // The default as-of date is the day after the latest date read (refund-only customers too).
          const end = periodOf(BASE + Math.max(...rows.map((x) => x.d)), k);
          const counts = new Map(LIFECYCLE_STAGES.map((s) => [s, 0]));
          expect(r.rows.length).toBe(buyers.size);
          for (const row of r.rows) {
            const c = Number(String(row[0]).slice(1));
            // Days in order, a day's purchases in row order, then the day's sum added to its period.
            const mine = rows
              .map((x, i) => ({ ...x, i }))
              .filter((x) => x.c === c && x.a > 0)
              .sort((x, y) => x.d - y.d || x.i - y.i);
            const full = new Array<number>(end - start + 1).fill(0);
            for (let j = 0; j < mine.length;) {
              let day = 0;
              const d = mine[j]!.d;
              for (; j < mine.length && mine[j]!.d === d; j++) day += mine[j]!.a;
              const p = periodOf(BASE + d, k) - start;
              full[p] = full[p]! + day;
            }
            const want = lifecycleStage(full, params);
            counts.set(want.stage, counts.get(want.stage)! + 1);
            expect(row.slice(3)).toEqual([
              want.periodsSinceFirst,
              LIFECYCLE_STAGE_LABELS.seed003[want.stage][lang],
              lifecycleReason(want)[lang],
            ]);
          }
          expect(r.stages.map((s) => s.customers)).toEqual(LIFECYCLE_STAGES.map((s) => counts.get(s)));
        },
      ),
      { seed: 101, numRuns: 300 },
    );
  });
});

/**
 * lifecycleReasonsIn (one report's memoised sentences) gives, for any sequence of results, the
 * sentence lifecycleReasonIn builds for each, in both languages and label sets, also when the
 * results reuse one object (as the report does) or come with other parameters.
 */
import fc from "fast-check";
import { lifecycleReason, lifecycleReasonIn, lifecycleReasonsIn } from "../../../src/lifecycle/reason";
import { emptyLifecycleResult, lifecycleStage, stageInto } from "../../../src/lifecycle/stage";
import { readLifecycleParams } from "../../../src/lifecycle/options";

describe("lifecycleReasonsIn", () => {
  it("property: the same sentence as lifecycleReasonIn for every result in turn", () => {
    const series = fc
      .tuple(fc.array(fc.constantFrom(0, 0, 1, 2.5, 10, 40), { minLength: 1, maxLength: 12 }), fc.nat(12))
      .map(([v, idle]) => [...v, ...new Array<number>(idle).fill(0)]); // idle runs of many lengths
    const options = fc.record({
      terminatedPeriods: fc.integer({ min: 1, max: 6 }),
      explorationPeriods: fc.integer({ min: 0, max: 3 }),
      window: fc.integer({ min: 1, max: 3 }),
    });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(series, fc.nat(2)), { minLength: 1, maxLength: 30, size: "max" }),
        fc.array(options, { minLength: 3, maxLength: 3 }),
        fc.constantFrom("en" as const, "zh" as const),
        fc.constantFrom("seed003" as const, "seed002" as const),
        (items, opts, lang, labels) => {
          const reason = lifecycleReasonsIn(lang, labels);
          const params = opts.map((o) => readLifecycleParams("test", o)); // one object per set, as in a report
          const r = emptyLifecycleResult(params[0]!); // one result, overwritten
          for (const [v, o] of items) {
            if (!stageInto(r, v, 0, v.length, params[o]!)) continue;
            expect(reason(r)).toBe(lifecycleReasonIn(r, lang, labels));
            expect(reason(r)).toBe(lifecycleReason(r, labels)[lang]);
          }
        },
      ),
      { seed: 91, numRuns: 300 },
    );
  });

  it("shares the sentence of one idle count (doc example)", () => {
    const reason = lifecycleReasonsIn("en");
    const r = lifecycleStage([5, 0, 0, 0, 0, 0, 0]);
    expect([reason(r), reason(r) === reason({ ...r })]).toEqual([
      "Terminated: no purchase in the last 6 periods (terminated after 6).",
      true,
    ]);
  });
});

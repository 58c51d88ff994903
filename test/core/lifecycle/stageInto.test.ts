/**
 * stageInto (the lifecycle rule in place on a flat buffer) against the straightforward
 * statement it replaced inside lifecycleStage: window sums as an array from prefix sums, results
 * built as objects. Every field must be identical (floats bit for bit: the reason sentences are
 * built from them), on a sub-range of a buffer with other customers' volumes around it.
 */
import fc from "fast-check";
import {
  LifecycleParams,
  LifecycleResult,
  LifecycleRule,
  LifecycleStage,
  emptyLifecycleResult,
  lifecycleStage,
  readLifecycleParams,
  stageInto,
} from "../../../src/lifecycle";

function windowSums(xs: readonly number[], w: number): number[] {
  const prefix = [0];
  for (const x of xs) prefix.push(prefix[prefix.length - 1]! + x);
  const out: number[] = [];
  for (let k = 0; k + w <= xs.length; k++) out.push(prefix[k + w]! - prefix[k]!);
  return out;
}

/** The rule as lifecycleStage stated it before stageInto (valid input; undefined = it throws). */
function reference(
  v: readonly number[],
  p: LifecycleParams,
  share?: readonly number[],
): LifecycleResult | undefined {
  const n = v.length;
  let idle = 0;
  while (idle < n && v[n - 1 - idle] === 0) idle++;
  const first = v.findIndex((x) => x > 0);
  const purchasePeriods = v.filter((x) => x > 0).length;
  const w = Math.min(p.window, Math.floor(n / 2));
  const base = {
    params: p,
    window: w,
    idlePeriods: idle,
    purchasePeriods,
    periodsSinceFirst: first < 0 ? n : n - first,
  };
  const result = (
    stage: LifecycleStage,
    rule: LifecycleRule,
    recent = 0,
    reference = 0,
  ): LifecycleResult => ({
    stage,
    rule,
    ...base,
    recent,
    reference,
  });
  if (idle >= p.terminatedPeriods) return result("terminated", "noPurchaseFor");
  if (first < 0) return undefined;
  if (n - first <= p.explorationPeriods) return result("exploration", "firstPurchaseRecent");
  if (purchasePeriods <= p.trialPurchases) return result("exploration", "fewPurchases");
  if (w < 1) return result("stability", "shortHistory");
  const volume = windowSums(v, w);
  const last = n - w;
  const peakOf = (sums: readonly number[]) => {
    let peak = -Infinity;
    for (let k = 0; k + w <= last; k++) peak = Math.max(peak, sums[k]!);
    return peak;
  };
  if (share) {
    const shares = windowSums(share, w);
    const recentShare = shares[last]! / w;
    const peakShare = peakOf(shares) / w;
    if (recentShare < (1 - p.decline) * peakShare)
      return result("decline", "shareBelowPeak", recentShare, peakShare);
  }
  const recent = volume[last]!;
  const peak = peakOf(volume);
  if (!share && recent < (1 - p.decline) * peak) return result("decline", "belowPeak", recent, peak);
  const previous = volume[last - w]!;
  if (recent > (1 + p.growth) * previous) return result("formation", "abovePrevious", recent, previous);
  return result("stability", "nearPeak", recent, peak);
}

const volume = fc.oneof(
  fc.constant(0),
  fc.constant(0),
  fc.integer({ min: 1, max: 50 }),
  fc.double({ min: 0.01, max: 1e4, noNaN: true }),
);
const params = fc.record({
  terminatedPeriods: fc.integer({ min: 1, max: 8 }),
  explorationPeriods: fc.integer({ min: 0, max: 5 }),
  trialPurchases: fc.integer({ min: 0, max: 4 }),
  window: fc.integer({ min: 1, max: 5 }),
  decline: fc.constantFrom(0, 0.1, 0.3, 0.6, 1),
  growth: fc.constantFrom(0, 0.2, 1, 5),
});

describe("stageInto", () => {
  it("property: the same result as the array statement, on a sub-range of a flat buffer and through lifecycleStage", () => {
    fc.assert(
      fc.property(
        fc.array(volume, { minLength: 1, maxLength: 40 }),
        fc.array(volume, { maxLength: 5 }),
        fc.array(volume, { maxLength: 5 }),
        params,
        fc.option(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 40, maxLength: 40 })),
        (v, before, after, o, shares) => {
          const p = readLifecycleParams("test", o);
          const want = reference(v, p);
          const buffer = Float64Array.from([...before, ...v, ...after]);
          const got = emptyLifecycleResult(p);
          const ok = stageInto(got, buffer, before.length, before.length + v.length, p);
          expect(ok).toBe(want !== undefined);
          if (want) expect(got).toStrictEqual(want);
          if (want) expect(lifecycleStage(v, o)).toStrictEqual(want);
          else expect(() => lifecycleStage(v, o)).toThrow(/No purchase/);
          const share = shares?.slice(0, v.length);
          if (share && want) {
            const withShare = reference(v, p, share);
            expect(lifecycleStage(v, { ...o, shareOfWallet: share })).toStrictEqual(withShare);
          }
        },
      ),
      { seed: 61, numRuns: 1500 },
    );
  });

  it("returns false where lifecycleStage throws: empty, not a finite number ≥ 0, no purchase in fewer than L", () => {
    const p = readLifecycleParams("test", {});
    const r = emptyLifecycleResult(p);
    expect(stageInto(r, [5], 0, 0, p)).toBe(false);
    for (const bad of [NaN, -1, Infinity]) expect(stageInto(r, [5, 5, bad, 5], 0, 4, p)).toBe(false);
    expect(stageInto(r, [5, 0, 0, 0], 1, 4, p)).toBe(false); // 3 empty periods < L 6
    expect(stageInto(r, new Float64Array(6), 0, 6, p)).toBe(true); // 6 empty periods: terminated
    expect([r.stage, r.idlePeriods, r.periodsSinceFirst]).toEqual(["terminated", 6, 6]);
  });
});

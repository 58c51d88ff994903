/**
 * Lifecycle stage from a customer's purchase volume per period, oldest → newest
 * (CRM_MODELS.md §4; seed 003 §3.1 gives the signs, the thresholds are parameters, see
 * {@link LifecycleOptions}). Rules, first match wins:
 *
 * 1. Terminated: the last L periods have no purchase (volume 0).
 * 2. Exploration: the first purchase is within the last E periods, or at most `trialPurchases`
 *    periods have a purchase (trial orders; a period with volume > 0 counts as one purchase).
 * 3. Decline: the recent window (last w periods) is below (1 − d) × the best earlier window of
 *    w periods (all windows entirely before the recent one). With share-of-wallet data the test
 *    is on the mean share instead of the volume (seed 003: our volume falls while the customer's
 *    own business does not). Seed 002 case A: this year 40% of last year → decline.
 * 4. Formation: the recent window is above (1 + g) × the w periods just before it.
 * 5. Stability: otherwise (volume near its peak).
 *
 * With fewer than 2w periods the window shrinks to ⌊n/2⌋; with one period no trend exists and
 * a customer past exploration is Stability (rule `shortHistory`). The rule reads one snapshot, so
 * "stages are not skipped" is not enforced between calls. Cost O(n).
 *
 * Throws `invalid` for an empty or non-numeric volume, a negative volume, a bad parameter, or a
 * series with no purchase at all that is shorter than L (it is a potential customer, not a stage).
 *
 * @example
 * lifecycleStage([100, 100, 40], { window: 1, explorationPeriods: 1 }).stage // => "decline"
 */
import { invalidInput } from "../errors";
import { requireFiniteArray } from "../validate";
import { readLifecycleParams, readShareOfWallet } from "./options";
import { LifecycleOptions, LifecycleResult, LifecycleRule, LifecycleStage } from "./stages";

const WHERE = "lifecycleStage";

export function lifecycleStage(volumes: readonly number[], options: LifecycleOptions = {}): LifecycleResult {
  const v = requireFiniteArray(WHERE, { en: "The volumes", zh: "各期购买量" }, volumes);
  const p = readLifecycleParams(WHERE, options);
  const n = v.length;
  v.forEach((x, i) => {
    if (x < 0)
      throw invalidInput(
        WHERE,
        `Volume ${i + 1} is ${x}: volumes must be ≥ 0.`,
        `第 ${i + 1} 期购买量为 ${x}：购买量必须 ≥ 0。`,
      );
  });
  const share =
    options.shareOfWallet === undefined ? undefined : readShareOfWallet(WHERE, options.shareOfWallet, n);
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
  if (first < 0) {
    throw invalidInput(
      WHERE,
      `No purchase in ${n === 1 ? "this 1 period" : `these ${n} periods`} (fewer than the ${p.terminatedPeriods} that mean terminated): a customer without purchases is a potential customer, not in a lifecycle stage.`,
      `这 ${n} 期都没有购买（少于判定终止的 ${p.terminatedPeriods} 期）：没有购买的客户是潜在客户，不属于任何生命周期阶段。`,
    );
  }
  if (n - first <= p.explorationPeriods) return result("exploration", "firstPurchaseRecent");
  if (purchasePeriods <= p.trialPurchases) return result("exploration", "fewPurchases");
  if (w < 1) return result("stability", "shortHistory");
  const volume = windowSums(v, w); // volume[k] = sum of periods k … k + w − 1
  const last = n - w; // start of the recent window
  const peakOf = (sums: readonly number[]) => {
    let peak = -Infinity;
    for (let k = 0; k + w <= last; k++) peak = Math.max(peak, sums[k] as number);
    return peak;
  };
  if (share) {
    const shares = windowSums(share, w);
    const recentShare = (shares[last] as number) / w;
    const peakShare = peakOf(shares) / w;
    if (recentShare < (1 - p.decline) * peakShare)
      return result("decline", "shareBelowPeak", recentShare, peakShare);
  }
  const recent = volume[last] as number;
  const peak = peakOf(volume);
  if (!share && recent < (1 - p.decline) * peak) return result("decline", "belowPeak", recent, peak);
  const previous = volume[last - w] as number;
  if (recent > (1 + p.growth) * previous) return result("formation", "abovePrevious", recent, previous);
  return result("stability", "nearPeak", recent, peak);
}

/** Sums of every window of w consecutive periods, by start index, from prefix sums. O(n). */
function windowSums(xs: readonly number[], w: number): number[] {
  const prefix = [0];
  for (const x of xs) prefix.push((prefix[prefix.length - 1] as number) + x);
  const out: number[] = [];
  for (let k = 0; k + w <= xs.length; k++) out.push((prefix[k + w] as number) - (prefix[k] as number));
  return out;
}

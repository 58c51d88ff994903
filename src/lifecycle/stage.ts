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
 * "stages are not skipped" is not enforced between calls. Cost O(n); the rule itself is
 * {@link stageInto}, which the report calls on its flat buffer.
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
import { LifecycleOptions, LifecycleParams, LifecycleResult, LifecycleRule, LifecycleStage } from "./stages";

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
  const r = emptyLifecycleResult(p);
  if (stageInto(r, v, 0, n, p, share)) return r;
  throw invalidInput(
    WHERE,
    `No purchase in ${n === 1 ? "this 1 period" : `these ${n} periods`} (fewer than the ${p.terminatedPeriods} that mean terminated): a customer without purchases is a potential customer, not in a lifecycle stage.`,
    `这 ${n} 期都没有购买（少于判定终止的 ${p.terminatedPeriods} 期）：没有购买的客户是潜在客户，不属于任何生命周期阶段。`,
  );
}

/**
 * A result to be filled by {@link stageInto}: one per call of lifecycleStage, one for a whole
 * report (overwritten for each customer). Cost O(1).
 *
 * @example
 * emptyLifecycleResult(DEFAULT_LIFECYCLE_OPTIONS).window // => 0
 */
export function emptyLifecycleResult(p: LifecycleParams): LifecycleResult {
  return {
    stage: "stability",
    rule: "nearPeak",
    params: p,
    window: 0,
    idlePeriods: 0,
    purchasePeriods: 0,
    periodsSinceFirst: 0,
    recent: 0,
    reference: 0,
  };
}

let prefix = new Float64Array(64); // prefix sums of the volumes, reused by every call
let sharePrefix = new Float64Array(64);

/**
 * The rule of {@link lifecycleStage} on `v[from]` … `v[to − 1]` with parameters already read,
 * written into `out` (every field overwritten), without checks or allocation: the lifecycle
 * report classifies 100,000 customers' series held in one flat buffer with it. Returns false,
 * leaving `out` unspecified, when lifecycleStage would throw for these volumes (empty, a value
 * that is not a finite number ≥ 0, or no purchase in fewer than L periods); the caller then calls
 * lifecycleStage for its error. `share` (validated, one per volume) is indexed from 0. Cost O(n).
 *
 * @example
 * const r = emptyLifecycleResult(readLifecycleParams("f", { window: 1, explorationPeriods: 1 }));
 * [stageInto(r, [7, 100, 100, 40], 1, 4, r.params), r.stage, r.recent] // => [true, "decline", 40]
 */
export function stageInto(
  out: LifecycleResult,
  v: ArrayLike<number>,
  from: number,
  to: number,
  p: LifecycleParams,
  share?: ArrayLike<number>,
): boolean {
  const n = to - from;
  if (n < 1) return false;
  let idle = 0;
  while (idle < n && v[to - 1 - idle] === 0) idle++;
  let first = -1;
  let purchasePeriods = 0;
  for (let i = from; i < to; i++) {
    const x = v[i]!;
    if (!(x >= 0 && x < Infinity)) return false;
    if (x > 0) {
      if (first < 0) first = i - from;
      purchasePeriods++;
    }
  }
  const w = Math.min(p.window, Math.floor(n / 2));
  out.params = p;
  out.window = w;
  out.idlePeriods = idle;
  out.purchasePeriods = purchasePeriods;
  out.periodsSinceFirst = first < 0 ? n : n - first;
  out.recent = 0;
  out.reference = 0;
  if (idle >= p.terminatedPeriods) return decided(out, "terminated", "noPurchaseFor");
  if (first < 0) return false;
  if (n - first <= p.explorationPeriods) return decided(out, "exploration", "firstPurchaseRecent");
  if (purchasePeriods <= p.trialPurchases) return decided(out, "exploration", "fewPurchases");
  if (w < 1) return decided(out, "stability", "shortHistory");
  // The sum of periods k … k + w − 1 is s[k + w] − s[k] of the prefix sums s.
  if (prefix.length < n + 1) prefix = new Float64Array(2 * n + 2);
  const s = prefix;
  s[0] = 0;
  for (let i = 0; i < n; i++) s[i + 1] = s[i]! + v[from + i]!;
  const last = n - w; // start of the recent window
  if (share) {
    if (sharePrefix.length < n + 1) sharePrefix = new Float64Array(2 * n + 2);
    const t = sharePrefix;
    t[0] = 0;
    for (let i = 0; i < n; i++) t[i + 1] = t[i]! + share[i]!;
    const recentShare = (t[last + w]! - t[last]!) / w;
    const peakShare = peakOf(t, w, last) / w;
    if (recentShare < (1 - p.decline) * peakShare)
      return decided(out, "decline", "shareBelowPeak", recentShare, peakShare);
  }
  const recent = s[last + w]! - s[last]!;
  const peak = peakOf(s, w, last);
  if (!share && recent < (1 - p.decline) * peak) return decided(out, "decline", "belowPeak", recent, peak);
  const previous = s[last]! - s[last - w]!;
  if (recent > (1 + p.growth) * previous) return decided(out, "formation", "abovePrevious", recent, previous);
  return decided(out, "stability", "nearPeak", recent, peak);
}

/** Sets the stage, its rule and the numbers behind it; true (decided). */
function decided(
  out: LifecycleResult,
  stage: LifecycleStage,
  rule: LifecycleRule,
  recent = 0,
  reference = 0,
): true {
  out.stage = stage;
  out.rule = rule;
  out.recent = recent;
  out.reference = reference;
  return true;
}

/** The largest sum of w periods among the windows entirely before `last`, from prefix sums s. */
function peakOf(s: Float64Array, w: number, last: number): number {
  let peak = -Infinity;
  for (let k = 0; k + w <= last; k++) peak = Math.max(peak, s[k + w]! - s[k]!);
  return peak;
}

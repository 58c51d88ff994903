/**
 * The sentence that explains a lifecycle stage (CRM_MODELS.md §4: the rule is ours, so it is shown
 * to the user), in both languages, e.g. "Decline: volume in the last 3 periods is 45% below its
 * peak (55 vs 100)." Built from the {@link LifecycleResult} of {@link lifecycleStage}; numbers
 * are rounded to whole percents and two decimals; {@link lifecycleReasonIn} gives one language.
 * Cost O(1). Never throws.
 *
 * @example
 * lifecycleReason(lifecycleStage([100, 100, 40], { window: 1, explorationPeriods: 1 })).en
 * // => "Decline: volume in the last 1 period is 60% below its peak (40 vs 100)."
 * lifecycleReason(lifecycleStage([100, 100, 40], { window: 1, explorationPeriods: 1 }), "seed002").zh
 * // => "恢复期:最近 1 期的购买量比峰值低 60%(40 对 100)。"
 */
import { Bilingual, Lang } from "../errors";
import { LIFECYCLE_STAGE_LABELS, LifecycleResult, LifecycleRule } from "./stages";

/** The two stage-name sets of {@link LIFECYCLE_STAGE_LABELS}. */
export type LifecycleLabelSet = keyof typeof LIFECYCLE_STAGE_LABELS;

const num = (x: number) => String(Math.round(x * 100) / 100);
const pct = (x: number) => `${Math.round(x * 100)}%`;
const periods = (k: number) => `${k} period${k === 1 ? "" : "s"}`;

export function lifecycleReason(r: LifecycleResult, labels: LifecycleLabelSet = "seed003"): Bilingual {
  return { en: lifecycleReasonIn(r, "en", labels), zh: lifecycleReasonIn(r, "zh", labels) };
}

/**
 * The sentence of {@link lifecycleReason} in one language only (a report builds one per
 * customer, in the report's language). Cost O(1). Never throws.
 *
 * @example
 * lifecycleReasonIn(lifecycleStage([100, 100, 40], { window: 1, explorationPeriods: 1 }), "en")
 * // => "Decline: volume in the last 1 period is 60% below its peak (40 vs 100)."
 */
export function lifecycleReasonIn(
  r: LifecycleResult,
  lang: Lang,
  labels: LifecycleLabelSet = "seed003",
): string {
  const label = LIFECYCLE_STAGE_LABELS[labels][r.stage];
  return lang === "zh" ? `${label.zh}：${reasonZh(r)}。` : `${label.en}: ${reasonEn(r)}.`;
}

/** The rules whose sentence depends on one count only, and that count (its slot in a memo key). */
const COUNTED: Partial<Record<LifecycleRule, (r: LifecycleResult) => number>> = {
  noPurchaseFor: (r) => 4 * r.idlePeriods,
  firstPurchaseRecent: (r) => 4 * r.periodsSinceFirst + 1,
  fewPurchases: (r) => 4 * r.purchasePeriods + 2,
  shortHistory: () => 3,
};

/**
 * {@link lifecycleReasonIn} for the many customers of one report: the sentences that depend on
 * one count only (terminated after n idle periods, exploration, short history) are built once
 * per count and shared — a million-row export has ~56,000 terminated customers but a few dozen
 * idle counts. Results with other parameters than the first call's are not memoised. Cost O(1) a
 * call; memory one string per distinct count.
 *
 * @example
 * const reason = lifecycleReasonsIn("en");
 * const r = lifecycleStage([5, 0, 0, 0, 0, 0, 0]);
 * [reason(r), reason(r) === reason(r)] // => ["Terminated: no purchase in the last 6 periods (terminated after 6).", true]
 */
export function lifecycleReasonsIn(
  lang: Lang,
  labels: LifecycleLabelSet = "seed003",
): (r: LifecycleResult) => string {
  const memo = new Map<number, string>();
  let params: LifecycleResult["params"] | undefined;
  return (r) => {
    const count = COUNTED[r.rule];
    params ??= r.params;
    if (count === undefined || r.params !== params) return lifecycleReasonIn(r, lang, labels);
    const key = count(r);
    let text = memo.get(key);
    if (text === undefined) memo.set(key, (text = lifecycleReasonIn(r, lang, labels)));
    return text;
  };
}

function reasonEn(r: LifecycleResult): string {
  const p = r.params;
  const w = r.window;
  switch (r.rule) {
    case "noPurchaseFor":
      return `no purchase in the last ${periods(r.idlePeriods)} (terminated after ${p.terminatedPeriods})`;
    case "firstPurchaseRecent":
      return `first purchase ${periods(r.periodsSinceFirst)} ago, within the ${p.explorationPeriods} of exploration`;
    case "fewPurchases":
      return `only ${periods(r.purchasePeriods)} with a purchase: trial orders (at most ${p.trialPurchases})`;
    case "belowPeak":
      return `volume in the last ${periods(w)} is ${pct(1 - r.recent / r.reference)} below its peak (${num(r.recent)} vs ${num(r.reference)})`;
    case "shareBelowPeak":
      return `share of wallet in the last ${periods(w)} is ${pct(1 - r.recent / r.reference)} below its peak (${pct(r.recent)} vs ${pct(r.reference)})`;
    case "abovePrevious":
      return r.reference > 0
        ? `volume in the last ${periods(w)} is ${pct(r.recent / r.reference - 1)} above the ${periods(w)} before (${num(r.recent)} vs ${num(r.reference)})`
        : `volume ${num(r.recent)} in the last ${periods(w)} after none in the ${periods(w)} before`;
    case "nearPeak":
      return `volume in the last ${periods(w)} is ${pct(r.recent / r.reference)} of its peak: no fall of ${pct(p.decline)}, no growth of ${pct(p.growth)}`;
    case "shortHistory":
      return "only one period of data, too short to see a trend";
  }
}

function reasonZh(r: LifecycleResult): string {
  const p = r.params;
  const w = r.window;
  switch (r.rule) {
    case "noPurchaseFor":
      return `最近 ${r.idlePeriods} 期没有购买（连续 ${p.terminatedPeriods} 期无购买即为终止）`;
    case "firstPurchaseRecent":
      return `首次购买在最近 ${r.periodsSinceFirst} 期内，仍在 ${p.explorationPeriods} 期的考察范围内`;
    case "fewPurchases":
      return `仅有 ${r.purchasePeriods} 期有购买：属于试探性订单（不超过 ${p.trialPurchases} 期）`;
    case "belowPeak":
      return `最近 ${w} 期的购买量比峰值低 ${pct(1 - r.recent / r.reference)}（${num(r.recent)} 对 ${num(r.reference)}）`;
    case "shareBelowPeak":
      return `最近 ${w} 期的钱包份额比峰值低 ${pct(1 - r.recent / r.reference)}（${pct(r.recent)} 对 ${pct(r.reference)}）`;
    case "abovePrevious":
      return r.reference > 0
        ? `最近 ${w} 期的购买量比之前 ${w} 期高 ${pct(r.recent / r.reference - 1)}（${num(r.recent)} 对 ${num(r.reference)}）`
        : `之前 ${w} 期没有购买，最近 ${w} 期购买量为 ${num(r.recent)}`;
    case "nearPeak":
      return `最近 ${w} 期的购买量为峰值的 ${pct(r.recent / r.reference)}：既未下降 ${pct(p.decline)}，也未增长 ${pct(p.growth)}`;
    case "shortHistory":
      return "只有一期数据，无法判断趋势";
  }
}

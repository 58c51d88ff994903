/**
 * The sentence that explains a lifecycle stage (CRM_MODELS.md §4: the rule is ours, so it is shown
 * to the user), in both languages, e.g. "Decline: volume in the last 3 periods is 45% below its
 * peak (55 vs 100)." Built from the {@link LifecycleResult} of {@link lifecycleStage}; numbers
 * are rounded to whole percents and two decimals. Cost O(1). Never throws.
 *
 * @example
 * lifecycleReason(lifecycleStage([100, 100, 40], { window: 1, explorationPeriods: 1 })).en
 * // => "Decline: volume in the last 1 period is 60% below its peak (40 vs 100)."
 * lifecycleReason(lifecycleStage([100, 100, 40], { window: 1, explorationPeriods: 1 }), "seed002").zh
 * // => "恢复期:最近 1 期的购买量比峰值低 60%(40 对 100)。"
 */
import { Bilingual } from "../errors";
import { LIFECYCLE_STAGE_LABELS, LifecycleResult } from "./stages";

/** The two stage-name sets of {@link LIFECYCLE_STAGE_LABELS}. */
export type LifecycleLabelSet = keyof typeof LIFECYCLE_STAGE_LABELS;

const num = (x: number) => String(Math.round(x * 100) / 100);
const pct = (x: number) => `${Math.round(x * 100)}%`;
const periods = (k: number) => `${k} period${k === 1 ? "" : "s"}`;

export function lifecycleReason(r: LifecycleResult, labels: LifecycleLabelSet = "seed003"): Bilingual {
  const label = LIFECYCLE_STAGE_LABELS[labels][r.stage];
  const p = r.params;
  const w = r.window;
  let en: string;
  let zh: string;
  switch (r.rule) {
    case "noPurchaseFor":
      en = `no purchase in the last ${periods(r.idlePeriods)} (terminated after ${p.terminatedPeriods})`;
      zh = `最近 ${r.idlePeriods} 期没有购买（连续 ${p.terminatedPeriods} 期无购买即为终止）`;
      break;
    case "firstPurchaseRecent":
      en = `first purchase ${periods(r.periodsSinceFirst)} ago, within the ${p.explorationPeriods} of exploration`;
      zh = `首次购买在最近 ${r.periodsSinceFirst} 期内，仍在 ${p.explorationPeriods} 期的考察范围内`;
      break;
    case "fewPurchases":
      en = `only ${periods(r.purchasePeriods)} with a purchase: trial orders (at most ${p.trialPurchases})`;
      zh = `仅有 ${r.purchasePeriods} 期有购买：属于试探性订单（不超过 ${p.trialPurchases} 期）`;
      break;
    case "belowPeak":
      en = `volume in the last ${periods(w)} is ${pct(1 - r.recent / r.reference)} below its peak (${num(r.recent)} vs ${num(r.reference)})`;
      zh = `最近 ${w} 期的购买量比峰值低 ${pct(1 - r.recent / r.reference)}（${num(r.recent)} 对 ${num(r.reference)}）`;
      break;
    case "shareBelowPeak":
      en = `share of wallet in the last ${periods(w)} is ${pct(1 - r.recent / r.reference)} below its peak (${pct(r.recent)} vs ${pct(r.reference)})`;
      zh = `最近 ${w} 期的钱包份额比峰值低 ${pct(1 - r.recent / r.reference)}（${pct(r.recent)} 对 ${pct(r.reference)}）`;
      break;
    case "abovePrevious":
      en =
        r.reference > 0
          ? `volume in the last ${periods(w)} is ${pct(r.recent / r.reference - 1)} above the ${periods(w)} before (${num(r.recent)} vs ${num(r.reference)})`
          : `volume ${num(r.recent)} in the last ${periods(w)} after none in the ${periods(w)} before`;
      zh =
        r.reference > 0
          ? `最近 ${w} 期的购买量比之前 ${w} 期高 ${pct(r.recent / r.reference - 1)}（${num(r.recent)} 对 ${num(r.reference)}）`
          : `之前 ${w} 期没有购买，最近 ${w} 期购买量为 ${num(r.recent)}`;
      break;
    case "nearPeak":
      en = `volume in the last ${periods(w)} is ${pct(r.recent / r.reference)} of its peak: no fall of ${pct(p.decline)}, no growth of ${pct(p.growth)}`;
      zh = `最近 ${w} 期的购买量为峰值的 ${pct(r.recent / r.reference)}：既未下降 ${pct(p.decline)}，也未增长 ${pct(p.growth)}`;
      break;
    case "shortHistory":
      en = "only one period of data, too short to see a trend";
      zh = "只有一期数据，无法判断趋势";
      break;
  }
  return { en: `${label.en}: ${en}.`, zh: `${label.zh}：${zh}。` };
}

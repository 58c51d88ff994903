/**
 * Loyalty index, 0–100, over the eight loyalty measures of seed 003 §3.5 (客户忠诚的度量指标;
 * CRM_MODELS.md §5), rescaled like the ACSI index:
 *
 *     index = 100 · (Σ w·x̄ − Σ w·min) / (Σ w·(max − min))
 *
 * x̄ the mean survey score of each measure, in the order of {@link LOYALTY_MEASURES} (fewer is
 * allowed: the first k measures, or give weight 0 to one not surveyed), w the weights ≥ 0
 * (default equal), [min, max] the answer scale (default 1–5, a Likert scale).
 * Orientation: every score must already mean "higher = more loyal". Three measures are asked
 * the other way round in most surveys — price sensitivity, time spent choosing, a favourable
 * attitude to competitors — so reverse a raw answer x with min + max − x first. The labels
 * below name the high end of each measure.
 * Cost O(n). Throws as {@link weightedScaleIndex} (named `loyaltyIndex`), and `invalid` for more
 * than eight measures.
 *
 * @example
 * loyaltyIndex([5, 4, 5, 3, 4, 4, 3, 4]) // => 75  (mean 4 on 1–5)
 */
import { Bilingual, invalidInput } from "../errors";
import { weightedScaleIndex } from "../satisfaction/scaledIndex";

export type LoyaltyMeasure =
  | "repurchase"
  | "crossPurchase"
  | "recommend"
  | "priceInsensitivity"
  | "shareOfWallet"
  | "quickChoice"
  | "competitorIndifference"
  | "qualityTolerance";

/** The seed's eight measures, in its order. */
export const LOYALTY_MEASURES: readonly LoyaltyMeasure[] = [
  "repurchase",
  "crossPurchase",
  "recommend",
  "priceInsensitivity",
  "shareOfWallet",
  "quickChoice",
  "competitorIndifference",
  "qualityTolerance",
];

/** Labels stating the high end of each measure (the seed's term in brackets). */
export const LOYALTY_MEASURE_LABELS: Readonly<Record<LoyaltyMeasure, Bilingual>> = {
  repurchase: { en: "Repurchase intention", zh: "重复购买意向" },
  crossPurchase: { en: "Cross-purchase intention", zh: "交叉购买意图" },
  recommend: { en: "Willingness to recommend", zh: "推荐意愿" },
  priceInsensitivity: { en: "Low price sensitivity", zh: "价格敏感度低（对价格的敏感程度）" },
  shareOfWallet: { en: "Share of wallet", zh: "钱包份额" },
  quickChoice: { en: "Little time spent choosing", zh: "挑选时间短（挑选产品或服务的时间）" },
  competitorIndifference: { en: "Indifference to competitors", zh: "对竞争对手冷淡（对竞争对手的态度）" },
  qualityTolerance: { en: "Tolerance of quality incidents", zh: "对质量事故的承受能力" },
};

export function loyaltyIndex(
  measures: readonly number[],
  weights?: readonly number[],
  scaleMin = 1,
  scaleMax = 5,
): number {
  if (measures.length > LOYALTY_MEASURES.length) {
    throw invalidInput(
      "loyaltyIndex",
      `Give at most the eight loyalty measures, got ${measures.length}.`,
      `最多给出八项忠诚度指标，收到 ${measures.length} 项。`,
    );
  }
  return weightedScaleIndex("loyaltyIndex", measures, weights, scaleMin, scaleMax);
}

/**
 * The seed 000 claim, as a report a class can test on its own data (CRM_MODELS.md §3, seed 000
 * §三(一)3): "排名靠前的10%的客户消费时投入的资金比下一个等级者多出至少2倍,占公司所有营业额的40%以上"
 * — the top 10% of customers spend at least 2× as much as the next tier and bring more than 40%
 * of revenue; beside it the 80/20 share itself.
 *
 * - topShare: share of the total held by the top `band` of customers (default 10%);
 * - nextShare: share held by the next band of the same width (10%–20%), "the next tier";
 * - spendRatio = topShare / nextShare: mean spend of a top customer ÷ mean spend of a next-tier
 *   customer (the bands have equal widths);
 * - pareto20: the share held by the top 20% ({@link paretoShare});
 * - spendClaim: spendRatio ≥ 2; revenueClaim: topShare > 0.4.
 *
 * "多出至少2倍" can also be read as "at least 3×"; we follow CRM_MODELS.md (≥ 2×) and report
 * the ratio so either reading can be checked. Fractional customer counts: as in paretoShare.
 * Cost O(n log n). Throws as {@link paretoShare}, `invalid` when band > 0.5 (two bands must fit),
 * `numeric` when the next tier holds nothing (the ratio is undefined).
 *
 * @example
 * paretoClaim([100, 50, 20, 10, 10, 5, 2, 1, 1, 1])
 * // => { topShare: 0.5, nextShare: 0.25, spendRatio: 2, pareto20: 0.75, spendClaim: true, revenueClaim: true }
 */
import { Bilingual, invalidInput, numericFailure } from "../errors";
import { requireTopShare, sortedForPareto, topSum } from "./pareto";

export interface ParetoClaim {
  topShare: number;
  nextShare: number;
  spendRatio: number;
  pareto20: number;
  spendClaim: boolean;
  revenueClaim: boolean;
}

/** Row labels for the spilled report. */
export const PARETO_CLAIM_LABELS: Readonly<Record<keyof ParetoClaim, Bilingual>> = {
  topShare: {
    en: "Share of revenue from the top band (default 10%)",
    zh: "头部等级（默认前10%）的营业额占比",
  },
  nextShare: { en: "Share of revenue from the next band", zh: "下一等级的营业额占比" },
  spendRatio: { en: "Spend ratio, top band ÷ next band", zh: "消费金额倍数（头部等级 ÷ 下一等级）" },
  pareto20: { en: "Share of revenue from the top 20%", zh: "前20%客户的营业额占比" },
  spendClaim: { en: "Top band spends ≥ 2× the next band", zh: "头部等级消费 ≥ 下一等级的2倍" },
  revenueClaim: { en: "Top band brings > 40% of revenue", zh: "头部等级贡献营业额 > 40%" },
};

export function paretoClaim(values: readonly number[], band = 0.1): ParetoClaim {
  const where = "paretoClaim";
  const w = requireTopShare(where, band, { en: "The band width", zh: "等级宽度" });
  if (w > 0.5) {
    throw invalidInput(
      where,
      `The band width must be at most 0.5 so that the top band and the next one fit, got ${w}.`,
      `等级宽度最多为 0.5，才能容纳头部等级和下一等级，收到的是 ${w}。`,
    );
  }
  const { sorted, total } = sortedForPareto(where, values);
  const n = sorted.length;
  const top = topSum(sorted, w * n);
  const next = topSum(sorted, 2 * w * n) - top;
  if (next <= 0) {
    throw numericFailure(
      where,
      "The next tier of customers spent nothing, so the spend ratio top ÷ next is undefined.",
      "下一等级的客户没有消费，前后等级的消费倍数无意义。",
    );
  }
  return {
    topShare: top / total,
    nextShare: next / total,
    spendRatio: top / next,
    pareto20: topSum(sorted, 0.2 * n) / total,
    spendClaim: top / next >= 2 - 1e-12,
    revenueClaim: top / total > 0.4,
  };
}

/**
 * Relationship profit of one period (CRM_MODELS.md §3, seed 003 §3.2): what the relationship
 * earned minus what it cost,
 *
 *     P = revenue − acquisition − development − retention − termination
 *
 * revenue: relationship revenue of the period (money; may be negative after refunds);
 * acquisition (获取成本), development (发展成本), retention (维持成本), termination (终止成本):
 * the relationship costs of the period, entered as amounts ≥ 0 (a negative cost is almost always
 * a sign error, so it is refused rather than added). Feed the per-period results to
 * {@link clvNpv}. Cost O(1).
 *
 * Throws `invalid` when revenue is not a finite number or a cost is negative or not a number.
 *
 * @example
 * relationshipProfit(1000, 200, 100, 50, 0) // => 650
 * relationshipProfit(1000)                  // => 1000
 */
import { Bilingual } from "../errors";
import { requireFinite, requireNonNegative } from "../validate";

const WHERE = "relationshipProfit";

/** The cost arguments, named in both languages for messages and help. */
export const RELATIONSHIP_COST_LABELS: Readonly<
  Record<"acquisition" | "development" | "retention" | "termination", Bilingual>
> = {
  acquisition: { en: "The acquisition cost", zh: "获取成本" },
  development: { en: "The development cost", zh: "发展成本" },
  retention: { en: "The retention cost", zh: "维持成本" },
  termination: { en: "The termination cost", zh: "终止成本" },
};

export function relationshipProfit(
  revenue: number,
  acquisition = 0,
  development = 0,
  retention = 0,
  termination = 0,
): number {
  const r = requireFinite(WHERE, { en: "The revenue", zh: "关系收入" }, revenue);
  const L = RELATIONSHIP_COST_LABELS;
  const costs =
    requireNonNegative(WHERE, L.acquisition, acquisition) +
    requireNonNegative(WHERE, L.development, development) +
    requireNonNegative(WHERE, L.retention, retention) +
    requireNonNegative(WHERE, L.termination, termination);
  return r - costs;
}

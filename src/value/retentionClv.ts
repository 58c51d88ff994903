/**
 * Retention-based customer lifetime value (CRM_MODELS.md §3; seed 000 names retention and
 * customer share as the levers of CLV; formula: Gupta & Lehmann 2003, "Customers as assets",
 * Journal of Interactive Marketing 17(1): eq. 2 with constant margin and retention, and the
 * infinite-horizon "margin multiple" rule they derive from it):
 *
 *     finite   CLV = Σ_{t=1..T} m · r^t / (1 + d)^t − AC  =  m · q · (1 − q^T) / (1 − q) − AC
 *     infinite CLV = m · r / (1 + d − r) − AC                      with q = r / (1 + d)
 *
 * m margin per customer per period (money, any sign), r retention rate per period in [0, 1],
 * d discount rate per period ≥ 0, T number of periods (whole, ≥ 1; omitted = infinite),
 * AC acquisition cost ≥ 0. The first margin is earned at the end of period 1 and only by the
 * customers retained then (factor r), the same convention as Excel's NPV. Cost O(1).
 *
 * Throws `invalid` for an argument outside its range; `numeric` when the infinite sum diverges
 * (r = 1 and d = 0: every period is worth m forever).
 *
 * @example
 * retentionClv(100, 0.8, 0.1)          // => 266.666…  (100 · 0.8 / 0.3)
 * retentionClv(100, 0.8, 0.1, 1, 20)   // => 52.727…   (100 · 0.8 / 1.1 − 20)
 */
import { numericFailure } from "../errors";
import { requireFinite, requireInRange, requireInteger, requireNonNegative } from "../validate";

const WHERE = "retentionClv";

export function retentionClv(
  margin: number,
  retention: number,
  discount: number,
  periods?: number | null,
  acquisitionCost = 0,
): number {
  const m = requireFinite(WHERE, { en: "The margin per period", zh: "每期利润" }, margin);
  const r = requireInRange(WHERE, { en: "The retention rate", zh: "保留率" }, retention, 0, 1);
  const d = requireNonNegative(WHERE, { en: "The discount rate", zh: "折现率" }, discount);
  const ac = requireNonNegative(WHERE, { en: "The acquisition cost", zh: "获取成本" }, acquisitionCost);
  const q = r / (1 + d);
  if (periods === undefined || periods === null) {
    if (q >= 1) {
      throw numericFailure(
        WHERE,
        "With retention 1 and discount 0 the infinite-horizon value never converges: give a discount rate > 0, a retention below 1, or a number of periods.",
        "保留率为 1 且折现率为 0 时，无限期的价值不收敛：请给出大于 0 的折现率、小于 1 的保留率，或给出期数。",
      );
    }
    return (m * r) / (1 + d - r) - ac;
  }
  const T = requireInteger(WHERE, { en: "The number of periods", zh: "期数" }, periods, 1, 1e9);
  // q = 1 only when r = 1 and d = 0: every period contributes m.
  const sum = q === 1 ? T : (q * (1 - Math.pow(q, T))) / (1 - q);
  return m * sum - ac;
}

/**
 * Value of a retention gain (CRM_MODELS.md §6; seed 002 §3.1.3 "计算降低流失率所需要的费用": what
 * keeping customers is worth, to weigh against what it costs): the change in retention-based
 * CLV ({@link retentionClv}, Gupta & Lehmann 2003) when retention rises from r to r + gain,
 * times the number of customers,
 *
 *     value = customers · (CLV(m, r + gain, d, T) − CLV(m, r, d, T))
 *
 * The acquisition cost cancels. A negative gain gives the (negative) value of a retention loss.
 * Infinite horizon when periods is omitted. Cost O(1).
 *
 * Throws `invalid` when r + gain leaves [0, 1], for a negative or non-numeric customer count,
 * or as retentionClv; `numeric` when r + gain = 1 with discount 0 on an infinite horizon.
 *
 * @example
 * retentionGainValue(100, 0.8, 0.1, 0.05)       // => 73.33…  (100·0.85/0.25 − 100·0.8/0.3 = 340 − 266.67)
 * retentionGainValue(100, 0.8, 0.1, 0.05, 1000) // => 73 333.33…
 */
import { invalidInput } from "../errors";
import { requireFinite, requireInRange, requireNonNegative } from "../validate";
import { retentionClv } from "../value/retentionClv";

export function retentionGainValue(
  margin: number,
  retention: number,
  discount: number,
  gain: number,
  customers = 1,
  periods?: number | null,
): number {
  const where = "retentionGainValue";
  const r = requireInRange(where, { en: "The retention rate", zh: "保留率" }, retention, 0, 1);
  const g = requireFinite(where, { en: "The retention gain", zh: "保留率提升" }, gain);
  const n = requireNonNegative(where, { en: "The number of customers", zh: "客户数" }, customers);
  const eps = 1e-12; // 0.15 + 0.85 may round to 1.0000000000000002
  if (r + g < -eps || r + g > 1 + eps) {
    throw invalidInput(
      where,
      `Retention ${r} plus the gain ${g} is ${r + g}, outside 0–1: give a gain between ${-r} and ${1 - r}.`,
      `保留率 ${r} 加上提升 ${g} 为 ${r + g}，超出 0–1：请给出 ${-r} 到 ${1 - r} 之间的提升。`,
    );
  }
  const raised = Math.min(1, Math.max(0, r + g));
  return n * (retentionClv(margin, raised, discount, periods) - retentionClv(margin, r, discount, periods));
}

/**
 * Customer lifetime value as a net present value (CRM_MODELS.md §3, seed 003 §3.2):
 *
 *     CLV = Σ_{t=1..T} P(t) / (1 + i)^t
 *
 * P(t) the net profit of period t (relationship revenue − relationship cost, see
 * {@link relationshipProfit}), T the number of periods given, i the discount rate per period.
 * This is exactly Excel's `NPV(rate, value1, …)` convention: the FIRST cash flow is discounted
 * one full period (t = 1), so `clvNpv([P1, …, PT], i)` equals `=NPV(i, P1:PT)`. A profit that
 * arrives today (t = 0) is added outside, as in Excel: `P0 + clvNpv(rest, i)`.
 *
 * Like Excel, any rate except −1 is accepted (a rate below −1 gives alternating signs, as
 * Excel's does). Evaluated by Horner's rule from the last period backwards: one division per
 * period, no powers. Cost O(T).
 *
 * Throws `invalid` when there is no profit, a profit or the rate is not a finite number;
 * `numeric` when the rate is −1 (Excel: #DIV/0!) or the result overflows.
 *
 * @example
 * clvNpv([-10000, 3000, 4200, 6800], 0.1) // => 1188.443…  (Excel's NPV help example: $1,188.44)
 * clvNpv([100, 100], 0)                     // => 200
 */
import { numericFailure } from "../errors";
import { requireFinite, requireFiniteArray } from "../validate";

const WHERE = "clvNpv";

export function clvNpv(profits: readonly number[], rate: number): number {
  const p = requireFiniteArray(WHERE, { en: "The profits per period", zh: "各期利润" }, profits);
  const i = requireFinite(WHERE, { en: "The discount rate", zh: "折现率" }, rate);
  if (i === -1) {
    throw numericFailure(
      WHERE,
      "The discount rate is −1 (−100%), so every period divides by 1 + rate = 0: give a rate above −1, e.g. 0.1 for 10%.",
      "折现率为 −1(−100%)，每期都要除以 1 + 折现率 = 0：请给出大于 −1 的折现率，例如 0.1 表示 10%。",
    );
  }
  const factor = 1 + i;
  let npv = 0;
  for (let t = p.length - 1; t >= 0; t--) npv = (npv + (p[t] as number)) / factor;
  if (!Number.isFinite(npv)) {
    throw numericFailure(
      WHERE,
      `The present value overflows at rate ${i}: use a rate further from −1 or fewer periods.`,
      `折现率为 ${i} 时现值溢出：请使用离 −1 更远的折现率或更少的期数。`,
    );
  }
  return npv;
}

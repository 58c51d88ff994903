/**
 * Pareto share 80/20 法则 (CRM_MODELS.md §3; seed 000 §三, seed 003 §3.3): the share of the total
 * value held by the top `topShare` of the customers,
 *
 *     S(x) = (sum of the x·n largest values) / (sum of all n values)
 *
 * Fractional count: when x·n is not a whole number, the top ⌊x·n⌋ customers count fully and the
 * next one counts for the fraction x·n − ⌊x·n⌋ of its value (linear interpolation of the Lorenz
 * curve), so S is continuous in x and S(1) = 1. Ties do not matter (equal values are
 * interchangeable). Values ≥ 0 (money, profit after netting); cost O(n log n) for the sort.
 *
 * Throws `invalid` for no values, a negative or non-numeric value, or topShare outside (0, 1];
 * `numeric` when the total is 0.
 *
 * @example
 * paretoShare([100, 50, 20, 10, 10, 5, 2, 1, 1, 1])   // => 0.75   (top 2 of 10: 150 / 200)
 * paretoShare([100, 50, 20, 10, 10, 5, 2, 1, 1, 1], 0.25) // => 0.8  (2.5 customers: 150 + 0.5·20)
 */
import { Bilingual, invalidInput, numericFailure } from "../errors";
import { requireFiniteArray, requireInRange } from "../validate";

export const DEFAULT_PARETO_TOP_SHARE = 0.2;

/** Values sorted descending and their total; validates (all ≥ 0, total > 0). */
export function sortedForPareto(
  where: string,
  values: readonly number[],
): { sorted: Float64Array; total: number } {
  const xs = requireFiniteArray(where, { en: "The values", zh: "客户价值" }, values);
  let total = 0;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i] as number;
    if (x < 0) {
      throw invalidInput(
        where,
        `Value ${i + 1} is ${x}: shares of a total need values ≥ 0 (net refunds per customer first).`,
        `第 ${i + 1} 个值为 ${x}：计算总额占比要求每个值 ≥ 0（请先按客户冲抵退款）。`,
      );
    }
    total += x;
  }
  if (total === 0) {
    throw numericFailure(
      where,
      "All values are 0, so no share of the total exists.",
      "所有值都为 0，无法计算占总额的比例。",
    );
  }
  return { sorted: Float64Array.from(xs).sort().reverse(), total }; // typed sort: numeric and fast
}

/** Sum of the top `count` values of a descending array, counting a fractional last customer. O(count). */
export function topSum(sorted: Float64Array, count: number): number {
  const rounded = Math.round(count);
  const k = Math.abs(count - rounded) < 1e-9 ? rounded : count; // 0.2 · 10 is 2, not 2.0000000000000004
  const whole = Math.floor(k);
  let sum = 0;
  for (let i = 0; i < whole && i < sorted.length; i++) sum += sorted[i] as number;
  if (whole < sorted.length) sum += (k - whole) * (sorted[whole] as number);
  return sum;
}

export function paretoShare(values: readonly number[], topShare: number = DEFAULT_PARETO_TOP_SHARE): number {
  const where = "paretoShare";
  const share = requireTopShare(where, topShare);
  const { sorted, total } = sortedForPareto(where, values);
  return topSum(sorted, share * sorted.length) / total;
}

/** Shares of customers must lie in (0, 1]. */
export function requireTopShare(where: string, value: unknown, what?: Bilingual): number {
  const w = what ?? { en: "The top share of customers", zh: "头部客户占比" };
  const x = requireInRange(where, w, value, 0, 1);
  if (x === 0) {
    throw invalidInput(
      where,
      `${w.en} must be above 0, e.g. 0.2 for 20%.`,
      `${w.zh}必须大于 0，例如 0.2 表示 20%。`,
    );
  }
  return x;
}

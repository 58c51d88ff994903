/**
 * Customer satisfaction as a ratio, after Kotler (CRM_MODELS.md §5, seed 003 §3.4):
 *
 *     c = b / a
 *
 * b the value the customer perceived, a the value the customer expected, both on the same
 * scale (points, money, a survey score). c > 1 delights, c ≈ 1 satisfies, c < 1 disappoints.
 *
 * Cost O(1). Throws `invalid` when either value is not a finite number, when a is negative or
 * b is negative; `numeric` when a = 0 (the ratio is undefined).
 *
 * @example
 * satisfactionRatio(4, 5) // => 0.8
 */
import { numericFailure } from "../errors";
import { requireNonNegative } from "../validate";

const WHERE = "satisfactionRatio";

export function satisfactionRatio(perceived: number, expected: number): number {
  const b = requireNonNegative(WHERE, { en: "The perceived value", zh: "感知价值" }, perceived);
  const a = requireNonNegative(WHERE, { en: "The expected value", zh: "期望价值" }, expected);
  if (a === 0) {
    throw numericFailure(
      WHERE,
      "The expected value is 0, so the ratio perceived ÷ expected is undefined: give an expected value > 0.",
      "期望价值为 0，感知 ÷ 期望无意义：请给出大于 0 的期望价值。",
    );
  }
  return b / a;
}

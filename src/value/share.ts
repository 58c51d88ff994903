/**
 * Share of wallet, customer share 客户份额 (CRM_MODELS.md §3, seed 000: "一个企业所提供的产品或
 * 服务占某个客户总消费支出的百分比"):
 *
 *     SOW = our revenue from the customer / the customer's total spend in the category
 *
 * Both amounts in the same currency and period. Result in [0, 1]. Cost O(1).
 *
 * Throws `invalid` for a negative or non-numeric amount, or when our revenue exceeds the
 * customer's total spend (the total must include what the customer spent with us); `numeric`
 * when the total is 0 (no spend in the category, the share is undefined).
 *
 * @example
 * shareOfWallet(300, 1200) // => 0.25
 */
import { invalidInput, numericFailure } from "../errors";
import { requireNonNegative } from "../validate";

const WHERE = "shareOfWallet";

export function shareOfWallet(ourSpend: number, totalSpend: number): number {
  const ours = requireNonNegative(WHERE, { en: "Our revenue from the customer", zh: "本企业收入" }, ourSpend);
  const total = requireNonNegative(WHERE, { en: "The customer's total spend", zh: "客户总支出" }, totalSpend);
  if (total === 0) {
    throw numericFailure(
      WHERE,
      "The customer's total spend is 0, so the share is undefined: give a total spend > 0.",
      "客户总支出为 0，份额无意义：请给出大于 0 的总支出。",
    );
  }
  if (ours > total) {
    throw invalidInput(
      WHERE,
      `Our revenue (${ours}) exceeds the customer's total spend (${total}): the total must include what the customer spent with us.`,
      `本企业收入（${ours}）超过了客户总支出（${total}）：总支出必须包含客户在本企业的支出。`,
    );
  }
  return ours / total;
}

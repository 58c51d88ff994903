/**
 * Lifecycle-based customer type (CRM_MODELS.md §4, seed 003 §3.3 基于客户生命周期的客户细分).
 * The seed describes the types in words; the thresholds are parameters. First match wins:
 *
 * 1. potential 潜在客户: no purchase yet (purchases = 0);
 * 2. loyal 忠诚客户: tenure ≥ longTenureDays AND share of wallet ≥ loyalShare ("基本在本公司消费":
 *    buys mostly from us; without share data nobody is called loyal);
 * 3. old 老客户: tenure ≥ longTenureDays (long history, still buys elsewhere);
 * 4. frequent 经常性客户: purchases ≥ frequentPurchases (trades often with us);
 * 5. new 新客户: otherwise (recently started, or too few purchases to know us well).
 *
 * tenure: days since the first purchase (as in the customer table, §1); purchases: number of
 * purchases; shareOfWallet in [0, 1] or undefined. Defaults: longTenureDays 730 (two years),
 * frequentPurchases 4 (twice the two trial orders of §4), loyalShare 0.7.
 * Cost O(1). Throws `invalid` for a negative or non-numeric tenure, a purchase count that is not
 * a whole number ≥ 0, a share outside [0, 1], or a bad parameter.
 *
 * @example
 * lifecycleCustomerType(900, 25, 0.8) // => "loyal"
 * lifecycleCustomerType(900, 25)      // => "old"
 * lifecycleCustomerType(120, 6)       // => "frequent"
 */
import { Bilingual } from "../errors";
import { requireInRange, requireInteger, requireNonNegative } from "../validate";

export type LifecycleCustomerType = "potential" | "new" | "frequent" | "old" | "loyal";

export const LIFECYCLE_CUSTOMER_TYPE_LABELS: Readonly<Record<LifecycleCustomerType, Bilingual>> = {
  potential: { en: "Potential customer", zh: "潜在客户" },
  new: { en: "New customer", zh: "新客户" },
  frequent: { en: "Frequent customer", zh: "经常性客户" },
  old: { en: "Old customer", zh: "老客户" },
  loyal: { en: "Loyal customer", zh: "忠诚客户" },
};

export interface CustomerTypeOptions {
  longTenureDays?: number;
  frequentPurchases?: number;
  loyalShare?: number;
}

export function lifecycleCustomerType(
  tenure: number,
  purchases: number,
  shareOfWallet?: number | null,
  options: CustomerTypeOptions = {},
): LifecycleCustomerType {
  const where = "lifecycleCustomerType";
  const t = requireNonNegative(where, { en: "The tenure in days", zh: "客户关系天数" }, tenure);
  const n = requireInteger(
    where,
    { en: "The number of purchases", zh: "购买次数" },
    purchases,
    0,
    Number.MAX_SAFE_INTEGER,
  );
  const share =
    shareOfWallet === undefined || shareOfWallet === null
      ? undefined
      : requireInRange(where, { en: "The share of wallet", zh: "钱包份额" }, shareOfWallet, 0, 1);
  const long = requireNonNegative(
    where,
    { en: "The long-tenure threshold", zh: "长期客户天数" },
    options.longTenureDays ?? 730,
  );
  const frequent = requireInteger(
    where,
    { en: "The frequent-purchase threshold", zh: "经常性购买次数" },
    options.frequentPurchases ?? 4,
    1,
    1e9,
  );
  const loyal = requireInRange(
    where,
    { en: "The loyal share of wallet", zh: "忠诚客户钱包份额" },
    options.loyalShare ?? 0.7,
    0,
    1,
  );
  if (n === 0) return "potential";
  if (t >= long && share !== undefined && share >= loyal) return "loyal";
  if (t >= long) return "old";
  if (n >= frequent) return "frequent";
  return "new";
}

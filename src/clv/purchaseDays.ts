/**
 * Groups transaction rows into each customer's purchase periods, the common step of
 * {@link clvCustomerSummary} and {@link holdoutPurchaseCounts} (CRM_MODELS.md §1 and §3).
 *
 * A row is (customer id, Excel serial day, amount). Ids are compared as text (17 and "17" are
 * one customer). Days are Excel serial numbers (1900 or 1904 system alike: only differences
 * matter); a fractional part (time of day) is dropped. Purchases of one customer whose days fall
 * in the same block of `mergeDays` days counted from the customer's first purchase are one
 * purchase period (mergeDays = 1: same-day purchases merge), with the summed amount; the period
 * is dated by its first purchase day. Customers keep the order of their first row.
 *
 * Cost O(n log n). Throws `invalid` with the row number for a missing id, a day that is not a
 * finite number ≥ 0, an amount that is not a finite number ≥ 0 (net refunds into the purchase
 * first), mismatched column lengths, or mergeDays not a whole number ≥ 1.
 *
 * @example
 * purchasePeriods("demo", ["a", "a", "a"], [100, 100.5, 103], [5, 1, 2], 1).get("a")
 * // => { id: "a", first: 100, periods: [{ day: 100, spend: 6 }, { day: 103, spend: 2 }] }
 */
import { invalidInput } from "../errors";
import { describe, requireInteger } from "../validate";
// Module-level aliases: looking up the global Math is far slower inside Jest's sandbox.
const { floor } = Math;

export interface PurchasePeriod {
  /** Serial day of the period's first purchase. */
  readonly day: number;
  readonly spend: number;
}

export interface CustomerPurchases {
  readonly id: string | number;
  /** Serial day of the customer's first purchase. */
  readonly first: number;
  readonly periods: PurchasePeriod[];
}

export function purchasePeriods(
  where: string,
  ids: readonly unknown[],
  days: readonly unknown[],
  amounts: readonly unknown[],
  mergeDays: number,
): Map<string, CustomerPurchases> {
  const block = requireInteger(
    where,
    { en: "The merge period (days)", zh: "合并周期(天)" },
    mergeDays,
    1,
    36500,
  );
  if (ids.length !== days.length || ids.length !== amounts.length || ids.length === 0) {
    throw invalidInput(
      where,
      `Customer ids, dates and amounts must be non-empty columns of the same length (got ${ids.length}, ${days.length}, ${amounts.length}).`,
      `客户编号、日期和金额必须是等长的非空列(收到 ${ids.length}、${days.length}、${amounts.length} 行)。`,
    );
  }
  const rows = new Map<string, { id: string | number; day: number[]; amount: number[] }>();
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i],
      d = days[i],
      m = amounts[i];
    const okId =
      (typeof id === "string" && id.trim() !== "") || (typeof id === "number" && Number.isFinite(id));
    if (
      !okId ||
      typeof d !== "number" ||
      !(d >= 0 && d < 3e6) ||
      typeof m !== "number" ||
      !(m >= 0 && m < Infinity)
    ) {
      throw invalidInput(
        where,
        `Row ${i + 1}: need a customer id, a date (Excel serial number ≥ 0) and an amount ≥ 0 (got ${describe(id)}, ${describe(d)}, ${describe(m)}). Net refunds into their purchase first.`,
        `第 ${i + 1} 行:需要客户编号、日期(Excel 序列号 ≥ 0)和金额 ≥ 0(收到 ${describe(id)}、${describe(d)}、${describe(m)})。请先把退款冲抵到对应的购买中。`,
      );
    }
    const key = String(id);
    let r = rows.get(key);
    if (!r) rows.set(key, (r = { id: id as string | number, day: [], amount: [] }));
    r.day.push(floor(d));
    r.amount.push(m);
  }
  const out = new Map<string, CustomerPurchases>();
  for (const [key, r] of rows) {
    const order = r.day.map((_, k) => k).sort((p, q) => (r.day[p] as number) - (r.day[q] as number));
    const first = r.day[order[0] as number] as number;
    const periods: { day: number; spend: number }[] = [];
    let lastBlock = -1;
    for (const k of order) {
      const day = r.day[k] as number,
        b = floor((day - first) / block);
      if (b !== lastBlock) (periods.push({ day, spend: 0 }), (lastBlock = b));
      (periods[periods.length - 1] as { spend: number }).spend += r.amount[k] as number;
    }
    out.set(key, { id: r.id, first, periods });
  }
  return out;
}

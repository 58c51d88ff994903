/**
 * Holdout purchase counts, to validate a CLV forecast out of sample (Fader, Hardie & Lee 2005
 * §4 compare predicted and actual purchases in a 39-week holdout; CRM_MODELS.md §3): for every
 * customer whose first purchase is before `start`, the number of purchase periods (same-day
 * purchases merged, as in {@link clvCustomerSummary}) dated within [start, end], inclusive.
 * All of them are repeat purchases, since the first purchase precedes the window.
 *
 * Customers follow the id rule of {@link IdInterner}. Cost O(n log n). Throws `invalid` for bad rows (see {@link purchasePeriods}) or a window that
 * is not two serial days with start ≤ end.
 *
 * @example
 * holdoutPurchaseCounts(["a", "a", "a", "b"], [35431, 35704, 35704, 35800], [1, 1, 1, 1],
 *   { start: 35704, end: 35976 })
 * // => [{ id: "a", purchases: 1 }]   ("b" started inside the window)
 */
import { invalidInput } from "../errors";
import { requireInRange } from "../validate";
import { purchasePeriods } from "./purchaseDays";

export interface HoldoutWindow {
  /** First serial day of the holdout window. */
  readonly start: number;
  /** Last serial day of the holdout window (inclusive). */
  readonly end: number;
  /** As in {@link clvCustomerSummary}; default 1. */
  readonly mergeDays?: number;
}

export interface HoldoutCount {
  readonly id: string | number;
  readonly purchases: number;
}

const WHERE = "holdoutPurchaseCounts";

export function holdoutPurchaseCounts(
  ids: readonly (string | number)[],
  days: readonly number[],
  amounts: readonly number[],
  window: HoldoutWindow,
): HoldoutCount[] {
  const start = requireInRange(WHERE, { en: "The holdout start", zh: "验证期开始日" }, window.start, 0, 3e6);
  const end = requireInRange(WHERE, { en: "The holdout end", zh: "验证期结束日" }, window.end, 0, 3e6);
  if (start > end) {
    throw invalidInput(WHERE, "The holdout start must not be after its end.", "验证期开始日不能晚于结束日。");
  }
  const out: HoldoutCount[] = [];
  const { ids: shown, periods: p } = purchasePeriods(WHERE, ids, days, amounts, window.mergeDays ?? 1);
  for (let c = 0; c < shown.length; c++) {
    const from = p.start[c]!;
    const to = p.start[c + 1]!;
    if (from === to || p.day[from]! >= start) continue;
    let purchases = 0;
    for (let j = from; j < to; j++) if (p.day[j]! >= start && p.day[j]! <= end) purchases++;
    out.push({ id: shown[c]!, purchases });
  }
  return out;
}

/**
 * A class data set: a seeded, realistic order export (customer id, order date, order id, amount)
 * so that every student can run the course's analyses on their own data (issue 12.3).
 *
 * The story (CRM_MODELS.md §1, §6): customers are acquired evenly over the first two thirds of
 * the span; each buys at their own rate (one order every `meanGapDays` on average, the rate
 * varying from customer to customer by a gamma-like spread) with their own typical basket around
 * `meanAmount`. A share `churn` of the customers stop buying at a random moment and never come
 * back, always at least `inactiveDays` before the export ends; every other customer has at least
 * one order in the last `inactiveDays` days. So "customers with no order in the last
 * `inactiveDays` days" ≈ `churn` × customers, which a class can check with RFM recency.
 * About 1% of orders are refunds (negative amounts of an earlier basket size).
 *
 * Cost O(orders). Deterministic: the same options give the same rows on every machine.
 * Throws CrmError invalid (#VALUE! in a sheet) for a size, span, share or amount out of range.
 * @example classExport({ customers: 3, seed: 1 }).header // => ["customer_id", "order_date", "order_id", "amount"]
 */
import { invalidInput, Lang } from "../errors";
import { seededUniform } from "../random";

export interface ClassExportOptions {
  /** Number of customers, 1–20,000; default 200. */
  readonly customers?: number;
  /** First day of the export as an Excel serial; default 45292 (2024-01-01). */
  readonly start?: number;
  /** Length of the export in days, 90–3,650; default 730. */
  readonly spanDays?: number;
  /** Share of customers who stop buying, 0–1; default 0.3. */
  readonly churn?: number;
  /** Typical order amount (money), > 0; default 120. */
  readonly meanAmount?: number;
  /** Days between two orders of a typical customer, ≥ 1; default 45. */
  readonly meanGapDays?: number;
  /** Days without an order that make a customer inactive, ≥ 1 and < span / 3; default 90. */
  readonly inactiveDays?: number;
  /** Header language; default "en". */
  readonly lang?: Lang;
  readonly seed?: number;
}

export interface ClassExport {
  readonly header: readonly string[];
  /** [customer id, order date (Excel serial), order id, amount], by customer then date. */
  readonly rows: readonly (readonly [string, number, string, number])[];
  /** The customers the story made inactive (the answer key for the class). */
  readonly churned: readonly string[];
  /** The export's last day (Excel serial); as-of date = end + 1. */
  readonly end: number;
}

const HEADERS: Record<Lang, readonly string[]> = {
  en: ["customer_id", "order_date", "order_id", "amount"],
  zh: ["客户编号", "订单日期", "订单号", "金额"],
};

function check(ok: boolean, en: string, zh: string): void {
  if (!ok) throw invalidInput("classExport", en, zh);
}

export function classExport(options: ClassExportOptions = {}): ClassExport {
  const { customers = 200, start = 45292, spanDays = 730, churn = 0.3 } = options;
  const { meanAmount = 120, meanGapDays = 45, inactiveDays = 90, lang = "en", seed = 2026 } = options;
  check(
    Number.isInteger(customers) && customers >= 1 && customers <= 20000,
    "customers must be a whole number from 1 to 20,000.",
    "客户数必须是1到20000之间的整数。",
  );
  check(
    Number.isInteger(spanDays) && spanDays >= 90 && spanDays <= 3650,
    "the span must be 90 to 3,650 days.",
    "时间跨度必须是90到3650天。",
  );
  check(
    churn >= 0 && churn <= 1,
    "churn must be a share from 0 to 1 (0.3 = 30%).",
    "流失比例必须在0到1之间（0.3即30%）。",
  );
  check(
    meanAmount > 0 && Number.isFinite(meanAmount),
    "the typical amount must be a positive number.",
    "典型金额必须是正数。",
  );
  check(
    meanGapDays >= 1 && Number.isFinite(meanGapDays),
    "the days between orders must be at least 1.",
    "两次订单的间隔天数至少为1。",
  );
  check(
    Number.isInteger(inactiveDays) && inactiveDays >= 1 && inactiveDays < spanDays / 3,
    "the inactive days must be a whole number from 1 to a third of the span.",
    "判定不活跃的天数必须是1到时间跨度三分之一之间的整数。",
  );
  check(
    Number.isInteger(start),
    "the start must be a date (a whole Excel serial).",
    "开始日期必须是日期（整数的Excel序列号）。",
  );
  const rand = seededUniform(seed);
  const end = start + spanDays - 1;
  const rows: [string, number, string, number][] = [];
  const churned: string[] = [];
  let order = 1;
  for (let c = 0; c < customers; c++) {
    const id = `C${String(c + 1).padStart(5, "0")}`;
    const first = start + Math.floor(rand() * ((2 * spanDays) / 3));
    // A gamma(2)-like spread of rates: the sum of two exponentials, scaled to the mean gap.
    const gap = (meanGapDays * (-Math.log(1 - rand()) - Math.log(1 - rand()))) / 2;
    const basket = meanAmount * Math.exp(0.6 * (rand() - 0.5));
    const leaves = rand() < churn;
    const lastAllowed = leaves ? first + Math.floor(rand() * Math.max(0, end - inactiveDays - first)) : end;
    const days = [first];
    for (let d = first + Math.max(1, Math.round(-gap * Math.log(1 - rand()))); d <= lastAllowed;)
      (days.push(d), (d += Math.max(1, Math.round(-gap * Math.log(1 - rand())))));
    if (!leaves && days[days.length - 1]! <= end - inactiveDays)
      days.push(end - Math.floor(rand() * inactiveDays)); // active customers bought recently
    if (leaves) churned.push(id);
    for (const day of days) {
      const amount = Math.round(basket * Math.exp(0.5 * (rand() - 0.5)) * 100) / 100;
      rows.push([id, day, `SO${String(order++).padStart(6, "0")}`, rand() < 0.01 ? -amount : amount]);
    }
  }
  return { header: HEADERS[lang], rows, churned, end };
}

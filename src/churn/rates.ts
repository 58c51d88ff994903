/**
 * Churn and retention rates of a period (CRM_MODELS.md §6, seed 002 §3.1.3, seed 003 §3.6):
 *
 *     churn rate     = lost / at start
 *     retention rate = (at end − new) / at start
 *
 * at start: customers at the start of the period; lost: those of them who left during it;
 * at end: customers at its end; new: customers acquired during it (they are not "retained").
 * Counts are usually whole numbers but need not be (weighted or revenue churn). Without new
 * customers and with at end = at start − lost, retention = 1 − churn. Cost O(1).
 *
 * Throws `invalid` for a negative or non-numeric count, more lost than at start, more new than
 * at end, or more retained than at start; `numeric` when at start is 0 (no rate exists).
 *
 * @example
 * churnRate(200, 30)          // => 0.15
 * retentionRate(200, 190, 20) // => 0.85  ((190 − 20) / 200)
 */
import { invalidInput, numericFailure } from "../errors";
import { requireNonNegative } from "../validate";

const START = { en: "The customers at the start", zh: "期初客户数" };

function requireStart(where: string, atStart: number): number {
  const s = requireNonNegative(where, START, atStart);
  if (s === 0) {
    throw numericFailure(
      where,
      "There are no customers at the start of the period, so no rate exists: give a count > 0.",
      "期初没有客户，无法计算比率：请给出大于 0 的期初客户数。",
    );
  }
  return s;
}

export function churnRate(atStart: number, lost: number): number {
  const where = "churnRate";
  const l = requireNonNegative(where, { en: "The customers lost", zh: "流失客户数" }, lost);
  const s = requireStart(where, atStart);
  if (l > s) {
    throw invalidInput(
      where,
      `${l} customers lost but only ${s} at the start: the lost must be counted among the customers at the start.`,
      `流失 ${l} 个客户，但期初只有 ${s} 个：流失客户必须来自期初客户。`,
    );
  }
  return l / s;
}

export function retentionRate(atStart: number, atEnd: number, newCustomers = 0): number {
  const where = "retentionRate";
  const e = requireNonNegative(where, { en: "The customers at the end", zh: "期末客户数" }, atEnd);
  const n = requireNonNegative(where, { en: "The new customers", zh: "新增客户数" }, newCustomers);
  const s = requireStart(where, atStart);
  if (n > e) {
    throw invalidInput(
      where,
      `${n} new customers but only ${e} at the end: new customers are part of the customers at the end.`,
      `新增 ${n} 个客户，但期末只有 ${e} 个：新增客户包含在期末客户中。`,
    );
  }
  if (e - n > s) {
    throw invalidInput(
      where,
      `${e - n} customers retained (end − new) but only ${s} at the start: check the counts.`,
      `保留客户（期末 − 新增）为 ${e - n} 个，但期初只有 ${s} 个：请检查数据。`,
    );
  }
  return (e - n) / s;
}

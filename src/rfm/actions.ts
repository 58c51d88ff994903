/**
 * The follow-up mailing policy of seed 003 (CRM_MODELS.md §2, the Guangdong office-supplies
 * retailer), as data with bilingual labels:
 * - by recency score (5 bins): R5 → send a catalogue and the points offer at once; R4 → within
 *   a week; R3 and below → no follow-up mailing;
 * - by purchases in the last 6 months (a count, not a score): more than 5 → a catalogue every
 *   month; fewer than 2 → every two months; 2–5 → the seed gives no rule ("standard").
 *
 * The full policy of one customer, {@link followUpAction}, is the recency action, then (when the
 * purchase count is known) the frequency action, joined by "; " — the text of Excel RFM.ACTION
 * and of the task pane's follow-up column.
 *
 * Cost O(1). Throws `invalid` for a recency score that is not a whole number 1–5 or a purchase
 * count that is not a whole number ≥ 0.
 *
 * @example
 * recencyAction(5)                         // => "catalogueNow"
 * frequencyAction(6)                       // => "monthlyCatalogue"
 * RECENCY_ACTION_LABELS.noFollowUp.zh      // => "不再追随邮寄"
 * followUpAction(4, 1, "en")               // => "Send a catalogue and the points offer within a week; Mail a catalogue every two months"
 */
import { Bilingual, Lang } from "../errors";
import { requireInteger } from "../validate";

export type RecencyAction = "catalogueNow" | "catalogueWithinWeek" | "noFollowUp";
export type FrequencyAction = "monthlyCatalogue" | "standard" | "bimonthlyCatalogue";

export const RECENCY_ACTION_LABELS: Readonly<Record<RecencyAction, Bilingual>> = {
  catalogueNow: { en: "Send a catalogue and the points offer at once", zh: "立即寄送商品目录及奖励积分计划" },
  catalogueWithinWeek: {
    en: "Send a catalogue and the points offer within a week",
    zh: "一周内寄送商品目录及奖励积分计划",
  },
  noFollowUp: { en: "No follow-up mailing", zh: "不再追随邮寄" },
};

export const FREQUENCY_ACTION_LABELS: Readonly<Record<FrequencyAction, Bilingual>> = {
  monthlyCatalogue: { en: "Mail a catalogue every month", zh: "每月邮寄一次商品目录" },
  standard: {
    en: "Usual mailing schedule (the policy sets no rule for 2–5 purchases)",
    zh: "按常规频率邮寄（该策略对 2–5 次购买未作规定）",
  },
  bimonthlyCatalogue: { en: "Mail a catalogue every two months", zh: "每两个月邮寄一次商品目录" },
};

export function recencyAction(recencyScore: number): RecencyAction {
  const r = requireInteger(
    "recencyAction",
    { en: "The recency score (5 bins)", zh: "R 得分（5 级）" },
    recencyScore,
    1,
    5,
  );
  return r === 5 ? "catalogueNow" : r === 4 ? "catalogueWithinWeek" : "noFollowUp";
}

/** `purchasesIn6Months`: the customer's number of purchases in the last 6 months. */
export function frequencyAction(purchasesIn6Months: number): FrequencyAction {
  const f = requireInteger(
    "frequencyAction",
    { en: "The number of purchases in 6 months", zh: "6 个月内的购买次数" },
    purchasesIn6Months,
    0,
    Number.MAX_SAFE_INTEGER,
  );
  return f > 5 ? "monthlyCatalogue" : f < 2 ? "bimonthlyCatalogue" : "standard";
}

/** The policy for one customer in `lang`: by recency score, then by purchases in 6 months when given. */
export function followUpAction(
  recencyScore: number,
  purchasesIn6Months: number | undefined,
  lang: Lang,
): string {
  const byRecency = RECENCY_ACTION_LABELS[recencyAction(recencyScore)][lang];
  if (purchasesIn6Months === undefined) return byRecency;
  const byFrequency = FREQUENCY_ACTION_LABELS[frequencyAction(purchasesIn6Months)][lang];
  return byRecency + (lang === "zh" ? "；" : "; ") + byFrequency;
}

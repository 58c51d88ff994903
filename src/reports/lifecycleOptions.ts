/**
 * The options of the pane's lifecycle report (CRM_MODELS.md §4): the period length (1, 3, 6 or
 * 12 calendar months: months, quarters, half-years, years) and the rule's parameters L, E, trial,
 * w, d, g of {@link LifecycleOptions} (all counted in those periods), read and checked with
 * {@link readLifecycleParams}; and the sentence that states them in words in the report's
 * parameters. Plain data: the pane passes it into a Web Worker. Cost O(1). Throws `invalid`.
 *
 * @example
 * readLifecycleReportOptions({ periodMonths: 3, window: 2 }).params.window // => 2
 */
import { Lang, invalidInput } from "../errors";
import { LifecycleOptions, LifecycleParams, readLifecycleParams } from "../lifecycle";

export type LifecyclePeriodMonths = 1 | 3 | 6 | 12;
export const LIFECYCLE_PERIOD_MONTHS: readonly LifecyclePeriodMonths[] = [1, 3, 6, 12];

export interface LifecycleReportOptions extends Omit<LifecycleOptions, "shareOfWallet"> {
  /** Length of one period in calendar months; default 1. */
  readonly periodMonths?: LifecyclePeriodMonths;
}

export interface LifecycleReportSettings {
  readonly periodMonths: LifecyclePeriodMonths;
  readonly params: LifecycleParams;
}

const WHERE = "lifecycleReport";

export function readLifecycleReportOptions(o: LifecycleReportOptions = {}): LifecycleReportSettings {
  const k = o.periodMonths ?? 1;
  if (!LIFECYCLE_PERIOD_MONTHS.includes(k))
    throw invalidInput(
      WHERE,
      `The period length must be 1, 3, 6 or 12 months, got ${String(k)}.`,
      `周期长度必须是 1、3、6 或 12 个月，收到的是 ${String(k)}。`,
    );
  return { periodMonths: k, params: readLifecycleParams(WHERE, o) };
}

const NAMES: Record<
  LifecyclePeriodMonths,
  { en: [string, string]; zh: string; zhCount: string; adverb: [string, string] }
> = {
  1: { en: ["month", "months"], zh: "月", zhCount: "个月", adverb: ["monthly", "按月"] },
  3: { en: ["quarter", "quarters"], zh: "季度", zhCount: "个季度", adverb: ["quarterly", "按季度"] },
  6: { en: ["half-year", "half-years"], zh: "半年", zhCount: "个半年", adverb: ["half-yearly", "按半年"] },
  12: { en: ["year", "years"], zh: "年", zhCount: "年", adverb: ["yearly", "按年"] },
};

/** "2024-01", "2024-Q1", "2024-H1" or "2024" for period number `p` of k months. */
export function periodText(p: number, k: LifecyclePeriodMonths): string {
  const m = p * k,
    y = Math.floor(m / 12),
    i = (m % 12) / k + 1;
  if (k === 1) return `${y}-${String(i).padStart(2, "0")}`;
  return k === 12 ? String(y) : `${y}-${k === 3 ? "Q" : "H"}${i}`;
}

/** "Months observed", "Quarters observed" … for the report's header. */
export function periodsObservedHeader(k: LifecyclePeriodMonths, lang: Lang): string {
  const n = NAMES[k].en[1];
  return lang === "zh"
    ? k === 1
      ? "观察月数"
      : `观察${NAMES[k].zh}数`
    : `${n[0]!.toUpperCase()}${n.slice(1)} observed`;
}

/** The period and the rule in words, both parts of the parameters line. */
export function lifecycleRuleText(
  s: LifecycleReportSettings,
  span: { from: number; to: number; count: number },
  lang: Lang,
): string {
  const { params: p, periodMonths: k } = s;
  const name = NAMES[k];
  const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;
  const range = `${periodText(span.from, k)} … ${periodText(span.to, k)}`;
  if (lang === "zh") {
    return [
      `${name.adverb[1]}分期 ${range}（${span.count} ${name.zhCount}）`,
      `终止：连续 L=${p.terminatedPeriods} 期没有购买`,
      `考察期：首次购买在最近 E=${p.explorationPeriods} 期内，或有购买的期数不超过 ${p.trialPurchases}（试探性购买）`,
      `退化期：最近 w=${p.window} 期的购买量低于之前最好的 ${p.window} 期的 ${pct(1 - p.decline)}（下降超过 d=${pct(p.decline)}）`,
      `形成期：最近 ${p.window} 期的购买量高于紧接其前 ${p.window} 期的 ${pct(1 + p.growth)}（增长超过 g=${pct(p.growth)}）`,
      "其余为稳定期",
    ].join(" · ");
  }
  const per = (n: number) => `${n} ${n === 1 ? "period" : "periods"}`;
  return [
    `${name.adverb[0]} periods ${range} (${span.count} ${span.count === 1 ? name.en[0] : name.en[1]})`,
    `terminated after L=${p.terminatedPeriods} periods without a purchase`,
    `exploration while the first purchase is within the last E=${per(p.explorationPeriods)} or at most ${per(p.trialPurchases)} have a purchase (trial orders)`,
    `decline when the last w=${per(p.window)} bought less than ${pct(1 - p.decline)} of the best earlier ${p.window} (a fall of more than d=${pct(p.decline)})`,
    `formation when they bought more than ${pct(1 + p.growth)} of the ${p.window} before (growth of more than g=${pct(p.growth)})`,
    "otherwise stability",
  ].join(" · ");
}

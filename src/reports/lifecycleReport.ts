/**
 * The task pane's lifecycle classification of a pasted export (CRM_MODELS.md §4; seed 003 §3.1):
 * per customer, the purchase amount of every period (a calendar month by default; quarters,
 * half-years or years by `periodMonths`) from the first period in the data to the as-of period,
 * classified by {@link lifecycleStage} with the given parameters (defaults L 6, E 3, trial 2,
 * w 3, d 30%, g 20%: {@link readLifecycleReportOptions}; stated in words in `parameters`) and
 * explained by {@link lifecycleReason}; plus the customers per stage for a chart.
 *
 * Rows are read by {@link readTransactions} (the same ids, dates, rejections as RFM). A month's
 * volume is the sum of its purchases (amount > 0); refunds are not purchases and are not
 * subtracted (lifecycleStage needs volumes ≥ 0; RFM's monetary still nets them). The as-of month
 * is the month of the given as-of date, else of the latest date (the default as-of date, the day
 * after it, would add an empty month). Stage labels: seed 003 (考察期/形成期/稳定期/退化期/终止).
 *
 * Each customer's series is sized by its own data ({@link monthlySeries}: long empty runs
 * shortened in a way that changes no stage), so one row dated far before the rest costs a few
 * cells, not customers × months; when one customer stretches the data's span more than {@link SPAN_WARNING_FACTOR}-fold
 * the report says so in `warnings`. Cost O(n + Σ months of each customer) time and memory; the
 * series live in one flat buffer and are classified in place ({@link stageInto}, one result
 * object reused), so the only per-customer allocations are the row and its reason sentence (shared by the
 * customers whose sentence depends on one count only: {@link lifecycleReasonsIn}).
 * Throws as customerTable, and `invalid` for a bad option.
 *
 * @example
 * const r = lifecycleReport({ ids: ["A", "A"], dates: [45658, 45689], amounts: [10, 20] }, "en");
 * [r.months, r.rows[0]?.[4], r.stages[0]] // => [2, "Exploration", { key: "exploration", label: "Exploration", customers: 1, share: 1 }]
 */
import { Lang } from "../errors";
import { isoFromSerial } from "../dates";
import {
  LIFECYCLE_STAGES,
  LIFECYCLE_STAGE_LABELS,
  LifecycleStage,
  emptyLifecycleResult,
  lifecycleReasonsIn,
  lifecycleStage,
  stageInto,
} from "../lifecycle";
import { monthlySeries, periodOf } from "./monthlySeries";
import {
  LifecycleReportOptions,
  LifecycleReportSettings,
  lifecycleRuleText,
  periodsObservedHeader,
  readLifecycleReportOptions,
} from "./lifecycleOptions";
import {
  TransactionColumns,
  toWorkbookDates,
  dateSpanText,
  lastObservedDay,
  readTransactions,
  skippedRows,
  CustomerReport,
  mergedIdsNote,
} from "./transactions";

export interface StageSummary {
  readonly key: LifecycleStage;
  readonly label: string;
  readonly customers: number;
  readonly share: number;
}

export interface LifecycleReport extends CustomerReport {
  /** Periods in each customer's series (first period in the data … as-of period); months by default. */
  readonly months: number;
  /** The period length and the rule's parameters as used. */
  readonly settings: LifecycleReportSettings;
  /** Month cells of all customers' series together (the report's memory, bounded by the data). */
  readonly seriesMonths: number;
  readonly rowsUsed: number;
  /** Every stage in lifecycle order, with its customers. */
  readonly stages: readonly StageSummary[];
}

const header = (k: LifecycleReportSettings["periodMonths"], lang: Lang) =>
  lang === "zh"
    ? ["客户", "首次购买", "最近购买", periodsObservedHeader(k, lang), "生命周期阶段", "判定依据"]
    : ["Customer", "First purchase", "Last purchase", periodsObservedHeader(k, lang), "Stage", "Reason"];

/** A customer whose first purchase makes the data's span more than this many times longer is flagged. */
export const SPAN_WARNING_FACTOR = 2;

const monthOf = (serial: number) => periodOf(serial);

export function lifecycleReport(
  input: TransactionColumns,
  lang: Lang,
  options: LifecycleReportOptions = {},
): LifecycleReport {
  const settings = readLifecycleReportOptions(options);
  const { params: P, periodMonths: pm } = settings;
  const { table, rowCustomer, rowDate, rows } = readTransactions(input);
  const k = table.ids.length;
  const n = rowCustomer.length;
  let firstDay = Infinity;
  for (let i = 0; i < n; i++) if (rowCustomer[i]! >= 0) firstDay = Math.min(firstDay, rowDate[i]!);
  const start = periodOf(firstDay, pm);
  const end = periodOf(lastObservedDay(input, table.asOf), pm);
  const m = end - start + 1;
  const { offset, volume, removed, idleRemoved } = monthlySeries(
    rowCustomer,
    rowDate,
    rows.amount,
    k,
    end,
    m,
    P,
    pm,
  );
  const labels = LIFECYCLE_STAGE_LABELS.seed003;
  const count: Record<LifecycleStage, number> = {
    exploration: 0,
    formation: 0,
    stability: 0,
    decline: 0,
    terminated: 0,
  };
  const r = emptyLifecycleResult(P); // one result, overwritten for each customer
  const reasonOf = lifecycleReasonsIn(lang);
  const out: (string | number)[][] = new Array(k);
  for (let j = 0; j < k; j++) {
    if (!stageInto(r, volume, offset[j]!, offset[j + 1]!, P))
      lifecycleStage(Array.from(volume.subarray(offset[j]!, offset[j + 1]!)), P); // throws its error
    r.periodsSinceFirst += removed[j]!;
    r.idlePeriods += idleRemoved[j]!;
    count[r.stage]++;
    out[j] = [
      table.ids[j]!,
      table.firstPurchase[j]!,
      table.lastPurchase[j]!,
      r.periodsSinceFirst,
      labels[r.stage][lang],
      reasonOf(r),
    ];
  }
  const warnings = spanWarnings(table, periodOf(lastObservedDay(input, table.asOf)), lang); // in months
  const stages = LIFECYCLE_STAGES.map((key) => ({
    key,
    label: labels[key][lang],
    customers: count[key],
    share: count[key] / k,
  }));
  const rule = lifecycleRuleText(settings, { from: start, to: end, count: m }, lang);
  const parameters =
    lang === "zh"
      ? `研究时间点 ${isoFromSerial(table.asOf)} · ${rule} · 购买额（不含退款）· ${dateSpanText(table, lang)}`
      : `As of ${isoFromSerial(table.asOf)} · ${rule} · purchase amounts (refunds not netted) · ${dateSpanText(table, lang)}`;
  return {
    asOf: table.asOf,
    months: m,
    settings,
    seriesMonths: offset[k]!,
    rowsRead: table.rowsRead,
    rowsUsed: table.rowsUsed,
    customers: k,
    header: header(pm, lang),
    rows: toWorkbookDates(out, [1, 2], input.dateSystem),
    dateColumns: [1, 2],
    dateSpan: [table.firstDay, table.lastDay],
    warnings,
    stages,
    skipped: skippedRows(table.rejected, input.firstRow ?? 1, lang),
    mergedIds: mergedIdsNote(table, lang),
    parameters,
  };
}

/** The warning when one customer's first purchase stretches the span more than the factor. */
function spanWarnings(
  table: { ids: readonly (string | number)[]; firstPurchase: Int32Array },
  end: number,
  lang: Lang,
): string[] {
  let first = -1;
  let second = -1;
  for (let j = 0; j < table.ids.length; j++) {
    const f = table.firstPurchase[j]!;
    if (first < 0 || f < table.firstPurchase[first]!) ((second = first), (first = j));
    else if (second < 0 || f < table.firstPurchase[second]!) second = j;
  }
  if (second < 0) return [];
  const whole = end - monthOf(table.firstPurchase[first]!) + 1;
  const rest = end - monthOf(table.firstPurchase[second]!) + 1;
  if (whole <= SPAN_WARNING_FACTOR * rest) return [];
  const id = table.ids[first]!;
  const day = isoFromSerial(table.firstPurchase[first]!);
  return [
    lang === "zh"
      ? `客户 ${id} 的首次购买 ${day} 使数据跨度从 ${rest} 个月变为 ${whole} 个月（超过 ${SPAN_WARNING_FACTOR} 倍）：请检查该日期。`
      : `Customer ${id}'s first purchase ${day} stretches the data from ${rest} to ${whole} months (more than ${SPAN_WARNING_FACTOR}×): check that date.`,
  ];
}

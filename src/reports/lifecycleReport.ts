/**
 * The task pane's lifecycle classification of a pasted export (CRM_MODELS.md §4; seed 003 §3.1):
 * per customer, the purchase amount of every calendar month from the first month in the data to
 * the as-of month, classified by {@link lifecycleStage} with its default parameters (stated in
 * `parameters`) and explained by {@link lifecycleReason}; plus the customers per stage for a chart.
 *
 * Rows are read by {@link readTransactions} (the same ids, dates, rejections as RFM). A month's
 * volume is the sum of its purchases (amount > 0); refunds are not purchases and are not
 * subtracted (lifecycleStage needs volumes ≥ 0; RFM's monetary still nets them). The as-of month
 * is the month of the given as-of date, else of the latest date (the default as-of date, the day
 * after it, would add an empty month). Stage labels: seed 003 (考察期/形成期/稳定期/退化期/终止).
 *
 * Cost O(n + k·m) time and memory for n rows, k customers, m months. Throws as customerTable.
 *
 * @example
 * const r = lifecycleReport({ ids: ["A", "A"], dates: [45658, 45689], amounts: [10, 20] }, "en");
 * [r.months, r.rows[0]?.[4], r.stages[0]] // => [2, "Exploration", { key: "exploration", label: "Exploration", customers: 1, share: 1 }]
 */
import { Lang } from "../errors";
import { isoFromSerial, ymdFromSerial } from "../dates";
import {
  DEFAULT_LIFECYCLE_OPTIONS as P,
  LIFECYCLE_STAGES,
  LIFECYCLE_STAGE_LABELS,
  LifecycleStage,
  lifecycleReason,
  lifecycleStage,
} from "../lifecycle";
import {
  TransactionColumns,
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
  /** Months in each customer's series (first month in the data … as-of month). */
  readonly months: number;
  readonly rowsUsed: number;
  /** Every stage in lifecycle order, with its customers. */
  readonly stages: readonly StageSummary[];
}

const HEADER = {
  en: ["Customer", "First purchase", "Last purchase", "Months observed", "Stage", "Reason"],
  zh: ["客户", "首次购买", "最近购买", "观察月数", "生命周期阶段", "判定依据"],
};

const monthOf = (serial: number) => {
  const { year, month } = ymdFromSerial(serial);
  return year * 12 + month - 1;
};
const monthText = (m: number) => `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}`;

export function lifecycleReport(input: TransactionColumns, lang: Lang): LifecycleReport {
  const { table, rowCustomer, rowDate } = readTransactions(input);
  const k = table.ids.length;
  const n = rowCustomer.length;
  let firstDay = Infinity;
  for (let i = 0; i < n; i++) if (rowCustomer[i]! >= 0) firstDay = Math.min(firstDay, rowDate[i]!);
  const start = monthOf(firstDay);
  const end = monthOf(lastObservedDay(input, table.asOf));
  const m = end - start + 1;
  const volume = new Float64Array(k * m);
  for (let i = 0; i < n; i++) {
    const j = rowCustomer[i]!;
    const a = input.amounts[i] as number;
    if (j < 0 || !(a > 0)) continue;
    const cell = j * m + monthOf(rowDate[i]!) - start;
    volume[cell] = volume[cell]! + a;
  }
  const labels = LIFECYCLE_STAGE_LABELS.seed003;
  const count = new Map<LifecycleStage, number>(LIFECYCLE_STAGES.map((s) => [s, 0]));
  const rows: (string | number)[][] = new Array(k);
  for (let j = 0; j < k; j++) {
    const r = lifecycleStage(Array.from(volume.subarray(j * m, (j + 1) * m)));
    count.set(r.stage, count.get(r.stage)! + 1);
    rows[j] = [
      table.ids[j]!,
      table.firstPurchase[j]!,
      table.lastPurchase[j]!,
      r.periodsSinceFirst,
      labels[r.stage][lang],
      lifecycleReason(r)[lang],
    ];
  }
  const stages = LIFECYCLE_STAGES.map((key) => ({
    key,
    label: labels[key][lang],
    customers: count.get(key)!,
    share: count.get(key)! / k,
  }));
  const span = `${monthText(start)} … ${monthText(end)}`;
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  const parameters =
    lang === "zh"
      ? `研究时间点 ${isoFromSerial(table.asOf)} · 按月 ${span}(${m} 个月)· 购买额(不含退款)· 终止 L=${P.terminatedPeriods} · 考察 E=${P.explorationPeriods} · 试探 ≤${P.trialPurchases} · 窗口 w=${P.window} · 退化 d=${pct(P.decline)} · 增长 g=${pct(P.growth)}`
      : `As of ${isoFromSerial(table.asOf)} · monthly ${span} (${m} months) · purchase amounts (refunds not netted) · terminated L=${P.terminatedPeriods} · exploration E=${P.explorationPeriods} · trial ≤${P.trialPurchases} · window w=${P.window} · decline d=${pct(P.decline)} · growth g=${pct(P.growth)}`;
  return {
    asOf: table.asOf,
    months: m,
    rowsRead: table.rowsRead,
    rowsUsed: table.rowsUsed,
    customers: k,
    header: HEADER[lang],
    rows,
    dateColumns: [1, 2],
    stages,
    skipped: skippedRows(table.rejected, input.firstRow ?? 1, lang),
    mergedIds: mergedIdsNote(table, lang),
    parameters,
  };
}

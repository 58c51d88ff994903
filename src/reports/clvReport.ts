/**
 * The task pane's CLV forecast of a pasted export (CRM_MODELS.md §3 "statistical forecast"):
 * {@link clvCustomerSummary} in weeks (calibration end = the given as-of date, else the latest
 * date) → {@link fitBgNbd} (Fader, Hardie & Lee 2005) and {@link fitGammaGamma} on the repeaters
 * (Fader & Hardie 2013) → per customer x, t_x, T, P(alive) (FHL eq. A13), expected purchases in
 * the next 52 weeks (FHL eq. 10), expected spend per purchase, and the 12-month CLV of
 * {@link discountedClv} (monthly, 10% a year, margin 1); plus customers per P(alive) band for a
 * chart. The fitted parameters and the conventions are stated in `parameters`.
 *
 * Rows are read by {@link readTransactions} (same ids, dates, rejections as RFM). The models
 * count purchases, so rows with amount ≤ 0 are skipped and listed: a refund is not matched to
 * the purchase it refunds (often on another day), so spend per purchase is gross of refunds —
 * lower `margin` for returns. A customer whose only amounts are 0 is no customer (customerTable's
 * rule, shared with RFM): on CDNOW (FHL 2005) that leaves out 8 one-time $0 buyers, and BG/NBD
 * gives r = 0.2439 instead of the published 0.243 on all 2357. Cost O(n log n) plus the two fits. Throws as customerTable; a
 * `numeric` error with fewer than {@link MIN_REPEATERS} repeat customers or when a fit fails.
 *
 * @example
 * clvReport({ ids: ["a", "a", "b"], dates: [45300, 45350, 45310], amounts: [10, 12, 20] }, "en")
 * // => throws CrmError "numeric": "Only 1 of 2 customers bought again by 2024-02-28: the CLV
 * //    models need at least 3 repeat customers (more is better) — use a longer history."
 */
import { Lang, numericFailure } from "../errors";
import { isoFromSerial } from "../dates";
import {
  BgNbdFit,
  clvSummaryOfRows,
  fitBgNbd,
  fitGammaGamma,
  gammaGammaExpectedSpend,
  GammaGammaFit,
  scoreClvBatch,
} from "../clv";
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

/** Fewer repeat customers than this and the report refuses to fit (the fits are meaningless). */
export const MIN_REPEATERS = 3;
/** Forecast horizon of the expected purchases, in weeks; CLV horizon in months; annual discount. */
export const CLV_REPORT_SETTINGS = { horizonWeeks: 52, clvMonths: 12, annualDiscountRate: 0.1, margin: 1 };

export interface BandSummary {
  readonly label: string;
  readonly customers: number;
  readonly share: number;
  readonly clv: number;
}

export interface ClvReport extends CustomerReport {
  readonly calibrationEnd: number;
  readonly repeaters: number;
  readonly bgNbd: BgNbdFit;
  readonly gammaGamma: GammaGammaFit;
  /** Customers per P(alive) band 0–20% … 80–100%, with their summed CLV. */
  readonly bands: readonly BandSummary[];
}

const HEADER = {
  en: [
    "Customer",
    "First purchase",
    "x (repeat purchases)",
    "t_x (weeks)",
    "T (weeks)",
    "P(alive)",
    "Expected purchases, 52 weeks",
    "Expected spend per purchase",
    "CLV, 12 months (discounted)",
  ],
  zh: [
    "客户",
    "首次购买",
    "x(重复购买次数)",
    "t_x(周)",
    "T(周)",
    "存活概率",
    "未来 52 周预期购买次数",
    "每次预期消费额",
    "12 个月客户终身价值(贴现)",
  ],
};
const SKIP = {
  refund: (a: number) => ({
    en: `Refund ${a}: the CLV models count purchases only (refunds are not netted into spend).`,
    zh: `退款 ${a}:CLV 模型只计购买(退款不冲抵消费额)。`,
  }),
  zero: { en: "Amount 0: not a purchase.", zh: "金额为 0:不是购买。" },
};
const fmt = (x: number) => String(Number(x.toPrecision(4)));

export function clvReport(input: TransactionColumns, lang: Lang): ClvReport {
  const { table, rows: read } = readTransactions(input);
  const end = lastObservedDay(input, table.asOf);
  const firstRow = input.firstRow ?? 1;
  const skipped = skippedRows(table.rejected, firstRow, lang);
  for (let i = 0; i < read.rowsRead; i++) {
    const a = read.amount[i]!;
    if (read.customer[i]! >= 0 && !(a > 0)) {
      skipped.push({ row: i + firstRow, reason: (a < 0 ? SKIP.refund(a) : SKIP.zero)[lang] });
    }
  }
  skipped.sort((p, q) => p.row - q.row);
  const summary = clvSummaryOfRows(read, { unit: "weeks", calibrationEnd: end });
  const cs = summary.customers;
  const x = cs.map((c) => c.x),
    tx = cs.map((c) => c.tx),
    T = cs.map((c) => c.T);
  const repeaters = x.filter((v) => v > 0).length;
  if (repeaters < MIN_REPEATERS) {
    throw numericFailure(
      "clvReport",
      `Only ${repeaters} of ${cs.length} customers bought again by ${isoFromSerial(end)}: the CLV models need at least ${MIN_REPEATERS} repeat customers (more is better) — use a longer history.`,
      `截至 ${isoFromSerial(end)},${cs.length} 位客户中只有 ${repeaters} 位有重复购买:CLV 模型至少需要 ${MIN_REPEATERS} 位重复购买的客户(越多越好)——请使用更长的历史数据。`,
    );
  }
  const bg = fitBgNbd(x, tx, T);
  const gg = fitGammaGamma(
    x,
    cs.map((c) => c.meanRepeatSpend),
  );
  const s = CLV_REPORT_SETTINGS;
  const bandCount = [0, 0, 0, 0, 0],
    bandClv = [0, 0, 0, 0, 0];
  const spends = cs.map((c) => gammaGammaExpectedSpend(gg, c.x, c.meanRepeatSpend));
  const scores = scoreClvBatch(
    bg,
    { x, tx, T, spend: spends },
    {
      horizon: s.horizonWeeks,
      clv: {
        modelUnit: "weeks",
        periodUnit: "months",
        periods: s.clvMonths,
        annualDiscountRate: s.annualDiscountRate,
        margin: s.margin,
      },
    },
  );
  const rows = cs.map((c, i) => {
    const alive = scores.alive[i]!,
      clv = scores.clv[i]!;
    const band = Math.min(4, Math.floor(alive * 5));
    bandCount[band]!++;
    bandClv[band]! += clv;
    return [c.id, c.firstPurchase, c.x, c.tx, c.T, alive, scores.expected[i]!, spends[i]!, clv];
  });
  const bands = bandCount.map((n, b) => ({
    label: `${b * 20}–${b * 20 + 20}%`,
    customers: n,
    share: n / cs.length,
    clv: bandClv[b]!,
  }));
  const fits = `BG/NBD r=${fmt(bg.r)} α=${fmt(bg.alpha)} a=${fmt(bg.a)} b=${fmt(bg.b)} · Gamma-Gamma p=${fmt(gg.p)} q=${fmt(gg.q)} γ=${fmt(gg.gamma)}`;
  const parameters =
    lang === "zh"
      ? `校准期结束 ${isoFromSerial(end)} · 时间单位:周 · ${fits}(${repeaters} 位重复购买客户)· 预测 ${s.horizonWeeks} 周 · 客户终身价值 ${s.clvMonths} 个月,按月贴现,年贴现率 ${s.annualDiscountRate * 100}%,利润率 ${s.margin} · 金额 ≤ 0 的行已跳过 · ${dateSpanText(table, lang)}`
      : `Calibration end ${isoFromSerial(end)} · time in weeks · ${fits} (${repeaters} repeat customers) · forecast ${s.horizonWeeks} weeks · CLV ${s.clvMonths} months, discounted monthly at ${s.annualDiscountRate * 100}% a year, margin ${s.margin} · rows with amount ≤ 0 skipped · ${dateSpanText(table, lang)}`;
  return {
    asOf: table.asOf,
    calibrationEnd: end,
    rowsRead: table.rowsRead,
    customers: cs.length,
    repeaters,
    bgNbd: bg,
    gammaGamma: gg,
    header: HEADER[lang],
    rows: toWorkbookDates(rows, [1], input.dateSystem),
    dateColumns: [1],
    dateSpan: [table.firstDay, table.lastDay],
    warnings: [],
    bands,
    skipped,
    mergedIds: mergedIdsNote(table, lang),
    parameters,
  };
}

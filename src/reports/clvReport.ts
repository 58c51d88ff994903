/**
 * The task pane's CLV forecast of a pasted export (CRM_MODELS.md §3 "statistical forecast"):
 * {@link clvCustomerSummary} in the chosen unit (calibration end = the given as-of date, else the
 * latest date) → the chosen purchase model, {@link fitBgNbd} (Fader, Hardie & Lee 2005) or
 * {@link fitParetoNbd}, and {@link fitGammaGamma} on the repeaters (Fader & Hardie 2013) → per
 * customer x, t_x, T, P(alive), expected purchases over the horizon, expected spend per purchase,
 * and the CLV of {@link discountedClv} (monthly, over the horizon in whole months); plus customers
 * per P(alive) band for a chart. Options and defaults: {@link readClvReportOptions} (default
 * BG/NBD, weeks, 52 weeks, 10% a year, margin 1, λ = 0). A fit that runs off at λ = 0 is retried
 * with a small stated penalty ({@link fitWithRetry}); with a holdout split date the model is also
 * checked out of sample ({@link clvHoldout}). The fitted parameters, the λ used, any retry and
 * the conventions are stated in `parameters` (retries also in `warnings`).
 *
 * Rows are read by {@link readTransactions} (same ids, dates, rejections as RFM). The models
 * count purchases, so rows with amount ≤ 0 are skipped and listed: a refund is not matched to
 * the purchase it refunds (often on another day), so spend per purchase is gross of refunds —
 * lower `margin` for returns. A customer whose only amounts are 0 is no customer (customerTable's
 * rule, shared with RFM): on CDNOW (FHL 2005) that leaves out 8 one-time $0 buyers, and BG/NBD
 * gives r = 0.2439 instead of the published 0.243 on all 2357. Cost O(n log n) plus the two fits
 * (and the holdout fit). Throws as customerTable and readClvReportOptions; a
 * `numeric` error with fewer than {@link MIN_REPEATERS} repeat customers or when a fit fails.
 *
 * @example
 * clvReport({ ids: ["a", "a", "b"], dates: [45300, 45350, 45310], amounts: [10, 12, 20] }, "en")
 * // => throws CrmError "numeric": "Only 1 of 2 customers bought again by 2024-02-28: the CLV
 * //    models need at least 3 repeat customers (more is better) — use a longer history."
 */
import { Lang, numericFailure } from "../errors";
import { isoFromSerial } from "../dates";
import { clvSummaryOfRows, gammaGammaExpectedSpends, GammaGammaFit, scoreClvBatch } from "../clv";
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
import { ClvReportOptions, ClvReportSettings, CLV_MODEL_NAMES, readClvReportOptions } from "./clvOptions";
import {
  ClvPenalties,
  fitPurchaseModel,
  fitSpendModel,
  PurchaseFit,
  requireFiniteSpend,
  retryNote,
} from "./clvFits";
import { ClvHoldout, clvHoldout } from "./clvHoldout";
import { clvHeader, clvParametersText } from "./clvParameters";

/** Fewer repeat customers than this and the report refuses to fit (the fits are meaningless). */
export const MIN_REPEATERS = 3;
/** The defaults: horizon of the expected purchases in weeks, CLV horizon in months, annual discount (SQL scoring uses them too). */
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
  /** The options as used (defaults filled in). */
  readonly settings: ClvReportSettings;
  /** The purchase model's fit (BG/NBD or Pareto/NBD, `model` says which) and its λ. */
  readonly purchaseFit: PurchaseFit;
  readonly gammaGamma: GammaGammaFit;
  /** λ of each fit; `retried` when λ = 0 failed and a small penalty was used instead. */
  readonly penalties: ClvPenalties;
  /** The holdout check, when a split date was given. */
  readonly holdout: ClvHoldout | undefined;
  /** Customers per P(alive) band 0–20% … 80–100%, with their summed CLV. */
  readonly bands: readonly BandSummary[];
}

/** Why a row is skipped, per language (a function: only the language asked for is written). */
const SKIP = {
  refund: {
    en: (a: number) =>
      `Refund ${a}: the CLV models count purchases only (refunds are not netted into spend).`,
    zh: (a: number) => `退款 ${a}：CLV 模型只计购买（退款不冲抵消费额）。`,
  },
  zero: { en: "Amount 0: not a purchase.", zh: "金额为 0：不是购买。" },
};

export function clvReport(input: TransactionColumns, lang: Lang, options: ClvReportOptions = {}): ClvReport {
  const s = readClvReportOptions(options, input.dateSystem);
  const { table, rows: read } = readTransactions(input);
  const end = lastObservedDay(input, table.asOf);
  const firstRow = input.firstRow ?? 1;
  const skipped = skippedRows(table.rejected, firstRow, lang);
  const { amount, customer } = read;
  const refund = SKIP.refund[lang],
    zero = SKIP.zero[lang];
  for (let i = 0; i < read.rowsRead; i++) {
    const a = amount[i]!;
    if (customer[i]! >= 0 && !(a > 0)) skipped.push({ row: i + firstRow, reason: a < 0 ? refund(a) : zero });
  }
  skipped.sort((p, q) => p.row - q.row);
  const summary = clvSummaryOfRows(read, { unit: s.unit, calibrationEnd: end });
  const cs = summary.customers;
  const x = cs.map((c) => c.x),
    tx = cs.map((c) => c.tx),
    T = cs.map((c) => c.T);
  const repeaters = x.filter((v) => v > 0).length;
  if (repeaters < MIN_REPEATERS) {
    throw numericFailure(
      "clvReport",
      `Only ${repeaters} of ${cs.length} customers bought again by ${isoFromSerial(end)}: the CLV models need at least ${MIN_REPEATERS} repeat customers (more is better) — use a longer history.`,
      `截至 ${isoFromSerial(end)},${cs.length} 位客户中只有 ${repeaters} 位有重复购买：CLV 模型至少需要 ${MIN_REPEATERS} 位重复购买的客户（越多越好）——请使用更长的历史数据。`,
    );
  }
  const purchase = fitPurchaseModel(s.model, x, tx, T, s.penalty);
  const meanSpend = cs.map((c) => c.meanRepeatSpend);
  const spendFit = fitSpendModel(x, meanSpend, s.penalty);
  requireFiniteSpend(spendFit, repeaters < cs.length);
  const pm = purchase.fit,
    gg = spendFit.fit;
  const bandCount = [0, 0, 0, 0, 0],
    bandClv = [0, 0, 0, 0, 0];
  const spends = gammaGammaExpectedSpends(gg, x, meanSpend);
  const scores = scoreClvBatch(
    pm,
    { x, tx, T, spend: spends },
    {
      horizon: s.horizon,
      clv: {
        modelUnit: s.unit,
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
  const holdout =
    s.holdoutSplit === undefined ? undefined : clvHoldout(read, end, { ...s, holdoutSplit: s.holdoutSplit });
  const penalties = {
    purchase: purchase.penalty,
    spend: spendFit.penalty,
    purchaseRetried: purchase.retried,
    spendRetried: spendFit.retried,
  };
  const warnings = [
    ...(purchase.retried ? [retryNote(CLV_MODEL_NAMES[s.model], purchase.penalty)[lang]] : []),
    ...(spendFit.retried ? [retryNote("Gamma-Gamma", spendFit.penalty)[lang]] : []),
    ...(holdout?.retried ? [retryNote(CLV_MODEL_NAMES[s.model], holdout.penalty, true)[lang]] : []),
  ];
  const parameters = clvParametersText(
    { settings: s, end, repeaters, purchaseFit: pm, gammaGamma: gg, penalties, holdout },
    lang,
    dateSpanText(table, lang),
  );
  return {
    asOf: table.asOf,
    calibrationEnd: end,
    rowsRead: table.rowsRead,
    customers: cs.length,
    repeaters,
    settings: s,
    purchaseFit: pm,
    gammaGamma: gg,
    penalties,
    holdout,
    header: clvHeader(s, lang),
    rows: toWorkbookDates(rows, [1], input.dateSystem),
    dateColumns: [1],
    dateSpan: [table.firstDay, table.lastDay],
    warnings,
    bands,
    skipped,
    mergedIds: mergedIdsNote(table, lang),
    parameters,
  };
}

/**
 * The task pane's RFM segmentation of a pasted export, as tables ready to be written to a new
 * sheet: one row per customer (CRM_MODELS.md §1–§2), laid out by {@link rfmRows} exactly as
 * RFM.TABLE's, with its pyramid value tier by net spend
 * (§3, default cuts 5/15/30/50%), a segment summary for the chart, the rows
 * that were skipped and why (with their row numbers on the user's sheet), and the parameters
 * that make the numbers reproducible (as-of date, bins, method).
 *
 * Built on {@link customerTable} and {@link scoreCustomerTable}; adds only labelling and
 * aggregation. Cost O(n + k log k) for n rows and k customers. Throws as those do, and
 * `invalid` for scheme "custom" without rules.
 *
 * @example
 * const r = rfmReport({ ids: ["A", "B", "C"], dates: [45650, 45640, 45600], amounts: [10, 20, 30], bins: 3 }, "en");
 * [r.customers, r.header[0], r.rows[0]?.slice(0, 1)] // => [3, "Customer", ["A"]]
 */
import { isoFromSerial } from "../dates";
import { Lang, invalidInput } from "../errors";
import {
  FixedThresholds,
  OTHERS_LABEL,
  RfmMetric,
  ScoreMethod,
  SegmentRule,
  SegmentScheme,
  schemeRules,
  scoreCustomerTable,
} from "../rfm";
import { DEFAULT_PYRAMID_CUTS } from "../value";
import { RFM_ROW_DATE_COLUMNS, rfmRowHeader, rfmRows } from "./rfmRow";
import { rfmParameters } from "./rfmParameters";
import {
  TransactionColumns,
  toWorkbookDates,
  dateSpanText,
  readTransactions,
  skippedRows,
  CustomerReport,
  mergedIdsNote,
} from "./transactions";

export interface RfmReportInput extends TransactionColumns {
  readonly bins?: number;
  readonly method?: ScoreMethod;
  readonly thresholds?: FixedThresholds;
  readonly scheme?: SegmentScheme;
  /** The rules of scheme "custom" (e.g. read from the pane's rules sheet). */
  readonly rules?: readonly SegmentRule[];
  /** Where those rules were typed (e.g. the rules sheet's name), for the parameters line. */
  readonly rulesSource?: string;
  /** Widths of platinum, gold, iron as shares (lead the rest); default 0.05, 0.15, 0.30. */
  readonly tierCuts?: readonly number[];
}

export interface SegmentSummary {
  readonly key: string;
  readonly label: string;
  readonly customers: number;
  readonly share: number;
  readonly revenue: number;
}

export interface RfmReport extends CustomerReport {
  readonly bins: number;
  readonly method: ScoreMethod;
  /** Measures scored on fixed thresholds. */
  readonly fixed: readonly RfmMetric[];
  readonly scheme: SegmentScheme;
  readonly rowsUsed: number;
  /** By number of customers, largest first. */
  readonly segments: readonly SegmentSummary[];
}

export function rfmReport(input: RfmReportInput, lang: Lang): RfmReport {
  const scheme = input.scheme ?? "default";
  if (scheme === "custom" && (input.rules === undefined || input.rules.length === 0)) {
    throw invalidInput(
      "rfmReport",
      "The segment scheme is “rules typed in a sheet”, but no rules were given: create the rules sheet and fill it in.",
      "细分方案是“工作表中填写的规则”，但没有给出规则：请先创建规则工作表并填写。",
    );
  }
  const { table } = readTransactions(input);
  const cuts = input.tierCuts ?? DEFAULT_PYRAMID_CUTS;
  const scores = scoreCustomerTable(table, {
    bins: input.bins ?? 5,
    method: input.method ?? "quantile",
    thresholds: input.thresholds,
    rules: scheme === "custom" ? input.rules : schemeRules(scheme),
    segmentBy: scheme === "types" ? "types" : "rules",
  });
  const k = table.ids.length;
  const rows = rfmRows(table, scores, lang, cuts);
  const bySegment = new Map<string, { key: string; customers: number; revenue: number }>();
  for (let i = 0; i < k; i++) {
    const key = scores.segment[i]!;
    const label = (scores.segmentLabels[key] ?? OTHERS_LABEL)[lang];
    const s = bySegment.get(label) ?? { key, customers: 0, revenue: 0 };
    s.customers++;
    s.revenue += table.monetary[i]!;
    bySegment.set(label, s);
  }
  const segments = [...bySegment.entries()]
    .map(([label, s]) => ({ ...s, label, share: s.customers / k }))
    .sort((a, b) => b.customers - a.customers || a.key.localeCompare(b.key));
  const skipped = skippedRows(table.rejected, input.firstRow ?? 1, lang);
  const iso = isoFromSerial(table.asOf);
  const own = scheme === "custom" ? { count: input.rules!.length, source: input.rulesSource } : undefined;
  const parameters = rfmParameters(iso, scores, scheme, cuts, dateSpanText(table, lang), lang, own);
  return {
    asOf: table.asOf,
    bins: scores.bins,
    method: scores.method,
    fixed: scores.fixed,
    scheme,
    rowsRead: table.rowsRead,
    rowsUsed: table.rowsUsed,
    customers: k,
    header: rfmRowHeader(table.asOf, lang),
    rows: toWorkbookDates(rows, RFM_ROW_DATE_COLUMNS, input.dateSystem),
    dateColumns: RFM_ROW_DATE_COLUMNS,
    dateSpan: [table.firstDay, table.lastDay],
    warnings: [],
    segments,
    skipped,
    mergedIds: mergedIdsNote(table, lang),
    parameters,
  };
}

/**
 * The task pane's RFM segmentation of a pasted export, as tables ready to be written to a new
 * sheet: one row per customer (CRM_MODELS.md §1–§2), laid out by {@link rfmRows} exactly as
 * RFM.TABLE's, with its pyramid value tier by net spend
 * (§3, default cuts 5/15/30/50%), a segment summary for the chart, the rows
 * that were skipped and why (with their row numbers on the user's sheet), and the parameters
 * that make the numbers reproducible (as-of date, bins, method).
 *
 * Built on {@link customerTable} and {@link scoreCustomerTable}; adds only labelling and
 * aggregation. Cost O(n + k log k) for n rows and k customers. Throws as those do.
 *
 * @example
 * const r = rfmReport({ ids: ["A", "B", "C"], dates: [45650, 45640, 45600], amounts: [10, 20, 30], bins: 3 }, "en");
 * [r.customers, r.header[0], r.rows[0]?.slice(0, 1)] // => [3, "Customer", ["A"]]
 */
import { Lang } from "../errors";
import { isoFromSerial } from "../dates";
import { OTHERS_LABEL, SEGMENT_LABELS, ScoreMethod, scoreCustomerTable } from "../rfm";
import { RFM_ROW_DATE_COLUMNS, rfmRowHeader, rfmRows } from "./rfmRow";
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
  readonly rowsUsed: number;
  /** By number of customers, largest first. */
  readonly segments: readonly SegmentSummary[];
}

export function rfmReport(input: RfmReportInput, lang: Lang): RfmReport {
  const { table } = readTransactions(input);
  const scores = scoreCustomerTable(table, { bins: input.bins ?? 5, method: input.method ?? "quantile" });
  const k = table.ids.length;
  const rows = rfmRows(table, scores, lang);
  const bySegment = new Map<string, { customers: number; revenue: number }>();
  for (let i = 0; i < k; i++) {
    const seg = scores.segment[i]!;
    const s = bySegment.get(seg) ?? { customers: 0, revenue: 0 };
    s.customers++;
    s.revenue += table.monetary[i]!;
    bySegment.set(seg, s);
  }
  const segments = [...bySegment.entries()]
    .map(([key, s]) => ({
      key,
      label: (SEGMENT_LABELS[key] ?? OTHERS_LABEL)[lang],
      ...s,
      share: s.customers / k,
    }))
    .sort((a, b) => b.customers - a.customers || a.key.localeCompare(b.key));
  const skipped = skippedRows(table.rejected, input.firstRow ?? 1, lang);
  const iso = isoFromSerial(table.asOf);
  const parameters =
    lang === "zh"
      ? `研究时间点 ${iso} · ${scores.bins} 级 · 方法 ${scores.method === "rfm" ? "rfm(R 包兼容)" : "等量分位"} · ${dateSpanText(table, lang)}`
      : `As of ${iso} · ${scores.bins} bins · ${scores.method === "rfm" ? "rfm (R package compatible)" : "equal-count quantiles"} · ${dateSpanText(table, lang)}`;
  return {
    asOf: table.asOf,
    bins: scores.bins,
    method: scores.method,
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

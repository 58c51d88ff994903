/**
 * The open list of pane analyses (issue 9.7): each entry says how it is labelled (i18n keys),
 * which options it takes, and how it runs — the core's report, its own result sheet, the summary
 * the pane shows, its columns in the Customers table and its charts. The pane renders whatever
 * is listed here; adding an analysis is one entry plus its report in src/reports.
 * Cost: the report's, plus O(k) for k customers (charts, columns).
 */
import type { TFunction } from "i18next";
import type { Lang } from "../../src/errors";
import {
  ClvReport,
  CustomerReport,
  LifecycleReport,
  RfmReport,
  TransactionColumns,
  clvReport,
  lifecycleReport,
  rfmReport,
  RFM_ROW,
} from "../../src/reports";
import { LIFECYCLE_STAGES, LIFECYCLE_STAGE_LABELS } from "../../src/lifecycle";
import { PYRAMID_LABELS } from "../../src/value";
import { RECENCY_ACTION_LABELS, recencyAction } from "../../src/rfm";
import { DATE_FORMAT } from "../adapter/cellFormats";
import type { ChartSpec, GridSpec, SheetReport } from "../adapter/types";
import { clvSheet, lifecycleSheet, rfmSheet } from "../reportSheet";
import { countChart, grid, paretoCurve, shareHistogram } from "./charts";

export type OptionId = "bins" | "method";
export interface AnalysisOptions {
  readonly bins: number;
  readonly method: "quantile" | "rfm";
}
export interface SummaryRow {
  readonly label: string;
  readonly customers: number;
  readonly share: number;
}

/** An analysis's columns in the Customers table, by customer id (the report's first column). */
export interface CustomerColumns {
  readonly header: readonly string[];
  readonly formats: readonly (string | undefined)[];
  readonly byId: ReadonlyMap<string | number, readonly (string | number)[]>;
}

export interface AnalysisRun {
  readonly report: CustomerReport;
  /** Its own result sheet (the single-analysis run). */
  readonly sheet: SheetReport;
  readonly summary: readonly SummaryRow[];
  readonly columns: CustomerColumns;
  readonly charts: readonly ChartSpec[];
  readonly grids: readonly GridSpec[];
}

export interface RunContext {
  readonly lang: Lang;
  readonly t: TFunction;
  /** Address of the source range, named in titles. */
  readonly source: string;
}

export interface AnalysisEntry {
  readonly id: string;
  /** i18n keys: tab label, one-line hint, run button, computing message, done message, summary title and label. */
  readonly keys: {
    readonly label: string;
    readonly hint: string;
    readonly run: string;
    readonly computing: string;
    readonly done: string;
    readonly summaryTitle: string;
    readonly summaryLabel: string;
    readonly asOfHint: string;
  };
  readonly options: readonly OptionId[];
  run(input: TransactionColumns, options: AnalysisOptions, ctx: RunContext): AnalysisRun;
}

const keysOf = (id: string, summaryTitle: string, summaryLabel: string, asOfHint = "rfm.asOfHint") => ({
  label: `analysis.${id}`,
  hint: `analysis.${id}Hint`,
  run: `${id}.run`,
  computing: `${id}.scoring`,
  done: `${id}.done`,
  summaryTitle,
  summaryLabel,
  asOfHint,
});

/** Columns `picks` of every report row, keyed by the row's customer id. */
function columnsOf(
  report: CustomerReport,
  picks: readonly number[],
  formats: readonly (string | undefined)[],
  extra: {
    header: string;
    format?: string;
    value: (row: readonly (string | number)[]) => string | number;
  }[] = [],
): CustomerColumns {
  const byId = new Map<string | number, (string | number)[]>();
  for (const row of report.rows)
    byId.set(row[0]!, [...picks.map((p) => row[p]!), ...extra.map((e) => e.value(row))]);
  return {
    header: [...picks.map((p) => report.header[p]!), ...extra.map((e) => e.header)],
    formats: [...formats, ...extra.map((e) => e.format)],
    byId,
  };
}

const num = (row: readonly (string | number)[], i: number) => Number(row[i]);
const C = RFM_ROW;

export const RFM_ANALYSIS: AnalysisEntry = {
  id: "rfm",
  keys: keysOf("rfm", "rfm.segments", "rfm.segment"),
  options: ["bins", "method"],
  run(input, options, { lang, t, source }) {
    const r: RfmReport = rfmReport({ ...input, ...options }, lang);
    const rows = r.rows;
    const tierLabels = (["platinum", "gold", "iron", "lead"] as const).map(
      (k) => PYRAMID_LABELS.metal[k][lang],
    );
    const scores = Array.from({ length: r.bins }, (_, i) => r.bins - i); // high score first
    const customers = t("rfm.customers");
    return {
      report: r,
      sheet: rfmSheet(r, source, t),
      summary: r.segments,
      columns: columnsOf(
        r,
        // The Customers sheet reads first, then last purchase (the RFM row keeps RFM.TABLE's order).
        [
          C.firstPurchase,
          C.lastPurchase,
          C.recency,
          C.frequency,
          C.monetary,
          C.r,
          C.f,
          C.m,
          C.code,
          C.segment,
          C.type,
          C.tier,
        ],
        [DATE_FORMAT, DATE_FORMAT, "0", "0", "#,##0.00", "0", "0", "0", "0"],
        [
          {
            header: t("run.aov"),
            format: "#,##0.00",
            value: (row) => (num(row, C.frequency) > 0 ? num(row, C.monetary) / num(row, C.frequency) : ""),
          },
          // The course's mailing policy by R score (RFM.ACTION's recency rule, defined for 5 levels).
          {
            header: t("run.followUp"),
            value: (row) => (r.bins === 5 ? RECENCY_ACTION_LABELS[recencyAction(num(row, C.r))][lang] : ""),
          },
        ],
      ),
      charts: [
        countChart(
          "segments",
          "bar",
          r.segments.map((s) => s.label),
          rows.map((x) => String(x[C.segment])),
          t("run.chart.segments"),
          customers,
        ),
        paretoCurve(
          rows.map((x) => num(x, C.monetary)),
          t("run.chart.pareto"),
          t("run.axis.customerShare"),
          t("run.axis.valueShare"),
        ),
        countChart(
          "pyramid",
          "bar",
          tierLabels,
          rows.map((x) => String(x[C.tier])),
          t("run.chart.pyramid"),
          customers,
        ),
      ],
      grids: [
        grid(
          {
            id: "rf",
            title: t("run.grid.rf"),
            rowTitle: "R",
            columnTitle: "F",
            rowLabels: scores,
            columnLabels: [...scores].reverse(),
            valueFormat: "0",
          },
          rows.map((x) => r.bins - num(x, C.r)),
          rows.map((x) => num(x, C.f) - 1),
        ),
      ],
    };
  },
};

export const LIFECYCLE_ANALYSIS: AnalysisEntry = {
  id: "lifecycle",
  keys: keysOf("lifecycle", "lifecycle.stages", "lifecycle.stage"),
  options: [],
  run(input, _options, { lang, t, source }) {
    const r: LifecycleReport = lifecycleReport(input, lang);
    const labels = LIFECYCLE_STAGES.map((s) => LIFECYCLE_STAGE_LABELS.seed003[s][lang]);
    return {
      report: r,
      sheet: lifecycleSheet(r, source, t),
      summary: r.stages,
      columns: columnsOf(r, [4, 5], [undefined, undefined]),
      charts: [
        countChart(
          "stages",
          "column",
          labels,
          r.rows.map((x) => String(x[4])),
          t("run.chart.stages"),
          t("rfm.customers"),
        ),
      ],
      grids: [],
    };
  },
};

const X_CLASSES = ["0", "1", "2", "3", "4", "5", "6", "7+"];

export const CLV_ANALYSIS: AnalysisEntry = {
  id: "clv",
  keys: keysOf("clv", "clv.bands", "clv.band", "analysis.asOfHintClv"),
  options: [],
  run(input, _options, { lang, t, source }) {
    const r: ClvReport = clvReport(input, lang);
    const rows = r.rows;
    const alive = rows.map((x) => num(x, 5));
    const recencyBins = ["0–20%", "20–40%", "40–60%", "60–80%", "80–100%"];
    return {
      report: r,
      sheet: clvSheet(r, source, t),
      summary: r.bands,
      columns: columnsOf(r, [5, 6, 7, 8], ["0.0%", "0.00", "#,##0.00", "#,##0.00"]),
      charts: [shareHistogram("alive", alive, 10, t("run.chart.alive"), t("rfm.customers"), t("clv.band"))],
      grids: [
        grid(
          {
            id: "aliveMatrix",
            title: t("run.grid.alive"),
            rowTitle: t("run.axis.repeats"),
            columnTitle: t("run.axis.recency"),
            rowLabels: X_CLASSES,
            columnLabels: recencyBins,
            valueFormat: "0%",
          },
          rows.map((x) => Math.min(7, num(x, 2))),
          rows.map((x) => (num(x, 4) > 0 ? Math.min(4, Math.floor((5 * num(x, 3)) / num(x, 4))) : 4)),
          alive,
        ),
      ],
    };
  },
};

/** Every pane analysis, in the order the pane shows them. */
export const ANALYSES: readonly AnalysisEntry[] = [RFM_ANALYSIS, LIFECYCLE_ANALYSIS, CLV_ANALYSIS];

export function analysisById(id: string): AnalysisEntry {
  const a = ANALYSES.find((x) => x.id === id);
  if (!a) throw new Error(`no analysis ${id}`);
  return a;
}

/**
 * What a pane analysis is (issue 9.7): its labels (i18n keys), options, and how it runs — the
 * core's report, its own result sheet, the summary the pane shows, its columns in the Customers
 * table and its charts. The entries live one per file (rfmAnalysis, lifecycleAnalysis,
 * clvAnalysis) and are listed in registry.ts. Cost: the helpers here are O(k) for k report rows.
 */
import type { TFunction } from "i18next";
import type { Lang } from "../../src/errors";
import type {
  ClvReportOptions,
  CustomerReport,
  LifecycleReportOptions,
  TransactionColumns,
} from "../../src/reports";
import type { TitledBlock } from "../adapter/output";
import type { ChartSpec, GridSpec, SheetReport } from "../adapter/types";
import type { RfmChoice } from "../options/rfmChoice";

export type OptionId = "bins" | "method";
/** Plain data (structured-cloneable): it crosses into the run's Web Worker (customersJob.ts). */
export interface AnalysisOptions {
  readonly bins: number;
  readonly method: "quantile" | "rfm";
  /** The CLV report's options (model, unit, horizon, discount, margin, penalty, holdout split). */
  readonly clv?: ClvReportOptions;
  /** The lifecycle report's period length and rule parameters. */
  readonly lifecycle?: LifecycleReportOptions;
  /** RFM's further options (scoring, thresholds, segment scheme, tiers): plain data, see rfmChoice.ts. */
  readonly rfm?: RfmChoice;
}
export interface SummaryRow {
  readonly label: string;
  readonly customers: number;
  readonly share: number;
}

/**
 * An analysis's columns in the Customers table: columns `picks` of its report's rows (row[0] is
 * the customer id), by reference — the one run joins them without copying a row per customer.
 */
export interface CustomerColumns {
  readonly header: readonly string[];
  readonly formats: readonly (string | undefined)[];
  readonly rows: readonly (readonly (string | number)[])[];
  readonly picks: readonly number[];
}

export interface AnalysisRun {
  readonly report: CustomerReport;
  /** Its own result sheet (the single-analysis run). */
  readonly sheet: SheetReport;
  readonly summary: readonly SummaryRow[];
  readonly columns: CustomerColumns;
  readonly charts: readonly ChartSpec[];
  readonly grids: readonly GridSpec[];
  /** Further blocks of the Summary sheet (e.g. CLV's holdout check). */
  readonly blocks?: readonly TitledBlock[];
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

export const keysOf = (
  id: string,
  summaryTitle: string,
  summaryLabel: string,
  asOfHint = "rfm.asOfHint",
) => ({
  label: `analysis.${id}`,
  hint: `analysis.${id}Hint`,
  run: `${id}.run`,
  computing: `${id}.scoring`,
  done: `${id}.done`,
  summaryTitle,
  summaryLabel,
  asOfHint,
});

/** Columns `picks` of every report row; `formats[i]` is pick i's number format (it may stop early). O(picks). */
export function columnsOf(
  report: CustomerReport,
  picks: readonly number[],
  formats: readonly (string | undefined)[],
): CustomerColumns {
  return {
    header: picks.map((p) => report.header[p]!),
    formats: picks.map((_, i) => formats[i]),
    rows: report.rows,
    picks,
  };
}

/** Column `i` of a report row as a number. */
export const num = (row: readonly (string | number)[], i: number) => Number(row[i]);

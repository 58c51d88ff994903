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

/** Columns `picks` of every report row, keyed by the row's customer id; `formats[i]` is pick i's number format. */
export function columnsOf(
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
  const np = picks.length;
  const width = np + extra.length;
  // One array per customer, filled in place (100,000 customers: no per-row spreads or maps).
  for (const row of report.rows) {
    const out = new Array<string | number>(width);
    for (let j = 0; j < np; j++) out[j] = row[picks[j]!]!;
    for (let j = np; j < width; j++) out[j] = extra[j - np]!.value(row);
    byId.set(row[0]!, out);
  }
  return {
    header: [...picks.map((p) => report.header[p]!), ...extra.map((e) => e.header)],
    // One format per column: `formats` may stop early (the picks after it have none), so the
    // extra columns' formats never shift onto a pick.
    formats: [...picks.map((_, i) => formats[i]), ...extra.map((e) => e.format)],
    byId,
  };
}

/** Column `i` of a report row as a number. */
export const num = (row: readonly (string | number)[], i: number) => Number(row[i]);

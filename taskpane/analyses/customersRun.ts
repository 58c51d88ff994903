/**
 * The marketing team's one run (issue 10.1–10.3): the ticked analyses on one reading of the
 * selection, joined by customer id into one `Customers` table (one row per customer, each
 * analysis's columns side by side; blank where an analysis has no row for that customer, e.g.
 * CLV for a customer with refunds only), and a `Summary` sheet with every analysis's parameters,
 * per-segment and per-stage figures, the Pareto figures, the colour-scaled grids and the chart
 * set. An analysis whose model cannot be fitted (a CrmError) is left out with its message in the
 * Summary and in the result; the others still run. The analyses' warnings (e.g. a CLV fit
 * retried with a small penalty) go into the Summary's notes and `notices`. Pure apart from the
 * time it takes.
 * Cost: the reports', plus O(k log k) for k customers.
 */
import { isCrmError } from "../../src/errors";
import { RFM_ROW, type TransactionColumns } from "../../src/reports";
import { PARETO_CLAIM_LABELS, paretoClaim } from "../../src/value";
import { checkAborted, OutputSheet, TitledBlock } from "../adapter/output";
import type { AnalysisEntry, AnalysisOptions, AnalysisRun, CustomerColumns, RunContext } from "./registry";

export interface CustomersRun {
  readonly sheets: readonly OutputSheet[];
  readonly runs: readonly { readonly entry: AnalysisEntry; readonly run: AnalysisRun }[];
  /** Analyses that could not run, with the reason in the pane's language. */
  readonly failures: readonly { readonly entry: AnalysisEntry; readonly message: string }[];
  /** The analyses' warnings, each prefixed with the analysis's label. */
  readonly notices: readonly string[];
  readonly customers: number;
}

export function customersRun(
  input: TransactionColumns,
  analyses: readonly AnalysisEntry[],
  options: AnalysisOptions,
  ctx: RunContext,
  signal?: AbortSignal,
): CustomersRun {
  const { t, lang } = ctx;
  const runs: { entry: AnalysisEntry; run: AnalysisRun }[] = [];
  const failures: { entry: AnalysisEntry; message: string }[] = [];
  let firstError: unknown;
  for (const entry of analyses) {
    checkAborted(signal);
    try {
      runs.push({ entry, run: entry.run(input, options, ctx) });
    } catch (e) {
      if (!isCrmError(e)) throw e;
      firstError ??= e;
      failures.push({ entry, message: `${t(entry.keys.label)}: ${e.messageIn(lang)}` });
    }
  }
  checkAborted(signal);
  // Nothing could run (e.g. no readable row): the first analysis's own error says why.
  if (runs.length === 0) throw firstError;

  const header = [runs[0]!.run.report.header[0]!, ...runs.flatMap(({ run }) => run.columns.header)];
  const formats = [undefined, ...runs.flatMap(({ run }) => run.columns.formats)];
  const rows = joinRows(
    runs.map(({ run }) => run.columns),
    header.length,
  );

  const first = runs[0]!.run.report;
  const notices = runs.flatMap(({ entry, run }) =>
    run.report.warnings.map((w) => `${t(entry.keys.label)}: ${w}`),
  );
  const notes = [
    ...runs.map(({ entry, run }) => `${t(entry.keys.label)}: ${run.report.parameters}`),
    ...notices,
    ...(first.mergedIds ? [first.mergedIds] : []),
    ...failures.map((f) => f.message),
    t("run.skippedNote", { count: Math.max(...runs.map(({ run }) => run.report.skipped.length)) }),
  ];
  const customers: OutputSheet = {
    sheetName: t("run.customersSheet"),
    title: t("run.customersTitle", { address: ctx.source }),
    notes: [notes[0]!],
    table: { header, rows, columnFormats: formats },
  };
  const summary: OutputSheet = {
    sheetName: t("run.summarySheet"),
    title: t("run.summaryTitle", { address: ctx.source }),
    notes,
    blocks: [
      ...runs.map(
        ({ entry, run }) => groupBlock(entry, run, runs, rows, ctx) ?? summaryBlock(entry, run, ctx),
      ),
      ...runs.flatMap(({ run }) => run.blocks ?? []),
      ...paretoBlock(runs, ctx),
    ],
    grids: runs.flatMap(({ run }) => run.grids),
    charts: runs.flatMap(({ run }) => run.charts),
  };
  return { sheets: [customers, summary], runs, failures, notices, customers: rows.length };
}

/**
 * One row per customer — in the first analysis's order, then any id only a later one has — with
 * the id, then each analysis's columns for it ("" where it has no row). Every report comes from
 * the same reading, so a later report's rows are nearly always the first one's customers in the
 * same order, some left out (e.g. CLV without refund-only customers): one walk along both finds
 * each row without a look-up. Only a report whose rows are not in that order goes through a Map
 * of the ids. Each row is one array filled in place (100,000 customers × 20 columns).
 */
export function joinRows(parts: readonly CustomerColumns[], width: number): (string | number)[][] {
  const ids = parts[0]!.rows.map((r) => r[0]!);
  const at: number[][] = [ids.map((_, i) => i)]; // per part, each customer's row in it (−1: none)
  let index: Map<string | number, number> | undefined;
  for (const part of parts.slice(1)) {
    const own = new Array<number>(ids.length).fill(-1);
    const rows = part.rows;
    let j = 0;
    for (let i = 0; i < ids.length && j < rows.length; i++) if (rows[j]![0] === ids[i]) own[i] = j++;
    if (j < rows.length) {
      // Not in the first report's order, or ids of its own: look each row up.
      own.fill(-1);
      index ??= new Map(ids.map((id, i) => [id, i]));
      rows.forEach((r, k) => {
        let i = index!.get(r[0]!);
        if (i === undefined) {
          index!.set(r[0]!, (i = ids.push(r[0]!) - 1));
          for (const a of at) a.push(-1);
        }
        own[i] = k;
      });
    }
    at.push(own);
  }
  const out = new Array<(string | number)[]>(ids.length);
  for (let i = 0; i < ids.length; i++) {
    const row = new Array<string | number>(width);
    row[0] = ids[i]!;
    let c = 1;
    for (let p = 0; p < parts.length; p++) {
      const { picks, rows } = parts[p]!;
      const k = at[p]![i] ?? -1;
      const src = k >= 0 ? rows[k]! : undefined;
      for (let j = 0; j < picks.length; j++) row[c + j] = src ? src[picks[j]!]! : "";
      c += picks.length;
    }
    out[i] = row;
  }
  return out;
}

/** Where each analysis's columns start in a Customers row (the id is column 0). */
function offsets(runs: readonly { entry: AnalysisEntry; run: AnalysisRun }[]): Map<string, number> {
  const out = new Map<string, number>();
  let at = 1;
  for (const { entry, run } of runs) (out.set(entry.id, at), (at += run.columns.header.length));
  return out;
}

/** RFM's columns within its part of a row (registry.ts: report columns 1–12, then AOV). */
const RFM_COL = { recency: 2, frequency: 3, monetary: 4, segment: 9 };

/**
 * Per segment (RFM) or per stage (lifecycle), when RFM ran: customers, share, net revenue, share
 * of revenue, average order value, mean recency, and with CLV mean P(alive) and total CLV
 * (issue 10.2). Undefined for other analyses (they keep their own summary).
 */
function groupBlock(
  entry: AnalysisEntry,
  run: AnalysisRun,
  runs: readonly { entry: AnalysisEntry; run: AnalysisRun }[],
  rows: readonly (readonly (string | number)[])[],
  { t }: RunContext,
): TitledBlock | undefined {
  const at = offsets(runs);
  const rfm = at.get("rfm");
  const clv = at.get("clv");
  const own = at.get(entry.id)!;
  const keyCol = entry.id === "rfm" ? own + RFM_COL.segment : entry.id === "lifecycle" ? own : undefined;
  if (rfm === undefined || keyCol === undefined) return undefined;
  const groups = new Map(
    run.summary.map((s) => [s.label, { n: 0, revenue: 0, purchases: 0, recency: 0, alive: 0, clv: 0 }]),
  );
  let revenue = 0;
  for (const r of rows) {
    const g = groups.get(String(r[keyCol]));
    const m = Number(r[rfm + RFM_COL.monetary]);
    revenue += m;
    if (!g) continue;
    g.n++;
    g.revenue += m;
    g.purchases += Number(r[rfm + RFM_COL.frequency]);
    g.recency += Number(r[rfm + RFM_COL.recency]);
    if (clv !== undefined && typeof r[clv] === "number")
      ((g.alive += r[clv] as number), (g.clv += Number(r[clv + 3])));
  }
  const k = rows.length;
  const header = [
    t(entry.keys.summaryLabel),
    t("rfm.customers"),
    t("rfm.share"),
    t("rfm.revenue"),
    t("run.revenueShare"),
    t("run.aov"),
    t("run.meanRecency"),
    ...(clv !== undefined ? [t("run.meanAlive"), t("run.totalClv")] : []),
  ];
  return {
    id: entry.id,
    title: t(entry.keys.summaryTitle),
    header,
    rows: [...groups.entries()].map(([label, g]) => [
      label,
      g.n,
      g.n / k,
      g.revenue,
      revenue !== 0 ? g.revenue / revenue : "",
      g.purchases > 0 ? g.revenue / g.purchases : "",
      g.n > 0 ? g.recency / g.n : "",
      ...(clv !== undefined ? [g.n > 0 ? g.alive / g.n : "", g.clv] : []),
    ]),
    columnFormats: [undefined, "0", "0.0%", "#,##0.00", "0.0%", "#,##0.00", "0.0", "0.0%", "#,##0.00"],
  };
}

/** Per segment / stage / band: customers and share, as the analysis summarises itself. */
function summaryBlock(entry: AnalysisEntry, run: AnalysisRun, { t }: RunContext): TitledBlock {
  return {
    id: entry.id,
    title: t(entry.keys.summaryTitle),
    header: [t(entry.keys.summaryLabel), t("rfm.customers"), t("rfm.share")],
    rows: run.summary.map((s) => [s.label, s.customers, s.share]),
    columnFormats: [undefined, "0", "0.0%"],
  };
}

/** The Pareto figures of net spend (RFM's monetary), when RFM ran. */
function paretoBlock(
  runs: readonly { entry: AnalysisEntry; run: AnalysisRun }[],
  { t, lang }: RunContext,
): TitledBlock[] {
  const rfm = runs.find((r) => r.entry.id === "rfm");
  if (!rfm) return [];
  const m = rfm.run.report.rows.map((r) => Math.max(0, Number(r[RFM_ROW.monetary])));
  try {
    const c = paretoClaim(m);
    const yes = (b: boolean) => (b ? t("describe.yes") : t("describe.no"));
    return [
      {
        id: "pareto",
        title: t("run.paretoTitle"),
        header: [t("run.measure"), t("run.value")],
        rows: [
          [PARETO_CLAIM_LABELS.pareto20[lang], c.pareto20],
          [PARETO_CLAIM_LABELS.topShare[lang], c.topShare],
          [PARETO_CLAIM_LABELS.nextShare[lang], c.nextShare],
          [PARETO_CLAIM_LABELS.spendRatio[lang], c.spendRatio],
          [PARETO_CLAIM_LABELS.spendClaim[lang], yes(c.spendClaim)],
          [PARETO_CLAIM_LABELS.revenueClaim[lang], yes(c.revenueClaim)],
        ],
        columnFormats: [undefined, "0.00"],
      },
    ];
  } catch (e) {
    if (isCrmError(e)) return [];
    throw e;
  }
}

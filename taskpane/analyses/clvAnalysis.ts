/**
 * The CLV analysis of the pane (CRM_MODELS.md §3): the core's {@link clvReport} with the pane's
 * CLV options, its sheet, P(alive), expected purchases, spend and CLV in the Customers table, the
 * P(alive) histogram and the frequency × recency matrix of P(alive); with a holdout split date
 * also the holdout check's blocks and calibration plot. Cost: the report's.
 */
import { ClvReport, clvReport } from "../../src/reports";
import { clvSheet } from "../reportSheet";
import { AnalysisEntry, columnsOf, keysOf, num } from "./analysis";
import { grid, shareHistogram } from "./charts";
import { holdoutBlocks, holdoutChart } from "./clvHoldoutSummary";

const X_CLASSES = ["0", "1", "2", "3", "4", "5", "6", "7+"];

export const CLV_ANALYSIS: AnalysisEntry = {
  id: "clv",
  keys: keysOf("clv", "clv.bands", "clv.band", "analysis.asOfHintClv"),
  options: [],
  run(input, options, { lang, t, source }) {
    const r: ClvReport = clvReport(input, lang, options.clv);
    const rows = r.rows;
    const alive = rows.map((x) => num(x, 5));
    const recencyBins = ["0–20%", "20–40%", "40–60%", "60–80%", "80–100%"];
    return {
      report: r,
      sheet: clvSheet(r, source, t),
      summary: r.bands,
      columns: columnsOf(r, [5, 6, 7, 8], ["0.0%", "0.00", "#,##0.00", "#,##0.00"]),
      charts: [
        shareHistogram("alive", alive, 10, t("run.chart.alive"), t("rfm.customers"), t("clv.band")),
        ...(r.holdout ? [holdoutChart(r.holdout, t)] : []),
      ],
      blocks: r.holdout ? holdoutBlocks(r.holdout, t) : [],
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

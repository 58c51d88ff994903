/**
 * The RFM analysis of the pane (CRM_MODELS.md §2): the core's {@link rfmReport} with the pane's
 * options (rfmChoice.ts: scoring, thresholds, segment scheme, tier cuts), its sheet, its columns
 * in the Customers table — all taken from the RFM row, the layout RFM.TABLE spills (dates, R/F/M,
 * code, segment, type, tier, AOV, refunds, purchases in 6 months, follow-up) — and its charts
 * (customers per segment, Pareto curve, value pyramid, R × F grid). Cost: the report's.
 */
import { RfmReport, rfmReport, RFM_ROW } from "../../src/reports";
import { PYRAMID_LABELS } from "../../src/value";
import { DATE_FORMAT } from "../adapter/cellFormats";
import { rfmSheet } from "../reportSheet";
import { rfmReportOptions } from "../options/rfmChoice";
import { AnalysisEntry, columnsOf, keysOf, num } from "./analysis";
import { countChart, grid, paretoCurve } from "./charts";

const C = RFM_ROW;

export const RFM_ANALYSIS: AnalysisEntry = {
  id: "rfm",
  keys: keysOf("rfm", "rfm.segments", "rfm.segment"),
  options: ["bins", "method"],
  run(input, options, { lang, t, source }) {
    const r: RfmReport = rfmReport({ ...input, ...rfmReportOptions(options) }, lang);
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
          C.averageOrderValue,
          C.refunds,
          C.purchasesLast6Months,
          C.followUp,
        ],
        [
          DATE_FORMAT,
          DATE_FORMAT,
          "0",
          "0",
          "#,##0.00",
          "0",
          "0",
          "0",
          "0",
          undefined,
          undefined,
          undefined,
          "#,##0.00",
          "0",
          "0",
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

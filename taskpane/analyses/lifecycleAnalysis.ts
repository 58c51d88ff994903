/**
 * The lifecycle analysis of the pane (CRM_MODELS.md §4): the core's {@link lifecycleReport} with
 * the pane's period length and rule parameters, its sheet, stage and reason in the Customers
 * table, and customers per stage. Cost: the report's.
 */
import { LifecycleReport, lifecycleReport } from "../../src/reports";
import { LIFECYCLE_STAGES, LIFECYCLE_STAGE_LABELS } from "../../src/lifecycle";
import { lifecycleSheet } from "../reportSheet";
import { AnalysisEntry, columnsOf, keysOf } from "./analysis";
import { countChart } from "./charts";

export const LIFECYCLE_ANALYSIS: AnalysisEntry = {
  id: "lifecycle",
  keys: keysOf("lifecycle", "lifecycle.stages", "lifecycle.stage"),
  options: [],
  run(input, options, { lang, t, source }) {
    const r: LifecycleReport = lifecycleReport(input, lang, options.lifecycle);
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

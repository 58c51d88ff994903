/**
 * Lays out the core's RFM report as the sheet the adapter writes: the customer table, the segment
 * summary (label, customers, share, revenue) that the chart plots, title and parameters. Pure.
 */
import { TFunction } from "i18next";
import { RfmReport } from "../src/reports";
import { SheetReport } from "./adapter/types";

export function rfmSheet(report: RfmReport, source: string, t: TFunction): SheetReport {
  return {
    sheetName: t("rfm.sheetName"),
    title: t("rfm.sheetTitle", { address: source }),
    parameters: report.parameters,
    table: { header: report.header, rows: report.rows, dateColumns: report.dateColumns },
    summary: {
      header: [t("rfm.segment"), t("rfm.customers"), t("rfm.share"), t("rfm.revenue")],
      rows: report.segments.map((s) => [s.label, s.customers, s.share, s.revenue]),
    },
    chartTitle: t("rfm.chartTitle"),
  };
}

/**
 * Lays out the core's reports as the sheets the adapter writes: the customer table, the summary
 * (label, customers, share, …) that the native chart plots, title and parameters. Pure.
 */
import { TFunction } from "i18next";
import { ClvReport, LifecycleReport, RfmReport } from "../src/reports";
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

export function lifecycleSheet(report: LifecycleReport, source: string, t: TFunction): SheetReport {
  return {
    sheetName: t("lifecycle.sheetName"),
    title: t("lifecycle.sheetTitle", { address: source }),
    parameters: report.parameters,
    table: { header: report.header, rows: report.rows, dateColumns: report.dateColumns },
    summary: {
      header: [t("lifecycle.stage"), t("rfm.customers"), t("rfm.share")],
      rows: report.stages.map((s) => [s.label, s.customers, s.share]),
    },
    chartTitle: t("lifecycle.chartTitle"),
  };
}

export function clvSheet(report: ClvReport, source: string, t: TFunction): SheetReport {
  return {
    sheetName: t("clv.sheetName"),
    title: t("clv.sheetTitle", { address: source }),
    parameters: report.parameters,
    table: { header: report.header, rows: report.rows, dateColumns: report.dateColumns },
    summary: {
      header: [t("clv.band"), t("rfm.customers"), t("rfm.share"), t("clv.total")],
      rows: report.bands.map((b) => [b.label, b.customers, b.share, b.clv]),
    },
    chartTitle: t("clv.chartTitle"),
  };
}

/**
 * Lays out the core's reports as the sheets the adapter writes: the customer table, the summary
 * (label, customers, share, …) that the native chart plots, title and parameters (with the note
 * on merged id spellings, when there is one). Pure.
 */
import { TFunction } from "i18next";
import { ClvReport, CustomerReport, LifecycleReport, RfmReport } from "../src/reports";
import { Block, SheetReport } from "./adapter/types";

function sheet(
  report: CustomerReport,
  family: "rfm" | "lifecycle" | "clv",
  source: string,
  t: TFunction,
  summary: Block,
): SheetReport {
  return {
    sheetName: t(`${family}.sheetName`),
    title: t(`${family}.sheetTitle`, { address: source }),
    parameters: [report.parameters, report.mergedIds].filter((x) => x).join(" · "),
    table: { header: report.header, rows: report.rows, dateColumns: report.dateColumns },
    summary,
    chartTitle: t(`${family}.chartTitle`),
  };
}

export function rfmSheet(report: RfmReport, source: string, t: TFunction): SheetReport {
  return sheet(report, "rfm", source, t, {
    header: [t("rfm.segment"), t("rfm.customers"), t("rfm.share"), t("rfm.revenue")],
    rows: report.segments.map((s) => [s.label, s.customers, s.share, s.revenue]),
  });
}

export function lifecycleSheet(report: LifecycleReport, source: string, t: TFunction): SheetReport {
  return sheet(report, "lifecycle", source, t, {
    header: [t("lifecycle.stage"), t("rfm.customers"), t("rfm.share")],
    rows: report.stages.map((s) => [s.label, s.customers, s.share]),
  });
}

export function clvSheet(report: ClvReport, source: string, t: TFunction): SheetReport {
  return sheet(report, "clv", source, t, {
    header: [
      t("clv.band"),
      t("rfm.customers"),
      t("rfm.share"),
      t("opt.clv.total", { months: report.settings.clvMonths }),
    ],
    rows: report.bands.map((b) => [b.label, b.customers, b.share, b.clv]),
  });
}

/**
 * The holdout check of the CLV analysis in the Summary (issue 10; CRM_MODELS.md §3): a block of
 * the figures (periods, customers, MAE and bias per customer, total predicted vs actual), a
 * block of the calibration table by frequency class and its chart (the calibration plot of
 * Fader & Hardie: predicted vs actual mean holdout repeat purchases by calibration repeat
 * purchases 0 … 7+). Titles in the pane's language. Cost O(1).
 */
import type { TFunction } from "i18next";
import { isoFromSerial } from "../../src/dates";
import type { ClvHoldout } from "../../src/reports";
import type { TitledBlock } from "../adapter/output";
import type { ChartSpec } from "../adapter/types";
import { calibrationChart } from "./charts";

export function holdoutBlocks(h: ClvHoldout, t: TFunction): TitledBlock[] {
  return [
    {
      id: "holdout",
      title: t("opt.clv.holdoutTitle"),
      header: [t("run.measure"), t("run.value")],
      rows: [
        [t("opt.clv.calibrationPeriod"), `… ${isoFromSerial(h.split)}`],
        [t("opt.clv.holdoutPeriod"), `${isoFromSerial(h.split + 1)} … ${isoFromSerial(h.end)}`],
        [t("rfm.customers"), h.customers],
        [t("opt.clv.mae"), h.mae],
        [t("opt.clv.bias"), h.bias],
        [t("opt.clv.totalPredicted"), h.totalPredicted],
        [t("opt.clv.totalActual"), h.totalActual],
      ],
      columnFormats: [undefined, "0.000"],
    },
    {
      id: "holdoutClasses",
      title: t("opt.clv.classesTitle"),
      header: [
        t("run.axis.repeats"),
        t("rfm.customers"),
        t("opt.clv.actualMean"),
        t("opt.clv.predictedMean"),
      ],
      rows: h.classes.map((c) => [c.label, c.customers, c.actualMean, c.predictedMean]),
      columnFormats: [undefined, "0", "0.00", "0.00"],
    },
  ];
}

export function holdoutChart(h: ClvHoldout, t: TFunction): ChartSpec {
  return calibrationChart(h.classes, t("opt.clv.chartTitle"), {
    actual: t("opt.clv.actualMean"),
    predicted: t("opt.clv.predictedMean"),
    x: t("run.axis.repeats"),
    y: t("opt.clv.chartY"),
  });
}

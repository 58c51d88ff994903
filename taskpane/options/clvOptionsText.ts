/**
 * The CLV options as the pane's fields hold them (text, so a half-typed number stays as typed)
 * and their reading into the core's {@link ClvReportOptions} (plain data for the Web Worker).
 * Defaults are the report's (BG/NBD, weeks, 52 weeks, 10% a year, margin 100%, penalty 0, no
 * holdout). Changing the unit converts the horizon to the same span. Cost O(1).
 *
 * @example
 * clvOptionsFromText({ ...CLV_TEXT_DEFAULTS, margin: "30" }).margin // => 0.3
 */
import { CLV_DAYS_PER_UNIT, ClvTimeUnit } from "../../src/clv/timeUnit";
import type { ClvReportModel, ClvReportOptions } from "../../src/reports";
import { numberFromText, percentFromText } from "./optionText";

export interface ClvOptionsText {
  readonly model: ClvReportModel;
  readonly unit: ClvTimeUnit;
  readonly horizon: string;
  readonly discountPercent: string;
  readonly marginPercent: string;
  readonly penalty: string;
  readonly holdoutSplit: string;
}

export const CLV_TEXT_DEFAULTS: ClvOptionsText = {
  model: "bgnbd",
  unit: "weeks",
  horizon: "52",
  discountPercent: "10",
  marginPercent: "100",
  penalty: "0",
  holdoutSplit: "",
};

export function clvOptionsFromText(t: ClvOptionsText): ClvReportOptions {
  const o: { -readonly [K in keyof ClvReportOptions]: ClvReportOptions[K] } = {
    model: t.model,
    unit: t.unit,
  };
  const horizon = numberFromText(t.horizon);
  const rate = percentFromText(t.discountPercent);
  const margin = percentFromText(t.marginPercent);
  const penalty = numberFromText(t.penalty);
  if (horizon !== undefined) o.horizon = horizon;
  if (rate !== undefined) o.annualDiscountRate = rate;
  if (margin !== undefined) o.margin = margin;
  if (penalty !== undefined) o.penalty = penalty;
  if (t.holdoutSplit.trim() !== "") o.holdoutSplit = t.holdoutSplit.trim();
  return o;
}

/** The horizon text for a new unit: the same span in whole units (52 weeks → 364 days → 12 months). */
export function horizonInUnit(text: string, from: ClvTimeUnit, to: ClvTimeUnit): string {
  const h = numberFromText(text);
  if (h === undefined || !Number.isFinite(h)) return text;
  return String(Math.max(1, Math.round((h * CLV_DAYS_PER_UNIT[from]) / CLV_DAYS_PER_UNIT[to])));
}

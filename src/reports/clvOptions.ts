/**
 * The options of the task pane's CLV report (CRM_MODELS.md §3 "statistical forecast"), read and
 * checked once: the purchase model (BG/NBD or Pareto/NBD, each with Gamma-Gamma for spend), the
 * time unit of t_x, T and the fitted rates, the forecast horizon in that unit, the annual
 * discount rate, the margin, the L2 penalty λ of the fits, and an optional calibration/holdout
 * split date. Plain data (structured-cloneable): the pane passes it into a Web Worker.
 *
 * Defaults keep the published fits: BG/NBD in weeks, λ = 0, horizon 52 weeks (CLV over 12
 * months), 10% a year, margin 1. The CLV sums whole months: H units → round(H·days per unit ÷
 * 30.4375) months (52 weeks → 12, 365 days → 12). Cost O(1). Throws `invalid` naming the option.
 *
 * @example
 * readClvReportOptions({ unit: "months" })
 * // => { model: "bgnbd", unit: "months", horizon: 12, clvMonths: 12, annualDiscountRate: 0.1,
 * //      margin: 1, penalty: 0, holdoutSplit: undefined }
 */
import { invalidInput } from "../errors";
import { readDateCell } from "../dates";
import { requireInRange } from "../validate";
import { CLV_DAYS_PER_UNIT, ClvTimeUnit, clvDaysPerUnit } from "../clv/timeUnit";

/** The purchase models the report fits (both continuous-time, both with Gamma-Gamma). */
export type ClvReportModel = "bgnbd" | "pnbd";
export const CLV_REPORT_MODELS: readonly ClvReportModel[] = ["bgnbd", "pnbd"];
export const CLV_MODEL_NAMES: Readonly<Record<ClvReportModel, string>> = {
  bgnbd: "BG/NBD",
  pnbd: "Pareto/NBD",
};

export interface ClvReportOptions {
  readonly model?: ClvReportModel;
  readonly unit?: ClvTimeUnit;
  /** Forecast horizon in `unit`s (expected purchases; the CLV in whole months of the same span). */
  readonly horizon?: number;
  /** Annual discount rate, e.g. 0.1 for 10%. */
  readonly annualDiscountRate?: number;
  /** Profit share of revenue in [0, 1]. */
  readonly margin?: number;
  /** L2 penalty λ ≥ 0 of both fits (0: plain maximum likelihood). */
  readonly penalty?: number;
  /** Calibration end for the holdout check (a date cell or yyyy-mm-dd text); blank: none. */
  readonly holdoutSplit?: unknown;
}

export interface ClvReportSettings {
  readonly model: ClvReportModel;
  readonly unit: ClvTimeUnit;
  readonly horizon: number;
  readonly clvMonths: number;
  readonly annualDiscountRate: number;
  readonly margin: number;
  readonly penalty: number;
  /** 1900-system serial of the split, or undefined. */
  readonly holdoutSplit: number | undefined;
}

/** The default horizon in each unit: one year (52 weeks, as Fader, Hardie & Lee's forecasts). */
export const CLV_DEFAULT_HORIZON: Readonly<Record<ClvTimeUnit, number>> = {
  days: 364,
  weeks: 52,
  months: 12,
};

const WHERE = "clvReport";

export function readClvReportOptions(o: ClvReportOptions = {}, dateSystem?: 1900 | 1904): ClvReportSettings {
  const model = o.model ?? "bgnbd";
  if (!CLV_REPORT_MODELS.includes(model))
    throw invalidInput(
      WHERE,
      `The model must be BG/NBD ("bgnbd") or Pareto/NBD ("pnbd"), got ${String(model)}.`,
      `模型必须是 BG/NBD（"bgnbd"）或 Pareto/NBD（"pnbd"），收到的是 ${String(model)}。`,
    );
  const unit = o.unit ?? "weeks";
  if (typeof unit !== "string" || !Object.prototype.hasOwnProperty.call(CLV_DAYS_PER_UNIT, unit))
    throw invalidInput(
      WHERE,
      `The time unit must be "days", "weeks" or "months", got ${String(unit)}.`,
      `时间单位必须是 "days"（天）、"weeks"（周）或 "months"（月），收到的是 ${String(unit)}。`,
    );
  const perUnit = clvDaysPerUnit(unit, WHERE);
  const horizon = requireInRange(
    WHERE,
    { en: "The forecast horizon", zh: "预测期" },
    o.horizon ?? CLV_DEFAULT_HORIZON[unit],
    Math.ceil(CLV_DAYS_PER_UNIT.months / 2 / perUnit), // half a month at least: the CLV has a whole month
    Math.floor((100 * 365.25) / perUnit), // 100 years
  );
  return {
    model,
    unit,
    horizon,
    clvMonths: Math.max(1, Math.round((horizon * perUnit) / CLV_DAYS_PER_UNIT.months)),
    annualDiscountRate: requireInRange(
      WHERE,
      { en: "The annual discount rate", zh: "年贴现率" },
      o.annualDiscountRate ?? 0.1,
      0,
      10,
    ),
    margin: requireInRange(WHERE, { en: "The margin", zh: "利润率" }, o.margin ?? 1, 0, 1),
    penalty: requireInRange(WHERE, { en: "The penalty", zh: "惩罚系数" }, o.penalty ?? 0, 0, 1e6),
    holdoutSplit: isBlank(o.holdoutSplit) ? undefined : readSplit(o.holdoutSplit, dateSystem),
  };
}

const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");

function readSplit(v: unknown, dateSystem?: 1900 | 1904): number {
  try {
    return readDateCell(typeof v === "string" ? v.trim() : v, dateSystem ? { dateSystem } : {});
  } catch {
    throw invalidInput(
      WHERE,
      `The holdout split date is not a date (${String(v)}): give yyyy-mm-dd, or leave it blank for no holdout check.`,
      `验证期分割日不是日期（${String(v)}）：请写成 yyyy-mm-dd，或留空表示不做验证期检验。`,
    );
  }
}

/**
 * The holdout check of the pane's CLV report (Fader, Hardie & Lee 2005 §4; CRM_MODELS.md §3):
 * the chosen purchase model is fitted on the purchases up to the split date (the calibration
 * period, with the report's penalty and retry), and its prediction of each calibration
 * customer's repeat purchases in the holdout (split, end] is compared with what happened —
 * {@link holdoutPurchaseCounts} counts them (same-day purchases merged, as in the calibration
 * summary), {@link clvHoldoutCheck} gives MAE, bias, the totals and the calibration table by
 * frequency class 0 … 7+ (the figure of Fader & Hardie: mean predicted vs actual by x).
 *
 * Only purchases (amount > 0) count, as in the report. Customers whose first purchase is after
 * the split are not in the check (the model had not met them). The holdout length is
 * (end − split) ÷ days per unit for everyone. Cost O(n log n) plus one fit (more on a retry).
 * Throws `invalid` when the split is not inside the data (first purchase ≤ split < end), and
 * `numeric` when the calibration period has too few repeat customers or its fit fails.
 *
 * @example
 * // CDNOW to 1998-06-30 split at 1997-09-30: 39-week holdout, actual total 1,882 (data/README.md)
 */
import { invalidInput, numericFailure } from "../errors";
import { isoFromSerial } from "../dates";
import { PurchaseRows } from "../customers/purchases";
import {
  clvDaysPerUnit,
  clvHoldoutCheck,
  clvSummaryOfRows,
  HoldoutCheck,
  holdoutPurchaseCounts,
} from "../clv";
import { ClvReportSettings } from "./clvOptions";
import { fitPurchaseModel, PurchaseFit } from "./clvFits";

/** Fewer repeat customers in the calibration period than this and the check is refused. */
const MIN_REPEATERS = 3;

export interface ClvHoldout extends Omit<HoldoutCheck, "predicted"> {
  /** Last day of the calibration period (serial). */
  readonly split: number;
  /** Last day of the holdout period (serial). */
  readonly end: number;
  /** Holdout length in the model's unit. */
  readonly length: number;
  /** The calibration fit, its λ, and whether λ = 0 failed first. */
  readonly fit: PurchaseFit;
  readonly penalty: number;
  readonly retried: boolean;
}

const WHERE = "clvReport";

export function clvHoldout(
  read: PurchaseRows,
  end: number,
  s: ClvReportSettings & { readonly holdoutSplit: number },
): ClvHoldout {
  const split = s.holdoutSplit;
  let first = Infinity;
  for (let i = 0; i < read.rowsRead; i++) if (read.customer[i]! >= 0) first = Math.min(first, read.day[i]!);
  if (!(split >= first && split < end)) {
    throw invalidInput(
      WHERE,
      `The holdout split date ${isoFromSerial(split)} must lie within the data: on or after the first purchase ${isoFromSerial(first)} and before ${isoFromSerial(end)}.`,
      `验证期分割日 ${isoFromSerial(split)} 必须落在数据范围内：不早于首次购买日 ${isoFromSerial(first)}，且早于 ${isoFromSerial(end)}。`,
    );
  }
  const cs = clvSummaryOfRows(read, { unit: s.unit, calibrationEnd: split }).customers;
  const repeaters = cs.filter((c) => c.x > 0).length;
  if (repeaters < MIN_REPEATERS) {
    throw numericFailure(
      WHERE,
      `Only ${repeaters} customers bought again by the holdout split ${isoFromSerial(split)}: the check needs at least ${MIN_REPEATERS} — choose a later split date.`,
      `截至验证期分割日 ${isoFromSerial(split)}，只有 ${repeaters} 位客户有重复购买：检验至少需要 ${MIN_REPEATERS} 位——请选择更晚的分割日。`,
    );
  }
  const x = cs.map((c) => c.x),
    tx = cs.map((c) => c.tx),
    T = cs.map((c) => c.T);
  const f = fitPurchaseModel(s.model, x, tx, T, s.penalty);
  const counts = new Map(holdoutCounts(read, split, end).map((c) => [c.id, c.purchases]));
  const length = (end - split) / clvDaysPerUnit(s.unit);
  const check = clvHoldoutCheck(
    f.fit,
    x,
    tx,
    T,
    cs.map((c) => counts.get(c.id) ?? 0),
    cs.map(() => length),
  );
  const { customers, mae, bias, totalPredicted, totalActual, classes } = check;
  return {
    ...{ customers, mae, bias, totalPredicted, totalActual, classes },
    ...{ split, end, length, fit: f.fit, penalty: f.penalty, retried: f.retried },
  };
}

/** Purchase periods (amount > 0) of each customer within (split, end]. */
function holdoutCounts(read: PurchaseRows, split: number, end: number) {
  const ids: (string | number)[] = [],
    days: number[] = [],
    amounts: number[] = [];
  for (let i = 0; i < read.rowsRead; i++) {
    const c = read.customer[i]!;
    if (c < 0 || !(read.amount[i]! > 0)) continue;
    ids.push(read.ids[c]!);
    days.push(read.day[i]!);
    amounts.push(read.amount[i]!);
  }
  return holdoutPurchaseCounts(ids, days, amounts, { start: split + 1, end });
}

/**
 * How good was the forecast? A holdout check of a fitted purchase model (Fader, Hardie & Lee
 * 2005 §4 and their calibration figure: mean predicted vs actual holdout purchases by the
 * number of calibration repeat purchases; CRM_MODELS.md §3). For each customer i:
 *
 *     ŷᵢ = E[Y(t_holdout,ᵢ) | xᵢ, t_x,ᵢ, Tᵢ]              (the model's conditional expectation)
 *     MAE = (1/n) Σ |ŷᵢ − yᵢ|,  bias = (1/n) Σ (ŷᵢ − yᵢ),  totals Σ ŷᵢ and Σ yᵢ
 *     class k = min(xᵢ, 7): customers, mean yᵢ, mean ŷᵢ  ("7+" pools x ≥ 7)
 *
 * yᵢ = purchases in the holdout period (as {@link holdoutPurchaseCounts} counts them) and
 * t_holdout,ᵢ its length in the model's time unit (BG/BB: opportunities).
 *
 * Cost n conditional expectations (repeated histories are computed once). Throws `invalid` for
 * columns of different lengths or empty, a bad history (see {@link checkCustomer}), holdout
 * purchases not whole numbers ≥ 0 or a holdout length < 0, and as the model's predictions.
 *
 * @example
 * clvHoldoutCheck({ model: "bgnbd", r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 },
 *   [0, 2], [0, 30.43], [38.86, 38.86], [0, 1], [39, 39]).totalActual // => 1
 */
import { invalidInput } from "../errors";
import { requireInteger, requireNonNegative } from "../validate";
import { clvExpectedPurchases, PurchaseModelParams } from "./predict";
// Module-level aliases: looking up the global Math is far slower inside Jest's sandbox.
const { abs, min } = Math;

export interface HoldoutClass {
  /** "0" … "6", "7+". */
  readonly label: string;
  readonly customers: number;
  readonly actualMean: number;
  readonly predictedMean: number;
}

export interface HoldoutCheck {
  readonly customers: number;
  readonly mae: number;
  readonly bias: number;
  readonly totalPredicted: number;
  readonly totalActual: number;
  readonly classes: HoldoutClass[];
  readonly predicted: number[];
}

const WHERE = "clvHoldoutCheck";

export function clvHoldoutCheck(
  params: PurchaseModelParams,
  x: readonly number[],
  tx: readonly number[],
  T: readonly number[],
  xHoldout: readonly number[],
  tHoldout: readonly number[],
): HoldoutCheck {
  const n = x.length;
  if (n === 0 || [tx, T, xHoldout, tHoldout].some((c) => c.length !== n)) {
    throw invalidInput(
      WHERE,
      `x, t_x, T, x_holdout and t_holdout must be non-empty columns of the same length (got ${[x, tx, T, xHoldout, tHoldout].map((c) => c.length).join(", ")}).`,
      `x、t_x、T、x_holdout 和 t_holdout 必须是等长的非空列（收到 ${[x, tx, T, xHoldout, tHoldout].map((c) => c.length).join("、")} 行）。`,
    );
  }
  const cache = new Map<string, number>();
  const count = new Float64Array(8),
    actual = new Float64Array(8),
    pred = new Float64Array(8);
  const predicted: number[] = [];
  let absSum = 0,
    diffSum = 0,
    totalP = 0,
    totalA = 0;
  for (let i = 0; i < n; i++) {
    const row = { en: `Row ${i + 1}: `, zh: `第 ${i + 1} 行：` };
    const y = requireInteger(
      WHERE,
      { en: `${row.en}x_holdout`, zh: `${row.zh}x_holdout` },
      xHoldout[i],
      0,
      1e9,
    );
    const t = requireNonNegative(WHERE, { en: `${row.en}t_holdout`, zh: `${row.zh}t_holdout` }, tHoldout[i]);
    const xi = x[i] as number,
      key = `${xi},${tx[i]},${T[i]},${t}`;
    let p = cache.get(key);
    if (p === undefined)
      cache.set(key, (p = clvExpectedPurchases(params, t, xi, tx[i] as number, T[i] as number)));
    predicted.push(p);
    absSum += abs(p - y);
    diffSum += p - y;
    totalP += p;
    totalA += y;
    const k = min(xi, 7);
    ((count[k] = (count[k] as number) + 1),
      (actual[k] = (actual[k] as number) + y),
      (pred[k] = (pred[k] as number) + p));
  }
  const classes: HoldoutClass[] = [];
  for (let k = 0; k < 8; k++) {
    const c = count[k] as number;
    classes.push({
      label: k === 7 ? "7+" : String(k),
      customers: c,
      actualMean: c > 0 ? (actual[k] as number) / c : 0,
      predictedMean: c > 0 ? (pred[k] as number) / c : 0,
    });
  }
  return {
    customers: n,
    mae: absSum / n,
    bias: diffSum / n,
    totalPredicted: totalP,
    totalActual: totalA,
    classes,
    predicted,
  };
}

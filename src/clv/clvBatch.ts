/**
 * Per-customer predictions of a fitted purchase model for a whole customer table at once
 * (CRM_MODELS.md §3 "statistical forecast" and "CLV as NPV"): for every customer (x, t_x, T)
 * with an expected spend per purchase,
 * - `alive`: P(alive) (as {@link clvProbabilityAlive});
 * - `expected`: expected purchases in (T, T + horizon] (as {@link clvExpectedPurchases});
 * - `clv`: the discounted CLV of {@link discountedClv} with the same conventions.
 *
 * The numbers are exactly those of the one-customer functions (same formulas, same order of
 * operations); what changes is the work. Parameters and cash-flow options are validated once,
 * (1 + i)ᵏ is computed once, and for BG/NBD and MBG/NBD the expensive part of FHL eq. 10 — the
 * hypergeometric bracket, expected purchases if alive — depends on (x, T) only, so it is
 * evaluated once per distinct (x, T) and horizon instead of H + 1 times per customer.
 * Pareto/NBD goes customer by customer through the model's own functions.
 *
 * Cost O(k log k + u·H) bracket evaluations for k customers with u distinct (x, T) (BG/NBD
 * family), O(k·H) otherwise. Throws `invalid` as the one-customer functions (bad parameters,
 * options, history or spend; the row is named).
 *
 * @example
 * const p = { model: "bgnbd", r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 } as const;
 * scoreClvBatch(p, { x: [2], tx: [30.43], T: [38.86], spend: [35] }, { horizon: 39,
 *   clv: { modelUnit: "weeks", periodUnit: "months", periods: 12, annualDiscountRate: 0.1 } }).clv[0]
 * // => 52.15… (as discountedClv)
 */
import { requireNonNegative } from "../validate";
import { BgNbdFamily, familyAlive, familyBracket } from "./bgNbdPredict";
import { checkBgNbdParams } from "./bgNbd";
import { checkCustomer } from "./customerTable";
import { ClvForecastOptions, clvCashFlowPlan } from "./forecast";
import { checkMbgNbdParams } from "./mbgNbd";
import {
  checkContinuousModel,
  clvExpectedPurchases,
  clvProbabilityAlive,
  ContinuousPurchaseModelParams,
} from "./predict";
const { max } = Math;

export interface ClvBatchCustomers {
  readonly x: ArrayLike<number>;
  readonly tx: ArrayLike<number>;
  readonly T: ArrayLike<number>;
  /** Expected spend per purchase of each customer (e.g. Gamma-Gamma), ≥ 0. */
  readonly spend: ArrayLike<number>;
}

export interface ClvBatchOptions {
  /** Horizon of `expected`, in the model's time unit. */
  readonly horizon: number;
  readonly clv: ClvForecastOptions;
}

export interface ClvBatchScores {
  readonly alive: Float64Array;
  readonly expected: Float64Array;
  readonly clv: Float64Array;
}

const WHERE = "scoreClvBatch";

export function scoreClvBatch(
  params: ContinuousPurchaseModelParams,
  customers: ClvBatchCustomers,
  options: ClvBatchOptions,
): ClvBatchScores {
  const model = checkContinuousModel(WHERE, params);
  const { x, tx, T, spend } = customers;
  const k = x.length;
  const horizon = requireNonNegative(WHERE, { en: "The horizon t", zh: "预测期 t" }, options.horizon);
  const plan = clvCashFlowPlan(WHERE, options.clv);
  for (let i = 0; i < k; i++) {
    checkCustomer(WHERE, i, x[i], tx[i], T[i]);
    if (!(spend[i]! >= 0 && spend[i]! < Infinity)) {
      requireNonNegative(
        WHERE,
        { en: `Row ${i + 1}: the expected spend`, zh: `第 ${i + 1} 行：期望消费额` },
        spend[i],
      );
    }
  }
  const alive = new Float64Array(k);
  const expected = new Float64Array(k);
  const clv = new Float64Array(k);
  const H = plan.periods;
  const ifAlive = new Float64Array(H + 1); // expected purchases if alive in (T, T + kΔ]; [0] = horizon
  const fill = (i: number, a: number) => {
    alive[i] = a;
    expected[i] = a * ifAlive[0]!;
    let value = 0,
      before = 0;
    for (let j = 1; j <= H; j++) {
      const cumulative = a * ifAlive[j]!;
      const purchases = max(0, cumulative - before);
      before = cumulative;
      value += (plan.margin * spend[i]! * purchases) / plan.discount[j]!;
    }
    clv[i] = value;
  };
  if (model.model === "pnbd") {
    for (let i = 0; i < k; i++) {
      const a = clvProbabilityAlive(model, x[i]!, tx[i]!, T[i]!);
      alive[i] = a;
      expected[i] = clvExpectedPurchases(model, horizon, x[i]!, tx[i]!, T[i]!);
      let value = 0,
        before = 0;
      for (let j = 1; j <= H; j++) {
        const cumulative = clvExpectedPurchases(model, j * plan.delta, x[i]!, tx[i]!, T[i]!);
        const purchases = max(0, cumulative - before);
        before = cumulative;
        value += (plan.margin * spend[i]! * purchases) / plan.discount[j]!;
      }
      clv[i] = value;
    }
    return { alive, expected, clv };
  }
  const shift = model.model === "mbgnbd" ? 1 : 0;
  const p: BgNbdFamily =
    shift === 1 ? checkMbgNbdParams(WHERE, model as never) : checkBgNbdParams(WHERE, model as never);
  // Customers in (x, T) order: each run of equal (x, T) shares the brackets.
  const order = new Int32Array(k);
  for (let i = 0; i < k; i++) order[i] = i;
  order.sort((i, j) => x[i]! - x[j]! || T[i]! - T[j]!);
  let lastX = NaN,
    lastT = NaN;
  for (let o = 0; o < k; o++) {
    const i = order[o]!;
    const xi = x[i]!,
      Ti = T[i]!;
    if (xi !== lastX || Ti !== lastT) {
      ifAlive[0] = familyBracket(p, horizon, xi, Ti, shift);
      for (let j = 1; j <= H; j++) ifAlive[j] = familyBracket(p, j * plan.delta, xi, Ti, shift);
      lastX = xi;
      lastT = Ti;
    }
    fill(i, familyAlive(p, xi, tx[i]!, Ti, shift));
  }
  return { alive, expected, clv };
}

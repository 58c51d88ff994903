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
 * evaluated once per distinct (x, T) and horizon instead of H + 1 times per customer (the
 * distinct pairs found by hashing, no sort), and so are P(alive)'s terms in x and T alone.
 * Pareto/NBD goes customer by customer through the model's own functions.
 *
 * Cost O(k·H + u·H) for k customers with u distinct (x, T), u·(H + 1) of them bracket
 * evaluations (BG/NBD family), O(k·H) model evaluations otherwise. Throws `invalid` as the one-customer functions (bad parameters,
 * options, history or spend; the row is named).
 *
 * @example
 * const p = { model: "bgnbd", r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 } as const;
 * scoreClvBatch(p, { x: [2], tx: [30.43], T: [38.86], spend: [35] }, { horizon: 39,
 *   clv: { modelUnit: "weeks", periodUnit: "months", periods: 12, annualDiscountRate: 0.1 } }).clv[0]
 * // => 52.15… (as discountedClv)
 */
import { requireNonNegative } from "../validate";
import { BgNbdFamily, familyBracket } from "./bgNbdPredict";
import { checkBgNbdParams } from "./bgNbd";
import { checkCustomer, isCustomer } from "./customerTable";
import { ClvForecastOptions, clvCashFlowPlan } from "./forecast";
import { checkMbgNbdParams } from "./mbgNbd";
import {
  checkContinuousModel,
  clvExpectedPurchases,
  clvProbabilityAlive,
  ContinuousPurchaseModelParams,
} from "./predict";
const { ceil, exp, imul, log, log2, max } = Math;

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
    if (!isCustomer(x[i], tx[i], T[i])) checkCustomer(WHERE, i, x[i], tx[i], T[i]);
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
  // Expected purchases if alive in (T, T + jΔ] at ifAlive[at + j], j = 1 … H; [at] = horizon.
  const fill = (i: number, a: number, ifAlive: Float64Array, at: number) => {
    alive[i] = a;
    expected[i] = a * ifAlive[at]!;
    let value = 0,
      before = 0;
    for (let j = 1; j <= H; j++) {
      const cumulative = a * ifAlive[at + j]!;
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
  // Customers sharing (x, T) share the brackets: each distinct (x, T) is one group (open
  // addressing on the bit patterns), its H + 1 brackets computed once; per group also the
  // x-only and T-only terms of P(alive), so a customer costs one ln(α + t_x) and one exp.
  const { group, count, firstOf } = groupsOfXT(x, T);
  const brackets = new Float64Array(count * (H + 1));
  const lnOddsX = new Float64Array(count),
    lnAT = new Float64Array(count);
  const { r, alpha, a, b } = p;
  const lnA = log(a);
  for (let g = 0; g < count; g++) {
    const i = firstOf[g]!;
    const xi = x[i]!,
      Ti = T[i]!;
    const at = g * (H + 1);
    brackets[at] = familyBracket(p, horizon, xi, Ti, shift);
    for (let j = 1; j <= H; j++) brackets[at + j] = familyBracket(p, j * plan.delta, xi, Ti, shift);
    lnOddsX[g] = lnA - log(b + xi + shift - 1);
    lnAT[g] = log(alpha + Ti);
  }
  for (let i = 0; i < k; i++) {
    const g = group[i]!;
    const xi = x[i]!;
    // familyAlive, its terms taken from the group (the same operations in the same order).
    const pAlive =
      xi + shift === 0 ? 1 : 1 / (1 + exp(lnOddsX[g]! + (r + xi) * (lnAT[g]! - log(alpha + tx[i]!))));
    fill(i, pAlive, brackets, g * (H + 1));
  }
  return { alive, expected, clv };
}

/**
 * The distinct (x, T) pairs of a table in order of first appearance: each row's group, the
 * number of groups and each group's first row. Open addressing on the bit patterns. Cost O(k).
 */
function groupsOfXT(
  x: ArrayLike<number>,
  T: ArrayLike<number>,
): { group: Int32Array; count: number; firstOf: Int32Array } {
  const k = x.length;
  const size = 1 << ceil(log2(2 * k + 2));
  const slots = new Int32Array(size).fill(-1);
  const group = new Int32Array(k),
    firstOf = new Int32Array(k);
  const bits = new Float64Array(2),
    word = new Uint32Array(bits.buffer);
  let count = 0;
  for (let i = 0; i < k; i++) {
    const xi = x[i]!,
      Ti = T[i]!;
    bits[0] = xi;
    bits[1] = Ti;
    let h = imul(word[0]! ^ word[1]!, 0x9e3779b1);
    h = imul(h ^ word[2]!, 0x85ebca6b) ^ imul(word[3]!, 0xc2b2ae35);
    h ^= h >>> 15;
    let slot = h & (size - 1);
    for (;;) {
      const g = slots[slot]!;
      if (g < 0) {
        slots[slot] = count;
        firstOf[count] = i;
        group[i] = count++;
        break;
      }
      const f = firstOf[g]!;
      if (x[f] === xi && T[f] === Ti) {
        group[i] = g;
        break;
      }
      slot = (slot + 1) & (size - 1);
    }
  }
  return { group, count, firstOf };
}

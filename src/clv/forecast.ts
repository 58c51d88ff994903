/**
 * Discounted customer lifetime value over a finite horizon from a purchase model and an expected
 * spend (CRM_MODELS.md §3 "statistical forecast" and "CLV as NPV", seed 003):
 *
 *     CLV = Σₖ₌₁ᴴ margin · spend · (E[Y(kΔ)] − E[Y((k−1)Δ)]) / (1 + i)ᵏ
 *
 * E[Y(t)] the expected purchases in (T, T+t] given the customer's history (BG/NBD FHL eq. 10 or
 * Pareto/NBD), so each term is the expected purchases of period k; spend the expected value per
 * purchase (e.g. {@link gammaGammaExpectedSpend}); margin the profit share of revenue.
 *
 * Conventions (stated, as every output must be reproducible):
 * - Δ is one `periodUnit` expressed in the model's `modelUnit` (e.g. months → weeks: 30.4375/7;
 *   either may be a period length in days, e.g. 91.3125 for quarters or 28);
 * - period-end discounting, as Excel's NPV and seed 003: the first period is discounted once;
 * - the annual rate d is converted to the period: i = (1 + d)^(days per period / 365.25) − 1.
 *
 * Cost O(H) expectation evaluations. Throws `invalid` for bad parameters, history, spend < 0,
 * margin outside [0, 1], a discount rate ≤ −1 or periods not a whole number in 1…1200.
 *
 * @example
 * discountedClv({ model: "bgnbd", r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, 35,
 *   { x: 2, tx: 30.43, T: 38.86 },
 *   { modelUnit: "weeks", periodUnit: "months", periods: 12, annualDiscountRate: 0.1 }).clv
 * // => 52.15… (≈ 1.563 purchases in 12 months × 35, discounted monthly at 10% a year)
 */
import { requireInRange, requireInteger, requireNonNegative } from "../validate";
import { checkContinuousModel, clvExpectedPurchases, ContinuousPurchaseModelParams } from "./predict";
import { ClvPeriod, clvDaysPerUnit } from "./timeUnit";
// Module-level aliases: looking up the global Math is far slower inside Jest's sandbox.
const { max, pow } = Math;

export interface ClvForecastOptions {
  /** The unit of t_x, T and of the fitted parameters. */
  readonly modelUnit: ClvPeriod;
  /** The cash-flow period. */
  readonly periodUnit: ClvPeriod;
  /** Horizon H in periods. */
  readonly periods: number;
  /** Annual discount rate d, e.g. 0.1 for 10%. */
  readonly annualDiscountRate: number;
  /** Profit margin in [0, 1]; default 1 (revenue). */
  readonly margin?: number;
}

export interface ClvForecastPeriod {
  readonly period: number;
  readonly expectedPurchases: number;
  readonly discountedValue: number;
}

export interface ClvForecast {
  readonly clv: number;
  /** The discount rate per period actually used. */
  readonly periodRate: number;
  readonly periods: ClvForecastPeriod[];
}

const WHERE = "discountedClv";

export function discountedClv(
  params: ContinuousPurchaseModelParams,
  expectedSpend: number,
  customer: { readonly x: number; readonly tx: number; readonly T: number },
  options: ClvForecastOptions,
): ClvForecast {
  checkContinuousModel(WHERE, params);
  const spend = requireNonNegative(WHERE, { en: "The expected spend", zh: "期望消费额" }, expectedSpend);
  const { margin, periods: H, delta, periodRate, discount } = clvCashFlowPlan(WHERE, options);
  const out: ClvForecastPeriod[] = [];
  let clv = 0,
    before = 0;
  for (let k = 1; k <= H; k++) {
    const cumulative = clvExpectedPurchases(params, k * delta, customer.x, customer.tx, customer.T);
    const purchases = max(0, cumulative - before);
    before = cumulative;
    const value = (margin * spend * purchases) / discount[k]!;
    clv += value;
    out.push({ period: k, expectedPurchases: purchases, discountedValue: value });
  }
  return { clv, periodRate, periods: out };
}

/** The validated cash-flow conventions of {@link discountedClv}, shared with the batch scorer. */
export interface ClvCashFlowPlan {
  readonly margin: number;
  /** Horizon H in periods. */
  readonly periods: number;
  /** One period in model time units (Δ). */
  readonly delta: number;
  readonly periodRate: number;
  /** discount[k] = (1 + i)^k for k = 0 … H. */
  readonly discount: Float64Array;
}

/** Validates `options` once (throws `invalid` as discountedClv) and derives Δ, i and (1 + i)^k. */
export function clvCashFlowPlan(where: string, options: ClvForecastOptions): ClvCashFlowPlan {
  const margin = requireInRange(where, { en: "The margin", zh: "利润率" }, options.margin ?? 1, 0, 1);
  const H = requireInteger(where, { en: "The number of periods", zh: "期数" }, options.periods, 1, 1200);
  const d = requireInRange(
    where,
    { en: "The annual discount rate", zh: "年贴现率" },
    options.annualDiscountRate,
    -0.999999,
    1e3,
  );
  const periodDays = clvDaysPerUnit(options.periodUnit, where);
  const delta = periodDays / clvDaysPerUnit(options.modelUnit, where);
  const periodRate = pow(1 + d, periodDays / 365.25) - 1;
  const discount = new Float64Array(H + 1);
  for (let k = 0; k <= H; k++) discount[k] = pow(1 + periodRate, k);
  return { margin, periods: H, delta, periodRate, discount };
}

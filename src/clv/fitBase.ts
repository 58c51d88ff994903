/**
 * The one fitting template of the CLV models (CRM_MODELS.md §3), after the shared fitter base of
 * `lifetimes`: a model supplies its mean negative log-likelihood per customer and a start, and
 * {@link fitByMaximumLikelihood} does the rest the same way for every model —
 *
 * 1. minimise over θ = ln(parameters) with {@link minimizeBfgs} (every parameter stays > 0;
 *    analytic gradient when the model has one, else central differences);
 * 2. runaway detection: a parameter more than e⁹ ≈ 8,100 times away from its start means the
 *    likelihood has no interior maximum (degenerate data) → `numeric`, never a silent result;
 *    a model may add its own check after every step (`onStep`, e.g. Pareto/NBD's s/β → 0);
 * 3. the optional L2 penalty λ ≥ 0, as `lifetimes` does: λ·Σᵢ pᵢ² on the parameters themselves
 *    (not on θ) added to the mean negative log-likelihood, which pulls a runaway fit back.
 *    Rate parameters (α, β) carry the time unit, so the same λ weighs differently in days and
 *    weeks; λ = 0 (default) is the plain maximum likelihood of the published fits;
 * 4. the result: parameters, maximised log-likelihood Σ w·ln L (without the penalty), customers,
 *    iterations, and the covariance from the observed information ({@link observedCovariance}).
 *
 * {@link prepareCustomerFit} is the common first step of the (x, t_x, T) models: validate the
 * penalty, compress the table ({@link compressCustomers}), refuse a table without repeaters.
 *
 * Cost: the minimiser's, plus 2d² + 1 evaluations for the covariance (d parameters). Throws
 * `invalid` for a bad penalty or table, `numeric` as above or when the search fails.
 *
 * @example
 * fitByMaximumLikelihood({ where: "demo", start: [0], customers: 1, penalty: 0,
 *   meanNegLogLikelihood: (p) => (p[0]! - 2) ** 2 }).values // => [2] (to ~1e-6)
 */
import { numericFailure } from "../errors";
import { requireInRange } from "../validate";
import { compressCustomers, CompressedCustomers } from "./customerTable";
import { observedCovariance } from "./information";
import { minimizeBfgs, withNumericGradient } from "./optimize";
export { checkCustomer, compressCustomers } from "./customerTable";
export type { CompressedCustomers } from "./customerTable";
// Module-level aliases: looking up the global Math is far slower inside Jest's sandbox.
const { exp } = Math;

export interface FitOptions {
  /** L2 penalty λ on the parameters (default 0), as lifetimes' `penalizer_coef`. */
  readonly penalty?: number;
  /** Compute the covariance (default true); false saves 2d + 1 gradient (or 2d² + 1 value) evaluations. */
  readonly covariance?: boolean;
}

export interface ModelFitSpec {
  readonly where: string;
  /** θ₀ = ln(starting parameters). Scale parameters should start at the data's own scale. */
  readonly start: readonly number[];
  /** Σ weights: the log-likelihood is −customers × the mean. */
  readonly customers: number;
  readonly penalty: number;
  /**
   * Mean negative log-likelihood at parameters p; when `grad` is given (only if
   * `analyticGradient`), writes its gradient with respect to θ = ln p.
   */
  readonly meanNegLogLikelihood: (p: Float64Array, grad: Float64Array | null) => number;
  readonly analyticGradient?: boolean;
  readonly gradientTolerance?: number;
  /** Default true; see {@link FitOptions}. */
  readonly covariance?: boolean;
  /** Iteration cap of the minimiser (default 500). */
  readonly maxIterations?: number;
  /** Runaway bound in θ (default 9: a factor e⁹ from the start). */
  readonly bound?: number;
  /** Called with the final θ and mean objective before the result is built: a model's own identification check. */
  readonly check?: (theta: readonly number[], value: number) => void;
  /** Called with θ after every accepted step: a model may stop a runaway with its own `numeric` error. */
  readonly onStep?: (theta: Float64Array, iteration: number) => void;
}

export interface ModelFitResult {
  readonly values: number[];
  readonly logLikelihood: number;
  readonly customers: number;
  readonly iterations: number;
  /** Covariance of the parameters (inverse observed information); null when not positive definite. */
  readonly covariance: number[][] | null;
}

export function fitByMaximumLikelihood(spec: ModelFitSpec): ModelFitResult {
  const { penalty, meanNegLogLikelihood: f } = spec;
  const natural = (theta: Float64Array) => Float64Array.from(theta, exp);
  const penalised = (theta: Float64Array, grad: Float64Array | null) => {
    const p = natural(theta);
    return addPenalty(f(p, grad), p, grad, penalty);
  };
  const objective = spec.analyticGradient
    ? penalised
    : withNumericGradient((theta) => penalised(theta, null));
  const res = minimizeBfgs(spec.where, objective, spec.start, {
    gradientTolerance: spec.gradientTolerance ?? 1e-8,
    ...(spec.maxIterations === undefined ? {} : { maxIterations: spec.maxIterations }),
    ...(spec.onStep === undefined ? {} : { onStep: spec.onStep }),
    ...(spec.bound === undefined ? {} : { bound: spec.bound }),
  });
  if (spec.check) spec.check(res.theta, res.value);
  const theta = Float64Array.from(res.theta);
  const values = Array.from(natural(theta));
  const total = (t: Float64Array) => spec.customers * penalised(t, null);
  const totalGradient = (t: Float64Array, g: Float64Array) => {
    g.fill(0);
    penalised(t, g);
    for (let i = 0; i < g.length; i++) g[i] = (g[i] as number) * spec.customers;
  };
  // Without a penalty the minimiser's value at θ̂ is f itself (addPenalty returns it unchanged),
  // and its last gradient is the one at θ̂: neither is evaluated again.
  const atOptimum = Float64Array.from(res.gradient, (v) => v * spec.customers);
  return {
    values,
    logLikelihood: -spec.customers * (penalty === 0 ? res.value : f(natural(theta), null)),
    customers: spec.customers,
    iterations: res.iterations,
    covariance:
      spec.covariance === false
        ? null
        : spec.analyticGradient
          ? observedCovariance(total, theta, totalGradient, atOptimum)
          : observedCovariance(total, theta),
  };
}

/** What every fit reports beside its parameters. */
export type FitSummary = Omit<ModelFitResult, "values">;

export function fitSummary(fit: ModelFitResult): FitSummary {
  const { logLikelihood, customers, iterations, covariance } = fit;
  return { logLikelihood, customers, iterations, covariance };
}

/** Validates the penalty and the table, compresses it, refuses a table without repeat purchases. */
export function prepareCustomerFit(
  where: string,
  x: readonly number[],
  tx: readonly number[],
  T: readonly number[],
  options: FitOptions & { readonly weights?: readonly number[] },
): { data: CompressedCustomers; penalty: number; meanT: number; covariance: boolean } {
  const penalty = checkPenalty(where, options.penalty ?? 0);
  const data = compressCustomers(where, x, tx, T, options.weights);
  let meanT = 0,
    sumX = 0;
  for (let k = 0; k < data.x.length; k++) {
    meanT += ((data.weight[k] as number) * (data.T[k] as number)) / data.customers;
    sumX += (data.weight[k] as number) * (data.x[k] as number);
  }
  if (sumX === 0 || meanT === 0) {
    throw numericFailure(
      where,
      "No customer has a repeat purchase (or every T is 0), so the purchase and dropout rates cannot be estimated: give customers observed over time with repeat purchases.",
      "没有任何客户有重复购买（或所有 T 均为 0），无法估计购买率和流失率：请提供有观察时长且有重复购买的客户。",
    );
  }
  return { data, penalty, meanT, covariance: options.covariance !== false };
}

/** Validates the optional L2 penalty λ (finite, 0 … 1e6). */
export function checkPenalty(where: string, penalty: unknown): number {
  return requireInRange(where, { en: "The penalty", zh: "惩罚系数" }, penalty, 0, 1e6);
}

/**
 * Adds λ·Σ vᵢ² to a mean negative log-likelihood, and to `grad` (taken with respect to ln vᵢ)
 * its derivative 2λvᵢ². The template passes the parameters (v = p, as lifetimes).
 */
export function addPenalty(
  value: number,
  v: ArrayLike<number>,
  grad: Float64Array | null,
  penalty: number,
): number {
  if (penalty === 0) return value;
  let s = 0;
  for (let i = 0; i < v.length; i++) {
    const t = v[i] as number;
    s += t * t;
    if (grad) grad[i] = (grad[i] as number) + 2 * penalty * t * t;
  }
  return value + penalty * s;
}

/**
 * Pareto/NBD model, Schmittlein, Morrison & Colombo (1987), "Counting your customers: who are
 * they and what will they do next?", Management Science 33(1); expressions from Fader & Hardie
 * (2005), "A note on deriving the Pareto/NBD model and related expressions" (§3 likelihood).
 * CRM_MODELS.md §3. Assumptions: while active a customer buys as Poisson(λ), λ ~ gamma(r, α);
 * the lifetime is exponential(μ), μ ~ gamma(s, β); λ and μ independent.
 *
 * Log-likelihood of one customer (x, t_x, T as in {@link compressCustomers}):
 *
 *     L = Γ(r+x) α^r β^s / Γ(r) · { (α+T)^−(r+x) (β+T)^−s + s/(r+s+x) · A₀ }
 *     A₀ = F(t_x) − F(T),  with m = r+s+x and
 *       α ≥ β: F(y) = ₂F₁(m, s+1; m+1; (α−β)/(α+y)) / (α+y)^m
 *       α < β: F(y) = ₂F₁(m, r+x; m+1; (β−α)/(β+y)) / (β+y)^m
 *
 * Both branches keep the hypergeometric argument in [0, 1); {@link logHyp2f1AOne} evaluates it on
 * the log scale, also near z = 1 (α and β orders of magnitude apart), and A₀ is formed with
 * log-diff-exp, so large x neither overflows nor cancels.
 * α and β are in the time unit of t_x and T (rescaling time scales α and β, not r and s).
 *
 * `fitParetoNbd` fills in the template {@link fitByMaximumLikelihood}: Σ w·ln L over the
 * ln-parameters (BFGS, central-difference gradient) on unique (x, t_x, T) rows, after the dropout
 * screen, with its own runaway stops (s/β → 0, a far plateau). Cost O(u·n) per evaluation for u unique rows and n series terms.
 * Throws as {@link fitBgNbd}.
 *
 * @example
 * paretoNbdLogLikelihood({ model: "pnbd", r: 0.553, alpha: 10.58, s: 0.606, beta: 11.67 }, 2, 30.43, 38.86)
 * // => -9.5542…
 */
import { numericFailure } from "../errors";
import { requirePositive } from "../validate";
import {
  addPenalty,
  checkCustomer,
  CompressedCustomers,
  fitByMaximumLikelihood,
  FitOptions,
  FitSummary,
  fitSummary,
  prepareCustomerFit,
} from "./fitBase";
import { logHyp2f1AOne } from "./hyp2f1NearOne";
import { DROPOUT_LR_CRITICAL, dropoutLikelihoodRatio } from "./dropoutEvidence";
import { logDiffExp, logGamma, logSumExp } from "./special";
// Module-level aliases: looking up the global Math is far slower inside Jest's sandbox.
const { exp, log } = Math;

export interface ParetoNbdParams {
  readonly model: "pnbd";
  readonly r: number;
  readonly alpha: number;
  readonly s: number;
  readonly beta: number;
}

export interface ParetoNbdFit extends ParetoNbdParams, FitSummary {}

const WHERE = "fitParetoNbd";
/** Iteration cap of the fit (CDNOW converges in about 30). */
const MAX_ITERATIONS = 200;
const RUNAWAY_LOG_DROPOUT = log(1e-6);
/**
 * A parameter more than e⁷ ≈ 1,100 times its start has run off (r or s that large means rates
 * alike across customers; the hypergeometric terms get costly out there, so stop before e⁹).
 */
const BOUND = 7;

/** Validates Pareto/NBD parameters (finite, > 0); throws `invalid`. Cost O(1). */
export function checkParetoNbdParams(where: string, params: ParetoNbdParams): ParetoNbdParams {
  for (const k of ["r", "alpha", "s", "beta"] as const)
    requirePositive(where, { en: `The Pareto/NBD parameter ${k}`, zh: `Pareto/NBD 参数 ${k}` }, params[k]);
  return params;
}

/** ln A₀ (−∞ when t_x = T). Shared with the predictions. */
export function paretoNbdLogA0(
  r: number,
  alpha: number,
  s: number,
  beta: number,
  x: number,
  tx: number,
  T: number,
): number {
  if (tx === T) return -Infinity;
  const m = r + s + x;
  const ab = alpha >= beta;
  const big = ab ? alpha : beta,
    small = ab ? beta : alpha,
    second = ab ? s + 1 : r + x,
    diff = ab ? alpha - beta : beta - alpha;
  // z = diff/(big+y) and 1 − z = (small+y)/(big+y), both without cancellation.
  const logF = (y: number) =>
    logHyp2f1AOne(m, second, diff / (big + y), (small + y) / (big + y)) - m * log(big + y);
  const logFx = logF(tx);
  const logFT = logF(T);
  return logDiffExp(logFx, logFT);
}

export function paretoNbdLogLikelihood(params: ParetoNbdParams, x: number, tx: number, T: number): number {
  const { r, alpha, s, beta } = checkParetoNbdParams("paretoNbdLogLikelihood", params);
  const [xv, tv, Tv] = checkCustomer("paretoNbdLogLikelihood", 0, x, tx, T);
  return logGamma(r + xv) - logGamma(r) + rowTerm(r, alpha, s, beta, xv, tv, Tv);
}

/** Σ w·ln L over a compressed table (equals the per-customer sum). */
export function paretoNbdTotalLogLikelihood(params: ParetoNbdParams, data: CompressedCustomers): number {
  const { r, alpha, s, beta } = checkParetoNbdParams("paretoNbdTotalLogLikelihood", params);
  return -meanNegLL(data, [r, alpha, s, beta]) * data.customers;
}

export function fitParetoNbd(
  x: readonly number[],
  tx: readonly number[],
  T: readonly number[],
  options: FitOptions & { readonly weights?: readonly number[] } = {},
): ParetoNbdFit {
  const { data, penalty, meanT, covariance } = prepareCustomerFit(WHERE, x, tx, T, options);
  // Without a penalty the maximum exists only if the data show dropout: test that first, in O(u).
  if (penalty === 0) {
    const lr = dropoutLikelihoodRatio(data, meanT);
    if (lr !== null && lr < DROPOUT_LR_CRITICAL) throw noDropout(`LR = ${lr.toFixed(2)}`);
  }
  let maxT = 0;
  for (const Tk of data.T) maxT = Math.max(maxT, Tk);
  const start = [0, log(meanT), 0, log(meanT)];
  const meanNeg = (p: ArrayLike<number>) => meanNegLL(data, Array.from(p));
  const fit = fitByMaximumLikelihood({
    where: WHERE,
    start,
    customers: data.customers,
    penalty,
    covariance,
    meanNegLogLikelihood: (p) => meanNeg(p),
    gradientTolerance: 1e-7,
    maxIterations: MAX_ITERATIONS,
    bound: BOUND,
    onStep: (theta) => {
      // ln(s/β · max T) below ln 1e-6: less than one customer in a million would ever be seen to
      // drop out; or s itself below e⁻⁶ (≈ 0.0025, checked before the bound): μ ~ gamma(s, β) → 0.
      if ((theta[2] as number) - (theta[3] as number) + log(maxT) < RUNAWAY_LOG_DROPOUT)
        throw noDropout("s/β → 0");
      if ((theta[2] as number) < 1 - BOUND) throw noDropout("s → 0");
    },
    check: (theta, value) =>
      checkIdentified(theta, start, value, data.customers, (t) => {
        const p = Array.from(t, exp);
        return addPenalty(meanNeg(p), p, null, penalty);
      }),
  });
  const [r, alpha, s, beta] = fit.values as [number, number, number, number];
  return { model: "pnbd", r, alpha, s, beta, ...fitSummary(fit) };
}

/** ln L without the ln Γ(r+x) − ln Γ(r) part. */
function rowTerm(
  r: number,
  alpha: number,
  s: number,
  beta: number,
  x: number,
  tx: number,
  T: number,
): number {
  const first = -(r + x) * log(alpha + T) - s * log(beta + T);
  const second = log(s / (r + s + x)) + paretoNbdLogA0(r, alpha, s, beta, x, tx, T);
  return r * log(alpha) + s * log(beta) + logSumExp(first, second);
}

function meanNegLL(data: CompressedCustomers, p: readonly number[]): number {
  const [r, alpha, s, beta] = p as [number, number, number, number];
  let ll = 0;
  const lgR = logGamma(r);
  let lastX = -1,
    lg = 0;
  for (let i = 0; i < data.x.length; i++) {
    const x = data.x[i] as number,
      w = data.weight[i] as number;
    if (x !== lastX) ((lg = logGamma(r + x) - lgR), (lastX = x));
    ll += w * (lg + rowTerm(r, alpha, s, beta, x, data.tx[i] as number, data.T[i] as number));
  }
  return -ll / data.customers;
}

/**
 * A search that ends far out (a parameter a factor > e⁵ from its start) on a plateau has not
 * found a maximum: if going on in the direction it came, d = (θ − θ₀)/max|θ − θ₀| (the far
 * parameter a further factor e out), changes the total log-likelihood by less than ½, the data do
 * not determine where it ends (e.g. r, α → ∞ together: every customer buys at the same rate).
 */
function checkIdentified(
  theta: readonly number[],
  start: readonly number[],
  value: number,
  n: number,
  f: (t: Float64Array) => number,
): void {
  const out = theta.map((ti, i) => ti - (start[i] as number));
  const far = out.reduce((k, v, i) => (Math.abs(v) > Math.abs(out[k] as number) ? i : k), 0);
  const reach = Math.abs(out[far] as number);
  if (reach <= 5) return;
  const t = Float64Array.from(theta, (ti, i) => ti + (out[i] as number) / reach);
  if (n * (f(t) - value) > 0.5) return;
  const name = ["r", "α", "s", "β"][far] as string,
    to = (out[far] as number) > 0 ? "∞" : "0",
    at = exp(theta[far] as number).toPrecision(4);
  throw numericFailure(
    WHERE,
    `The model fit failed: the parameter ${name} runs off towards ${to} (${name} = ${at} and beyond fit the data equally well): the data have no interior maximum (too few repeat purchases, or all customers alike). Check the customer table (x, t_x, T) or add a small penalty.`,
    `模型拟合失败：参数 ${name} 趋向 ${to}（${name} = ${at} 及更远处对数据的拟合同样好）：数据没有内部最大值（重复购买太少，或所有客户完全相同）。请检查客户表（x、t_x、T），或加入较小的惩罚项。`,
  );
}

/** The fit cannot end at an interior maximum: the data show no dropout (`why` gives the evidence). */
function noDropout(why: string) {
  return numericFailure(
    WHERE,
    `The model fit failed: the data show no evidence that customers drop out (${why}; the likelihood-ratio test of “no dropout” needs LR ≥ 2.71), so the Pareto/NBD dropout rate runs to 0 (s/β → 0) or cannot be told from 0: the likelihood has no maximum worth reporting. Use a model without dropout, or add a small penalty.`,
    `模型拟合失败：数据中没有客户流失的证据（${why}；“无流失”的似然比检验需要 LR ≥ 2.71），Pareto/NBD 的流失率趋向 0（s/β → 0）或与 0 无法区分：似然函数没有值得报告的最大值。请使用不含流失的模型，或加入较小的惩罚项。`,
  );
}

/**
 * BG/BB model ("beta-geometric / beta-Bernoulli"), Fader, Hardie & Shang (2010), "Customer-base
 * analysis in a discrete-time noncontractual setting", Marketing Science 29(6) — CRM_MODELS.md
 * §3, for purchases that can only happen at discrete opportunities (a yearly donation, an annual
 * event, a renewal date). Assumptions (FHS §2):
 * 1. while alive, a customer buys at each opportunity with probability p (Bernoulli);
 * 2. an alive customer dies at the start of each later opportunity with probability θ;
 * 3. p ~ beta(α, β) and θ ~ beta(γ, δ) across customers, independently.
 *
 * Data per customer: x = purchases in the n opportunities after the first purchase, t_x = the
 * opportunity of the last one (0 when x = 0), n = opportunities observed; 0 ≤ x ≤ t_x ≤ n,
 * whole numbers. Rows may carry weights (how many customers share the history, as in the
 * donors file). Likelihood of one customer (FHS eq. 5):
 *
 *     L = B(α+x, β+n−x)/B(α, β) · B(γ, δ+n)/B(γ, δ)
 *       + Σᵢ₌₀^(n−t_x−1) B(α+x, β+t_x−x+i)/B(α, β) · B(γ+1, δ+t_x+i)/B(γ, δ)
 *
 * summed on the log scale, the beta ratios by their one-step recurrences. Fitted by the template
 * {@link fitByMaximumLikelihood} (numeric gradient; parameters start at 1).
 * Cost O(Σ (n − t_x)) per evaluation. Throws `invalid` for a bad table (see
 * {@link compressCustomers}; also x > t_x, fractional values), `numeric` when nobody repeats or
 * the fit does not converge.
 *
 * @example
 * bgbbLogLikelihood({ model: "bgbb", alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 }, 0, 0, 6)
 * // => -1.1673… (a donor who never gave again in 6 years)
 */
import { invalidInput } from "../errors";
import { describe, requirePositive } from "../validate";
import {
  compressCustomers,
  CompressedCustomers,
  fitByMaximumLikelihood,
  FitOptions,
  FitSummary,
  fitSummary,
  prepareCustomerFit,
} from "./fitBase";
import { logBeta, logSumExp } from "./special";
// Module-level aliases: looking up the global Math is far slower inside Jest's sandbox.
const { log } = Math;

export interface BgbbParams {
  readonly model: "bgbb";
  readonly alpha: number;
  readonly beta: number;
  readonly gamma: number;
  readonly delta: number;
}

export interface BgbbFit extends BgbbParams, FitSummary {}

const WHERE = "fitBgbb";

export function bgbbLogLikelihood(params: BgbbParams, x: number, tx: number, n: number): number {
  const { alpha, beta, gamma, delta } = checkBgbbParams("bgbbLogLikelihood", params);
  const data = checkBgbbTable("bgbbLogLikelihood", compressCustomers("bgbbLogLikelihood", [x], [tx], [n]));
  return rowLogLikelihood(
    alpha,
    beta,
    gamma,
    delta,
    data.x[0] as number,
    data.tx[0] as number,
    data.T[0] as number,
  );
}

/** Σ w·ln L over a compressed table (equals the per-customer sum). */
export function bgbbTotalLogLikelihood(params: BgbbParams, data: CompressedCustomers): number {
  const { alpha, beta, gamma, delta } = checkBgbbParams("bgbbTotalLogLikelihood", params);
  return -meanNegLL(data, alpha, beta, gamma, delta) * data.customers;
}

export function fitBgbb(
  x: readonly number[],
  tx: readonly number[],
  n: readonly number[],
  options: FitOptions & { readonly weights?: readonly number[] } = {},
): BgbbFit {
  const { data, penalty, covariance } = prepareCustomerFit(WHERE, x, tx, n, options);
  checkBgbbTable(WHERE, data);
  const fit = fitByMaximumLikelihood({
    where: WHERE,
    start: [0, 0, 0, 0],
    customers: data.customers,
    penalty,
    covariance,
    meanNegLogLikelihood: (p) =>
      meanNegLL(data, p[0] as number, p[1] as number, p[2] as number, p[3] as number),
  });
  const [alpha, beta, gamma, delta] = fit.values as [number, number, number, number];
  return { model: "bgbb", alpha, beta, gamma, delta, ...fitSummary(fit) };
}

/** Validates BG/BB parameters (all finite and > 0); throws `invalid`. Cost O(1). */
export function checkBgbbParams(where: string, params: BgbbParams): BgbbParams {
  for (const k of ["alpha", "beta", "gamma", "delta"] as const)
    requirePositive(where, { en: `The BG/BB parameter ${k}`, zh: `BG/BB 参数 ${k}` }, params[k]);
  return params;
}

/** The discrete-time rules on top of the common table check: whole numbers, x ≤ t_x. */
export function checkBgbbTable(where: string, data: CompressedCustomers): CompressedCustomers {
  for (let k = 0; k < data.x.length; k++) {
    const x = data.x[k] as number,
      tx = data.tx[k] as number,
      n = data.T[k] as number;
    if (!Number.isInteger(tx) || !Number.isInteger(n) || x > tx) {
      throw invalidInput(
        where,
        `BG/BB needs whole numbers of opportunities with 0 ≤ x ≤ t_x ≤ n (got x = ${describe(x)}, t_x = ${describe(tx)}, n = ${describe(n)}).`,
        `BG/BB 需要整数个购买机会，且 0 ≤ x ≤ t_x ≤ n（收到 x = ${describe(x)}，t_x = ${describe(tx)}，n = ${describe(n)}）。`,
      );
    }
  }
  return data;
}

/** ln L of one validated row (`lbAB`, `lbGD` = ln B(α, β), ln B(γ, δ) when already known). */
export function rowLogLikelihood(
  alpha: number,
  beta: number,
  gamma: number,
  delta: number,
  x: number,
  tx: number,
  n: number,
  lbAB = logBeta(alpha, beta),
  lbGD = logBeta(gamma, delta),
): number {
  let ll = logBeta(alpha + x, beta + n - x) - lbAB + logBeta(gamma, delta + n) - lbGD;
  // i = 0 term, then B(α+x, β+k+1) = B(α+x, β+k)·(β+k)/(α+β+x+k), B(γ+1, δ+m+1) likewise.
  let lp = logBeta(alpha + x, beta + tx - x) - lbAB,
    lq = logBeta(gamma + 1, delta + tx) - lbGD;
  for (let i = 0; i < n - tx; i++) {
    if (i > 0) {
      const k = tx - x + i - 1,
        m = tx + i - 1;
      lp += log((beta + k) / (alpha + beta + x + k));
      lq += log((delta + m) / (gamma + 1 + delta + m));
    }
    ll = logSumExp(ll, lp + lq);
  }
  return ll;
}

function meanNegLL(
  data: CompressedCustomers,
  alpha: number,
  beta: number,
  gamma: number,
  delta: number,
): number {
  let ll = 0;
  const lbAB = logBeta(alpha, beta),
    lbGD = logBeta(gamma, delta);
  for (let k = 0; k < data.x.length; k++) {
    const row = rowLogLikelihood(
      alpha,
      beta,
      gamma,
      delta,
      data.x[k] as number,
      data.tx[k] as number,
      data.T[k] as number,
      lbAB,
      lbGD,
    );
    ll += (data.weight[k] as number) * row;
  }
  return -ll / data.customers;
}

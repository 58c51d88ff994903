/**
 * Modified BG/NBD model (MBG/NBD), Batislam, Denizel & Filiztekin (2007), "Empirical validation
 * and comparison of models for customer base analysis", International Journal of Research in
 * Marketing 24(3) — CRM_MODELS.md §3. The BG/NBD assumptions (see {@link fitBgNbd}) with one
 * change: a customer may also drop out right at the first purchase, so a customer without repeat
 * purchases is not certainly alive (under BG/NBD, P(alive | x = 0) = 1).
 *
 * Log-likelihood of one customer (Batislam et al. 2007 eq. 6; lifetimes' ModifiedBetaGeoFitter):
 *
 *     L = B(a, b+x+1)/B(a, b) · Γ(r+x) α^r / Γ(r)
 *         · [ (α+T)^−(r+x) + a/(b+x) · (α+t_x)^−(r+x) ]            (for every x, also 0)
 *
 * i.e. BG/NBD with b + x → b + x + 1 and the second term for x = 0 too. Fitted by the template
 * {@link fitByMaximumLikelihood} with analytic gradients (the BG/NBD family code, shift 1).
 * Cost O(u + g) per iteration (u unique rows, g distinct x). Throws as {@link fitBgNbd}.
 *
 * @example
 * mbgNbdLogLikelihood({ model: "mbgnbd", r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 }, 2, 30.43, 38.86)
 * // => -9.4856… (one CDNOW customer)
 */
import { requirePositive } from "../validate";
import { evaluate, groups } from "./bgNbd";
import {
  checkCustomer,
  CompressedCustomers,
  fitByMaximumLikelihood,
  FitOptions,
  FitSummary,
  fitSummary,
  prepareCustomerFit,
} from "./fitBase";
// Module-level aliases: looking up the global Math is far slower inside Jest's sandbox.
const { log } = Math;

export interface MbgNbdParams {
  readonly model: "mbgnbd";
  readonly r: number;
  readonly alpha: number;
  readonly a: number;
  readonly b: number;
}

export interface MbgNbdFit extends MbgNbdParams, FitSummary {}

const WHERE = "fitMbgNbd";

export function mbgNbdLogLikelihood(params: MbgNbdParams, x: number, tx: number, T: number): number {
  const [xv, tv, Tv] = checkCustomer("mbgNbdLogLikelihood", 0, x, tx, T);
  const data = { x: [xv], tx: [tv], T: [Tv], weight: [1] };
  const { r, alpha, a, b } = checkMbgNbdParams("mbgNbdLogLikelihood", params);
  return -evaluate(data, groups(data.x), [r, alpha, a, b], null, 1);
}

/** Σ w·ln L over a compressed table (equals the per-customer sum). Cost O(u + g). */
export function mbgNbdTotalLogLikelihood(params: MbgNbdParams, data: CompressedCustomers): number {
  const { r, alpha, a, b } = checkMbgNbdParams("mbgNbdTotalLogLikelihood", params);
  return -evaluate(data, groups(data.x), [r, alpha, a, b], null, 1) * data.customers;
}

export function fitMbgNbd(
  x: readonly number[],
  tx: readonly number[],
  T: readonly number[],
  options: FitOptions & { readonly weights?: readonly number[] } = {},
): MbgNbdFit {
  const { data, penalty, meanT, covariance } = prepareCustomerFit(WHERE, x, tx, T, options);
  const grp = groups(data.x);
  const fit = fitByMaximumLikelihood({
    where: WHERE,
    start: [0, log(meanT), 0, 0],
    customers: data.customers,
    penalty,
    covariance,
    meanNegLogLikelihood: (p, grad) => evaluate(data, grp, p, grad, 1),
    analyticGradient: true,
  });
  const [r, alpha, a, b] = fit.values as [number, number, number, number];
  return { model: "mbgnbd", r, alpha, a, b, ...fitSummary(fit) };
}

/** Validates MBG/NBD parameters (all finite and > 0); throws `invalid`. Cost O(1). */
export function checkMbgNbdParams(where: string, params: MbgNbdParams): MbgNbdParams {
  for (const k of ["r", "alpha", "a", "b"] as const)
    requirePositive(where, { en: `The MBG/NBD parameter ${k}`, zh: `MBG/NBD 参数 ${k}` }, params[k]);
  return params;
}

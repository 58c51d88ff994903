/**
 * BG/NBD model ("beta-geometric / negative binomial"), Fader, Hardie & Lee (2005), "Counting
 * your customers the easy way: an alternative to the Pareto/NBD model", Marketing Science 24(2)
 * — the statistical forecast of CRM_MODELS.md §3. Assumptions (FHL §3):
 * 1. while active, a customer buys as a Poisson process with rate λ;
 * 2. λ varies across customers as gamma(shape r, rate α);
 * 3. after each repeat purchase the customer drops out with probability p;
 * 4. p varies across customers as beta(a, b), independently of λ.
 *
 * Log-likelihood of one customer (FHL eq. 6), with x, t_x, T as in {@link compressCustomers}:
 *
 *     L = B(a, b+x)/B(a, b) · Γ(r+x) α^r / Γ(r)
 *         · [ (α+T)^−(r+x) + δ(x>0) · a/(b+x−1) · (α+t_x)^−(r+x) ]
 *
 * (B(a+1, b+x−1) = B(a, b+x)·a/(b+x−1) folds FHL's A₄ into the bracket). α is in the time unit
 * of t_x and T: rescaling time by c leaves r, a, b unchanged and multiplies α by c.
 *
 * `fitBgNbd` fills in the template {@link fitByMaximumLikelihood}: Σ w·ln L over ln r, ln α,
 * ln a, ln b with analytic gradients (digamma), on unique (x, t_x, T) rows with the gamma terms
 * grouped by x; optional weights and L2 penalty as in {@link prepareCustomerFit}.
 * Cost O(u + g) per iteration for u unique rows and g distinct x values.
 * Throws `invalid` for a bad table or penalty (see {@link compressCustomers}), `numeric` when no
 * customer repeats, all T = 0, or the fit does not converge.
 *
 * @example
 * bgNbdLogLikelihood({ model: "bgnbd", r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, 2, 30.43, 38.86)
 * // => -9.4586… (one CDNOW customer)
 */
import { bgNbdFamily } from "./bgNbdFamily";
import type { FitOptions, FitSummary } from "./fitBase";

/** Re-exported for the models that import it from here. */
export type { FitOptions };

export interface BgNbdParams {
  readonly model: "bgnbd";
  readonly r: number;
  readonly alpha: number;
  readonly a: number;
  readonly b: number;
}

export interface BgNbdFit extends BgNbdParams, FitSummary {}

const BG_NBD = bgNbdFamily<BgNbdParams>({ model: "bgnbd", name: "BG/NBD", prefix: "bgNbd", shift: 0 });

/** ln L of one customer under BG/NBD (FHL eq. 6). Cost O(1). */
export const bgNbdLogLikelihood = BG_NBD.logLikelihood;
/** Σ w·ln L over a compressed table (equals the per-customer sum). Cost O(u + g). */
export const bgNbdTotalLogLikelihood = BG_NBD.totalLogLikelihood;
/** Fits BG/NBD by maximum likelihood (see the module comment). */
export const fitBgNbd: (
  x: readonly number[],
  tx: readonly number[],
  T: readonly number[],
  options?: FitOptions & { readonly weights?: readonly number[] },
) => BgNbdFit = BG_NBD.fit;
/** Validates BG/NBD parameters (all finite and > 0); throws `invalid`. Cost O(1). */
export const checkBgNbdParams = BG_NBD.check;

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
import { bgNbdFamily } from "./bgNbdFamily";
import type { FitOptions, FitSummary } from "./fitBase";

export interface MbgNbdParams {
  readonly model: "mbgnbd";
  readonly r: number;
  readonly alpha: number;
  readonly a: number;
  readonly b: number;
}

export interface MbgNbdFit extends MbgNbdParams, FitSummary {}

const MBG_NBD = bgNbdFamily<MbgNbdParams>({ model: "mbgnbd", name: "MBG/NBD", prefix: "mbgNbd", shift: 1 });

/** ln L of one customer under MBG/NBD (Batislam et al. eq. 6). Cost O(1). */
export const mbgNbdLogLikelihood = MBG_NBD.logLikelihood;
/** Σ w·ln L over a compressed table (equals the per-customer sum). Cost O(u + g). */
export const mbgNbdTotalLogLikelihood = MBG_NBD.totalLogLikelihood;
/** Fits MBG/NBD by maximum likelihood (see the module comment). */
export const fitMbgNbd: (
  x: readonly number[],
  tx: readonly number[],
  T: readonly number[],
  options?: FitOptions & { readonly weights?: readonly number[] },
) => MbgNbdFit = MBG_NBD.fit;
/** Validates MBG/NBD parameters (all finite and > 0); throws `invalid`. Cost O(1). */
export const checkMbgNbdParams = MBG_NBD.check;

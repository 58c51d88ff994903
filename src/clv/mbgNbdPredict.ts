/**
 * Predictions of the modified BG/NBD model (Batislam, Denizel & Filiztekin 2007; CRM_MODELS.md
 * §3) for a customer with history (x, t_x, T), symbols as in {@link fitMbgNbd}:
 *
 *     P(alive) = 1 / (1 + a/(b+x) · ((α+T)/(α+t_x))^(r+x))             (also for x = 0)
 *     E[Y(t) | x, t_x, T] = P(alive) · (a+b+x)/(a−1)
 *                           · [1 − ((α+T)/(α+T+t))^(r+x) ₂F₁(r+x, b+x+1; a+b+x; t/(α+T+t))]
 *     E[X(t)] (new customer) = b/(a−1) · [1 − (α/(α+t))^r ₂F₁(r, b+1; a+b; t/(α+t))]
 *     P(X(t) = x) = B(a, b+x+1)/B(a, b)·NB(x) + B(a+1, b+x)/B(a, b)·P(NB ≥ x)
 *
 * (as lifetimes' ModifiedBetaGeoFitter): the BG/NBD expressions with b + x → b + x + 1, shared
 * with bgNbdPredict.ts (same removable-singularity handling at a = 1).
 *
 * Cost O(1) for P(alive), O(n) hypergeometric terms for expectations, O(x) for P(X(t)=x).
 * Throws `invalid` for bad parameters, history or horizon.
 *
 * @example
 * const p = { model: "mbgnbd", r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 } as const;
 * mbgNbdProbabilityAlive(p, 0, 0, 38.86) // => 0.3897… (not 1: a customer may drop out at once)
 */
import { requireNonNegative } from "../validate";
import { familyAlive, familyExpected, familyPmf } from "./bgNbdPredict";
import { checkCustomer } from "./fitBase";
import { checkMbgNbdParams, MbgNbdParams } from "./mbgNbd";

export function mbgNbdProbabilityAlive(params: MbgNbdParams, x: number, tx: number, T: number): number {
  const p = checkMbgNbdParams("mbgNbdProbabilityAlive", params);
  const [xv, tv, Tv] = checkCustomer("mbgNbdProbabilityAlive", 0, x, tx, T);
  return familyAlive(p, xv, tv, Tv, 1);
}

export function mbgNbdConditionalExpectedPurchases(
  params: MbgNbdParams,
  t: number,
  x: number,
  tx: number,
  T: number,
): number {
  const where = "mbgNbdConditionalExpectedPurchases";
  const p = checkMbgNbdParams(where, params);
  const tv = requireNonNegative(where, { en: "The horizon t", zh: "预测期 t" }, t);
  const [xv, txv, Tv] = checkCustomer(where, 0, x, tx, T);
  return familyExpected(p, tv, xv, txv, Tv, 1);
}

export function mbgNbdExpectedPurchases(params: MbgNbdParams, t: number): number {
  return mbgNbdConditionalExpectedPurchases(params, t, 0, 0, 0);
}

export function mbgNbdProbabilityOfPurchases(params: MbgNbdParams, t: number, x: number): number {
  const where = "mbgNbdProbabilityOfPurchases";
  const p = checkMbgNbdParams(where, params);
  const tv = requireNonNegative(where, { en: "The period t", zh: "期间 t" }, t);
  const [xv] = checkCustomer(where, 0, x, 0, 0);
  return familyPmf(p, tv, xv, 1);
}

/**
 * Predictions of the Pareto/NBD model (Fader & Hardie 2005, "A note on deriving the Pareto/NBD
 * model and related expressions": §4 mean, §5 P(alive), §6 conditional expectation;
 * CRM_MODELS.md §3), for a customer with history (x, t_x, T) and a horizon t in the same unit:
 *
 *     P(alive) = 1 / (1 + s/(r+s+x) · (α+T)^(r+x) (β+T)^s · A₀)          (A₀ as in the likelihood)
 *     E[Y(t) | x, t_x, T] = P(alive) · (r+x)(β+T) / ((α+T)(s−1)) · [1 − ((β+T)/(β+T+t))^(s−1)]
 *     E[X(t)] (new customer) = rβ / (α(s−1)) · [1 − (β/(β+t))^(s−1)]
 *
 * At s = 1 the bracket's limit is used: [1 − q^(s−1)]/(s−1) → −ln q, evaluated for every s as
 * −expm1((s−1)·ln q)/(s−1) so there is no loss of digits near s = 1.
 *
 * Cost O(n) hypergeometric terms for P(alive), O(1) otherwise. Throws `invalid` for bad
 * parameters, history or horizon; `numeric` if the hypergeometric series cannot be evaluated.
 *
 * @example
 * const p = { model: "pnbd", r: 0.553, alpha: 10.58, s: 0.606, beta: 11.67 } as const;
 * paretoNbdProbabilityAlive(p, 0, 0, 38.86)   // => 0.2953… (no repeat purchase in 39 weeks)
 */
import { requireNonNegative } from "../validate";
import { checkCustomer } from "./fitBase";
import { checkParetoNbdParams, ParetoNbdParams, paretoNbdLogA0 } from "./paretoNbd";
// Module-level aliases: looking up the global Math is far slower inside Jest's sandbox.
const { abs, exp, expm1, log, log1p } = Math;

export function paretoNbdProbabilityAlive(params: ParetoNbdParams, x: number, tx: number, T: number): number {
  const { r, alpha, s, beta } = checkParetoNbdParams("paretoNbdProbabilityAlive", params);
  const [xv, tv, Tv] = checkCustomer("paretoNbdProbabilityAlive", 0, x, tx, T);
  const logOdds =
    log(s / (r + s + xv)) +
    (r + xv) * log(alpha + Tv) +
    s * log(beta + Tv) +
    paretoNbdLogA0(r, alpha, s, beta, xv, tv, Tv);
  return 1 / (1 + exp(logOdds));
}

export function paretoNbdConditionalExpectedPurchases(
  params: ParetoNbdParams,
  t: number,
  x: number,
  tx: number,
  T: number,
): number {
  const where = "paretoNbdConditionalExpectedPurchases";
  const { r, alpha, s, beta } = checkParetoNbdParams(where, params);
  const tv = requireNonNegative(where, { en: "The horizon t", zh: "预测期 t" }, t);
  const [xv, txv, Tv] = checkCustomer(where, 0, x, tx, T);
  const alive = paretoNbdProbabilityAlive(params, xv, txv, Tv);
  return alive * (((r + xv) * (beta + Tv)) / (alpha + Tv)) * lifetimeFactor(s, log1p(tv / (beta + Tv)));
}

export function paretoNbdExpectedPurchases(params: ParetoNbdParams, t: number): number {
  const where = "paretoNbdExpectedPurchases";
  const { r, alpha, s, beta } = checkParetoNbdParams(where, params);
  const tv = requireNonNegative(where, { en: "The horizon t", zh: "预测期 t" }, t);
  return ((r * beta) / alpha) * lifetimeFactor(s, log1p(tv / beta));
}

/** [1 − e^(−(s−1)L)]/(s−1) with L = ln((β+T+t)/(β+T)); → L at s = 1. */
function lifetimeFactor(s: number, L: number): number {
  const k = s - 1;
  return abs(k * L) < 1e-12 ? L : -expm1(-k * L) / k;
}

/**
 * P(X(t) = x) under the Pareto/NBD model for a new customer (CRM_MODELS.md §3), by conditioning
 * on the lifetime τ ~ Pareto(s, β) (exponential(μ), μ ~ gamma(s, β)): purchases are
 * NBD(r, α) while alive, so (Fader, Hardie & Lee 2005, "A note on deriving the Pareto/NBD
 * model", §2 assumptions)
 *
 *     P(X(t) = x) = S(t)·NB(x; t) + ∫₀ᵗ f(τ)·NB(x; τ) dτ,
 *     S(τ) = (β/(β+τ))^s,  f(τ) = (s/β)(β/(β+τ))^(s+1),
 *     NB(x; τ) = Γ(r+x)/(Γ(r) x!) · (α/(α+τ))^r (τ/(α+τ))^x.
 *
 * The closed form of Fader & Hardie (2006, "Deriving an expression for P(X(t) = x) under the
 * Pareto/NBD model") subtracts ₂F₁ series that nearly cancel for large x; the one-dimensional
 * integral of smooth, positive terms is evaluated instead by {@link integrate} (relative
 * accuracy ≈ 1e-11). t in the time unit of α and β.
 *
 * Cost one adaptive quadrature (≈ 15–300 evaluations). Throws `invalid` for bad parameters,
 * t < 0 or x not a whole number ≥ 0.
 *
 * @example
 * paretoNbdProbabilityOfPurchases({ model: "pnbd", r: 0.553, alpha: 10.58, s: 0.606, beta: 11.67 }, 39, 0)
 * // => 0.5936… (no repeat purchase in the first 39 weeks)
 */
import { requireInteger, requireNonNegative } from "../validate";
import { checkParetoNbdParams, ParetoNbdParams } from "./paretoNbd";
import { integrate } from "./quadrature";
import { logGamma } from "./special";
// Module-level aliases: looking up the global Math is far slower inside Jest's sandbox.
const { exp, log, log1p, max, min } = Math;

export function paretoNbdProbabilityOfPurchases(params: ParetoNbdParams, t: number, x: number): number {
  const where = "paretoNbdProbabilityOfPurchases";
  const { r, alpha, s, beta } = checkParetoNbdParams(where, params);
  const tv = requireNonNegative(where, { en: "The period t", zh: "期间 t" }, t);
  const xv = requireInteger(where, { en: "The number of purchases", zh: "购买次数" }, x, 0, 1e7);
  const lnC = logGamma(r + xv) - logGamma(r) - logGamma(xv + 1);
  const lnNb = (tau: number) =>
    lnC - r * log1p(tau / alpha) + (xv > 0 ? xv * (log(tau) - log(alpha + tau)) : 0);
  const lnS = (tau: number) => -s * log1p(tau / beta);
  const alive = exp(lnS(tv) + lnNb(tv));
  if (tv === 0) return xv === 0 ? 1 : 0;
  const died = integrate(
    (tau) => (tau <= 0 && xv > 0 ? 0 : exp(log(s / beta) - (s + 1) * log1p(tau / beta) + lnNb(tau))),
    0,
    tv,
    { absTol: 1e-16, relTol: 1e-11 },
  );
  return min(1, max(0, alive + died));
}

/**
 * Discounted expected residual transactions (DERT) of a customer, Fader, Hardie & Lee (2005),
 * "RFM and CLV: using iso-value curves for customer base analysis", Journal of Marketing
 * Research 42(4), 415–430 (CRM_MODELS.md §3): the present value of the customer's future
 * purchases, in purchases, with continuous discounting at δ per model time unit:
 *
 *     DERT = ∫₀^∞ e^(−δt) dE[Y(t) | x, t_x, T] = δ ∫₀^∞ e^(−δt) E[Y(t) | x, t_x, T] dt
 *
 * - Pareto/NBD — closed form (FHL 2005 JMR eq. 2), Ψ the confluent hypergeometric function of
 *   the second kind (Tricomi U):
 *       DERT = α^r β^s δ^(s−1) Γ(r+x+1) Ψ(s, s; δ(β+T)) / (Γ(r) (α+T)^(r+x+1) L(r, α, s, β | x, t_x, T)),
 *   with Ψ(s, s; z) = e^z Γ(1−s, z) = ∫₀^∞ e^(−v) (z+v)^(−s) dv (DLMF 13.6.6 with 13.2.40),
 *   evaluated by quadrature of that positive integrand (no cancellation for any s > 0);
 * - BG/NBD and MBG/NBD — no closed form is known: the integral above by adaptive Gauss–Kronrod
 *   quadrature over u = δt ∈ [0, 40] of e^(−u) E[Y(u/δ)] (the rest is below e⁻⁴⁰ of E), E from
 *   the models' closed forms (FHL eq. 10).
 *
 * δ = ln(1 + d) × (days per model unit)/365.25 for an annual rate d (the unit row of the fit).
 *
 * Cost one quadrature (≈ 30–500 evaluations; each BG/NBD evaluation sums a ₂F₁ series).
 * Throws `invalid` for bad parameters or history, a discount rate not in (0, 1000], BG/BB
 * parameters (discrete opportunities); `numeric` if the integral does not converge.
 *
 * @example
 * clvDert({ model: "pnbd", r: 0.553, alpha: 10.58, s: 0.606, beta: 11.67 }, 2, 30.43, 38.86, 0.0027)
 * // => 6.4836… (weekly δ = 0.0027 ≈ 15% a year)
 */
import { requireInRange } from "../validate";
import { checkCustomer } from "./fitBase";
import { checkParetoNbdParams, paretoNbdLogLikelihood, ParetoNbdParams } from "./paretoNbd";
import { checkContinuousModel, clvExpectedPurchases, ContinuousPurchaseModelParams } from "./predict";
import { integrate, integrateToInfinity } from "./quadrature";
import { logGamma } from "./special";
// Module-level aliases: looking up the global Math is far slower inside Jest's sandbox.
const { exp, log, log1p } = Math;

const WHERE = "clvDert";

/** δ per model time unit from an annual rate d: ln(1 + d)·(days per unit)/365.25. */
export function continuousDiscountRate(annualRate: number, daysPerUnit: number): number {
  const d = requireInRange(WHERE, { en: "The annual discount rate", zh: "年贴现率" }, annualRate, 1e-9, 1e3);
  return (log1p(d) * daysPerUnit) / 365.25;
}

export function clvDert(
  params: ContinuousPurchaseModelParams,
  x: number,
  tx: number,
  T: number,
  delta: number,
): number {
  const p = checkContinuousModel(WHERE, params);
  const dv = requireInRange(WHERE, { en: "The discount rate δ", zh: "贴现率 δ" }, delta, 1e-12, 1e3);
  const [xv, txv, Tv] = checkCustomer(WHERE, 0, x, tx, T);
  if (p.model === "pnbd") return paretoNbdDert(p, xv, txv, Tv, dv);
  // u = δt beyond 40 adds < e⁻⁴⁰·E ≈ 4e-18·E, and keeps the ₂F₁ argument t/(α+T+t) away from 1.
  const f = (u: number) => exp(-u) * clvExpectedPurchases(p, u / dv, xv, txv, Tv);
  return integrate(f, 0, 2) + integrate(f, 2, 8) + integrate(f, 8, 40);
}

/** ln Ψ(s, s; z) = ln ∫₀^∞ e^(−v) (z+v)^(−s) dv, z > 0. */
export function logTricomiUss(s: number, z: number): number {
  const f = (v: number) => exp(-v - s * log(z + v) + s * log(z)); // scaled by z^s: 1 at v = 0
  const near = integrate(f, 0, z) + integrate(f, z, z + 1);
  return log(near + integrateToInfinity(f, z + 1, 1)) - s * log(z);
}

function paretoNbdDert(params: ParetoNbdParams, x: number, tx: number, T: number, delta: number): number {
  const { r, alpha, s, beta } = checkParetoNbdParams(WHERE, params);
  const lnL = paretoNbdLogLikelihood(params, x, tx, T);
  return exp(
    r * log(alpha) +
      s * log(beta) +
      (s - 1) * log(delta) +
      logGamma(r + x + 1) +
      logTricomiUss(s, delta * (beta + T)) -
      logGamma(r) -
      (r + x + 1) * log(alpha + T) -
      lnL,
  );
}

/**
 * Evidence of dropout in a customer table, for the Pareto/NBD fit (CRM_MODELS.md §3): a
 * likelihood-ratio test of "no customer drops out" that costs two small closed-form fits, run
 * before the expensive hypergeometric likelihood. With no dropout (μ = 0) the Pareto/NBD is the
 * NBD model (Ehrenberg 1959); on the slice β = α the hypergeometric function is 1
 * (Fader & Hardie 2005, "A note on deriving the Pareto/NBD model", eq. 22 with z = 0), so
 *
 *     NBD:       ln L₀ = ln Γ(r+x) − ln Γ(r) + r ln α − (r+x) ln(α+T)
 *     slice:     ln L₁ = ln Γ(r+x) − ln Γ(r) + (r+s) ln α − m ln(α+T) + ln(1 + s/m · (e^(m·D) − 1))
 *                m = r+s+x,  D = ln((α+T)/(α+t_x))
 *
 * and the slice tends to the NBD as s → 0. LR = 2·(max ln L₁ − max ln L₀) is, without dropout,
 * ½χ²₀ + ½χ²₁ (Self & Liang 1987, a parameter on its boundary); LR < 2.706 (5 %) means the
 * data give no significant evidence of dropout. The full model can only fit better than the
 * slice, so this is a screen on the slice: a fit that passes it still meets the runaway checks.
 *
 * Cost O(u·k) for u unique rows and k ≈ 30 quasi-Newton steps with analytic gradients.
 * Returns `null` when a fit has no interior maximum for another reason (the caller then runs
 * the full fit, whose own checks report it).
 *
 * @example
 * const T = [39, 39, 39, 39, 39, 39, 39];
 * dropoutLikelihoodRatio(compressCustomers("demo", [0, 1, 9, 2, 0, 6, 1], [0, 30, 38, 39, 0, 38, 35], T), 39)
 * // => 0 (every buyer bought lately: no evidence of dropout)
 * dropoutLikelihoodRatio(compressCustomers("demo", [0, 1, 9, 2, 0, 6, 1], [0, 3, 8, 9, 0, 8, 5], T), 39)
 * // => 40.71… (long silences after frequent buying: dropout)
 */
import { CrmError } from "../errors";
import type { CompressedCustomers } from "./fitBase";
import { minimizeBfgs } from "./optimize";
import { digamma, logGamma } from "./special";
// Module-level aliases: looking up the global Math is far slower inside Jest's sandbox.
const { exp, expm1, log } = Math;

/** 5 % critical value of ½χ²₀ + ½χ²₁ (the 90 % quantile of χ²₁). */
export const DROPOUT_LR_CRITICAL = 2.705543454095404;

export function dropoutLikelihoodRatio(data: CompressedCustomers, meanT: number): number | null {
  const groups = groupByX(data.x);
  const fit = (d: number, start: number[], onStep?: (t: Float64Array) => void) =>
    minimizeBfgs("dropoutLikelihoodRatio", (t, g) => sliceNegLL(data, groups, t, g, d), start, { onStep });
  try {
    const nbd = fit(2, [0, log(meanT)]).value;
    let slice: number;
    try {
      slice = fit(3, [0, log(meanT), 0], (t) => {
        if ((t[2] as number) < LOG_S_TO_NBD) throw new RanToNbd(sliceNegLL(data, groups, t, null, 3));
      }).value;
    } catch (e) {
      if (!(e instanceof RanToNbd)) throw e;
      slice = e.value; // s → 0: the slice heads for the NBD, its supremum
    }
    return Math.max(0, 2 * data.customers * (nbd - slice));
  } catch (e) {
    if (e instanceof CrmError && e.code === "numeric") return null;
    throw e;
  }
}

/** ln s below which the slice is taken to run to the NBD (s < 3·10⁻⁴; the fit's bound is ln s < −9). */
const LOG_S_TO_NBD = -8;

/** Distinct x values and each row's index among them (the gamma terms depend on x only). */
function groupByX(x: Float64Array): { values: number[]; of: Int32Array } {
  const pos = new Map<number, number>();
  const values: number[] = [];
  const of = new Int32Array(x.length);
  for (let i = 0; i < x.length; i++) {
    let g = pos.get(x[i] as number);
    if (g === undefined) pos.set(x[i] as number, (g = values.push(x[i] as number) - 1));
    of[i] = g;
  }
  return { values, of };
}

class RanToNbd extends Error {
  constructor(readonly value: number) {
    super("slice runs to the NBD");
  }
}

/** Mean −ln L over θ = (ln r, ln α[, ln s]) and its gradient: the NBD for d = 2, the slice for 3. */
function sliceNegLL(
  data: CompressedCustomers,
  groups: { values: number[]; of: Int32Array },
  th: Float64Array,
  grad: Float64Array | null,
  d: number,
): number {
  const r = exp(th[0] as number),
    alpha = exp(th[1] as number),
    s = d === 3 ? exp(th[2] as number) : 0;
  const lgR = logGamma(r),
    psiR = digamma(r),
    lnA = log(alpha);
  const lg = groups.values.map((x) => logGamma(r + x) - lgR),
    psi = groups.values.map((x) => digamma(r + x) - psiR);
  let ll = 0,
    dr = 0,
    da = 0,
    ds = 0;
  for (let i = 0; i < data.x.length; i++) {
    const x = data.x[i] as number,
      w = data.weight[i] as number,
      T = data.T[i] as number,
      tx = data.tx[i] as number;
    const g = groups.of[i] as number;
    const m = r + s + x,
      lT = log(alpha + T),
      D = tx === T ? 0 : lT - log(alpha + tx);
    // 1 + s/m·(e^(mD) − 1) = e^(mD)/ρ with ρ = 1/(e^(−mD) − s/m·expm1(−mD)) ∈ (0, m/s]: no overflow.
    const E = exp(-m * D),
      rho = 1 / (E - (s / m) * expm1(-m * D));
    ll += w * ((lg[g] as number) + (r + s) * lnA - m * lT + m * D + log(1 / rho));
    if (!grad) continue;
    const q = E * rho,
      dhdm = -(1 - q) / m + (s / m) * D * rho,
      dD = 1 / (alpha + T) - 1 / (alpha + tx);
    dr += w * ((psi[g] as number) + lnA - lT + dhdm);
    da += w * ((r + s) / alpha - m / (alpha + T) + s * rho * dD);
    if (d === 3) ds += w * (lnA - lT + dhdm + (1 - q) / s);
  }
  const n = data.customers;
  if (grad) {
    grad[0] = (-dr * r) / n;
    grad[1] = (-da * alpha) / n;
    if (d === 3) grad[2] = (-ds * s) / n;
  }
  return -ll / n;
}

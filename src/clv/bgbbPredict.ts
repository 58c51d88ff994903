/**
 * Predictions of the BG/BB model (Fader, Hardie & Shang 2010; CRM_MODELS.md §3) for a customer
 * with history (x, t_x, n) — symbols as in {@link fitBgbb}; future horizons are whole numbers
 * of opportunities:
 *
 *     P(alive at opportunity n+1) = B(α+x, β+n−x)/B(α, β) · B(γ, δ+n+1)/B(γ, δ) / L      (FHS eq. 11)
 *     E[X(n, n+n*) | x, t_x, n] = B(α+x+1, β+n−x)/B(α, β) / L · Σₖ₌₁^(n*) B(γ, δ+n+k)/B(γ, δ)
 *     E[X(n)] (new customer)   = α/(α+β) · Σₜ₌₁ⁿ B(γ, δ+t)/B(γ, δ)                           (FHS eq. 7)
 *     P(X(n) = x) = C(n, x) B(α+x, β+n−x)/B(α, β) · B(γ, δ+n)/B(γ, δ)
 *                 + Σᵢ₌ₓ^(n−1) C(i, x) B(α+x, β+i−x)/B(α, β) · B(γ+1, δ+i)/B(γ, δ)            (FHS eq. 8)
 *
 * The sums are the closed forms of FHS eq. 7 and 13 written term by term (each term: alive at
 * that opportunity × E[p]), which avoids their removable singularity at γ = 1.
 * "P(alive)" of the Excel functions is the paper's P(alive in 2002) for the 1995 cohort: alive
 * at the first opportunity after the n observed.
 *
 * Cost O(n − t_x) for P(alive), O(n − t_x + n*) for the expectation, O(n) per PMF term.
 * Throws `invalid` for bad parameters, history or horizon.
 *
 * @example
 * const p = { model: "bgbb", alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 } as const;
 * bgbbProbabilityAlive(p, 6, 6, 6) // => 0.9304… (FHS: 0.93)
 */
import { requireInteger } from "../validate";
import { BgbbParams, checkBgbbParams, checkBgbbTable, rowLogLikelihood } from "./bgbb";
import { compressCustomers } from "./fitBase";
import { logBeta, logGamma } from "./special";
// Module-level aliases: looking up the global Math is far slower inside Jest's sandbox.
const { exp, max, min } = Math;

function history(where: string, x: number, tx: number, n: number): [number, number, number] {
  const d = checkBgbbTable(where, compressCustomers(where, [x], [tx], [n]));
  return [d.x[0] as number, d.tx[0] as number, d.T[0] as number];
}

export function bgbbProbabilityAlive(params: BgbbParams, x: number, tx: number, n: number): number {
  const where = "bgbbProbabilityAlive";
  const { alpha, beta, gamma, delta } = checkBgbbParams(where, params);
  const [xv, tv, nv] = history(where, x, tx, n);
  const ll = rowLogLikelihood(alpha, beta, gamma, delta, xv, tv, nv);
  const lnAlive =
    logBeta(alpha + xv, beta + nv - xv) -
    logBeta(alpha, beta) +
    logBeta(gamma, delta + nv + 1) -
    logBeta(gamma, delta);
  return min(1, max(0, exp(lnAlive - ll)));
}

export function bgbbConditionalExpectedPurchases(
  params: BgbbParams,
  periods: number,
  x: number,
  tx: number,
  n: number,
): number {
  const where = "bgbbConditionalExpectedPurchases";
  const { alpha, beta, gamma, delta } = checkBgbbParams(where, params);
  const future = requireInteger(where, { en: "The future periods", zh: "未来期数" }, periods, 0, 1e6);
  const [xv, tv, nv] = history(where, x, tx, n);
  const ll = rowLogLikelihood(alpha, beta, gamma, delta, xv, tv, nv);
  const lead = logBeta(alpha + xv + 1, beta + nv - xv) - logBeta(alpha, beta) - ll;
  return exp(lead) * survivalSum(gamma, delta, nv, future);
}

export function bgbbExpectedPurchases(params: BgbbParams, n: number): number {
  const where = "bgbbExpectedPurchases";
  const { alpha, beta, gamma, delta } = checkBgbbParams(where, params);
  const nv = requireInteger(where, { en: "The periods n", zh: "期数 n" }, n, 0, 1e6);
  return (alpha / (alpha + beta)) * survivalSum(gamma, delta, 0, nv);
}

export function bgbbProbabilityOfPurchases(params: BgbbParams, n: number, x: number): number {
  const where = "bgbbProbabilityOfPurchases";
  const { alpha, beta, gamma, delta } = checkBgbbParams(where, params);
  const nv = requireInteger(where, { en: "The periods n", zh: "期数 n" }, n, 0, 1e6);
  const xv = requireInteger(where, { en: "The number of purchases", zh: "购买次数" }, x, 0, 1e6);
  if (xv > nv) return 0;
  const lbAB = logBeta(alpha, beta),
    lbGD = logBeta(gamma, delta);
  const lnChoose = (m: number, k: number) => logGamma(m + 1) - logGamma(k + 1) - logGamma(m - k + 1);
  let p = exp(
    lnChoose(nv, xv) + logBeta(alpha + xv, beta + nv - xv) - lbAB + logBeta(gamma, delta + nv) - lbGD,
  );
  for (let i = xv; i < nv; i++)
    p += exp(
      lnChoose(i, xv) + logBeta(alpha + xv, beta + i - xv) - lbAB + logBeta(gamma + 1, delta + i) - lbGD,
    );
  return min(1, max(0, p));
}

/** Σₖ₌₁^m B(γ, δ+n+k)/B(γ, δ), each term from the last: ·(δ+n+k−1)/(γ+δ+n+k−1). */
function survivalSum(gamma: number, delta: number, n: number, m: number): number {
  let term = exp(logBeta(gamma, delta + n) - logBeta(gamma, delta)),
    sum = 0;
  for (let k = 1; k <= m; k++) {
    term *= (delta + n + k - 1) / (gamma + delta + n + k - 1);
    sum += term;
  }
  return sum;
}

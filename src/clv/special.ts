/**
 * Special functions shared by the CLV models (CRM_MODELS.md §3): log-gamma, digamma, log-beta
 * and the log-sum-exp family. The likelihoods of BG/NBD, Pareto/NBD, Gamma-Gamma and sBG are
 * products of gamma functions and powers, so every model works on the log scale with these.
 *
 * - `logGamma(x)` = ln Γ(x), x > 0: Lanczos approximation (g = 7, 9 terms; Numerical Recipes
 *   3rd ed. §6.1), relative error ≈ 1e-15; below 0.5 through ln Γ(x) = ln Γ(x + 1) − ln x.
 * - `digamma(x)` = ψ(x) = d ln Γ(x)/dx, x > 0: recurrence ψ(x) = ψ(x + 1) − 1/x up to x ≥ 10,
 *   then the asymptotic series (Abramowitz & Stegun 6.3.18).
 * - `logBeta(a, b)` = ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b).
 * - `logSumExp(u, v)` = ln(eᵘ + eᵛ) and `logDiffExp(u, v)` = ln(eᵘ − eᵛ) (u ≥ v), never
 *   overflowing; −∞ stands for ln 0.
 *
 * Cost O(1) each. These are internal numerics: arguments are not validated (callers validate);
 * a non-positive argument to `logGamma`/`digamma` returns +∞/−∞ rather than NaN.
 *
 * @example
 * logGamma(5)           // => 3.1780538303479458  (ln 24)
 * digamma(1)            // => -0.5772156649015329 (−Euler's γ)
 * logSumExp(0, 0)       // => 0.6931471805599453  (ln 2)
 */
// Module-level aliases: looking up the global Math is far slower inside Jest's sandbox.
const { LN2, exp, expm1, log, log1p } = Math;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
const HALF_LOG_TWO_PI = 0.9189385332046728;

export function logGamma(x: number): number {
  if (!(x > 0)) return Infinity;
  if (x < 0.5) return logGamma(x + 1) - log(x);
  const y = x - 1;
  let sum = LANCZOS[0] as number;
  for (let i = 1; i < 9; i++) sum += (LANCZOS[i] as number) / (y + i);
  const t = y + 7.5;
  return HALF_LOG_TWO_PI + (y + 0.5) * log(t) - t + log(sum);
}

export function digamma(x: number): number {
  if (!(x > 0)) return -Infinity;
  let shift = 0;
  while (x < 10) {
    shift -= 1 / x;
    x += 1;
  }
  const inv = 1 / x;
  const inv2 = inv * inv;
  const series = inv2 * (1 / 12 - inv2 * (1 / 120 - inv2 * (1 / 252 - inv2 * (1 / 240 - inv2 * (1 / 132)))));
  return shift + log(x) - 0.5 * inv - series;
}

export function logBeta(a: number, b: number): number {
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}

export function logSumExp(u: number, v: number): number {
  if (u === -Infinity) return v;
  if (v === -Infinity) return u;
  return u > v ? u + log1p(exp(v - u)) : v + log1p(exp(u - v));
}

/** ln(eᵘ − eᵛ) for u ≥ v; −∞ when they are equal (or v > u by rounding). */
export function logDiffExp(u: number, v: number): number {
  if (v === -Infinity) return u;
  const d = v - u;
  if (d >= 0) return -Infinity;
  // ln(1 − eᵈ): expm1 for d near 0, log1p for d very negative (Mächler 2012).
  return u + (d > -LN2 ? log(-expm1(d)) : log1p(-exp(d)));
}

/**
 * Gauss hypergeometric function on the log scale, ln ₂F₁(a, b; c; z), for the Pareto/NBD
 * likelihood and the BG/NBD expectations (CRM_MODELS.md §3).
 *
 *     ₂F₁(a, b; c; z) = Σ_j (a)_j (b)_j / ((c)_j j!) · zʲ      (Abramowitz & Stegun 15.1.1)
 *
 * Stable evaluation for c > 0 and z < 1:
 * - z < 0 → Pfaff transformation (A&S 15.3.4), argument z/(z − 1) ∈ (0, 1);
 * - c − a − b < 0 → Euler transformation (A&S 15.3.3)
 *   ₂F₁(a, b; c; z) = (1 − z)^(c−a−b) ₂F₁(c − a, c − b; c; z), whose terms no longer grow
 *   like j^(a+b−c−1): for large purchase counts (a, b in the hundreds) this is what keeps the
 *   series short and free of overflow;
 * - the remaining series is summed with rescaling (no overflow), and stops when the geometric
 *   bound on the tail is below 1e-17 of the sum.
 *
 * Cost O(n) with n ≈ ln(1e-17)/ln z terms (≈ 50 at z = 0.5, ≈ 4,000 at z = 0.99).
 * Throws `numeric` when c ≤ 0, z ≥ 1, the value is not positive (its log does not exist) or the
 * series needs more than 500,000 terms (z too close to 1).
 *
 * @example
 * Math.exp(logHyp2f1(1, 1, 2, 0.5))   // => 1.3862943611198906 (= −ln(1 − z)/z)
 */
import { numericFailure } from "../errors";
// Module-level aliases: looking up the global Math is far slower inside Jest's sandbox.
const { abs, log, log1p, max } = Math;

const WHERE = "logHyp2f1";
const MAX_TERMS = 500_000;
const BIG = 1e250;
const LOG_BIG = log(BIG);

export function logHyp2f1(a: number, b: number, c: number, z: number): number {
  if (!(c > 0) || !(z < 1) || !Number.isFinite(a) || !Number.isFinite(b) || !Number.isFinite(z)) {
    throw numericFailure(
      WHERE,
      `The hypergeometric function 2F1(${a}, ${b}; ${c}; ${z}) needs c > 0 and z < 1: the model parameters are outside the region where it can be evaluated.`,
      `超几何函数 2F1(${a}, ${b}; ${c}; ${z}) 需要 c > 0 且 z < 1：模型参数超出了可计算的范围。`,
    );
  }
  if (z < 0) return -a * log1p(-z) + logHyp2f1(a, c - b, c, z / (z - 1));
  if (c - a - b < 0 && z > 0) return (c - a - b) * log1p(-z) + logSeries(c - a, c - b, c, z);
  return logSeries(a, b, c, z);
}

/** ln of the plain series for 0 ≤ z < 1, summed with rescaling. */
function logSeries(a: number, b: number, c: number, z: number): number {
  let term = 1;
  let sum = 1;
  let logScale = 0;
  // A negative a or b makes one early ratio tiny before the terms grow again: never stop before.
  const settled = max(0, -a, -b);
  for (let j = 0; j < MAX_TERMS; j++) {
    const ratio = (((a + j) * (b + j)) / ((c + j) * (j + 1))) * z;
    term *= ratio;
    sum += term;
    if (abs(sum) > BIG) {
      sum /= BIG;
      term /= BIG;
      logScale += LOG_BIG;
    }
    const rho = max(abs(ratio), z);
    if (term === 0 || (j >= settled && rho < 1 && abs(term) * rho <= 1e-17 * (1 - rho) * abs(sum))) {
      if (!(sum > 0)) break;
      return logScale + log(sum);
    }
  }
  throw numericFailure(
    WHERE,
    `The hypergeometric series 2F1(${a}, ${b}; ${c}; ${z}) did not give a positive, converged value: the model parameters are extreme (argument too close to 1).`,
    `超几何级数 2F1(${a}, ${b}; ${c}; ${z}) 未得到收敛的正值：模型参数过于极端（自变量太接近 1）。`,
  );
}

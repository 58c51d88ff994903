/**
 * ln ₂F₁(a, b; a+1; z) for the Pareto/NBD likelihood and P(alive) (CRM_MODELS.md §3), also when
 * z is within 1e-12 of 1 — α and β many orders of magnitude apart. The caller passes w = 1 − z
 * computed without cancellation (w = (α+y)/(β+y) on the α < β branch).
 *
 * For z ≤ 0.9 the power series of {@link logHyp2f1}. Above, the z → 1 − z connection formula
 * (Abramowitz & Stegun 15.3.6 with c = a + 1, where ₂F₁(a, b; b; w) = (1 − w)^−a):
 *
 *     ₂F₁(a, b; a+1; z) = Γ(a+1) Γ(1−b) / Γ(a+1−b) · z^−a
 *                        + a/(b−1) · w^(1−b) · ₂F₁(1, a+1−b; 2−b; w)
 *
 * whose series in w converges fast (a + 1 − b > 0, as on both Pareto/NBD branches). When 1 − b is
 * within 1e-4 of an integer (the two terms have poles that cancel) ln ₂F₁ is interpolated, cubic
 * in b, through b₀ ± 1e-4 and b₀ ± 2e-4, b₀ the pole: the function is analytic in b, so the error
 * is O(1e-16 · ∂⁴/∂b⁴) plus the rounding of terms 1e4 times larger than the value. When the two terms cancel by more than three
 * digits (a·w near 1) the power series is summed instead.
 *
 * Cost O(1) terms near z = 1 (≈ ln(1e-17)/ln w), else as {@link logHyp2f1}. Throws `numeric`
 * as {@link logHyp2f1} when neither form converges to a positive value.
 *
 * @example
 * logHyp2f1AOne(0.2, 0.1, 1 - 1e-6, 1e-6)   // => 0.030873933204934… (mpmath.hyp2f1)
 */
import { logHyp2f1 } from "./hyp2f1";
import { logGamma } from "./special";
// Module-level aliases: looking up the global Math is far slower inside Jest's sandbox.
const { PI, abs, exp, expm1, log, log1p, max, round, sin } = Math;

const Z_SWITCH = 0.9;
const POLE = 1e-4;
const MAX_LOSS = 1e3;
const LAGUERRE_FROM = 2;
const GAMMA_BUDGET = 1e7;
/** As in {@link logHyp2f1}: it needs ≈ 40/w terms near z = 1. */
const MAX_SERIES_TERMS = 500_000;
/** Terms near a pole are ~1/POLE times the value: allow that, and no more than ten times over. */
const POLE_LOSS = 10 / POLE;
const LAGUERRE_POINTS = 64;

export function logHyp2f1AOne(a: number, b: number, z: number, w: number): number {
  if (!(z > Z_SWITCH) || !(w > 0)) return logHyp2f1(a, b, a + 1, z);
  if (a * w >= LAGUERRE_FROM * max(1, b)) return logLaguerre(a, b, z, w);
  if (!(a + 1 - b > 0)) return logHyp2f1(a, b, a + 1, z);
  const pole = 1 - round(1 - b),
    t = (b - pole) / POLE; // b = pole + t·POLE, pole where 1 − b is an integer
  const rejected: Rejected = { value: null };
  let v: number | null = null;
  if (abs(t) >= 1) v = logConnection(a, b, w, MAX_LOSS, rejected);
  else {
    // cubic Lagrange interpolation of ln ₂F₁ in b through pole ± POLE, pole ± 2·POLE
    const at = (u: number) => logConnection(a, pole + u * POLE, w, POLE_LOSS, rejected);
    const f = [at(-2), at(-1), at(1), at(2)];
    if (f.every((y) => y !== null)) {
      const [m2, m1, p1, p2] = f as number[];
      v =
        ((m2 as number) * (t * t - 1) * (t - 2)) / -12 +
        ((m1 as number) * (t + 2) * (t - 1) * (t - 2)) / 6 +
        ((p1 as number) * (t + 2) * (t + 1) * (t - 2)) / -6 +
        ((p2 as number) * (t + 2) * (t + 1) * (t - 1)) / 12;
    }
  }
  if (v !== null) return v;
  // the series needs ≈ 40/w terms; past its limit a value with digits lost beats no value
  if (rejected.value === null || w * (MAX_SERIES_TERMS / 40) > 1) return logHyp2f1(a, b, a + 1, z);
  return rejected.value;
}

/**
 * ln ∫₀^∞ e^−u (w − z·expm1(−u/a))^−b du = ln ₂F₁(a, b; a+1; z) (t = e^(−u/a) in Euler's integral
 * a∫₀¹ t^(a−1) (1 − zt)^−b dt), by 64-point Gauss–Laguerre: the integrand's singularity sits at
 * u ≈ −a·w, far enough from 0 once a·w ≥ 1/2. Terms are scaled by their largest for no overflow.
 */
function logLaguerre(a: number, b: number, z: number, w: number): number {
  const { nodes, weights } = laguerre();
  const lw = nodes.map((u, i) => log(weights[i] as number) - b * log(w - z * expm1(-u / a)));
  const top = max(...lw);
  let sum = 0;
  for (const v of lw) sum += exp(v - top);
  return top + log(sum);
}

let cache: { nodes: number[]; weights: number[] } | null = null;
/** Nodes and weights of 64-point Gauss–Laguerre (Numerical Recipes 3rd ed. §4.6, gaulag; α = 0). */
function laguerre(): { nodes: number[]; weights: number[] } {
  if (cache) return cache;
  const n = LAGUERRE_POINTS,
    nodes: number[] = [],
    weights: number[] = [];
  let x = 0;
  for (let i = 0; i < n; i++) {
    if (i === 0) x = 3 / (1 + 2.4 * n);
    else if (i === 1) x += 15 / (1 + 2.5 * n);
    else x += ((1 + 2.55 * (i - 1)) / (1.9 * (i - 1))) * (x - (nodes[i - 2] as number));
    let p1 = 0,
      p2 = 0,
      pp = 0;
    for (let it = 0; it < 100; it++) {
      ((p1 = 1), (p2 = 0));
      for (let j = 1; j <= n; j++) {
        const p3 = p2;
        p2 = p1;
        p1 = ((2 * j - 1 - x) * p2 - (j - 1) * p3) / j;
      }
      pp = (n * p1 - n * p2) / x;
      const dx = p1 / pp;
      x -= dx;
      if (abs(dx) <= 1e-15 * max(1, x)) break;
    }
    nodes.push(x);
    weights.push(-1 / (pp * n * p2));
  }
  return (cache = { nodes, weights });
}

/** ln of the connection formula, or null when its two terms cancel too much. */
/** A connection value rejected for cancellation, kept as the last resort. */
interface Rejected {
  value: number | null;
}

function logConnection(a: number, b: number, w: number, maxLoss: number, rejected: Rejected): number | null {
  // ln |Γ(1−b)| and its sign; for 1 − b < 0 by reflection, Γ(1−b) = π / (sin(π b) Γ(b)).
  let lnG1b: number, sign: number;
  if (1 - b > 0) ((lnG1b = logGamma(1 - b)), (sign = 1));
  else {
    const k = round(b),
      sn = sin(PI * (b - k)) * (k % 2 === 0 ? 1 : -1);
    lnG1b = log(PI / abs(sn)) - logGamma(b);
    sign = sn > 0 ? 1 : -1;
  }
  const l1 = logGamma(a + 1) + lnG1b - logGamma(a + 1 - b) - a * log1p(-w);
  // ₂F₁(1, a+1−b; 2−b; w) = Σ_j (a+1−b)_j / (2−b)_j · wʲ, summed past every pole of (2−b)_j.
  let term = 1,
    sum = 1,
    absSum = 1;
  const settled = max(0, b - 2);
  for (let j = 0; j < 10_000; j++) {
    const ratio = ((a + 1 - b + j) / (2 - b + j)) * w;
    term *= ratio;
    sum += term;
    absSum += abs(term);
    if (j >= settled && abs(ratio) < 0.5 && abs(term) <= 1e-17 * abs(sum)) {
      // v = sign·e^l1 + (a/(b−1))·w^(1−b)·sum, on the scale e^top so neither term overflows.
      const l2 = log(abs(a / (b - 1))) + (1 - b) * log(w),
        s2 = a / (b - 1) > 0 ? 1 : -1;
      const top = max(l1, l2);
      const e1 = exp(l1 - top),
        e2 = exp(l2 - top);
      const v = sign * e1 + s2 * e2 * sum;
      // ln Γ near a carries ~1e-16·a·ln a of rounding, which the cancellation multiplies
      const loss = Math.min(maxLoss, GAMMA_BUDGET / (1 + a * log1p(a)));
      if (!(v > 0)) return null;
      if (e1 + e2 * absSum > loss * v) rejected.value = top + log(v);
      else return top + log(v);
      return null;
    }
  }
  return null;
}

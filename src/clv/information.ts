/**
 * Parameter uncertainty of a maximum-likelihood fit from the observed information matrix
 * (CRM_MODELS.md §3; as `lifetimes`' `summary`: standard errors and 95% Wald intervals).
 *
 *     I(p̂) = ∂²(−ln L)/∂p ∂pᵀ at p̂,   Cov(p̂) ≈ I(p̂)⁻¹,   se_i = √Cov_ii,
 *     95% interval p̂_i ± 1.959964·se_i      (on the parameter itself, as lifetimes)
 *
 * The fits work in θ = ln p, so the Hessian is taken there by central differences of the
 * negative log-likelihood F (step h = 1e-4: truncation O(h²), rounding O(ε·F/h²)), and mapped
 * back exactly: ∂²F/∂θᵢ∂θⱼ = pᵢpⱼ ∂²F/∂pᵢ∂pⱼ + δᵢⱼ pᵢ ∂F/∂pᵢ, so
 * I = D⁻¹ (H_θ − diag(∇_θ F)) D⁻¹ with D = diag(p) (the gradient term vanishes at an exact
 * optimum and is kept for the penalised one).
 *
 * With an analytic gradient of F the Hessian is its central difference instead (2d + 1
 * gradient evaluations, symmetrised; 2d when the gradient at θ is given, e.g. the minimiser's).
 *
 * Cost 2d² + 1 evaluations of F (or 2d + 1 of its gradient) and O(d³) for the inverse (Cholesky). Returns null when the
 * information is not positive definite (a flat or saddle direction: no finite standard error).
 *
 * @example
 * observedCovariance((t) => 50 * (Math.exp(t[0]!) - 2) ** 2, Float64Array.of(Math.log(2)))
 * // => [[0.01]]  (F = (p − 2)²/(2σ²) with σ² = 0.01)
 */
// Module-level aliases: looking up the global Math is far slower inside Jest's sandbox.
const { exp, sqrt } = Math;

const H = 1e-4;

export function observedCovariance(
  F: (theta: Float64Array) => number,
  theta: Float64Array,
  gradient?: (theta: Float64Array, grad: Float64Array) => void,
  gradientAtTheta?: ArrayLike<number>,
): number[][] | null {
  const d = theta.length;
  if (gradient) return fromGradient(gradient, theta, gradientAtTheta);
  const t = Float64Array.from(theta);
  const at = (i: number, di: number, j = -1, dj = 0) => {
    t[i] = (theta[i] as number) + di;
    if (j >= 0) t[j] = (theta[j] as number) + dj;
    const v = F(t);
    t[i] = theta[i] as number;
    if (j >= 0) t[j] = theta[j] as number;
    return v;
  };
  const f0 = F(t);
  const info: number[][] = Array.from({ length: d }, () => new Array<number>(d).fill(0));
  const p = Array.from(theta, exp);
  for (let i = 0; i < d; i++) {
    const up = at(i, H),
      down = at(i, -H);
    const gi = (up - down) / (2 * H);
    const hii = (up - 2 * f0 + down) / (H * H);
    (info[i] as number[])[i] = (hii - gi) / ((p[i] as number) * (p[i] as number));
    for (let j = 0; j < i; j++) {
      const hij = (at(i, H, j, H) - at(i, H, j, -H) - at(i, -H, j, H) + at(i, -H, j, -H)) / (4 * H * H);
      const v = hij / ((p[i] as number) * (p[j] as number));
      (info[i] as number[])[j] = v;
      (info[j] as number[])[i] = v;
    }
  }
  if (!info.every((row) => row.every(Number.isFinite))) return null;
  return inverseSpd(info);
}

/**
 * The same from an analytic gradient: 2d gradient evaluations, H_θ symmetrised (one more for the
 * gradient at θ, unless the caller has it: a minimiser's last evaluation is there).
 */
function fromGradient(
  gradient: (theta: Float64Array, grad: Float64Array) => void,
  theta: Float64Array,
  atTheta: ArrayLike<number> | undefined,
): number[][] | null {
  const d = theta.length;
  const t = Float64Array.from(theta);
  const g0 = new Float64Array(d),
    up = new Float64Array(d),
    down = new Float64Array(d);
  if (atTheta) g0.set(atTheta);
  else gradient(t, g0);
  const h: number[][] = Array.from({ length: d }, () => new Array<number>(d).fill(0));
  for (let j = 0; j < d; j++) {
    t[j] = (theta[j] as number) + H;
    gradient(t, up);
    t[j] = (theta[j] as number) - H;
    gradient(t, down);
    t[j] = theta[j] as number;
    for (let i = 0; i < d; i++) (h[i] as number[])[j] = ((up[i] as number) - (down[i] as number)) / (2 * H);
  }
  const p = Array.from(theta, exp);
  const info = h.map((row, i) =>
    row.map((_, j) => {
      const hij = ((h[i]![j] as number) + (h[j]![i] as number)) / 2 - (i === j ? (g0[i] as number) : 0);
      return hij / ((p[i] as number) * (p[j] as number));
    }),
  );
  if (!info.every((row) => row.every(Number.isFinite))) return null;
  return inverseSpd(info);
}

/** Standard errors and 95% Wald intervals from a covariance (or empty arrays without one). */
export function parameterIntervals(
  values: readonly number[],
  covariance: readonly (readonly number[])[] | null,
): { se: number[]; lower: number[]; upper: number[] } {
  if (!covariance) return { se: [], lower: [], upper: [] };
  const se = values.map((_, i) => sqrt((covariance[i] as number[])[i] as number));
  const z = 1.959963984540054;
  return {
    se,
    lower: values.map((v, i) => v - z * (se[i] as number)),
    upper: values.map((v, i) => v + z * (se[i] as number)),
  };
}

/** Inverse of a symmetric positive-definite matrix by Cholesky; null if not positive definite. */
export function inverseSpd(a: readonly (readonly number[])[]): number[][] | null {
  const d = a.length;
  const L = choleskyLower(a);
  if (!L) return null;
  // Solve L Lᵀ X = I column by column.
  const out: number[][] = Array.from({ length: d }, () => new Array<number>(d).fill(0));
  for (let c = 0; c < d; c++) {
    const y = new Array<number>(d).fill(0);
    for (let i = 0; i < d; i++) {
      let s = i === c ? 1 : 0;
      for (let k = 0; k < i; k++) s -= (L[i]![k] as number) * (y[k] as number);
      y[i] = s / (L[i]![i] as number);
    }
    for (let i = d - 1; i >= 0; i--) {
      let s = y[i] as number;
      for (let k = i + 1; k < d; k++) s -= (L[k]![i] as number) * (out[k]![c] as number);
      out[i]![c] = s / (L[i]![i] as number);
    }
  }
  return out;
}

/** Lower Cholesky factor L (A = L Lᵀ), or null when A is not positive definite. */
export function choleskyLower(a: readonly (readonly number[])[]): number[][] | null {
  const d = a.length;
  const L: number[][] = Array.from({ length: d }, () => new Array<number>(d).fill(0));
  for (let i = 0; i < d; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i]![j] as number;
      for (let k = 0; k < j; k++) s -= (L[i]![k] as number) * (L[j]![k] as number);
      if (i === j) {
        if (!(s > 0)) return null;
        L[i]![i] = sqrt(s);
      } else L[i]![j] = s / (L[j]![j] as number);
    }
  }
  return L;
}

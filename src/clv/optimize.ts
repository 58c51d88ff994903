/**
 * Quasi-Newton minimiser for the CLV model fits (CRM_MODELS.md §3): BFGS (Nocedal & Wright,
 * Numerical Optimization, 2nd ed., Algorithm 6.1) with a backtracking Armijo line search and
 * quadratic interpolation, the update skipped when the curvature sᵀy is not positive. Models
 * minimise their mean negative log-likelihood over θ = ln(parameters), so every parameter stays
 * positive without constraints.
 *
 * `objective(θ, grad)` returns f(θ) and, when `grad` is given, writes ∇f(θ) into it; a
 * non-finite value counts as +∞ (the line search backs off). {@link withNumericGradient} turns a
 * value-only function into such an objective (central differences, step 1e-5·max(1, |θᵢ|)).
 *
 * Stops when max|∇f| ≤ `gradientTolerance` (default 1e-8), or when a step lowers f by less than
 * 1e-14·|f| (rounding level) while max|∇f| ≤ 1000·`gradientTolerance`. Cost O(k·(E + d²)) for k iterations,
 * E one evaluation, d parameters. Throws `numeric` when f(θ₀) is not finite, when a parameter
 * moves more than `bound` (default 9) from its start in θ, i.e. by a factor e⁹ ≈ 8,100 (shape
 * parameters start at 1, scale parameters at the data's own scale, so this means the likelihood
 * has no interior maximum: degenerate data),
 * or after `maxIterations` (default 500) without convergence; `onStep` lets a model stop a
 * search early with its own message.
 *
 * @example
 * minimizeBfgs("demo", (t, g) => { if (g) { g[0] = 2 * (t[0]! - 1); } return (t[0]! - 1) ** 2; }, [0]).theta
 * // => [1] (to ~1e-8)
 */
import { numericFailure } from "../errors";
// Module-level aliases: looking up the global Math is far slower inside Jest's sandbox.
const { abs, max, sqrt } = Math;

export type Objective = (theta: Float64Array, grad: Float64Array | null) => number;

export interface MinimizeOptions {
  readonly maxIterations?: number;
  readonly gradientTolerance?: number;
  readonly bound?: number;
  /**
   * Called with θ after every accepted step (not at the start); a model may throw its own
   * `numeric` error here when θ heads somewhere the fit cannot end well (e.g. a rate running to 0).
   */
  readonly onStep?: (theta: Float64Array, iteration: number) => void;
}

export interface MinimizeResult {
  readonly theta: number[];
  readonly value: number;
  readonly iterations: number;
  readonly gradientNorm: number;
  /** ∇f at `theta` (the minimiser's last gradient evaluation there). */
  readonly gradient: number[];
}

export function minimizeBfgs(
  where: string,
  objective: Objective,
  start: readonly number[],
  options: MinimizeOptions = {},
): MinimizeResult {
  const { maxIterations = 500, gradientTolerance = 1e-8, bound = 9, onStep } = options;
  const d = start.length;
  const f = (t: Float64Array, g: Float64Array | null) => {
    const v = objective(t, g);
    return Number.isFinite(v) ? v : Infinity;
  };
  let x = Float64Array.from(start);
  let g = new Float64Array(d);
  let fx = f(x, g);
  if (!Number.isFinite(fx) || !g.every(Number.isFinite)) throw failure(where, "start");
  let h = identity(d);
  const xNew = new Float64Array(d);
  const gNew = new Float64Array(d);
  const p = new Float64Array(d);
  // The result at the current point (θ, f, ∇f) after `iterations` steps.
  const here = (iterations: number, gradientNorm: number): MinimizeResult => ({
    theta: Array.from(x),
    value: fx,
    iterations,
    gradientNorm,
    gradient: Array.from(g),
  });
  for (let it = 0; it < maxIterations; it++) {
    const gNorm = maxAbs(g);
    if (gNorm <= gradientTolerance) return here(it, gNorm);
    for (let i = 0; i < d; i++) p[i] = -dot(h, i, g, d);
    let slope = dotv(p, g);
    if (!(slope < 0)) {
      h = identity(d); // lost descent direction: restart from steepest descent
      for (let i = 0; i < d; i++) p[i] = -(g[i] as number);
      slope = dotv(p, g);
    }
    const pMax = maxAbs(p);
    let step = pMax > 1 ? 1 / pMax : 1; // at most one unit of ln(parameter) per step
    let fNew = Infinity;
    for (let k = 0; k < 60; k++) {
      for (let i = 0; i < d; i++) xNew[i] = (x[i] as number) + step * (p[i] as number);
      fNew = f(xNew, gNew);
      if (fNew <= fx + 1e-4 * step * slope && gNew.every(Number.isFinite)) break;
      const quad = (-slope * step * step) / (2 * (fNew - fx - slope * step));
      step = Number.isFinite(quad) && quad > 0.1 * step && quad < 0.5 * step ? quad : 0.5 * step;
      fNew = Infinity;
    }
    if (!Number.isFinite(fNew)) {
      if (gNorm <= 1e3 * gradientTolerance && !offBounds(x, start, bound)) return here(it, gNorm);
      throw failure(where, "stalled");
    }
    // At the optimum rounding noise in f (≈1e-15·|f|) can keep max|∇f| just above the tolerance
    // on flat, correlated directions: a negligible decrease with a small gradient also converges.
    const stalled = fx - fNew <= 1e-14 * max(1, abs(fx)) && maxAbs(gNew) <= 1e3 * gradientTolerance;
    bfgsUpdate(h, xNew, x, gNew, g, d, it === 0);
    x = Float64Array.from(xNew);
    g = Float64Array.from(gNew);
    fx = fNew;
    if (onStep) onStep(x, it + 1); // the model's own diagnosis comes before the generic bound
    for (let i = 0; i < d; i++)
      if (abs((x[i] as number) - (start[i] as number)) > bound) throw failure(where, "bound");
    if (stalled) return here(it + 1, maxAbs(g));
  }
  throw failure(where, "iterations");
}

/**
 * Finite-difference gradient for a value-only function: forward differences (d evaluations)
 * while the last gradient was large (max|∇f| > 1e-3), central differences (2d evaluations,
 * step 1e-5·max(1, |θᵢ|)) near the optimum where accuracy matters.
 */
export function withNumericGradient(value: (theta: Float64Array) => number): Objective {
  let lastNorm = Infinity;
  return (theta, grad) => {
    const v = value(theta);
    if (grad) {
      const central = lastNorm <= 1e-3;
      const t = Float64Array.from(theta);
      let norm = 0;
      for (let i = 0; i < t.length; i++) {
        const x0 = theta[i] as number;
        const hStep = (central ? 1e-5 : 1e-7) * max(1, abs(x0));
        t[i] = x0 + hStep;
        const up = value(t);
        t[i] = central ? x0 - hStep : x0;
        const down = central ? value(t) : v;
        t[i] = x0;
        grad[i] = (up - down) / ((central ? 2 : 1) * hStep);
        norm = max(norm, abs(grad[i] as number));
      }
      if (Number.isFinite(norm)) lastNorm = norm;
    }
    return v;
  };
}

function bfgsUpdate(
  h: Float64Array,
  x1: Float64Array,
  x0: Float64Array,
  g1: Float64Array,
  g0: Float64Array,
  d: number,
  first: boolean,
): void {
  const s = x1.map((v, i) => v - (x0[i] as number));
  const y = g1.map((v, i) => v - (g0[i] as number));
  const sy = dotv(s, y);
  if (!(sy > 1e-12 * sqrt(dotv(s, s) * dotv(y, y)))) return;
  if (first) h.forEach((v, i) => (h[i] = (v * sy) / dotv(y, y))); // Shanno–Phua scaling of H₀ (N&W eq. 6.20)
  const hy = new Float64Array(d);
  for (let i = 0; i < d; i++) hy[i] = dot(h, i, y, d);
  const yhy = dotv(y, hy);
  for (let i = 0; i < d; i++)
    for (let j = 0; j < d; j++) {
      const si = s[i] as number,
        sj = s[j] as number;
      const delta =
        ((sy + yhy) * si * sj) / (sy * sy) - ((hy[i] as number) * sj + si * (hy[j] as number)) / sy;
      h[i * d + j] = (h[i * d + j] as number) + delta;
    }
}

/** A fit that ends or wanders this far from its start is taken as degenerate (no interior maximum). */
function offBounds(x: Float64Array, start: readonly number[], bound: number): boolean {
  for (let i = 0; i < x.length; i++) if (abs((x[i] as number) - (start[i] as number)) > bound) return true;
  return false;
}

function identity(d: number): Float64Array {
  const h = new Float64Array(d * d);
  for (let i = 0; i < d; i++) h[i * d + i] = 1;
  return h;
}
function dot(h: Float64Array, row: number, v: Float64Array, d: number): number {
  let s = 0;
  for (let j = 0; j < d; j++) s += (h[row * d + j] as number) * (v[j] as number);
  return s;
}
function dotv(u: Float64Array, v: Float64Array): number {
  let s = 0;
  for (let i = 0; i < u.length; i++) s += (u[i] as number) * (v[i] as number);
  return s;
}
function maxAbs(v: Float64Array): number {
  let m = 0;
  for (const e of v) m = max(m, abs(e));
  return m;
}

function failure(where: string, why: "start" | "stalled" | "bound" | "iterations") {
  const text = {
    start: ["the log-likelihood cannot be evaluated at the starting values", "起始值处无法计算对数似然"],
    stalled: [
      "the search stalled before reaching a maximum of the likelihood",
      "搜索在达到似然最大值之前停滞",
    ],
    bound: [
      "a parameter ran off towards 0 or infinity: the data have no interior maximum (too few repeat purchases, or all customers alike)",
      "某个参数趋向 0 或无穷大：数据没有内部最大值（重复购买太少，或所有客户完全相同）",
    ],
    iterations: ["no convergence within the iteration limit", "在迭代次数上限内未收敛"],
  }[why];
  return numericFailure(
    where,
    `The model fit failed: ${text[0]}. Check the customer table (x, t_x, T) or add a small penalty.`,
    `模型拟合失败：${text[1]}。请检查客户表（x、t_x、T），或加入较小的惩罚项。`,
  );
}

/**
 * Standard errors of Pareto/NBD parameters from the observed information (CRM_MODELS.md §3;
 * Schmittlein, Morrison & Colombo 1987): the Hessian H of the total log-likelihood
 * ℓ(r, α, s, β) = Σ ln L (see {@link paretoNbdTotalLogLikelihood}) at the maximum, by central
 * differences in the original parameters with steps hᵢ = 2e-3·pᵢ,
 *
 *     Hᵢᵢ = [ℓ(p + hᵢeᵢ) − 2ℓ(p) + ℓ(p − hᵢeᵢ)] / hᵢ²
 *     Hᵢⱼ = [ℓ(p + hᵢeᵢ + hⱼeⱼ) − ℓ(p + hᵢeᵢ − hⱼeⱼ) − ℓ(p − hᵢeᵢ + hⱼeⱼ) + ℓ(p − hᵢeᵢ − hⱼeⱼ)] / (4hᵢhⱼ)
 *
 * covariance = (−H)⁻¹ (asymptotic, for the maximum-likelihood estimate), standard error = √diag.
 * α and β carry the time unit of t_x and T (their errors scale with it; r's and s's do not).
 *
 * Cost 33 likelihood evaluations, O(u·n) each (u unique rows, n series terms). Throws `invalid`
 * for bad parameters or table, `numeric` when −H is not positive definite (the point is not a
 * maximum, or the likelihood is flat in some direction: the data do not identify the parameters).
 *
 * @example
 * const fit = fitParetoNbd(x, tx, T);   // CDNOW
 * paretoNbdStandardErrors(fit, x, tx, T).standardErrors   // => { r: 0.0476…, alpha: 0.843…, s: 0.187…, beta: 6.21… }
 */
import { numericFailure } from "../errors";
import { compressCustomers } from "./fitBase";
import { checkParetoNbdParams, ParetoNbdParams, paretoNbdTotalLogLikelihood } from "./paretoNbd";
// Module-level aliases: looking up the global Math is far slower inside Jest's sandbox.
const { sqrt } = Math;

const WHERE = "paretoNbdStandardErrors";
const KEYS = ["r", "alpha", "s", "beta"] as const;
/** Relative step: rounding noise in ℓ (≈ 1e-12) over h² against the h² truncation error; at 1e-4
 * the noise moves CDNOW's errors by 0.1 %, at 1e-3 and 3e-3 they agree to 4e-5. */
const STEP = 2e-3;

export interface ParetoNbdStandardErrors {
  readonly standardErrors: {
    readonly r: number;
    readonly alpha: number;
    readonly s: number;
    readonly beta: number;
  };
  /** 4 × 4 covariance in the order r, α, s, β. */
  readonly covariance: number[][];
}

export function paretoNbdStandardErrors(
  params: ParetoNbdParams,
  x: readonly number[],
  tx: readonly number[],
  T: readonly number[],
): ParetoNbdStandardErrors {
  checkParetoNbdParams(WHERE, params);
  const data = compressCustomers(WHERE, x, tx, T);
  const p0 = KEYS.map((k) => params[k]);
  const h = p0.map((v) => STEP * v);
  const ll = (d: number[]) => {
    const [r, alpha, s, beta] = p0.map((v, i) => v + (d[i] as number)) as [number, number, number, number];
    return paretoNbdTotalLogLikelihood({ model: "pnbd", r, alpha, s, beta }, data);
  };
  const step = (pairs: [number, number][]) => {
    const d = [0, 0, 0, 0];
    for (const [i, sign] of pairs) d[i] = (d[i] as number) + sign * (h[i] as number);
    return ll(d);
  };
  const f0 = ll([0, 0, 0, 0]);
  const negH = KEYS.map(() => [0, 0, 0, 0]);
  for (let i = 0; i < 4; i++) {
    const hi = h[i] as number;
    (negH[i] as number[])[i] = -(step([[i, 1]]) - 2 * f0 + step([[i, -1]])) / (hi * hi);
    for (let j = 0; j < i; j++) {
      const v =
        -(
          step([
            [i, 1],
            [j, 1],
          ]) -
          step([
            [i, 1],
            [j, -1],
          ]) -
          step([
            [i, -1],
            [j, 1],
          ]) +
          step([
            [i, -1],
            [j, -1],
          ])
        ) /
        (4 * hi * (h[j] as number));
      (((negH[i] as number[])[j] = v), ((negH[j] as number[])[i] = v));
    }
  }
  const inv = invertPositiveDefinite(negH);
  const covariance = inv.map((row, i) => row.map((v, j) => (v + ((inv[j] as number[])[i] as number)) / 2));
  const se = covariance.map((row, i) => sqrt(row[i] as number));
  return { standardErrors: { r: se[0]!, alpha: se[1]!, s: se[2]!, beta: se[3]! }, covariance };
}

/** Inverse of a symmetric positive definite matrix by Cholesky; throws `numeric` otherwise. */
function invertPositiveDefinite(a: number[][]): number[][] {
  const n = a.length;
  const L = a.map(() => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++)
    for (let j = 0; j <= i; j++) {
      let sum = (a[i] as number[])[j] as number;
      for (let k = 0; k < j; k++)
        sum -= ((L[i] as number[])[k] as number) * ((L[j] as number[])[k] as number);
      if (i === j) {
        if (!(sum > 0)) throw notMaximum();
        (L[i] as number[])[i] = sqrt(sum);
      } else (L[i] as number[])[j] = sum / ((L[j] as number[])[j] as number);
    }
  // columns of L⁻ᵀ L⁻¹ by forward and back substitution on unit vectors
  const inv = a.map(() => new Array<number>(n).fill(0));
  for (let c = 0; c < n; c++) {
    const y = new Array<number>(n).fill(0);
    for (let i = 0; i < n; i++) {
      let sum = i === c ? 1 : 0;
      for (let k = 0; k < i; k++) sum -= ((L[i] as number[])[k] as number) * (y[k] as number);
      y[i] = sum / ((L[i] as number[])[i] as number);
    }
    for (let i = n - 1; i >= 0; i--) {
      let sum = y[i] as number;
      for (let k = i + 1; k < n; k++)
        sum -= ((L[k] as number[])[i] as number) * ((inv[k] as number[])[c] as number);
      (inv[i] as number[])[c] = sum / ((L[i] as number[])[i] as number);
    }
  }
  return inv;
}

function notMaximum() {
  return numericFailure(
    WHERE,
    "The standard errors need a maximum of the likelihood: the observed information is not positive definite at these parameters (not the fitted maximum, or the data do not identify every parameter).",
    "标准误需要似然函数的最大值点：在这些参数处观测信息矩阵不是正定的（不是拟合所得的最大值点，或数据无法识别每个参数）。",
  );
}

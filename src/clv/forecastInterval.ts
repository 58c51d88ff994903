/**
 * A seeded interval for one customer's discounted CLV from the parameters' uncertainty
 * (CRM_MODELS.md §3): a formula sees one customer and cannot refit, so the fit's covariance
 * (observed information, {@link observedCovariance}) stands in for its sampling distribution.
 *
 *     ln p⁽ᵈ⁾ ~ N(ln p̂, D⁻¹ Σ D⁻¹),  D = diag(p̂)     (delta method: every draw stays > 0)
 *     CLV⁽ᵈ⁾ = discountedClv(p⁽ᵈ⁾, spend⁽ᵈ⁾, …),  d = 1 … draws
 *     interval = the (1 − level)/2 and (1 + level)/2 quantiles of the CLV⁽ᵈ⁾ (linear interpolation, R type 7)
 *
 * The Gamma-Gamma spend parameters are drawn the same way when their covariance is given
 * (else fixed at their estimate). Normal deviates by Box–Muller from {@link seededUniform}: the
 * same seed gives the same interval on every machine.
 *
 * Cost draws × (one CLV forecast). Throws `invalid` for a level outside (0, 1), draws not a
 * whole number in 10 … 100,000, a covariance of the wrong size or not positive definite, and as
 * {@link discountedClv}.
 *
 * @example
 * // 200 draws, level 0.9: { point, lower, upper } with lower ≤ point ≤ upper
 */
import { invalidInput } from "../errors";
import { seededUniform } from "../random";
import { requireInRange, requireInteger } from "../validate";
import { ClvForecastOptions, discountedClv } from "./forecast";
import { gammaGammaExpectedSpend, GammaGammaParams } from "./gammaGamma";
import { choleskyLower } from "./information";
import { CLV_PARAM_LABELS } from "./params";
import { checkContinuousModel, ContinuousPurchaseModelParams } from "./predict";
// Module-level aliases: looking up the global Math is far slower inside Jest's sandbox.
const { PI, cos, exp, floor, log, sqrt } = Math;

export interface ClvIntervalOptions {
  readonly level: number;
  readonly draws?: number;
  readonly seed?: number;
}

export interface ClvInterval {
  readonly point: number;
  readonly lower: number;
  readonly upper: number;
}

const WHERE = "discountedClvInterval";

export function discountedClvInterval(
  model: {
    readonly params: ContinuousPurchaseModelParams;
    readonly covariance: readonly (readonly number[])[];
  },
  spend: {
    readonly params: GammaGammaParams;
    readonly covariance: readonly (readonly number[])[] | null;
    readonly meanSpend: number;
  },
  customer: { readonly x: number; readonly tx: number; readonly T: number },
  options: ClvForecastOptions,
  interval: ClvIntervalOptions,
): ClvInterval {
  checkContinuousModel(WHERE, model.params);
  const level = requireInRange(
    WHERE,
    { en: "The interval level", zh: "区间水平" },
    interval.level,
    1e-9,
    1 - 1e-9,
  );
  const draws = requireInteger(
    WHERE,
    { en: "The number of draws", zh: "抽样次数" },
    interval.draws ?? 200,
    10,
    100_000,
  );
  const seed = requireInteger(WHERE, { en: "The seed", zh: "随机种子" }, interval.seed ?? 1, 0, 4294967295);
  const random = seededUniform(seed);
  const normal = () => sqrt(-2 * log(1 - random())) * cos(2 * PI * random());
  const drawModel = sampler(model.params, model.covariance, normal);
  const drawSpend = spend.covariance ? sampler(spend.params, spend.covariance, normal) : () => spend.params;
  const clvOf = (p: ContinuousPurchaseModelParams, g: GammaGammaParams) =>
    discountedClv(p, gammaGammaExpectedSpend(g, customer.x, spend.meanSpend), customer, options).clv;
  const point = clvOf(model.params, spend.params);
  const values = new Float64Array(draws);
  for (let d = 0; d < draws; d++) values[d] = clvOf(drawModel(), drawSpend());
  values.sort();
  return { point, lower: quantile(values, (1 - level) / 2), upper: quantile(values, (1 + level) / 2) };
}

/** Draws of a model's parameters with ln p ~ N(ln p̂, D⁻¹ Σ D⁻¹). */
function sampler<P extends { readonly model: keyof typeof CLV_PARAM_LABELS }>(
  params: P,
  covariance: readonly (readonly number[])[],
  normal: () => number,
): () => P {
  const labels = CLV_PARAM_LABELS[params.model];
  const values = labels.map((l) => (params as unknown as Record<string, number>)[l] as number);
  const d = labels.length;
  const logCov =
    covariance.length === d && covariance.every((r) => r.length === d)
      ? covariance.map((row, i) => row.map((c, j) => c / ((values[i] as number) * (values[j] as number))))
      : null;
  const L = logCov ? choleskyLower(logCov) : null;
  if (!L) {
    throw invalidInput(
      WHERE,
      `The ${params.model} covariance must be a positive-definite ${d}×${d} matrix (the cov columns spilled by the fit).`,
      `${params.model} 的协方差必须是 ${d}×${d} 的正定矩阵（拟合函数输出的 cov 列）。`,
    );
  }
  return () => {
    const z = labels.map(normal);
    const out: Record<string, unknown> = { ...params };
    labels.forEach((l, i) => {
      let s = 0;
      for (let k = 0; k <= i; k++) s += (L[i]![k] as number) * (z[k] as number);
      out[l] = (values[i] as number) * exp(s);
    });
    return out as P;
  };
}

function quantile(sorted: Float64Array, q: number): number {
  const h = (sorted.length - 1) * q;
  const lo = floor(h);
  const a = sorted[lo] as number,
    b = sorted[Math.min(lo + 1, sorted.length - 1)] as number;
  return a + (h - lo) * (b - a);
}

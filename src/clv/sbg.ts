/**
 * Shifted-beta-geometric (sBG) retention model, Fader & Hardie (2007), "How to project customer
 * retention", Journal of Interactive Marketing 21(1); CRM_MODELS.md §6 (churn) and §3 (value).
 * Assumptions: in a contractual setting each customer renews at the end of each period with
 * probability 1 − θ, and churns with probability θ; θ varies across customers as beta(α, β).
 *
 *     P(T = t) = B(α+1, β+t−1) / B(α, β)        (churn in period t; recursion
 *                P(T = 1) = α/(α+β), P(T = t) = (β+t−2)/(α+β+t−1) · P(T = t−1))
 *     S(t)     = B(α, β+t) / B(α, β)            (share still active after t periods)
 *     r(t)     = S(t)/S(t−1) = (β+t−1)/(α+β+t−1) (retention rate, rising with t)
 *     ln L     = Σₜ₌₁ⁿ (nₜ₋₁ − nₜ) ln P(T = t) + nₙ ln S(n)
 *
 * (formulas as in the paper's model and estimation sections; its published fits on the
 * "High end" / "Regular" cohorts, years 1–7, are the reference tests).
 *
 * `fitSbg(survivors)` takes the cohort counts n₀ ≥ n₁ ≥ … ≥ nₙ at the start of periods 0…n
 * (n₀ the cohort size, n ≥ 1) and maximises over ln α, ln β (BFGS, numeric gradient).
 * Cost O(n) per evaluation. Throws `invalid` when the counts are not whole numbers ≥ 0,
 * increase, or fewer than 2; `numeric` when no one churns or the fit does not converge.
 *
 * @example
 * sbgSurvival({ model: "sbg", alpha: 0.668, beta: 3.806 }, 1)   // => 0.8507… (= β/(α+β))
 * sbgRetentionRate({ model: "sbg", alpha: 0.668, beta: 3.806 }, 1) // => 0.8507…
 */
import { invalidInput, numericFailure } from "../errors";
import { requireFiniteArray, requireInteger, requirePositive } from "../validate";
import { checkPenalty, fitByMaximumLikelihood, FitOptions, FitSummary, fitSummary } from "./fitBase";
import { logBeta } from "./special";
// Module-level aliases: looking up the global Math is far slower inside Jest's sandbox.
const { exp, log } = Math;

export interface SbgParams {
  readonly model: "sbg";
  readonly alpha: number;
  readonly beta: number;
}

/** `customers` is the cohort size n₀. */
export interface SbgFit extends SbgParams, FitSummary {}

const WHERE = "fitSbg";

export function fitSbg(survivors: readonly number[], options: FitOptions = {}): SbgFit {
  const penalty = checkPenalty(WHERE, options.penalty ?? 0);
  const n = requireFiniteArray(WHERE, { en: "The survivor counts", zh: "留存人数" }, survivors);
  for (let t = 0; t < n.length; t++) {
    const v = n[t] as number;
    if (!Number.isInteger(v) || v < 0 || (t > 0 && v > (n[t - 1] as number))) {
      throw invalidInput(
        WHERE,
        `The survivor counts must be whole numbers ≥ 0 that never increase (item ${t + 1} is ${v}).`,
        `留存人数必须是不递增的非负整数（第 ${t + 1} 项为 ${v}）。`,
      );
    }
  }
  if (n.length < 2)
    throw invalidInput(
      WHERE,
      "Give the cohort size and at least one later count.",
      "请给出初始人数和至少一个后续留存人数。",
    );
  if (n[n.length - 1] === n[0]) {
    throw numericFailure(
      WHERE,
      "No customer churned, so the churn distribution cannot be estimated.",
      "没有客户流失，无法估计流失分布。",
    );
  }
  const ll = (alpha: number, beta: number) => {
    let sum = 0,
      lnP = log(alpha / (alpha + beta));
    for (let t = 1; t < n.length; t++) {
      if (t > 1) lnP += log((beta + t - 2) / (alpha + beta + t - 1));
      sum += ((n[t - 1] as number) - (n[t] as number)) * lnP;
    }
    const last = n.length - 1;
    return sum + (n[last] as number) * (logBeta(alpha, beta + last) - logBeta(alpha, beta));
  };
  const size = n[0] as number;
  const fit = fitByMaximumLikelihood({
    where: WHERE,
    start: [0, 0],
    customers: size,
    penalty,
    covariance: options.covariance !== false,
    meanNegLogLikelihood: (p) => -ll(p[0] as number, p[1] as number) / size,
  });
  const [alpha, beta] = fit.values as [number, number];
  return { model: "sbg", alpha, beta, ...fitSummary(fit) };
}

/** Validates sBG parameters (finite, > 0); throws `invalid`. Cost O(1). */
export function checkSbgParams(where: string, params: SbgParams): SbgParams {
  requirePositive(where, { en: "The sBG parameter alpha", zh: "sBG 参数 alpha" }, params.alpha);
  requirePositive(where, { en: "The sBG parameter beta", zh: "sBG 参数 beta" }, params.beta);
  return params;
}

/** S(t), share of the cohort still active after t whole periods (S(0) = 1). */
export function sbgSurvival(params: SbgParams, t: number): number {
  const { alpha, beta } = checkSbgParams("sbgSurvival", params);
  const tv = requireInteger("sbgSurvival", { en: "The period t", zh: "期数 t" }, t, 0, 1e7);
  return exp(logBeta(alpha, beta + tv) - logBeta(alpha, beta));
}

/** r(t) = S(t)/S(t−1), the retention rate of period t ≥ 1. */
export function sbgRetentionRate(params: SbgParams, t: number): number {
  const { alpha, beta } = checkSbgParams("sbgRetentionRate", params);
  const tv = requireInteger("sbgRetentionRate", { en: "The period t", zh: "期数 t" }, t, 1, 1e7);
  return (beta + tv - 1) / (alpha + beta + tv - 1);
}

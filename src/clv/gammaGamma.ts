/**
 * Gamma-Gamma model of spend per transaction, Fader & Hardie (2013), "The Gamma-Gamma model of
 * monetary value" (after Colombo & Jiang 1999); CRM_MODELS.md §3. Assumptions: a customer's
 * transaction values are gamma(p, ν) around a mean p/ν; ν varies across customers as
 * gamma(q, γ); spend is independent of the purchase process (check the correlation of x and z̄).
 *
 * For a customer with x ≥ 1 repeat transactions of mean value z̄ (Fader & Hardie 2013, the
 * marginal distribution of z̄ and its conditional expectation):
 *
 *     ln L = ln Γ(px+q) − ln Γ(px) − ln Γ(q) + q ln γ + (px−1) ln z̄ + px ln x − (px+q) ln(γ + x z̄)
 *     E[M | x, z̄] = p(γ + x z̄) / (px + q − 1)
 *                 = (q−1)/(px+q−1) · pγ/(q−1) + px/(px+q−1) · z̄      (population mean ↔ own mean)
 *
 * `fitGammaGamma` uses only customers with x > 0 (others carry no spend information; pass the
 * whole table, they are skipped), compresses to unique (x, z̄), and maximises over ln p, ln q,
 * ln γ with analytic gradients, the gamma-function terms once per distinct x. Optional `weights`
 * (customers per row, ≥ 0) take a compressed table (x, z̄, customers): the same fit as the rows
 * repeated. Cost O(u + g) per iteration for u unique rows and g distinct x. Throws `invalid` for
 * mismatched columns, x not a whole number ≥ 0, z̄ ≤ 0 for a repeater, a negative weight;
 * `numeric` with fewer than 2 repeaters or no convergence.
 *
 * @example
 * gammaGammaExpectedSpend({ model: "gammagamma", p: 6.25, q: 3.74, gamma: 15.44 }, 2, 22.35)
 * // => 24.66… (between the customer's 22.35 and the population mean pγ/(q−1) = 35.22)
 */
import { invalidInput, numericFailure } from "../errors";
import { describe, requireNonNegative, requirePositive } from "../validate";
import { checkPenalty, fitByMaximumLikelihood, FitOptions, FitSummary, fitSummary } from "./fitBase";
import { digamma, logGamma } from "./special";
// Module-level aliases: looking up the global Math is far slower inside Jest's sandbox.
const { log } = Math;

export interface GammaGammaParams {
  readonly model: "gammagamma";
  readonly p: number;
  readonly q: number;
  readonly gamma: number;
}

/** `customers` counts those used (x > 0). */
export interface GammaGammaFit extends GammaGammaParams, FitSummary {}

const WHERE = "fitGammaGamma";

export function fitGammaGamma(
  x: readonly number[],
  meanSpend: readonly number[],
  options: FitOptions & { readonly weights?: readonly number[] } = {},
): GammaGammaFit {
  const penalty = checkPenalty(WHERE, options.penalty ?? 0);
  const weights = options.weights;
  if (x.length !== meanSpend.length || x.length === 0 || (weights && weights.length !== x.length)) {
    throw invalidInput(
      WHERE,
      "x and the mean spend must be non-empty columns of the same length.",
      "x 与平均消费额必须是等长的非空列。",
    );
  }
  // Unique (x, z̄) rows in order of first appearance: a map per x of z̄ → row (number keys).
  const index = new Map<number, Map<number, number>>();
  const ux: number[] = [],
    uz: number[] = [],
    w: number[] = [];
  let n = 0;
  for (let i = 0; i < x.length; i++) {
    const [xi, zi] = checkSpendRow(i, x[i], meanSpend[i]);
    const wi = weights
      ? requireNonNegative(WHERE, { en: `Row ${i + 1}: the weight`, zh: `第 ${i + 1} 行：权重` }, weights[i])
      : 1;
    if (xi === 0 || wi === 0) continue;
    n += wi;
    let byZ = index.get(xi);
    if (byZ === undefined) index.set(xi, (byZ = new Map()));
    const k = byZ.get(zi);
    if (k !== undefined) w[k] = (w[k] as number) + wi;
    else (byZ.set(zi, ux.length), ux.push(xi), uz.push(zi), w.push(wi));
  }
  if (n < 2) {
    throw numericFailure(
      WHERE,
      "Fewer than 2 customers have repeat purchases: the spend model cannot be estimated.",
      "有重复购买的客户少于 2 位：无法估计消费额模型。",
    );
  }
  const meanZ = uz.reduce((s, z, k) => s + z * (w[k] as number), 0) / n;
  // The gamma-function terms depend on x only: evaluated once per distinct x (group weights W);
  // per row only ln(γ + x z̄) is left, with ln z̄ and ln x computed once.
  const u = ux.length;
  const grp = new Map<number, number>();
  const gx: number[] = [],
    gw: number[] = [];
  const lnZ = new Float64Array(u),
    lnX = new Float64Array(u);
  for (let k = 0; k < u; k++) {
    const xk = ux[k] as number;
    let g = grp.get(xk);
    if (g === undefined) (grp.set(xk, (g = gx.push(xk) - 1)), gw.push(0));
    gw[g] = (gw[g] as number) + (w[k] as number);
    lnZ[k] = log(uz[k] as number);
    lnX[k] = log(xk);
  }
  const meanNegLL = (params: Float64Array, grad: Float64Array | null) => {
    const [p, q, g] = params as unknown as [number, number, number];
    const lnG = log(g);
    let ll = n * (q * lnG - logGamma(q)),
      dp = 0,
      dq = grad ? n * (lnG - digamma(q)) : 0,
      dg = 0;
    for (let j = 0; j < gx.length; j++) {
      const px = p * (gx[j] as number),
        wj = gw[j] as number;
      ll += wj * (logGamma(px + q) - logGamma(px));
      if (grad) {
        const psiPQ = digamma(px + q);
        dp += wj * (gx[j] as number) * (psiPQ - digamma(px));
        dq += wj * psiPQ;
      }
    }
    for (let k = 0; k < u; k++) {
      const xk = ux[k] as number,
        z = uz[k] as number,
        wk = w[k] as number,
        px = p * xk;
      const lnGxz = log(g + xk * z);
      ll += wk * ((px - 1) * (lnZ[k] as number) + px * (lnX[k] as number) - (px + q) * lnGxz);
      if (grad) {
        dp += wk * xk * ((lnZ[k] as number) + (lnX[k] as number) - lnGxz);
        dq -= wk * lnGxz;
        dg += wk * (q / g - (px + q) / (g + xk * z));
      }
    }
    if (grad) ((grad[0] = (-dp * p) / n), (grad[1] = (-dq * q) / n), (grad[2] = (-dg * g) / n));
    return -ll / n;
  };
  // Start: p = q = 1 and γ = mean spend (spend scale), so a change of currency only scales γ.
  const fit = fitByMaximumLikelihood({
    where: WHERE,
    start: [0, 0, log(meanZ)],
    customers: n,
    penalty,
    covariance: options.covariance !== false,
    meanNegLogLikelihood: meanNegLL,
    analyticGradient: true,
  });
  const [p, q, gamma] = fit.values as [number, number, number];
  return { model: "gammagamma", p, q, gamma, ...fitSummary(fit) };
}

/** Validates Gamma-Gamma parameters (finite, > 0); throws `invalid`. Cost O(1). */
export function checkGammaGammaParams(where: string, params: GammaGammaParams): GammaGammaParams {
  for (const k of ["p", "q", "gamma"] as const)
    requirePositive(where, { en: `The Gamma-Gamma parameter ${k}`, zh: `Gamma-Gamma 参数 ${k}` }, params[k]);
  return params;
}

export function gammaGammaExpectedSpend(params: GammaGammaParams, x: number, meanSpend: number): number {
  const { p, q, gamma } = checkGammaGammaParams("gammaGammaExpectedSpend", params);
  const [xv, z] = checkSpendRow(0, x, meanSpend, "gammaGammaExpectedSpend");
  const denominator = p * xv + q - 1;
  if (!(denominator > 0)) {
    throw numericFailure(
      "gammaGammaExpectedSpend",
      `The expected spend needs p·x + q > 1 (got ${p * xv + q}); for customers without repeat purchases use a model with q > 1.`,
      `期望消费额要求 p·x + q > 1（实际为 ${p * xv + q}）；对没有重复购买的客户，请使用 q > 1 的模型。`,
    );
  }
  return (p * (gamma + xv * z)) / denominator;
}

/** Validates one (x, z̄) row (`i` 0-based, named i + 1 in the message); throws `invalid`. Cost O(1). */
export function checkSpendRow(i: number, x: unknown, z: unknown, where = WHERE): [number, number] {
  if (
    typeof x === "number" &&
    Number.isInteger(x) &&
    x >= 0 &&
    typeof z === "number" &&
    Number.isFinite(z) &&
    (x === 0 ? z >= 0 : z > 0)
  )
    return [x, z];
  throw invalidInput(
    where,
    `Row ${i + 1}: x must be a whole number ≥ 0 and the mean repeat spend a number > 0 when x > 0 (got x = ${describe(x)}, spend = ${describe(z)}).`,
    `第 ${i + 1} 行：x 必须是 ≥ 0 的整数，且 x > 0 时平均重复消费额必须 > 0（收到 x = ${describe(x)}，消费额 = ${describe(z)}）。`,
  );
}

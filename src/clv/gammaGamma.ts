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
import { UniqueRows } from "./uniqueRows";
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
  // Unique (x, z̄) rows in order of first appearance, weights summed in row order.
  const len = x.length;
  const rows = new UniqueRows(len);
  let n = 0;
  for (let i = 0; i < len; i++) {
    const xi = x[i],
      zi = meanSpend[i];
    if (!isSpendRow(xi, zi)) checkSpendRow(i, xi, zi);
    const wi = weights
      ? requireNonNegative(WHERE, { en: `Row ${i + 1}: the weight`, zh: `第 ${i + 1} 行：权重` }, weights[i])
      : 1;
    if (xi === 0 || wi === 0) continue;
    n += wi;
    rows.add(wi, xi as number, zi as number, 0);
  }
  const u = rows.size;
  const ux = rows.a,
    uz = rows.b,
    w = rows.weight;
  if (n < 2) {
    throw numericFailure(
      WHERE,
      "Fewer than 2 customers have repeat purchases: the spend model cannot be estimated.",
      "有重复购买的客户少于 2 位：无法估计消费额模型。",
    );
  }
  let sumZ = 0;
  for (let k = 0; k < u; k++) sumZ += (uz[k] as number) * (w[k] as number);
  const meanZ = sumZ / n;
  // The gamma-function terms depend on x only: evaluated once per distinct x (group weights W);
  // per row only ln(γ + x z̄) is left, with ln z̄, ln x and x z̄ computed once.
  const grp = new Map<number, number>();
  const gx: number[] = [],
    gw: number[] = [];
  const lnZ = new Float64Array(u),
    lnX = new Float64Array(u),
    xz = new Float64Array(u);
  for (let k = 0; k < u; k++) {
    const xk = ux[k] as number;
    let g = grp.get(xk);
    if (g === undefined) (grp.set(xk, (g = gx.push(xk) - 1)), gw.push(0));
    gw[g] = (gw[g] as number) + (w[k] as number);
    lnZ[k] = log(uz[k] as number);
    lnX[k] = log(xk);
    xz[k] = xk * (uz[k] as number);
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
    const qg = q / g;
    for (let k = 0; k < u; k++) {
      const xk = ux[k] as number,
        wk = w[k] as number,
        px = p * xk;
      const gxz = g + (xz[k] as number);
      const lnGxz = log(gxz);
      ll += wk * ((px - 1) * (lnZ[k] as number) + px * (lnX[k] as number) - (px + q) * lnGxz);
      if (grad) {
        dp += wk * xk * ((lnZ[k] as number) + (lnX[k] as number) - lnGxz);
        dq -= wk * lnGxz;
        dg += wk * (qg - (px + q) / gxz);
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
  if (!(denominator > 0)) throw noFiniteSpend(p * xv + q);
  return (p * (gamma + xv * z)) / denominator;
}

/**
 * {@link gammaGammaExpectedSpend} of every customer of a table, the parameters checked once:
 * the same numbers (same formula, same order of operations). Cost O(k). Throws as it, naming
 * the row.
 *
 * @example
 * gammaGammaExpectedSpends({ model: "gammagamma", p: 6.25, q: 3.74, gamma: 15.44 }, [2, 0], [22.35, 0])
 * // => Float64Array [24.66…, 35.22…]
 */
export function gammaGammaExpectedSpends(
  params: GammaGammaParams,
  x: ArrayLike<number>,
  meanSpend: ArrayLike<number>,
): Float64Array {
  const where = "gammaGammaExpectedSpend";
  const { p, q, gamma } = checkGammaGammaParams(where, params);
  const out = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) {
    const xv = x[i] as number,
      z = meanSpend[i] as number;
    if (!isSpendRow(xv, z)) checkSpendRow(i, xv, z, where);
    const denominator = p * xv + q - 1;
    if (!(denominator > 0)) throw noFiniteSpend(p * xv + q);
    out[i] = (p * (gamma + xv * z)) / denominator;
  }
  return out;
}

function noFiniteSpend(pxq: number): Error {
  return numericFailure(
    "gammaGammaExpectedSpend",
    `The expected spend needs p·x + q > 1 (got ${pxq}); for customers without repeat purchases use a model with q > 1.`,
    `期望消费额要求 p·x + q > 1（实际为 ${pxq}）；对没有重复购买的客户，请使用 q > 1 的模型。`,
  );
}

/** Whether (x, z̄) is a valid row: x a whole number ≥ 0, z̄ finite, > 0 when x > 0 (≥ 0 when x = 0). */
function isSpendRow(x: unknown, z: unknown): boolean {
  return (
    typeof x === "number" &&
    Number.isInteger(x) &&
    x >= 0 &&
    typeof z === "number" &&
    Number.isFinite(z) &&
    (x === 0 ? z >= 0 : z > 0)
  );
}

/** Validates one (x, z̄) row (`i` 0-based, named i + 1 in the message); throws `invalid`. Cost O(1). */
export function checkSpendRow(i: number, x: unknown, z: unknown, where = WHERE): [number, number] {
  if (isSpendRow(x, z)) return [x as number, z as number];
  throw invalidInput(
    where,
    `Row ${i + 1}: x must be a whole number ≥ 0 and the mean repeat spend a number > 0 when x > 0 (got x = ${describe(x)}, spend = ${describe(z)}).`,
    `第 ${i + 1} 行：x 必须是 ≥ 0 的整数，且 x > 0 时平均重复消费额必须 > 0（收到 x = ${describe(x)}，消费额 = ${describe(z)}）。`,
  );
}

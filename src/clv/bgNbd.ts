/**
 * BG/NBD model ("beta-geometric / negative binomial"), Fader, Hardie & Lee (2005), "Counting
 * your customers the easy way: an alternative to the Pareto/NBD model", Marketing Science 24(2)
 * — the statistical forecast of CRM_MODELS.md §3. Assumptions (FHL §3):
 * 1. while active, a customer buys as a Poisson process with rate λ;
 * 2. λ varies across customers as gamma(shape r, rate α);
 * 3. after each repeat purchase the customer drops out with probability p;
 * 4. p varies across customers as beta(a, b), independently of λ.
 *
 * Log-likelihood of one customer (FHL eq. 6), with x, t_x, T as in {@link compressCustomers}:
 *
 *     L = B(a, b+x)/B(a, b) · Γ(r+x) α^r / Γ(r)
 *         · [ (α+T)^−(r+x) + δ(x>0) · a/(b+x−1) · (α+t_x)^−(r+x) ]
 *
 * (B(a+1, b+x−1) = B(a, b+x)·a/(b+x−1) folds FHL's A₄ into the bracket). α is in the time unit
 * of t_x and T: rescaling time by c leaves r, a, b unchanged and multiplies α by c.
 *
 * `fitBgNbd` fills in the template {@link fitByMaximumLikelihood}: Σ w·ln L over ln r, ln α,
 * ln a, ln b with analytic gradients (digamma), on unique (x, t_x, T) rows with the gamma terms
 * grouped by x; optional weights and L2 penalty as in {@link prepareCustomerFit}.
 * Cost O(u + g) per iteration for u unique rows and g distinct x values.
 * Throws `invalid` for a bad table or penalty (see {@link compressCustomers}), `numeric` when no
 * customer repeats, all T = 0, or the fit does not converge.
 *
 * @example
 * bgNbdLogLikelihood({ model: "bgnbd", r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, 2, 30.43, 38.86)
 * // => -9.4586… (one CDNOW customer)
 */
import { requirePositive } from "../validate";
import {
  checkCustomer,
  CompressedCustomers,
  fitByMaximumLikelihood,
  FitOptions,
  FitSummary,
  fitSummary,
  prepareCustomerFit,
} from "./fitBase";
import { digamma, logGamma, logSumExp } from "./special";
// Module-level aliases: looking up the global Math is far slower inside Jest's sandbox.
const { exp, log } = Math;

/** Re-exported for the models that import it from here. */
export type { FitOptions };

export interface BgNbdParams {
  readonly model: "bgnbd";
  readonly r: number;
  readonly alpha: number;
  readonly a: number;
  readonly b: number;
}

export interface BgNbdFit extends BgNbdParams, FitSummary {}

const WHERE = "fitBgNbd";

export function bgNbdLogLikelihood(params: BgNbdParams, x: number, tx: number, T: number): number {
  const [xv, tv, Tv] = checkCustomer("bgNbdLogLikelihood", 0, x, tx, T);
  const data = { x: [xv], tx: [tv], T: [Tv], weight: [1] };
  const { r, alpha, a, b } = checkBgNbdParams("bgNbdLogLikelihood", params);
  return -evaluate(data, groups(data.x), [r, alpha, a, b], null, 0);
}

/** Σ w·ln L over a compressed table (equals the per-customer sum). Cost O(u + g). */
export function bgNbdTotalLogLikelihood(params: BgNbdParams, data: CompressedCustomers): number {
  const { r, alpha, a, b } = checkBgNbdParams("bgNbdTotalLogLikelihood", params);
  return -evaluate(data, groups(data.x), [r, alpha, a, b], null, 0) * data.customers;
}

export function fitBgNbd(
  x: readonly number[],
  tx: readonly number[],
  T: readonly number[],
  options: FitOptions & { readonly weights?: readonly number[] } = {},
): BgNbdFit {
  const { data, penalty, meanT, covariance } = prepareCustomerFit(WHERE, x, tx, T, options);
  const grp = groups(data.x);
  const fit = fitByMaximumLikelihood({
    where: WHERE,
    start: [0, log(meanT), 0, 0], // α starts at the mean age: the search path rescales with the unit
    customers: data.customers,
    penalty,
    covariance,
    meanNegLogLikelihood: (p, grad) => evaluate(data, grp, p, grad, 0),
    analyticGradient: true,
  });
  const [r, alpha, a, b] = fit.values as [number, number, number, number];
  return { model: "bgnbd", r, alpha, a, b, ...fitSummary(fit) };
}

/** Validates BG/NBD parameters (all finite and > 0); throws `invalid`. Cost O(1). */
export function checkBgNbdParams(where: string, params: BgNbdParams): BgNbdParams {
  for (const k of ["r", "alpha", "a", "b"] as const)
    requirePositive(where, { en: `The BG/NBD parameter ${k}`, zh: `BG/NBD 参数 ${k}` }, params[k]);
  return params;
}

export interface Rows {
  readonly x: ArrayLike<number>;
  readonly tx: ArrayLike<number>;
  readonly T: ArrayLike<number>;
  readonly weight: ArrayLike<number>;
}

/** Distinct x values and each row's group (the gamma terms depend on x only). */
export function groups(x: ArrayLike<number>): { values: number[]; of: Int32Array } {
  const pos = new Map<number, number>();
  const values: number[] = [];
  const of = new Int32Array(x.length);
  for (let i = 0; i < x.length; i++) {
    const xi = x[i] as number;
    let g = pos.get(xi);
    if (g === undefined) pos.set(xi, (g = values.push(xi) - 1));
    of[i] = g;
  }
  return { values, of };
}

/**
 * Mean negative log-likelihood of the BG/NBD family; when `grad` is given, its gradient in
 * ln-parameters. `shift` 0 is BG/NBD (dropout after repeat purchases only), 1 the modified
 * BG/NBD (a dropout chance also at the first purchase): b + x becomes b + x + shift throughout.
 */
export function evaluate(
  data: Rows,
  grp: { values: number[]; of: Int32Array },
  p: ArrayLike<number>,
  grad: Float64Array | null,
  shift: 0 | 1,
): number {
  const r = p[0] as number,
    alpha = p[1] as number,
    a = p[2] as number,
    b = p[3] as number;
  const ng = grp.values.length;
  const wSum = new Float64Array(ng),
    lnC = new Float64Array(ng);
  for (let i = 0; i < data.x.length; i++) {
    const g = grp.of[i] as number;
    wSum[g] = (wSum[g] as number) + (data.weight[i] as number);
  }
  let ll = 0,
    dr = 0,
    dAlpha = 0,
    da = 0,
    db = 0,
    n = 0;
  const lgR = logGamma(r),
    lgB = logGamma(b),
    lgAB = logGamma(a + b);
  const psiR = grad ? digamma(r) : 0,
    psiB = grad ? digamma(b) : 0,
    psiAB = grad ? digamma(a + b) : 0;
  for (let g = 0; g < ng; g++) {
    const xg = grp.values[g] as number,
      w = wSum[g] as number;
    n += w;
    const bx = b + xg + shift;
    ll += w * (logGamma(r + xg) - lgR + logGamma(bx) - lgB + lgAB - logGamma(a + bx));
    lnC[g] = xg + shift > 0 ? log(a) - log(bx - 1) : -Infinity;
    if (grad) {
      const psiABX = digamma(a + bx);
      dr += w * (digamma(r + xg) - psiR);
      da += w * (psiAB - psiABX);
      db += w * (digamma(bx) - psiB + psiAB - psiABX);
    }
  }
  ll += n * r * log(alpha);
  if (grad) ((dr += n * log(alpha)), (dAlpha += (n * r) / alpha));
  for (let i = 0; i < data.x.length; i++) {
    const x = data.x[i] as number,
      w = data.weight[i] as number,
      g = grp.of[i] as number;
    const lnAT = log(alpha + (data.T[i] as number));
    const A = -(r + x) * lnAT;
    if (x + shift === 0) {
      ll += w * A;
      if (grad) ((dr -= w * lnAT), (dAlpha -= (w * r) / (alpha + (data.T[i] as number))));
      continue;
    }
    const tx = data.tx[i] as number;
    const lnAt = log(alpha + tx);
    const B = (lnC[g] as number) - (r + x) * lnAt;
    ll += w * logSumExp(A, B);
    if (grad) {
      const wB = 1 / (1 + exp(A - B)),
        wA = 1 - wB;
      dr -= w * (wA * lnAT + wB * lnAt);
      dAlpha -= w * (r + x) * (wA / (alpha + (data.T[i] as number)) + wB / (alpha + tx));
      da += (w * wB) / a;
      db -= (w * wB) / (b + x + shift - 1);
    }
  }
  if (grad) {
    grad[0] = (-dr * r) / n;
    grad[1] = (-dAlpha * alpha) / n;
    grad[2] = (-da * a) / n;
    grad[3] = (-db * b) / n;
  }
  return -ll / n;
}

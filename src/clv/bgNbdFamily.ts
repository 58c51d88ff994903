/**
 * The BG/NBD family of customer models (CRM_MODELS.md §3): BG/NBD (Fader, Hardie & Lee 2005,
 * `shift` 0) and the modified BG/NBD (Batislam et al. 2007, `shift` 1: b + x becomes b + x + 1
 * and a customer may drop out at the first purchase). One likelihood ({@link evaluate}) and one
 * definition of what a model of the family offers — parameter check, one customer's and a
 * table's log-likelihood, the fit by the template {@link fitByMaximumLikelihood} — so that
 * bgNbd.ts and mbgNbd.ts only name their model. Cost O(u + g) per likelihood evaluation (u unique
 * rows, g distinct x values).
 *
 * @example
 * const m = bgNbdFamily<BgNbdParams>({ model: "bgnbd", name: "BG/NBD", prefix: "bgNbd", shift: 0 });
 * m.logLikelihood({ model: "bgnbd", r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, 2, 30.43, 38.86)
 * // => -9.4586…
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

/** The four parameters every model of the family has. */
export interface BgNbdFamilyParams {
  readonly model: string;
  readonly r: number;
  readonly alpha: number;
  readonly a: number;
  readonly b: number;
}

export interface BgNbdFamilyModel<P extends BgNbdFamilyParams> {
  /** Validates the parameters (all finite and > 0); throws `invalid`. Cost O(1). */
  check(where: string, params: P): P;
  /** ln L of one customer. */
  logLikelihood(params: P, x: number, tx: number, T: number): number;
  /** Σ w·ln L over a compressed table (equals the per-customer sum). */
  totalLogLikelihood(params: P, data: CompressedCustomers): number;
  fit(
    x: readonly number[],
    tx: readonly number[],
    T: readonly number[],
    options?: FitOptions & { readonly weights?: readonly number[] },
  ): P & FitSummary;
}

/** A model of the family: its `model` tag, display name, function-name prefix and shift. */
export function bgNbdFamily<P extends BgNbdFamilyParams>(spec: {
  readonly model: P["model"];
  readonly name: string;
  readonly prefix: string;
  readonly shift: 0 | 1;
}): BgNbdFamilyModel<P> {
  const { model, name, prefix, shift } = spec;
  const fitWhere = `fit${prefix.charAt(0).toUpperCase()}${prefix.slice(1)}`;
  const check = (where: string, params: P): P => {
    for (const k of ["r", "alpha", "a", "b"] as const)
      requirePositive(where, { en: `The ${name} parameter ${k}`, zh: `${name} 参数 ${k}` }, params[k]);
    return params;
  };
  const values = (p: P) => [p.r, p.alpha, p.a, p.b];
  return {
    check,
    logLikelihood(params, x, tx, T) {
      const where = `${prefix}LogLikelihood`;
      const [xv, tv, Tv] = checkCustomer(where, 0, x, tx, T);
      const data = { x: [xv], tx: [tv], T: [Tv], weight: [1] };
      return -evaluate(data, groups(data.x), values(check(where, params)), null, shift);
    },
    totalLogLikelihood(params, data) {
      const p = values(check(`${prefix}TotalLogLikelihood`, params));
      return -evaluate(data, groups(data.x), p, null, shift) * data.customers;
    },
    fit(x, tx, T, options = {}) {
      const { data, penalty, meanT, covariance } = prepareCustomerFit(fitWhere, x, tx, T, options);
      const grp = groups(data.x);
      const fit = fitByMaximumLikelihood({
        where: fitWhere,
        start: [0, log(meanT), 0, 0], // α starts at the mean age: the search path rescales with the unit
        customers: data.customers,
        penalty,
        covariance,
        meanNegLogLikelihood: (p, grad) => evaluate(data, grp, p, grad, shift),
        analyticGradient: true,
      });
      const [r, alpha, a, b] = fit.values as [number, number, number, number];
      return { model, r, alpha, a, b, ...fitSummary(fit) } as unknown as P & FitSummary;
    },
  };
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

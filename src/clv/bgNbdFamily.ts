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
import { digamma, logGamma } from "./special";
// Module-level aliases: looking up the global Math is far slower inside Jest's sandbox.
const { exp, log, log1p } = Math;

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
      const data = prepareRows({ x: [xv], tx: [tv], T: [Tv], weight: [1] });
      return -evaluate(data, values(check(where, params)), null, shift);
    },
    totalLogLikelihood(params, data) {
      const p = values(check(`${prefix}TotalLogLikelihood`, params));
      return -evaluate(prepareRows(data), p, null, shift) * data.customers;
    },
    fit(x, tx, T, options = {}) {
      const { data, penalty, meanT, covariance } = prepareCustomerFit(fitWhere, x, tx, T, options);
      const rows = prepareRows(data);
      const fit = fitByMaximumLikelihood({
        where: fitWhere,
        start: [0, log(meanT), 0, 0], // α starts at the mean age: the search path rescales with the unit
        customers: data.customers,
        penalty,
        covariance,
        meanNegLogLikelihood: (p, grad) => evaluate(rows, p, grad, shift),
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
 * A table of {@link Rows} prepared for many likelihood evaluations ({@link prepareRows}): what
 * does not depend on the parameters, computed once per fit — each row's x group with the
 * groups' summed weights, and each row's T and t_x as an index into the distinct values (a
 * million-row export has a few hundred distinct T and t_x: α + T and ln(α + T) are then computed
 * once per distinct value and evaluation instead of once per row). Scratch space for those
 * per-value terms is part of the table, so an evaluation allocates nothing.
 */
export interface PreparedRows {
  readonly rows: number;
  readonly x: Float64Array;
  readonly weight: Float64Array;
  /** Group (index into `groupX`) of each row. */
  readonly group: Int32Array;
  readonly groupX: Float64Array;
  readonly groupWeight: Float64Array;
  /** Σ weights, summed group by group (as the evaluation always did). */
  readonly total: number;
  /** Index of each row's T in `tValues`, and of its t_x in `txValues`. */
  readonly tAt: Int32Array;
  readonly txAt: Int32Array;
  readonly tValues: Float64Array;
  readonly txValues: Float64Array;
  /** Scratch of one evaluation: α + v and ln(α + v) per distinct T and t_x; per-group terms. */
  readonly aT: Float64Array;
  readonly lnAT: Float64Array;
  readonly aTx: Float64Array;
  readonly lnATx: Float64Array;
  readonly lnC: Float64Array;
  readonly rx: Float64Array;
  readonly bx1: Float64Array;
}

/** Index of each value among the distinct values (in order of first appearance). */
function distinct(v: ArrayLike<number>): { at: Int32Array; values: Float64Array } {
  const pos = new Map<number, number>();
  const values: number[] = [];
  const at = new Int32Array(v.length);
  for (let i = 0; i < v.length; i++) {
    const vi = v[i] as number;
    let k = pos.get(vi);
    if (k === undefined) pos.set(vi, (k = values.push(vi) - 1));
    at[i] = k;
  }
  return { at, values: Float64Array.from(values) };
}

/** Prepares a table for {@link evaluate}. Cost O(u) with hashing of x, t_x and T. */
export function prepareRows(data: Rows): PreparedRows {
  const u = data.x.length;
  const grp = groups(data.x);
  const ng = grp.values.length;
  const groupWeight = new Float64Array(ng);
  for (let i = 0; i < u; i++) {
    const g = grp.of[i] as number;
    groupWeight[g] = (groupWeight[g] as number) + (data.weight[i] as number);
  }
  let total = 0;
  for (let g = 0; g < ng; g++) total += groupWeight[g] as number;
  const t = distinct(data.T),
    tx = distinct(data.tx);
  return {
    rows: u,
    x: Float64Array.from(data.x),
    weight: Float64Array.from(data.weight),
    group: grp.of,
    groupX: Float64Array.from(grp.values),
    groupWeight,
    total,
    tAt: t.at,
    txAt: tx.at,
    tValues: t.values,
    txValues: tx.values,
    aT: new Float64Array(t.values.length),
    lnAT: new Float64Array(t.values.length),
    aTx: new Float64Array(tx.values.length),
    lnATx: new Float64Array(tx.values.length),
    lnC: new Float64Array(ng),
    rx: new Float64Array(ng),
    bx1: new Float64Array(ng),
  };
}

/**
 * Mean negative log-likelihood of the BG/NBD family; when `grad` is given, its gradient in
 * ln-parameters. `shift` 0 is BG/NBD (dropout after repeat purchases only), 1 the modified
 * BG/NBD (a dropout chance also at the first purchase): b + x becomes b + x + shift throughout.
 *
 * Per row: ln(α+T) and ln(α+t_x) come from the table's per-value terms, and
 * ln(e^A + e^B) is ln-sum-exp written out (as special.ts's logSumExp: the larger term plus
 * log1p(exp(smaller − larger))), whose exp(A − B) is also the gradient's weight when A ≤ B;
 * the sums run in row order, so the value and gradient are those of the row-by-row formula to
 * the last bit. Cost O(u + g + distinct T and t_x) per evaluation, no allocation.
 */
export function evaluate(
  d: PreparedRows,
  p: ArrayLike<number>,
  grad: Float64Array | null,
  shift: 0 | 1,
): number {
  const r = p[0] as number,
    alpha = p[1] as number,
    a = p[2] as number,
    b = p[3] as number;
  const { aT, lnAT, aTx, lnATx, lnC, rx, bx1, tAt, txAt, group, x: xs, weight } = d;
  const ng = d.groupX.length;
  for (let k = 0; k < aT.length; k++) lnAT[k] = log((aT[k] = alpha + (d.tValues[k] as number)));
  for (let k = 0; k < aTx.length; k++) lnATx[k] = log((aTx[k] = alpha + (d.txValues[k] as number)));
  let ll = 0,
    dr = 0,
    dAlpha = 0,
    da = 0,
    db = 0;
  const n = d.total;
  const lgR = logGamma(r),
    lgB = logGamma(b),
    lgAB = logGamma(a + b);
  const psiR = grad ? digamma(r) : 0,
    psiB = grad ? digamma(b) : 0,
    psiAB = grad ? digamma(a + b) : 0;
  const lnA = log(a);
  for (let g = 0; g < ng; g++) {
    const xg = d.groupX[g] as number,
      w = d.groupWeight[g] as number;
    const bx = b + xg + shift;
    ll += w * (logGamma(r + xg) - lgR + logGamma(bx) - lgB + lgAB - logGamma(a + bx));
    lnC[g] = xg + shift > 0 ? lnA - log(bx - 1) : -Infinity;
    rx[g] = r + xg;
    bx1[g] = bx - 1;
    if (grad) {
      const psiABX = digamma(a + bx);
      dr += w * (digamma(r + xg) - psiR);
      da += w * (psiAB - psiABX);
      db += w * (digamma(bx) - psiB + psiAB - psiABX);
    }
  }
  ll += n * r * log(alpha);
  if (grad) ((dr += n * log(alpha)), (dAlpha += (n * r) / alpha));
  for (let i = 0; i < d.rows; i++) {
    const w = weight[i] as number,
      g = group[i] as number,
      ti = tAt[i] as number;
    const lnT = lnAT[ti] as number,
      rxi = rx[g] as number;
    const A = -rxi * lnT;
    if ((xs[i] as number) + shift === 0) {
      ll += w * A;
      if (grad) ((dr -= w * lnT), (dAlpha -= (w * r) / (aT[ti] as number)));
      continue;
    }
    const si = txAt[i] as number;
    const lnTx = lnATx[si] as number;
    const B = (lnC[g] as number) - rxi * lnTx;
    // logSumExp(A, B), written out; e = exp(A − B) when that is the exponential it takes.
    let lse: number,
      e = -1;
    if (A === -Infinity) lse = B;
    else if (B === -Infinity) lse = A;
    else if (A > B) lse = A + log1p(exp(B - A));
    else lse = B + log1p((e = exp(A - B)));
    ll += w * lse;
    if (grad) {
      if (e < 0) e = exp(A - B); // not taken above (e ≥ 0 or NaN when it was)
      const wB = 1 / (1 + e),
        wA = 1 - wB;
      dr -= w * (wA * lnT + wB * lnTx);
      dAlpha -= w * rxi * (wA / (aT[ti] as number) + wB / (aTx[si] as number));
      da += (w * wB) / a;
      db -= (w * wB) / (bx1[g] as number);
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

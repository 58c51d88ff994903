/**
 * Predictions of the BG/NBD model (Fader, Hardie & Lee 2005; CRM_MODELS.md §3) for a customer
 * with history (x, t_x, T) — symbols as in {@link fitBgNbd}, t in the same time unit:
 *
 * - P(alive) (Fader, Hardie & Lee 2008, "Computing P(alive) using the BG/NBD model"):
 *       1 / (1 + δ(x>0) · a/(b+x−1) · ((α+T)/(α+t_x))^(r+x))          — 1 when x = 0;
 * - conditional expected purchases in (T, T+t] (FHL eq. 10):
 *       E[Y(t) | x, t_x, T] = P(alive) · (a+b+x−1)/(a−1)
 *                             · [1 − ((α+T)/(α+T+t))^(r+x) ₂F₁(r+x, b+x; a+b+x−1; t/(α+T+t))];
 * - expected purchases of a new customer in (0, t] (FHL eq. 9): the same with x = t_x = T = 0;
 * - P(X(t) = x) for a new customer (FHL eq. 8).
 *
 * The bracket of eq. 10 is evaluated without its removable singularities at a = 1 and
 * a+b+x−1 = 0 (the #NUM! problem of Fader & Hardie 2013, note 027): for u = t/(α+T) ≤ 1/2 as the
 * series m·u·Σₖ (m+1)ₖ(a)ₖ / ((c+1)ₖ(k+1)!) (−u)ᵏ (m = r+x, c = a+b+x−1; Pfaff transform of
 * eq. 10), otherwise through {@link logHyp2f1} with a contiguous relation in c when c < ½.
 *
 * Cost O(1) for P(alive), O(n) hypergeometric terms for expectations, O(x) for P(X(t)=x).
 * Throws `invalid` for bad parameters or history (t_x > T, x not whole, t < 0).
 *
 * @example
 * const p = { model: "bgnbd", r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 } as const;
 * bgNbdConditionalExpectedPurchases(p, 39, 2, 30.43, 38.86) // => 1.2259…
 * bgNbdProbabilityAlive(p, 0, 0, 38.86)                    // => 1
 */
import { requireNonNegative } from "../validate";
import { BgNbdParams, checkBgNbdParams } from "./bgNbd";
import { checkCustomer } from "./fitBase";
import { logHyp2f1 } from "./hyp2f1";
import { logBeta, logGamma } from "./special";
// Module-level aliases: looking up the global Math is far slower inside Jest's sandbox.
const { abs, exp, expm1, log, log1p, max, min } = Math;

/** The four parameters of the BG/NBD family (BG/NBD: shift 0; MBG/NBD: shift 1). */
export interface BgNbdFamily {
  readonly r: number;
  readonly alpha: number;
  readonly a: number;
  readonly b: number;
}

export function bgNbdProbabilityAlive(params: BgNbdParams, x: number, tx: number, T: number): number {
  const p = checkBgNbdParams("bgNbdProbabilityAlive", params);
  const [xv, tv, Tv] = checkCustomer("bgNbdProbabilityAlive", 0, x, tx, T);
  return familyAlive(p, xv, tv, Tv, 0);
}

/** P(alive) of the family for a validated history: 1/(1 + a/(b+x+s−1)·((α+T)/(α+t_x))^(r+x)). */
export function familyAlive(p: BgNbdFamily, x: number, tx: number, T: number, shift: 0 | 1): number {
  const { r, alpha, a, b } = p;
  if (x + shift === 0) return 1;
  const logOdds = log(a) - log(b + x + shift - 1) + (r + x) * (log(alpha + T) - log(alpha + tx));
  return 1 / (1 + exp(logOdds));
}

/** E[Y(t) | x, t_x, T] of the family for a validated history and horizon. */
export function familyExpected(
  p: BgNbdFamily,
  t: number,
  x: number,
  tx: number,
  T: number,
  shift: 0 | 1,
): number {
  return familyAlive(p, x, tx, T, shift) * familyBracket(p, t, x, T, shift);
}

/**
 * E[Y(t) | x, t_x, T] / P(alive) of the family: expected purchases in (T, T+t] if alive, which
 * depends on x and T only (not on t_x), so customers sharing (x, T) share it.
 */
export function familyBracket(p: BgNbdFamily, t: number, x: number, T: number, shift: 0 | 1): number {
  return bracket(p.r + x, p.a, p.b + x + shift, t / (p.alpha + T));
}

export function bgNbdConditionalExpectedPurchases(
  params: BgNbdParams,
  t: number,
  x: number,
  tx: number,
  T: number,
): number {
  const where = "bgNbdConditionalExpectedPurchases";
  const p = checkBgNbdParams(where, params);
  const tv = requireNonNegative(where, { en: "The horizon t", zh: "预测期 t" }, t);
  const [xv, txv, Tv] = checkCustomer(where, 0, x, tx, T);
  return familyExpected(p, tv, xv, txv, Tv, 0);
}

export function bgNbdExpectedPurchases(params: BgNbdParams, t: number): number {
  return bgNbdConditionalExpectedPurchases(params, t, 0, 0, 0);
}

export function bgNbdProbabilityOfPurchases(params: BgNbdParams, t: number, x: number): number {
  const where = "bgNbdProbabilityOfPurchases";
  const p = checkBgNbdParams(where, params);
  const tv = requireNonNegative(where, { en: "The period t", zh: "期间 t" }, t);
  const [xv] = checkCustomer(where, 0, x, 0, 0);
  return familyPmf(p, tv, xv, 0);
}

/**
 * P(X(t) = x) of the family for a new customer: B(a, b+x+s)/B(a, b)·NB(x) + [x+s ≥ 1]·
 * B(a+1, b+x+s−1)/B(a, b)·P(NB ≥ x), NB the gamma-Poisson count in (0, t].
 */
export function familyPmf(p: BgNbdFamily, tv: number, xv: number, shift: 0 | 1): number {
  const { r, alpha, a, b } = p;
  const lnP = log(alpha / (alpha + tv)),
    lnQ = tv > 0 ? log(tv / (alpha + tv)) : -Infinity;
  const lnNb = (j: number) =>
    logGamma(r + j) - logGamma(r) - logGamma(j + 1) + r * lnP + (j > 0 ? j * lnQ : 0);
  const lbRatio = logBeta(a, b + xv + shift) - logBeta(a, b);
  let prob = exp(lbRatio + lnNb(xv));
  if (xv + shift > 0) {
    let cdf = 0; // P(NBD < x), or its complement summed directly when it is close to 1
    for (let j = 0; j < xv; j++) cdf += exp(lnNb(j));
    let tail = 1 - cdf;
    if (cdf > 0.5) {
      tail = 0;
      for (let j = xv, term = exp(lnNb(xv)); term > 1e-17 * tail && j < xv + 1e6; j++) {
        tail += term;
        term *= ((r + j) / (j + 1)) * exp(lnQ);
      }
    }
    prob += exp(lbRatio + log(a) - log(b + xv + shift - 1)) * tail;
  }
  return min(1, max(0, prob));
}

/** (c/(a−1))·[1 − (1−z)^m ₂F₁(m, β; c; z)], c = a+β−1, z = u/(1+u): expected purchases if alive. */
function bracket(m: number, a: number, beta: number, u: number): number {
  if (u === 0) return 0;
  const c = a + beta - 1;
  if (u <= 0.5) {
    let term = 1,
      sum = 1,
      big = 1;
    for (let k = 0; k < 10_000 && abs(term) > 1e-17 * abs(sum); k++) {
      term *= (-u * (m + 1 + k) * (a + k)) / ((c + 1 + k) * (k + 2));
      sum += term;
      big = max(big, abs(term));
    }
    if (big < 1e6 * abs(sum)) return m * u * sum;
  }
  // Removable singularity at a = 1: the mean of a = 1 ± 1e-6 (error O(1e-12)).
  if (abs(a - 1) < 5e-7) return (bracket(m, 1 - 1e-6, beta, u) + bracket(m, 1 + 1e-6, beta, u)) / 2;
  const z = u / (1 + u),
    lnOneMinusZ = -log1p(u);
  if (c >= 0.5) return (c * -expm1(m * lnOneMinusZ + logHyp2f1(m, beta, c, z))) / (a - 1);
  // DLMF 15.5.18 with c+1: c·F(c) from F(c+1), F(c+2), both with positive lower parameter.
  const f1 = exp(m * lnOneMinusZ + logHyp2f1(m, beta, c + 1, z));
  const f2 = exp(m * lnOneMinusZ + logHyp2f1(m, beta, c + 2, z));
  const cG =
    -((c - (2 * c + 1 - m - beta) * z) * f1 + (((c + 1 - m) * (c + 1 - beta) * z) / (c + 1)) * f2) / (z - 1);
  return (c - cG) / (a - 1);
}

/**
 * Pareto/NBD scores as SQL expressions (Fader & Hardie 2005 §5–§6; CRM_MODELS.md §3), the same
 * formulas as `paretoNbdPredict.ts`, over per-row columns `xd` (x), `t_x`, `t_cal` (T), `t`:
 *
 *     P(alive) = 1 / (1 + s/(r+s+x) · (α+T)^(r+x) (β+T)^s · A₀),   A₀ = F(t_x) − F(T)
 *     F(y) = ₂F₁(m, s+1; m+1; (α−β)/(α+y)) / (α+y)^m  (α ≥ β),  else with β and r+x (m = r+s+x)
 *
 * ₂F₁ is written after Euler's transformation (A&S 15.3.3), as the core's `logHyp2f1` does for
 * these arguments: (1−z)^E · Σⱼ (B)ⱼ/(C)ⱼ zʲ with E = −s, B = r+x (α ≥ β) or E = 1−r−x, B = s+1
 * (α < β) and C = m+1 > B, so every ratio is below z ≤ |α−β|/max(α, β): the number of terms for
 * a tail < 1e-16 is known before any data is read. A₀ is formed on the log scale (log-diff-exp).
 *
 *     E[Y(t) | x, t_x, T] = P(alive) · (r+x)(β+T)/(α+T) · [1 − ((β+T)/(β+T+t))^(s−1)]/(s−1)
 *
 * with the bracket as −expm1(−(s−1)L)/(s−1), L = log1p(t/(β+T)) (→ L at s = 1); expm1 and
 * log1p by their Taylor series near 0 (no such functions in most engines).
 *
 * Cost O(K) per row. Throws `numeric` when α and β are so far apart that the series would need
 * more than 3,000 terms.
 *
 * @example
 * paretoNbdAliveSteps(dialectOf("duckdb"), { model: "pnbd", r: 0.55, alpha: 10.58, s: 0.61, beta: 11.66 }).length // => 2
 */
import { ParetoNbdParams } from "../clv/paretoNbd";
import { Dialect } from "./dialect";
import { logisticSql } from "./bgNbdSql";
import { hornerSql, termsNeeded } from "./series";

export function expm1Sql(d: Dialect, w: string): string {
  return `CASE WHEN ABS(${w}) < ${d.num(1e-5)} THEN ${w} * (1 + ${w} * (${d.num(0.5)} + ${w} / 6)) ELSE EXP(${w}) - 1 END`;
}

export function log1pSql(d: Dialect, y: string): string {
  return `CASE WHEN ABS(${y}) < ${d.num(1e-5)} THEN ${y} * (1 - ${y} * (${d.num(0.5)} - ${y} / 3)) ELSE LN(1 + ${y}) END`;
}

/** ln F(y) for the column `y`, with the row's m = r + s + x in column `m`. */
function logF(d: Dialect, p: ParetoNbdParams, y: string, terms: number): string {
  const n = d.num;
  const ab = p.alpha >= p.beta;
  const big = ab ? p.alpha : p.beta;
  const diff = Math.abs(p.alpha - p.beta);
  const z = `(${n(diff)} / (${n(big)} + ${y}))`;
  const bCol = ab ? `(${n(p.r)} + xd)` : n(p.s + 1);
  const e = ab ? n(-p.s) : `(1 - ${n(p.r)} - xd)`;
  const g = hornerSql(terms, (j) => `(${z} * (${bCol} + ${j}) / (m + ${j + 1}))`);
  return `${e} * LN(1 - ${z}) + LN(${g}) - m * LN(${n(big)} + ${y})`;
}

/**
 * Two query bodies over `source` (with xd, t_x, t_cal): `pnbd_logf` adds m, ln F(t_x), ln F(T);
 * then `p_alive`. Returned as [logF select list, p_alive expression].
 */
export function paretoNbdAliveSteps(d: Dialect, p: ParetoNbdParams): [string, string] {
  const n = d.num;
  const zMax = Math.abs(p.alpha - p.beta) / Math.max(p.alpha, p.beta);
  const terms = zMax === 0 ? 0 : termsNeeded(() => zMax, zMax, 1e-16);
  const logF2 = [
    `${n(p.r + p.s)} + xd AS m`,
    `${logF(d, p, "t_x", terms).replace(/\bm\b/g, `(${n(p.r + p.s)} + xd)`)} AS ln_f_tx`,
    `${logF(d, p, "t_cal", terms).replace(/\bm\b/g, `(${n(p.r + p.s)} + xd)`)} AS ln_f_t`,
  ].join(",\n");
  const lnA0 = "(ln_f_tx + LN(1 - EXP(ln_f_t - ln_f_tx)))";
  const odds = `(LN(${n(p.s)} / m) + (${n(p.r)} + xd) * LN(${n(p.alpha)} + t_cal) + ${n(p.s)} * LN(${n(p.beta)} + t_cal) + ${lnA0})`;
  const alive = `CASE WHEN t_x < t_cal AND ln_f_t < ln_f_tx THEN ${logisticSql(d, odds)} ELSE ${n(1)} END`;
  return [logF2, alive];
}

/** E[Y(t)] from columns p_alive, xd, t_cal, t. */
export function paretoNbdExpectedSql(d: Dialect, p: ParetoNbdParams): string {
  const n = d.num;
  const L = `(${log1pSql(d, `(t / (${n(p.beta)} + t_cal))`)})`;
  const k = p.s - 1;
  const factor = k === 0 ? L : `(-(${expm1Sql(d, `(${n(-k)} * ${L})`)}) / ${n(k)})`;
  return `p_alive * ((${n(p.r)} + xd) * (${n(p.beta)} + t_cal) / (${n(p.alpha)} + t_cal)) * ${factor}`;
}

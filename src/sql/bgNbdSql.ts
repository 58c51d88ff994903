/**
 * BG/NBD scores as SQL expressions (Fader, Hardie & Lee 2005; CRM_MODELS.md §3), the same
 * formulas as `bgNbdPredict.ts`, over per-row columns `xd` (x as DOUBLE), `t_x`, `t_cal` (T) and
 * a horizon `t`, with the fitted r, α, a, b written as literals:
 *
 * - P(alive) = 1 / (1 + δ(x>0)·a/(b+x−1)·((α+T)/(α+t_x))^(r+x)) on the log scale (FHL 2008);
 * - E[Y(t) | x, t_x, T] = P(alive) · bracket(m = r+x, u = t/(α+T)) (FHL eq. 10):
 *   u ≤ ½: m·u·Σₖ (m+1)ₖ(a)ₖ / ((c+1)ₖ(k+2)!) (−u)ᵏ, c = a+b+x−1 (the core's series);
 *   u > ½: with z = u/(1+u) and Euler's transformation (A&S 15.3.3) of the core's ₂F₁,
 *     bracket = c/(a−1) · [1 − (1−z)^(a−1) · ₂F₁(a+b−1−r, a−1; c; z)],
 *   both as bounded series ({@link hornerSql}) with enough terms for a tail < 1e-13 for every
 *   customer (worst x, largest horizon `tMax`); at |a − 1| < 5e-7 the mean of a = 1 ± 1e-6, as
 *   the core does.
 *
 * Cost O(K) per row, K ≲ 60 + a few hundred terms. Throws `numeric` when the series would need
 * too many terms, or when a + b < 1.5 and u > ½ can occur (c < ½ for customers without repeat
 * purchases: the core uses a contiguous relation there, this generator does not — score those in
 * Excel).
 *
 * @example
 * bgNbdAliveSql(dialectOf("duckdb"), { model: "bgnbd", r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }).startsWith("CASE WHEN xd = 0") // => true
 */
import { numericFailure } from "../errors";
import { BgNbdParams } from "../clv/bgNbd";
import { Dialect } from "./dialect";
import { hornerSql, termsNeeded } from "./series";

/** 1 / (1 + e^L), without overflow (PostgreSQL refuses EXP of more than ~709). */
export function logisticSql(d: Dialect, L: string): string {
  return `CASE WHEN ${L} > 700 THEN ${d.num(0)} WHEN ${L} < -700 THEN ${d.num(1)} ELSE 1 / (1 + EXP(${L})) END`;
}

export function bgNbdAliveSql(d: Dialect, p: BgNbdParams): string {
  const n = d.num;
  const L = `(LN(${n(p.a)}) - LN(CASE WHEN xd > 0 THEN ${n(p.b)} + xd - 1 ELSE 1 END) + (${n(p.r)} + xd) * (LN(${n(p.alpha)} + t_cal) - LN(${n(p.alpha)} + t_x)))`;
  return `CASE WHEN xd = 0 THEN ${n(1)} ELSE ${logisticSql(d, L)} END`;
}

/** E[Y(t)] given alive ("the bracket") for one value of a. */
function bracketSql(d: Dialect, p: BgNbdParams, a: number, tMax: number): string {
  const n = d.num;
  const { r, b, alpha } = p;
  // u ≤ ½: |ratio_k| ≤ ½ · max(1, (r+1+k)/(a+b+k)) · (a+k)/(k+2) for every x ≥ 0.
  const bound1 = (k: number) => 0.5 * Math.max(1, (r + 1 + k) / (a + b + k)) * ((a + k) / (k + 2));
  const k1 = termsNeeded(bound1, 0.5, 1e-13);
  const s1 = hornerSql(
    k1,
    (k) => `(-u * (m + ${k + 1}) * ${n(a + k)} / ((${n(a + b)} + xd + ${k}) * ${k + 2}))`,
  );
  const series = `m * u * ${s1}`;
  const zMax = tMax / (alpha + tMax);
  if (zMax <= 1 / 3) return `CASE WHEN u = 0 THEN ${n(0)} ELSE ${series} END`;
  const c0 = a + b - 1;
  if (c0 < 0.5) {
    throw numericFailure(
      "sql",
      `The BG/NBD expected purchases in SQL need a + b ≥ 1.5 for this horizon (got a + b = ${a + b}): score in Excel, or use a shorter horizon.`,
      `在此预测期下，SQL 中的 BG/NBD 预期购买次数需要 a + b ≥ 1.5（实际 a + b = ${a + b}）：请在 Excel 中打分，或缩短预测期。`,
    );
  }
  const A = c0 - r,
    B = a - 1;
  // u > ½: |ratio_j| ≤ z·|A+j|·|B+j| / ((c0+j)(j+1)), largest at x = 0. Rows with z ≤ 0.7 get
  // a shorter series than the longest horizon needs (most rows, and the cost is per term).
  const euler = (zTop: number) => {
    const bound2 = (j: number) => (zTop * Math.abs(A + j) * Math.abs(B + j)) / ((c0 + j) * (j + 1));
    const g = hornerSql(
      termsNeeded(bound2, zTop, 1e-13),
      (j) => `(z * ${n(A + j)} * ${n(B + j)} / ((${n(c0)} + xd + ${j}) * ${j + 1}))`,
    );
    return `(${n(c0)} + xd) / ${n(a - 1)} * (1 - EXP(${n(1 - a)} * LN(1 + u)) * ${g})`;
  };
  const tiers =
    zMax > 0.7 ? `WHEN z <= ${n(0.7)} THEN ${euler(0.7)} ELSE ${euler(zMax)}` : `ELSE ${euler(zMax)}`;
  return `CASE WHEN u = 0 THEN ${n(0)} WHEN u <= ${n(0.5)} THEN ${series} ${tiers} END`;
}

/**
 * E[Y(t)] given alive, from columns xd (x), u = t/(α+T), z = u/(1+u) and m = r + x, for horizons
 * up to `tMax` (in the model's unit).
 */
export function bgNbdBracketSql(d: Dialect, p: BgNbdParams, tMax: number): string {
  if (Math.abs(p.a - 1) < 5e-7)
    return `(${bracketSql(d, p, 1 - 1e-6, tMax)} + ${bracketSql(d, p, 1 + 1e-6, tMax)}) / 2`;
  return bracketSql(d, p, p.a, tMax);
}

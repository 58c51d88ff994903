/**
 * Bounded power series in SQL, for the hypergeometric sums of the CLV scores (CRM_MODELS.md §3;
 * the core sums them by `logHyp2f1` and the series of `bgNbdPredict.ts`). SQL has no loops in an
 * expression, so a series Σ_k t_k with t_0 = 1 and term ratios t_(k+1)/t_k = ρ_k is written in
 * nested (Horner) form with a fixed number of terms K:
 *
 *     S = 1 + ρ_0 (1 + ρ_1 (1 + … (1 + ρ_(K−1)) … ))
 *
 * K is chosen here, before any data is seen, from a bound on |ρ_k| that holds for every customer
 * (the callers pass it: worst x, largest argument), so that the tail after K terms is below
 * `tolerance` relative to t_0 = 1:  |t_K|·ρ′ / (1 − ρ′) ≤ tolerance with ρ′ = max(ρ_K, limit of ρ).
 *
 * Cost O(K) to write, O(K) per row in the engine. Throws `numeric` when more than `maxTerms`
 * would be needed (an argument too close to 1 for a bounded series: shorten the horizon).
 *
 * @example
 * hornerSql(3, (k) => `(z * ${k + 1})`) // => "(1 + (z * 1) * (1 + (z * 2) * (1 + (z * 3))))"
 * termsNeeded((k) => 0.5, 0.5, 1e-9)    // => 30
 */
import { numericFailure } from "../errors";

export function hornerSql(terms: number, ratio: (k: number) => string): string {
  let s = "";
  for (let k = terms - 1; k >= 0; k--) s = s === "" ? `(1 + ${ratio(k)})` : `(1 + ${ratio(k)} * ${s})`;
  return s === "" ? "1" : s;
}

/**
 * The number of terms K after which the tail is below `tolerance`, given an upper bound
 * `bound(k)` ≥ |ρ_k| for every row and the limit of the ratios (< 1).
 */
export function termsNeeded(
  bound: (k: number) => number,
  limit: number,
  tolerance: number,
  maxTerms = 3000,
): number {
  let term = 1;
  for (let k = 0; k < maxTerms; k++) {
    const rho = Math.max(bound(k), limit);
    if (rho < 1 && (term * rho) / (1 - rho) <= tolerance) return k;
    term *= bound(k);
  }
  throw numericFailure(
    "sql",
    `A hypergeometric series would need more than ${maxTerms} terms in SQL (its argument gets too close to 1): use a shorter horizon, or score these customers in Excel.`,
    `超几何级数在 SQL 中需要超过 ${maxTerms} 项（自变量太接近 1）：请缩短预测期，或在 Excel 中为这些客户打分。`,
  );
}

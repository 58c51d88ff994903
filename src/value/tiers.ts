/**
 * Customer pyramid tier of one value against a population, and of a whole column at once
 * (CRM_MODELS.md §3, seed 003 §3.3). Tier widths, labels and the tie rule: see `pyramid.ts`.
 *
 * - {@link valueTier}: counts the population values strictly greater than `value`. O(n). The
 *   value need not belong to the population (a value above all of it is platinum).
 * - {@link valueTiers}: sorts a copy once and reads each tier's lowest qualifying value from
 *   it (the value at descending rank ⌈C·n⌉ − 1); each value is then placed by three comparisons,
 *   so equal values share a tier. Same rule as valueTier. O(n log n);
 *   use it for a column instead of calling valueTier per cell (which would be O(n²)).
 *
 * Throws `invalid` for an empty population, a value that is not a finite number, or bad cuts.
 *
 * @example
 * valueTiers([50, 40, 30, 20, 10, 10, 10, 10, 10, 10])
 * // => ["platinum", "gold", "iron", "iron", "iron", "iron", "iron", "iron", "iron", "iron"]
 * //    (the six 10s start inside iron, so the whole tie stays in iron and lead is empty)
 * valueTier(45, [10, 50, 20, 40, 30]) // => "iron"  (1 of 5 above: 0.2 is not below 0.05 + 0.15)
 */
import { requireFinite, requireFiniteArray } from "../validate";
import { cumulativePyramidCuts, DEFAULT_PYRAMID_CUTS, PyramidTier, tierAt } from "./pyramid";

export function valueTier(
  value: number,
  population: readonly number[],
  cuts: readonly number[] = DEFAULT_PYRAMID_CUTS,
): PyramidTier {
  const where = "valueTier";
  const v = requireFinite(where, { en: "The value", zh: "客户价值" }, value);
  const pop = requireFiniteArray(where, { en: "The population of values", zh: "客户价值总体" }, population);
  const cum = cumulativePyramidCuts(where, cuts);
  let above = 0;
  for (const x of pop) if (x > v) above++;
  return tierAt(above, pop.length, cum);
}

export function valueTiers(
  values: readonly number[],
  cuts: readonly number[] = DEFAULT_PYRAMID_CUTS,
): PyramidTier[] {
  const where = "valueTiers";
  const xs = requireFiniteArray(where, { en: "The values", zh: "客户价值" }, values);
  const cum = cumulativePyramidCuts(where, cuts);
  const n = xs.length;
  const sorted = Float64Array.from(xs).sort(); // typed-array sort: numeric, ascending, fast
  // Tier k holds the values with above < C_k·n, i.e. the values ≥ the one at descending rank
  // q_k = ⌈C_k·n⌉ − 1 (ties with it included); an empty tier (q_k < 0) has threshold +∞.
  const threshold = [0, 1, 2].map((k) => {
    const q = Math.ceil((cum[k] as number) * n - 1e-9) - 1;
    return q >= 0 ? (sorted[n - 1 - q] as number) : Infinity;
  }) as [number, number, number];
  return xs.map((v) =>
    v >= threshold[0] ? "platinum" : v >= threshold[1] ? "gold" : v >= threshold[2] ? "iron" : "lead",
  );
}

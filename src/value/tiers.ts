/**
 * Customer pyramid tier of one value against a population, and of a whole column at once
 * (CRM_MODELS.md §3, seed 003 §3.3). Tier widths, labels and the tie rule: see `pyramid.ts`.
 *
 * - {@link valueTier}: counts the population values strictly greater than `value`. O(n). The
 *   value need not belong to the population (a value above all of it is platinum).
 * - {@link valueTiers}: sorts a copy once and assigns every tie group its tier. O(n log n);
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
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (xs[b] as number) - (xs[a] as number));
  const out = new Array<PyramidTier>(n);
  let start = 0; // position of the current tie group = number of values strictly above it
  while (start < n) {
    const v = xs[order[start] as number] as number;
    let end = start;
    while (end < n && xs[order[end] as number] === v) end++;
    const tier = tierAt(start, n, cum);
    for (let k = start; k < end; k++) out[order[k] as number] = tier;
    start = end;
  }
  return out;
}

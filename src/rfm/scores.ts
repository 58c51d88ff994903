/**
 * Equal-count quantile scores (CRM_MODELS.md §2, seed 003 "把客户分成数量基本相等的5个等级"):
 *
 *     score = 1 + floor(bins · worse / n)
 *
 * n customers, `worse` the number of customers strictly worse than this one (F, M: a smaller
 * value; R: more days). Ties share a score, the best customers get `bins`, and in Excel the
 * same number is `1 + INT(bins * COUNTIF(col, "<" & x) / COUNT(col))` (R: `">"`).
 *
 * Cost O(n log n): one sorted copy (by counting when the values are integers spanning at most
 * 4n, as days and purchase counts do), the bins − 1 break points of {@link breaksOfSorted}
 * (which reproduce the rule exactly), then O(log bins) per value.
 * Throws `invalid` for an empty column, a non-finite value, bins outside 2–9, a bad metric.
 *
 * @example
 * Array.from(quantileScores([10, 20, 30, 40, 50], 5, "M")) // => [1, 2, 3, 4, 5]
 * Array.from(quantileScores([3, 3, 1, 9], 4, "R"))          // => [2, 2, 4, 1]
 * quantileScore(30, [10, 20, 30, 40, 50], 5, "F")           // => 3
 */
import { binIndex } from "./bin";
import { breaksOfSorted } from "./breaks";
import { RfmMetric, checkBins, checkColumn, checkMetric } from "./metric";
import { sortedCopy } from "./sorted";

export function quantileScores(values: ArrayLike<number>, bins = 5, metric: RfmMetric = "F"): Uint8Array {
  const where = "quantileScores";
  const b = checkBins(where, bins);
  const m = checkMetric(where, metric);
  const xs = checkColumn(where, values);
  const breaks = breaksOfSorted(sortedCopy(xs), b, m, "quantile");
  const t = Float64Array.from(breaks.thresholds);
  const out = new Uint8Array(xs.length);
  for (let i = 0; i < xs.length; i++) out[i] = binIndex(xs[i]!, t, m === "R", breaks.closed);
  return out;
}

/**
 * The score of one `value` within `population` (it need not be a member: a value better than
 * every member gets `bins`, the rule capped, as `MIN(bins, …)` in Excel). Cost O(n).
 */
export function quantileScore(
  value: number,
  population: ArrayLike<number>,
  bins = 5,
  metric: RfmMetric = "F",
): number {
  const where = "quantileScore";
  const b = checkBins(where, bins);
  const m = checkMetric(where, metric);
  const v = checkColumn(where, [value])[0]!;
  const xs = checkColumn(where, population);
  let worse = 0;
  for (let i = 0; i < xs.length; i++) if (m === "R" ? xs[i]! > v : xs[i]! < v) worse++;
  return Math.min(b, 1 + Math.floor((b * worse) / xs.length));
}

/**
 * Break points of a score column, computed once so that each value is then scored in
 * O(log bins) by {@link binIndex} (CRM_MODELS.md §2; Excel `RFM.BREAKS` + `RFM.BIN`).
 *
 * method "quantile" — the equal-count rule `1 + floor(bins · worse / n)` as thresholds that are
 * customer values (x sorted ascending, k_s = ⌈(s − 1)·n / bins⌉ for scores s = 2…bins):
 * - F, M: closed "upper", t_{s−1} = x[k_s − 1] (score ≥ s ⟺ value > t_{s−1} ⟺ at least k_s
 *   customers strictly below);
 * - R: closed "lower", thresholds x[n − k_s] in ascending order (score ≥ s ⟺ days < x[n − k_s]).
 * These reproduce {@link quantileScores} exactly, also for values outside the population.
 *
 * method "rfm" — the R package `rfm` 0.3.0 (`bins()` in R/utils.R, `rfm_prep_bins`): thresholds
 * Q7(i / bins) + 1 for i = 1…bins − 1 (R type-7 quantiles, see {@link quantile7}), closed
 * "lower" (bins [min, t₁), [t₁, t₂), …, [t_{b−1}, max + 1)); recency reversed (score b + 1 − bin).
 * Notes on the package: it adds 1 to every inner break, not only to the top one (that is what
 * reproduces its published counts); its recency is analysis date − latest order date in days,
 * like ours, but its frequency counts every row (refunds too) and its monetary sums all rows, so
 * feed it our `frequency`/`monetary` only when there are no refunds, or accept that difference.
 *
 * Cost O(n log n). Throws as {@link quantileScores}, and `invalid` for an unknown method.
 *
 * @example
 * rfmBreaks([10, 20, 30, 40, 50], 5, "M")          // => { thresholds: [10, 20, 30, 40], closed: "upper", metric: "M" }
 * rfmBreaks([1, 2, 3, 4, 5], 5, "F", "rfm").thresholds // => [2.8, 3.6, 4.4, 5.2]
 */
import { invalidInput } from "../errors";
import { describe } from "../validate";
import { Closed, binIndex } from "./bin";
import { RfmMetric, checkBins, checkColumn, checkMetric } from "./metric";
import { quantile7, seqProbs } from "./quantile7";
import { sortedCopy } from "./sorted";

export type ScoreMethod = "quantile" | "rfm";

export interface RfmBreaks {
  /** Ascending thresholds, bins − 1 of them. */
  readonly thresholds: readonly number[];
  readonly closed: Closed;
  readonly metric: RfmMetric;
}

export function checkMethod(where: string, method: unknown): ScoreMethod {
  if (method === "quantile" || method === "rfm") return method;
  throw invalidInput(
    where,
    `The method must be "quantile" or "rfm", got ${describe(method)}.`,
    `方法必须是 "quantile" 或 "rfm"，收到的是 ${describe(method)}。`,
  );
}

export function rfmBreaks(
  values: ArrayLike<number>,
  bins = 5,
  metric: RfmMetric = "F",
  method: ScoreMethod = "quantile",
): RfmBreaks {
  const where = "rfmBreaks";
  const b = checkBins(where, bins);
  const m = checkMetric(where, metric);
  const meth = checkMethod(where, method);
  const x = sortedCopy(checkColumn(where, values));
  return breaksOfSorted(x, b, m, meth);
}

/** {@link rfmBreaks} on an already sorted, checked column. */
export function breaksOfSorted(
  x: Float64Array,
  bins: number,
  metric: RfmMetric,
  method: ScoreMethod,
): RfmBreaks {
  const n = x.length;
  const t: number[] = [];
  if (method === "rfm") {
    const p = seqProbs(bins);
    for (let i = 1; i < bins; i++) t.push(quantile7(x, p[i]!) + 1);
    return { thresholds: t, closed: "lower", metric };
  }
  const k = (s: number) => Math.floor(((s - 1) * n + bins - 1) / bins);
  if (metric === "R") {
    for (let s = bins; s >= 2; s--) t.push(x[n - k(s)]!);
    return { thresholds: t, closed: "lower", metric };
  }
  for (let s = 2; s <= bins; s++) t.push(x[k(s) - 1]!);
  return { thresholds: t, closed: "upper", metric };
}

/** Scores of a whole column against `breaks`. Cost O(n log bins). Throws as the checks above. */
export function binColumn(values: ArrayLike<number>, breaks: RfmBreaks): Uint8Array {
  const xs = checkColumn("binColumn", values);
  const reverse = breaks.metric === "R";
  const out = new Uint8Array(xs.length);
  for (let i = 0; i < xs.length; i++) out[i] = binIndex(xs[i]!, breaks.thresholds, reverse, breaks.closed);
  return out;
}

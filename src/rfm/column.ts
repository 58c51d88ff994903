/**
 * Scores of a whole column in one call (CRM_MODELS.md §2; Excel `RFM.SCORES`, the fast path):
 * method "quantile" → {@link quantileScores} (equal-count rule, COUNTIF-reproducible);
 * method "rfm" → the R package `rfm` 0.3.0 bins, {@link rfmBreaks} then {@link binColumn}.
 *
 * Cost O(n log n). Throws `invalid` as those functions.
 *
 * @example
 * Array.from(scoreColumn([1, 1, 2, 3, 9], 5, "F", "quantile")) // => [1, 1, 3, 4, 5]
 * Array.from(scoreColumn([1, 1, 2, 3, 9], 5, "F", "rfm"))      // => [1, 1, 2, 3, 5]
 */
import { RfmMetric } from "./metric";
import { ScoreMethod, binColumn, checkMethod, rfmBreaks } from "./breaks";
import { quantileScores } from "./scores";

export function scoreColumn(
  values: ArrayLike<number>,
  bins = 5,
  metric: RfmMetric = "F",
  method: ScoreMethod = "quantile",
): Uint8Array {
  if (checkMethod("scoreColumn", method) === "quantile") return quantileScores(values, bins, metric);
  return binColumn(values, rfmBreaks(values, bins, metric, "rfm"));
}

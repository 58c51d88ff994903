/**
 * ACSI-style customer satisfaction index, 0–100 (CRM_MODELS.md §5; seed 003 §3.4 describes the
 * ACSI model; the index form follows Fornell et al. 1996, "The American Customer Satisfaction
 * Index", Journal of Marketing 60(4), which reports satisfaction on 0–100 from 10-point items):
 *
 *     index = 100 · (Σ w·x̄ − Σ w·min) / (Σ w·(max − min))
 *
 * x̄ the mean score of each driver or survey item (compute it with AVERAGE per column), w the
 * driver weights ≥ 0 (default equal), [min, max] the answer scale (default 1–10 as in the ACSI).
 * The weights are inputs here, not estimated (the ACSI estimates them with PLS).
 * Cost O(n). Throws as {@link weightedScaleIndex} (named `satisfactionIndex`).
 *
 * @example
 * satisfactionIndex([8, 7, 9], [0.5, 0.3, 0.2]) // => 76.666…  (100 · (7.9 − 1) / 9)
 * satisfactionIndex([4, 5], undefined, 1, 5)    // => 87.5
 */
import { weightedScaleIndex } from "./scaledIndex";

export const DEFAULT_INDEX_SCALE_MIN = 1;
export const DEFAULT_INDEX_SCALE_MAX = 10;

export function satisfactionIndex(
  scores: readonly number[],
  weights?: readonly number[],
  scaleMin: number = DEFAULT_INDEX_SCALE_MIN,
  scaleMax: number = DEFAULT_INDEX_SCALE_MAX,
): number {
  return weightedScaleIndex("satisfactionIndex", scores, weights, scaleMin, scaleMax);
}

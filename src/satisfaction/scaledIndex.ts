/**
 * Weighted 0–100 index over survey scores (CRM_MODELS.md §5): the ACSI-style rescaling shared by
 * the satisfaction index and the loyalty index,
 *
 *     index = 100 · (Σ w·x̄ − Σ w·min) / (Σ w·(max − min))
 *
 * x̄ the mean score of each item (driver or loyalty measure), w its weight ≥ 0 (default all 1),
 * [min, max] the answer scale. With one scale for all items this is 100 · (weighted mean − min)
 * / (max − min): 0 when every item is at the bottom, 100 when every item is at the top. Weights
 * need not sum to 1 (only their ratios matter). Cost O(n).
 *
 * Throws `invalid` for no scores, a score outside [min, max], weights of another length, a
 * negative weight, min ≥ max; `numeric` when all weights are 0.
 */
import { invalidInput, numericFailure } from "../errors";
import { requireFinite, requireFiniteArray } from "../validate";

export function weightedScaleIndex(
  where: string,
  scores: readonly number[],
  weights: readonly number[] | undefined,
  scaleMin: number,
  scaleMax: number,
): number {
  const lo = requireFinite(where, { en: "The scale minimum", zh: "量表最小值" }, scaleMin);
  const hi = requireFinite(where, { en: "The scale maximum", zh: "量表最大值" }, scaleMax);
  if (lo >= hi) {
    throw invalidInput(
      where,
      `The scale minimum (${lo}) must be below the maximum (${hi}).`,
      `量表最小值（${lo}）必须小于最大值（${hi}）。`,
    );
  }
  const xs = requireFiniteArray(where, { en: "The scores", zh: "得分" }, scores);
  const ws =
    weights === undefined
      ? xs.map(() => 1)
      : requireFiniteArray(where, { en: "The weights", zh: "权重" }, weights);
  if (ws.length !== xs.length) {
    throw invalidInput(
      where,
      `Give one weight per score: ${xs.length} scores but ${ws.length} weights.`,
      `每个得分需要一个权重：有 ${xs.length} 个得分，但有 ${ws.length} 个权重。`,
    );
  }
  let num = 0;
  let wsum = 0;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i] as number;
    const w = ws[i] as number;
    if (x < lo || x > hi) {
      throw invalidInput(
        where,
        `Score ${i + 1} is ${x}, outside the scale ${lo}–${hi}: check the scale or the data.`,
        `第 ${i + 1} 个得分为 ${x}，超出量表范围 ${lo}–${hi}：请检查量表或数据。`,
      );
    }
    if (w < 0) {
      throw invalidInput(
        where,
        `Weight ${i + 1} is ${w}: weights must be ≥ 0.`,
        `第 ${i + 1} 个权重为 ${w}：权重必须 ≥ 0。`,
      );
    }
    num += w * (x - lo);
    wsum += w;
  }
  if (wsum === 0) {
    throw numericFailure(
      where,
      "All weights are 0: give at least one weight > 0.",
      "所有权重都为 0：请至少给出一个大于 0 的权重。",
    );
  }
  return (100 * num) / (wsum * (hi - lo));
}

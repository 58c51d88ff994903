/**
 * Shared argument checks of the RFM scoring functions (CRM_MODELS.md §2): the metric decides
 * the direction (R: fewer days is better; F, M: more is better), the number of bins is 2–9 so
 * that an RFM code R·100 + F·10 + M stays readable, and value columns must be finite numbers.
 * Cost O(1), or O(n) for a column. Throw `invalid`.
 *
 * @example
 * checkMetric("f", "R") // => "R"
 * checkBins("f", 5)     // => 5
 */
import { invalidInput } from "../errors";
import { describe, requireInteger } from "../validate";

/** Which RFM measure a column holds; "R" is scored in reverse (fewer days = better). */
export type RfmMetric = "R" | "F" | "M";

export function checkMetric(where: string, metric: unknown): RfmMetric {
  if (metric === "R" || metric === "F" || metric === "M") return metric;
  throw invalidInput(
    where,
    `The metric must be "R", "F" or "M", got ${describe(metric)}.`,
    `指标必须是 "R"、"F" 或 "M"，收到的是 ${describe(metric)}。`,
  );
}

export function checkBins(where: string, bins: unknown): number {
  return requireInteger(where, { en: "The number of bins", zh: "分组数" }, bins, 2, 9);
}

/** A score 1…9 (an integer), as produced by the scoring functions. */
export function checkScore(where: string, what: string, score: unknown): number {
  return requireInteger(where, { en: `The ${what} score`, zh: `${what} 得分` }, score, 1, 9);
}

/** `values` must be a non-empty column of finite numbers (checked without copying). */
export function checkColumn(where: string, values: ArrayLike<unknown>): ArrayLike<number> {
  if (values.length === 0) {
    throw invalidInput(where, "The column of values is empty.", "数值列为空。");
  }
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v !== "number" || v - v !== 0) {
      throw invalidInput(
        where,
        `Value ${i + 1} must be a finite number, got ${describe(v)}.`,
        `第 ${i + 1} 个数值必须是有限的数字，收到的是 ${describe(v)}。`,
      );
    }
  }
  return values as ArrayLike<number>;
}

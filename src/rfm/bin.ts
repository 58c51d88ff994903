/**
 * Scores from fixed thresholds (CRM_MODELS.md §2 "Fixed thresholds", seed 003): t₁ ≤ … ≤ t_{b−1}
 * cut the line into b bins, numbered 1…b from the smallest values; F and M take the bin number,
 * R the reverse (b + 1 − bin: fewer days is better). Where a value equal to a threshold goes is
 * `closed`:
 * - "upper" (default): bins (−∞, t₁], (t₁, t₂], … — the seed's recency table "R ≤ 7 → R5,
 *   8–30 → R4, 31–60 → R3, 61–120 → R2, ≥ 121 → R1" is thresholds 7, 30, 60, 120 on days;
 * - "lower": bins (−∞, t₁), [t₁, t₂), … — the half-open bins of the R `rfm` package.
 *
 * Cost O(log b) per value. Throws `invalid` for a non-finite value, 1–8 thresholds not given
 * in ascending order, a bad metric or closure.
 *
 * @example
 * binByThresholds(7, [7, 30, 60, 120], "R")            // => 5
 * binByThresholds(121, [7, 30, 60, 120], "R")          // => 1
 * binByThresholds(3, [1, 2, 5, 10], "F")               // => 3
 * binByThresholds(5, [5, 10], "M", "lower")            // => 2
 */
import { invalidInput } from "../errors";
import { requireFinite } from "../validate";
import { RfmMetric, checkMetric } from "./metric";

/** Which side of a bin includes its threshold. */
export type Closed = "upper" | "lower";

/** The seed 003 recency preset, in days: R ≤ 7 → 5 … ≥ 121 → 1 (closed "upper"). */
export const SEED_RECENCY_DAYS: readonly number[] = Object.freeze([7, 30, 60, 120]);

const THRESHOLD = { en: "A threshold", zh: "阈值" } as const;

export function checkThresholds(where: string, thresholds: ArrayLike<unknown>): readonly number[] {
  // A plain loop: this runs once per RFM.BIN cell, so it allocates nothing per threshold.
  const n = thresholds.length;
  const t = new Array<number>(n);
  let ascending = true;
  for (let i = 0; i < n; i++) {
    const x = requireFinite(where, THRESHOLD, thresholds[i]);
    if (i > 0 && x < t[i - 1]!) ascending = false;
    t[i] = x;
  }
  if (n < 1 || n > 8 || !ascending) {
    throw invalidInput(
      where,
      "Give 1 to 8 thresholds in ascending order (2 to 9 scores).",
      "请按从小到大给出 1 到 8 个阈值（对应 2 到 9 个得分）。",
    );
  }
  return t;
}

export function checkClosed(where: string, closed: unknown): Closed {
  if (closed === "upper" || closed === "lower") return closed;
  throw invalidInput(
    where,
    'The closed side must be "upper" or "lower".',
    '阈值归属必须是 "upper" 或 "lower"。',
  );
}

/** Score of `value` against validated thresholds (no checks: the fast path for columns). */
export function binIndex(value: number, t: ArrayLike<number>, reverse: boolean, closed: Closed): number {
  let lo = 0;
  let hi = t.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (closed === "upper" ? t[mid]! < value : t[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return reverse ? t.length + 1 - lo : lo + 1;
}

export function binByThresholds(
  value: number,
  thresholds: ArrayLike<number>,
  metric: RfmMetric = "F",
  closed: Closed = "upper",
): number {
  const where = "binByThresholds";
  const v = requireFinite(where, { en: "The value", zh: "数值" }, value);
  const t = checkThresholds(where, thresholds);
  return binIndex(v, t, checkMetric(where, metric) === "R", checkClosed(where, closed));
}

/**
 * The RFM code and the weighted RFM score (CRM_MODELS.md §2).
 *
 * - RFM code (seed 003 "RFM代码543"): `code = 100·R + 10·F + M`, e.g. R5 F4 M3 → 543; with 5 bins
 *   125 cells. Scores are whole numbers 1–9, so the digits stay readable.
 * - Weighted score (seed 004: a plain average is unfair across industries):
 *   `w_R·R + w_F·F + w_M·M`, the user's weights (≥ 0, not all 0; default 1, 1, 1 = the plain
 *   sum). Weights that sum to 1 give a weighted average on the score scale.
 *
 * Cost O(1). Throws `invalid` for a score that is not a whole number 1–9, a negative or
 * non-finite weight, or all weights 0.
 *
 * @example
 * rfmCode(5, 4, 3)                    // => 543
 * rfmWeighted(5, 4, 3)                // => 12
 * rfmWeighted(5, 4, 3, 2, 1, 1)       // => 17
 */
import { invalidInput } from "../errors";
import { requireNonNegative } from "../validate";
import { checkScore } from "./metric";

export function rfmCode(r: number, f: number, m: number): number {
  const where = "rfmCode";
  return 100 * checkScore(where, "R", r) + 10 * checkScore(where, "F", f) + checkScore(where, "M", m);
}

export function rfmWeighted(r: number, f: number, m: number, weightR = 1, weightF = 1, weightM = 1): number {
  const where = "rfmWeighted";
  const sr = checkScore(where, "R", r);
  const sf = checkScore(where, "F", f);
  const sm = checkScore(where, "M", m);
  const wr = requireNonNegative(where, { en: "The R weight", zh: "R 权重" }, weightR);
  const wf = requireNonNegative(where, { en: "The F weight", zh: "F 权重" }, weightF);
  const wm = requireNonNegative(where, { en: "The M weight", zh: "M 权重" }, weightM);
  if (wr + wf + wm === 0) {
    throw invalidInput(
      where,
      "The weights are all 0: give at least one positive weight.",
      "权重全为 0：请至少给出一个正的权重。",
    );
  }
  return wr * sr + wf * sf + wm * sm;
}

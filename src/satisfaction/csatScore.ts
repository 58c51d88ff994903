/**
 * CSAT score, top-box share (CRM_MODELS.md §5: "CSAT % (top-2-box)"):
 *
 *     CSAT = (number of answers in the top `topBoxes` points of the scale) / (number of answers)
 *
 * Answers are whole numbers on scaleMin…scaleMax (default 1–5); the top boxes are the answers
 * ≥ scaleMax − topBoxes + 1 (default 4 and 5). Result a share in [0, 1] (format the cell as %).
 * Cost O(n).
 *
 * Throws `invalid` for no answers, an answer that is not a whole number on the scale, or a
 * scale / top-box count that does not fit (topBoxes from 1 to the number of points − 1).
 *
 * @example
 * csatScore([5, 4, 3, 5, 2])    // => 0.6  (3 of 5 answered 4 or 5)
 * csatScore([10, 9, 8, 7], 10, 3, 0) // => 0.75 (8, 9, 10 on a 0–10 scale)
 */
import { invalidInput } from "../errors";
import { describe, requireInteger } from "../validate";

const WHERE = "csatScore";

export function csatScore(responses: readonly number[], scaleMax = 5, topBoxes = 2, scaleMin = 1): number {
  const lo = requireInteger(WHERE, { en: "The scale minimum", zh: "量表最小值" }, scaleMin, -1000, 1000);
  const hi = requireInteger(
    WHERE,
    { en: "The scale maximum", zh: "量表最大值" },
    scaleMax,
    lo + 1,
    lo + 1000,
  );
  const top = requireInteger(
    WHERE,
    { en: "The number of top boxes", zh: "顶端选项数" },
    topBoxes,
    1,
    hi - lo,
  );
  if (responses.length === 0) {
    throw invalidInput(
      WHERE,
      `There are no answers: give at least one answer on the ${lo}–${hi} scale.`,
      `没有任何回答：请至少提供一个 ${lo}–${hi} 分的回答。`,
    );
  }
  const threshold = hi - top + 1;
  let inTop = 0;
  for (let i = 0; i < responses.length; i++) {
    const r = responses[i];
    if (typeof r !== "number" || !Number.isInteger(r) || r < lo || r > hi) {
      throw invalidInput(
        WHERE,
        `Answer ${i + 1} must be a whole number from ${lo} to ${hi}, got ${describe(r)}.`,
        `第 ${i + 1} 个回答必须是 ${lo} 到 ${hi} 的整数，收到的是 ${describe(r)}。`,
      );
    }
    if (r >= threshold) inTop++;
  }
  return inTop / responses.length;
}

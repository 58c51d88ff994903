/**
 * Satisfaction level from the Kotler ratio c = b / a (CRM_MODELS.md §5, seed 003 §3.4):
 *
 * - c > 1 + tolerance → `delighted` (十分满意), the customer got more than expected;
 * - |c − 1| ≤ tolerance → `satisfied` (比较满意), about what was expected;
 * - c < 1 − tolerance → `dissatisfied` (不满意), complaints follow.
 *
 * The seeds give no width for "about 1"; ours is `tolerance`, default 0.05 (±5%). The bounds
 * belong to `satisfied`. Cost O(1). Throws as {@link satisfactionRatio}, and `invalid` for a
 * tolerance outside [0, 1).
 *
 * @example
 * satisfactionLevel(4, 5)        // => "dissatisfied"  (c = 0.8)
 * satisfactionLevel(5.2, 5)      // => "satisfied"     (c = 1.04)
 * satisfactionLevel(6, 5)        // => "delighted"     (c = 1.2)
 */
import { invalidInput, Bilingual } from "../errors";
import { requireFinite } from "../validate";
import { satisfactionRatio } from "./ratio";

export type SatisfactionLevel = "delighted" | "satisfied" | "dissatisfied";

/** The labels users see, both languages (seed 003's wording). */
export const SATISFACTION_LEVEL_LABELS: Readonly<Record<SatisfactionLevel, Bilingual>> = {
  delighted: { en: "Delighted", zh: "十分满意" },
  satisfied: { en: "Satisfied", zh: "比较满意" },
  dissatisfied: { en: "Dissatisfied", zh: "不满意" },
};

export const DEFAULT_SATISFACTION_TOLERANCE = 0.05;

export function satisfactionLevel(
  perceived: number,
  expected: number,
  tolerance: number = DEFAULT_SATISFACTION_TOLERANCE,
): SatisfactionLevel {
  const tol = requireFinite("satisfactionLevel", { en: "The tolerance", zh: "容差" }, tolerance);
  if (tol < 0 || tol >= 1) {
    throw invalidInput(
      "satisfactionLevel",
      `The tolerance must be at least 0 and below 1 (e.g. 0.05 for ±5%), got ${tol}.`,
      `容差必须 ≥ 0 且小于 1（例如 0.05 表示 ±5%），收到的是 ${tol}。`,
    );
  }
  const c = satisfactionRatio(perceived, expected);
  // Compare with a relative epsilon so that 1.05 counts as "within 5%" despite binary rounding.
  const eps = 1e-12;
  if (c > 1 + tol + eps) return "delighted";
  if (c < 1 - tol - eps) return "dissatisfied";
  return "satisfied";
}

/**
 * The satisfaction trap 客户满意陷阱 as a quadrant (CRM_MODELS.md §5, seed 003 §3.5: satisfied ≠
 * loyal; the four types after Jones & Sasser 1995, "Why satisfied customers defect", HBR 73(6)):
 *
 * |                   | satisfaction < cut | satisfaction ≥ cut |
 * |-------------------|--------------------|--------------------|
 * | loyalty ≥ cut     | hostage            | advocate           |
 * | loyalty < cut     | defector           | mercenary          |
 *
 * Inputs on a 0–100 scale (the outputs of satisfactionIndex and loyaltyIndex). Default cuts
 * 75 on both axes: 75 is where "agree" (4) sits on a 1–5 scale, i.e. the top-2-box boundary that
 * CSAT uses, and Jones & Sasser find that only the top of the scale secures loyalty. A value
 * equal to a cut counts as high. An instance of the two-axis grid (§9). Cost O(1).
 * Throws `invalid` for a value or cut outside 0–100 or not a number.
 *
 * @example
 * loyaltyQuadrant(85, 40) // => "mercenary"  (satisfied, not loyal: the satisfaction trap)
 * loyaltyQuadrant(50, 80) // => "hostage"
 */
import { Bilingual } from "../errors";
import { gridClassify } from "../grid/twoAxis";
import { requireInRange } from "../validate";

export type LoyaltyQuadrant = "advocate" | "mercenary" | "hostage" | "defector";

export const LOYALTY_QUADRANT_LABELS: Readonly<Record<LoyaltyQuadrant, Bilingual>> = {
  advocate: { en: "Advocate (satisfied and loyal)", zh: "忠诚拥护者（满意且忠诚）" },
  mercenary: { en: "Mercenary (satisfied, not loyal)", zh: "唯利是图者（满意但不忠诚）" },
  hostage: { en: "Hostage (loyal, dissatisfied)", zh: "人质型（忠诚但不满意）" },
  defector: { en: "Defector (neither)", zh: "叛离者（既不满意也不忠诚）" },
};

export const DEFAULT_QUADRANT_CUT = 75;

/** Rows = loyalty bands (low, high), columns = satisfaction bands (low, high). */
const GRID: readonly (readonly LoyaltyQuadrant[])[] = [
  ["defector", "mercenary"],
  ["hostage", "advocate"],
];

export function loyaltyQuadrant(
  satisfaction: number,
  loyalty: number,
  satisfactionCut: number = DEFAULT_QUADRANT_CUT,
  loyaltyCut: number = DEFAULT_QUADRANT_CUT,
): LoyaltyQuadrant {
  const where = "loyaltyQuadrant";
  const s = requireInRange(where, { en: "The satisfaction score", zh: "满意度得分" }, satisfaction, 0, 100);
  const l = requireInRange(where, { en: "The loyalty score", zh: "忠诚度得分" }, loyalty, 0, 100);
  const sc = requireInRange(
    where,
    { en: "The satisfaction cut", zh: "满意度分界点" },
    satisfactionCut,
    0,
    100,
  );
  const lc = requireInRange(where, { en: "The loyalty cut", zh: "忠诚度分界点" }, loyaltyCut, 0, 100);
  return gridClassify(s, l, [sc], [lc], GRID);
}

/**
 * The segment schemes a user chooses from (CRM_MODELS.md §2 "Named segments from scores" and
 * "8 customer types"), as data:
 * - "default": {@link DEFAULT_SEGMENT_RULES}, the R × F grid (11 segments, M free);
 * - "rfmPackage": {@link RFM_PACKAGE_SEGMENT_RULES}, the ten segments documented with the R
 *   package `rfm` 0.3.0 (`rfm_segment` example; data/README.md "rfm/"): first match wins, a
 *   customer no rule matches is "Others";
 * - "types": the eight mean-split RFM types (src/rfm/types.ts) used as the segments;
 * - "custom": rules the user typed (a rules sheet, read by src/rfm/ruleRows.ts).
 *
 * Cost O(1). Throws nothing here (rules are checked when they are compiled).
 *
 * @example
 * RFM_PACKAGE_SEGMENT_RULES[1]  // => { key: "potentialLoyalist", …, r: [3, 5], f: [3, 5], m: [2, 5] }
 * schemeRules("rfmPackage").length // => 10
 */
import { Bilingual } from "../errors";
import { DEFAULT_SEGMENT_RULES, SEGMENT_LABELS, ScoreRange, SegmentRule } from "./segments";

export type SegmentScheme = "default" | "rfmPackage" | "types" | "custom";
export const SEGMENT_SCHEMES: readonly SegmentScheme[] = ["default", "rfmPackage", "types", "custom"];

/** The schemes' names, as the parameters line and the pane show them. */
export const SCHEME_LABELS: Readonly<Record<SegmentScheme, Bilingual>> = {
  default: { en: "standard R × F scheme", zh: "标准 R × F 方案" },
  rfmPackage: { en: "the R package rfm's ten segments", zh: "R 包 rfm 的十个细分" },
  types: { en: "the eight RFM types (against the means)", zh: "八类 RFM 客户类型（与均值比较）" },
  custom: { en: "rules typed in a sheet", zh: "工作表中填写的规则" },
};

const pkg = (key: string, r: ScoreRange, f: ScoreRange, m: ScoreRange): SegmentRule => ({
  key,
  label: SEGMENT_LABELS[key]!,
  r,
  f,
  m,
});

/** rfm 0.3.0's documented scheme, in its order (first match wins): R, F, M inclusive ranges. */
export const RFM_PACKAGE_SEGMENT_RULES: readonly SegmentRule[] = Object.freeze([
  pkg("champions", [5, 5], [5, 5], [5, 5]),
  pkg("potentialLoyalist", [3, 5], [3, 5], [2, 5]),
  pkg("loyalCustomers", [2, 4], [2, 4], [2, 4]),
  pkg("promising", [3, 4], [1, 3], [3, 5]),
  pkg("newCustomers", [4, 5], [1, 3], [1, 5]),
  pkg("cantLoseThem", [1, 2], [3, 4], [4, 5]),
  pkg("atRisk", [1, 2], [2, 5], [4, 5]),
  pkg("needAttention", [1, 3], [3, 5], [3, 5]),
  pkg("aboutToSleep", [2, 3], [1, 3], [1, 4]),
  pkg("lost", [1, 1], [1, 5], [1, 5]),
]);

/** The score rules of a rule-based scheme; undefined for "types" and "custom" (no fixed rules). */
export function schemeRules(scheme: SegmentScheme): readonly SegmentRule[] | undefined {
  return scheme === "default"
    ? DEFAULT_SEGMENT_RULES
    : scheme === "rfmPackage"
      ? RFM_PACKAGE_SEGMENT_RULES
      : undefined;
}

/**
 * LOYALTY family: the eight-measure loyalty index and the satisfaction-trap quadrant
 * (CRM_MODELS.md §5). Thin wrappers: shape the Excel arguments, call the core in src/loyalty,
 * map failures to Excel errors.
 */
import { DEFAULT_QUADRANT_CUT, loyaltyIndex, loyaltyQuadrant, LOYALTY_QUADRANT_LABELS } from "../src/loyalty";
import { numberArg, optionalNumberArg } from "./runtime/args";
import { excel } from "./runtime/errors";
import { langArg } from "./runtime/lang";
import { scoresAndWeights } from "./runtime/weighted";

/**
 * Loyalty index, 0–100, over up to eight survey measures (mean scores, higher = more loyal), rescaled like the ACSI: 100·(Σw·x̄ − Σw·min) / (Σw·(max − min)).
 * @customfunction LOYALTY.INDEX
 * @param measures Mean score of each measure, in this order: repurchase intention, cross-purchase intention, willingness to recommend, low price sensitivity, share of wallet, little time spent choosing, indifference to competitors, tolerance of quality incidents (fewer = the first ones). Reverse a measure asked the other way round with min + max − score. Blank cells are skipped.
 * @param [weights] Weight of each measure, ≥ 0, same cells as measures (only ratios matter); default equal. An item blank in both ranges is skipped; blank in only one is #VALUE!.
 * @param [scale_min] Lowest point of the answer scale; default 1.
 * @param [scale_max] Highest point of the answer scale; default 5 (a Likert scale); above scale_min.
 * @returns The index, 0 (every measure at the bottom) to 100 (every measure at the top). #VALUE! for more than eight measures; #NUM! when all weights are 0.
 * @helpurl https://localhost:3000/help/functions.html#LOYALTY.INDEX
 */
export function loyaltyIndexScore(
  measures: unknown[][],
  weights: unknown[][],
  scale_min: unknown,
  scale_max: unknown,
): number {
  return excel("LOYALTY.INDEX", () => {
    const items = scoresAndWeights(
      measures,
      weights,
      { en: "measures", zh: "忠诚度指标 measures" },
      { en: "weights", zh: "权重 weights" },
    );
    return loyaltyIndex(
      items.scores,
      items.weights,
      optionalNumberArg(scale_min, { en: "scale_min", zh: "量表最小值 scale_min" }, 1),
      optionalNumberArg(scale_max, { en: "scale_max", zh: "量表最大值 scale_max" }, 5),
    );
  });
}

/**
 * Satisfaction-trap quadrant: Advocate (satisfied and loyal), Mercenary (satisfied, not loyal), Hostage (loyal, dissatisfied) or Defector (neither).
 * @customfunction LOYALTY.QUADRANT
 * @param satisfaction Satisfaction on 0–100 (e.g. CSAT.INDEX).
 * @param loyalty Loyalty on 0–100 (e.g. LOYALTY.INDEX).
 * @param [sat_cut] Satisfaction from this value on counts as high; 0–100, default 75 (the top-2-box boundary of a 1–5 scale).
 * @param [loyal_cut] Loyalty from this value on counts as high; 0–100, default 75.
 * @param [lang] Language of the label: "en" or "zh"; default the Office display language.
 * @returns The quadrant's name, e.g. "Mercenary (satisfied, not loyal)" — the satisfaction trap.
 * @helpurl https://localhost:3000/help/functions.html#LOYALTY.QUADRANT
 */
export function loyaltyQuadrantLabel(
  satisfaction: unknown,
  loyalty: unknown,
  sat_cut: unknown,
  loyal_cut: unknown,
  lang: unknown,
): string {
  return excel("LOYALTY.QUADRANT", () => {
    const language = langArg(lang);
    const q = loyaltyQuadrant(
      numberArg(satisfaction, { en: "satisfaction", zh: "满意度 satisfaction" }),
      numberArg(loyalty, { en: "loyalty", zh: "忠诚度 loyalty" }),
      optionalNumberArg(sat_cut, { en: "sat_cut", zh: "满意度分界点 sat_cut" }, DEFAULT_QUADRANT_CUT),
      optionalNumberArg(loyal_cut, { en: "loyal_cut", zh: "忠诚度分界点 loyal_cut" }, DEFAULT_QUADRANT_CUT),
    );
    return LOYALTY_QUADRANT_LABELS[q][language];
  });
}

/**
 * CSAT family: satisfaction as the customer sees it (CRM_MODELS.md §5). Thin wrappers: shape the
 * Excel arguments, call the core in src/satisfaction, map failures to Excel errors.
 */
import {
  csatScore,
  DEFAULT_INDEX_SCALE_MAX,
  DEFAULT_INDEX_SCALE_MIN,
  netPromoterScore,
  satisfactionIndex,
  satisfactionLevel,
  satisfactionRatio,
  SATISFACTION_LEVEL_LABELS,
} from "../src/satisfaction";
import { DEFAULT_SATISFACTION_TOLERANCE } from "../src/satisfaction/level";
import { numberArg, numberColumn, optionalNumberArg } from "./runtime/args";
import { excel } from "./runtime/errors";
import { langArg } from "./runtime/lang";
import { scoresAndWeights } from "./runtime/weighted";

const PERCEIVED = { en: "perceived", zh: "感知价值 perceived" };
const EXPECTED = { en: "expected", zh: "期望价值 expected" };

/**
 * Satisfaction ratio c = perceived ÷ expected (Kotler): above 1 the customer is delighted, about 1 satisfied, below 1 dissatisfied.
 * @customfunction CSAT.RATIO
 * @param perceived Value the customer perceived (b), on the same scale as expected; ≥ 0.
 * @param expected Value the customer expected (a); > 0.
 * @returns The ratio c = b / a. #NUM! when expected is 0.
 * @helpurl https://localhost:3000/help/functions.html#CSAT.RATIO
 */
export function csatRatio(perceived: unknown, expected: unknown): number {
  return excel("CSAT.RATIO", () =>
    satisfactionRatio(numberArg(perceived, PERCEIVED), numberArg(expected, EXPECTED)),
  );
}

/**
 * Satisfaction level from c = perceived ÷ expected: Delighted (c above 1 + tolerance), Satisfied (within the tolerance), Dissatisfied (below).
 * @customfunction CSAT.LEVEL
 * @param perceived Value the customer perceived (b); ≥ 0.
 * @param expected Value the customer expected (a); > 0.
 * @param [tolerance] Width of "about 1", as a fraction: default 0.05 (±5%); 0 to below 1.
 * @param [lang] Language of the label: "en" or "zh"; default the Office display language.
 * @returns Delighted / Satisfied / Dissatisfied (十分满意 / 比较满意 / 不满意).
 * @helpurl https://localhost:3000/help/functions.html#CSAT.LEVEL
 */
export function csatLevel(perceived: unknown, expected: unknown, tolerance: unknown, lang: unknown): string {
  return excel("CSAT.LEVEL", () => {
    const tol = optionalNumberArg(
      tolerance,
      { en: "tolerance", zh: "容差 tolerance" },
      DEFAULT_SATISFACTION_TOLERANCE,
    );
    const level = satisfactionLevel(numberArg(perceived, PERCEIVED), numberArg(expected, EXPECTED), tol);
    return SATISFACTION_LEVEL_LABELS[level][langArg(lang)];
  });
}

/**
 * Net Promoter Score: % of promoters (9–10) minus % of detractors (0–6) among 0–10 answers to "would you recommend us?".
 * @customfunction CSAT.NPS
 * @param responses Range of answers, whole numbers 0–10; blank cells are skipped.
 * @returns The score, from −100 to 100.
 * @helpurl https://localhost:3000/help/functions.html#CSAT.NPS
 */
export function csatNps(responses: unknown[][]): number {
  return excel("CSAT.NPS", () =>
    netPromoterScore(numberColumn(responses, { en: "responses", zh: "回答 responses" })),
  );
}

/**
 * CSAT score: the share (0 to 1, format as %) of answers in the top boxes of the scale, top-2-box by default (4 and 5 on a 1–5 scale).
 * @customfunction CSAT.SCORE
 * @param responses Range of answers, whole numbers on the scale; blank cells are skipped.
 * @param [scale_max] Highest point of the scale; whole number, default 5.
 * @param [top_boxes] How many top points count as satisfied; whole number from 1 to the number of points − 1, default 2.
 * @param [scale_min] Lowest point of the scale; whole number, default 1 (use 0 for a 0–10 scale).
 * @returns The share of top-box answers, 0 to 1 (format the cell as %).
 * @helpurl https://localhost:3000/help/functions.html#CSAT.SCORE
 */
export function csatScoreShare(
  responses: unknown[][],
  scale_max: unknown,
  top_boxes: unknown,
  scale_min: unknown,
): number {
  return excel("CSAT.SCORE", () =>
    csatScore(
      numberColumn(responses, { en: "responses", zh: "回答 responses" }),
      optionalNumberArg(scale_max, { en: "scale_max", zh: "量表最大值 scale_max" }, 5),
      optionalNumberArg(top_boxes, { en: "top_boxes", zh: "顶端选项数 top_boxes" }, 2),
      optionalNumberArg(scale_min, { en: "scale_min", zh: "量表最小值 scale_min" }, 1),
    ),
  );
}

/**
 * ACSI-style satisfaction index, 0–100: 100·(Σw·x̄ − Σw·min) / (Σw·(max − min)) over the mean score x̄ of each driver or survey item.
 * @customfunction CSAT.INDEX
 * @param scores Mean score of each driver or item (compute each with AVERAGE), one column or one row, on the scale; blank cells are skipped.
 * @param [weights] Weight of each driver, ≥ 0, same cells as scores (only ratios matter); default equal weights. An item blank in both ranges is skipped; blank in only one is #VALUE!.
 * @param [scale_min] Lowest point of the answer scale; default 1.
 * @param [scale_max] Highest point of the answer scale; default 10 (as the ACSI); above scale_min.
 * @returns The index, 0 (every driver at the bottom) to 100 (every driver at the top). #NUM! when all weights are 0.
 * @helpurl https://localhost:3000/help/functions.html#CSAT.INDEX
 */
export function csatIndex(
  scores: unknown[][],
  weights: unknown[][],
  scale_min: unknown,
  scale_max: unknown,
): number {
  return excel("CSAT.INDEX", () => {
    const items = scoresAndWeights(
      scores,
      weights,
      { en: "scores", zh: "得分 scores" },
      { en: "weights", zh: "权重 weights" },
    );
    return satisfactionIndex(
      items.scores,
      items.weights,
      optionalNumberArg(scale_min, { en: "scale_min", zh: "量表最小值 scale_min" }, DEFAULT_INDEX_SCALE_MIN),
      optionalNumberArg(scale_max, { en: "scale_max", zh: "量表最大值 scale_max" }, DEFAULT_INDEX_SCALE_MAX),
    );
  });
}

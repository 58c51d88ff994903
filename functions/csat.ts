/**
 * CSAT family: satisfaction as the customer sees it (CRM_MODELS.md §5). Thin wrappers: shape the
 * Excel arguments, call the core in src/satisfaction, map failures to Excel errors.
 */
import {
  netPromoterScore,
  satisfactionLevel,
  satisfactionRatio,
  SATISFACTION_LEVEL_LABELS,
} from "../src/satisfaction";
import { DEFAULT_SATISFACTION_TOLERANCE } from "../src/satisfaction/level";
import { numberArg, numberColumn, optionalNumberArg } from "./runtime/args";
import { excel } from "./runtime/errors";
import { langArg } from "./runtime/lang";

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

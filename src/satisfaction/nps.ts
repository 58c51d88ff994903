/**
 * Net Promoter Score (CRM_MODELS.md §5: the recommendation intention seed 003 lists among the
 * loyalty measures; Reichheld 2003, "The one number you need to grow", HBR 81(12)):
 *
 *     NPS = 100 · (promoters − detractors) / responses
 *
 * promoters answer 9 or 10, detractors 0 to 6, passives 7 or 8, on the 0–10 "how likely are you
 * to recommend us" scale. Result in [−100, 100].
 *
 * Cost O(n). Throws `invalid` for no responses, or a response that is not a whole number 0–10.
 *
 * @example
 * netPromoterScore([10, 9, 8, 7, 6, 0]) // => 0   (2 promoters, 2 detractors of 6)
 * netPromoterScore([10, 10, 9, 3])      // => 50
 */
import { invalidInput } from "../errors";
import { describe } from "../validate";

const WHERE = "netPromoterScore";

export function netPromoterScore(responses: readonly number[]): number {
  if (responses.length === 0) {
    throw invalidInput(
      WHERE,
      "There are no responses: give at least one answer on the 0–10 scale.",
      "没有任何回答：请至少提供一个 0–10 分的回答。",
    );
  }
  let promoters = 0;
  let detractors = 0;
  for (let i = 0; i < responses.length; i++) {
    const r = responses[i];
    if (typeof r !== "number" || !Number.isInteger(r) || r < 0 || r > 10) {
      throw invalidInput(
        WHERE,
        `Response ${i + 1} must be a whole number from 0 to 10, got ${describe(r)}.`,
        `第 ${i + 1} 个回答必须是 0 到 10 的整数，收到的是 ${describe(r)}。`,
      );
    }
    if (r >= 9) promoters++;
    else if (r <= 6) detractors++;
  }
  return (100 * (promoters - detractors)) / responses.length;
}

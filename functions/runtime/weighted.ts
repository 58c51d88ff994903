/**
 * Scores with optional weights, item by item (CSAT.INDEX, LOYALTY.INDEX): without weights the
 * scores are a column with blank cells skipped (as AVERAGE does); with weights, score i goes
 * with weight i, so the two ranges must have the same cells, an item blank in both is skipped
 * and an item blank in only one is refused (a silent skip would shift the weights).
 */
import { Bilingual, invalidInput } from "../../src/index";
import { isBlank, itemNumber, numberColumn } from "./args";
import { alignedColumns } from "./columns";

/** The scores, and the weights when given (same length, blanks handled as above). */
export function scoresAndWeights(
  scores: unknown,
  weights: unknown,
  whatScores: Bilingual,
  whatWeights: Bilingual,
): { scores: number[]; weights?: number[] } {
  if (weights === null || weights === undefined) return { scores: numberColumn(scores, whatScores) };
  const [s, w] = alignedColumns([
    { value: scores, what: whatScores },
    { value: weights, what: whatWeights },
  ]) as [unknown[], unknown[]];
  const out: { scores: number[]; weights: number[] } = { scores: [], weights: [] };
  s.forEach((sc, i) => {
    const wc = w[i];
    if (isBlank(sc) && isBlank(wc)) return;
    if (isBlank(sc) || isBlank(wc)) {
      const [empty, other] = isBlank(sc) ? [whatScores, whatWeights] : [whatWeights, whatScores];
      throw invalidInput(
        "args",
        `Item ${i + 1}: ${empty.en} is empty but ${other.en} is not: fill in both or clear both.`,
        `第 ${i + 1} 项：${empty.zh}为空而${other.zh}不为空：请两者都填写或都清空。`,
      );
    }
    out.scores.push(itemNumber(sc, i, whatScores));
    out.weights.push(itemNumber(wc, i, whatWeights));
  });
  return out;
}

/**
 * The customer pyramid 客户金字塔 (CRM_MODELS.md §3, seed 003 §3.3; alternative labels seed 002
 * §3.1.1): customers ranked by value into four tiers, best first.
 *
 * Tier widths are shares of the customers, `cuts = [platinum, gold, iron]`; lead gets the rest.
 * Default [0.05, 0.15, 0.30] (seed 003: platinum ≈ 5%, gold ≈ 15%, iron + lead ≈ 80%, which the
 * seed does not split: iron 30%, lead 50% is our choice).
 *
 * Rank rule (ties are never split): with `above` = the number of customers whose value is
 * strictly greater and n the number of customers, the customer belongs to the first tier whose
 * cumulative share C exceeds above / n. Equal values have the same `above`, hence the same tier;
 * a tie group that straddles a boundary goes whole to the better tier, so a tier may hold more
 * than its share. The best customer is always platinum (unless its width is 0). The rule is
 * reproducible in Excel: `=MATCH(COUNTIF(values,">"&v)/COUNT(values), {0,0.05,0.2,0.5})`.
 */
import { Bilingual, invalidInput } from "../errors";
import { requireInRange } from "../validate";

export type PyramidTier = "platinum" | "gold" | "iron" | "lead";

/** Best first. */
export const PYRAMID_TIERS: readonly PyramidTier[] = ["platinum", "gold", "iron", "lead"];

/** Widths of platinum, gold and iron as shares of the customers; lead is the rest. */
export const DEFAULT_PYRAMID_CUTS: readonly [number, number, number] = [0.05, 0.15, 0.3];

/** Two label sets: the metals of seed 003 and the value classes of seed 002. */
export const PYRAMID_LABELS: Readonly<Record<"metal" | "seed002", Readonly<Record<PyramidTier, Bilingual>>>> =
  {
    metal: {
      platinum: { en: "Platinum", zh: "白金" },
      gold: { en: "Gold", zh: "黄金" },
      iron: { en: "Iron", zh: "铁质" },
      lead: { en: "Lead", zh: "铅质" },
    },
    seed002: {
      platinum: { en: "VIP customer", zh: "VIP客户" },
      gold: { en: "Major customer", zh: "主要客户" },
      iron: { en: "Ordinary customer", zh: "普通客户" },
      lead: { en: "Small customer", zh: "小客户" },
    },
  };

/**
 * Validates tier widths and returns the cumulative shares [C_platinum, C_gold, C_iron, 1].
 * Throws `invalid` unless there are three widths, each in [0, 1], summing to at most 1.
 */
export function cumulativePyramidCuts(where: string, cuts: readonly number[]): readonly number[] {
  if (cuts.length !== 3) {
    throw invalidInput(
      where,
      `Give three tier widths (platinum, gold, iron) as shares, e.g. 0.05, 0.15, 0.3; got ${cuts.length}.`,
      `请给出三个层级宽度（白金、黄金、铁质）的客户占比，例如 0.05、0.15、0.3；收到 ${cuts.length} 个。`,
    );
  }
  const cum: number[] = [];
  let sum = 0;
  for (const tier of PYRAMID_TIERS.slice(0, 3)) {
    sum += requireInRange(where, PYRAMID_LABELS.metal[tier], cuts[cum.length], 0, 1);
    cum.push(sum);
  }
  if (sum > 1 + 1e-12) {
    throw invalidInput(
      where,
      `The tier widths add up to ${sum}, more than 1 (100% of the customers): make them smaller.`,
      `层级宽度之和为 ${sum}，超过 1（全部客户）：请减小宽度。`,
    );
  }
  cum.push(1);
  return cum;
}

/** The tier of a customer with `above` customers strictly better among n (the rule above). O(1). */
export function tierAt(above: number, n: number, cumulative: readonly number[]): PyramidTier {
  for (let k = 0; k < 3; k++) {
    // above / n < C_k, with room for binary rounding of C_k (0.1 + 0.2 ≠ 0.3).
    if (above < (cumulative[k] as number) * n - 1e-9) return PYRAMID_TIERS[k] as PyramidTier;
  }
  return "lead";
}

/**
 * Programmes family: Kotler's relationship level (CRM_MODELS.md §7) and membership points (§8).
 * Thin wrappers: shape the Excel arguments, call the core in src/relationship and src/points,
 * map failures to Excel errors.
 */
import { Bilingual, describe, invalidInput } from "../src/index";
import { bestSeedReward, pointsRewards, SEED002_REWARDS } from "../src/points";
import { RELATIONSHIP_LEVEL_LABELS, relationshipLevel } from "../src/relationship";
import { cellNumber, isBlank, numberArg, numberColumn, optionalNumberArg } from "./runtime/args";
import { choiceArg } from "./runtime/choice";
import { excel } from "./runtime/errors";
import { langArg } from "./runtime/lang";

/** A cell that is either a number (text numbers and "25%" read as numbers) or a category word. */
function numberOrCategory(v: unknown, what: Bilingual, words: string): number | string {
  const cell = Array.isArray(v) && v.length === 1 && Array.isArray(v[0]) && v[0].length === 1 ? v[0][0] : v;
  if (isBlank(cell)) {
    throw invalidInput(
      "args",
      `${what.en} is empty: enter a number or one of ${words}.`,
      `${what.zh}为空：请输入数字或 ${words} 之一。`,
    );
  }
  if (typeof cell === "string") return cellNumber(cell) ?? cell;
  if (typeof cell === "number") return cell;
  throw invalidInput(
    "args",
    `${what.en} must be a number or one of ${words}, got ${describe(cell)}.`,
    `${what.zh}必须是数字或 ${words} 之一，收到的是 ${describe(cell)}。`,
  );
}

/** Two cut points from a range; omitted or all blank → the core's default. */
function cutsArg(v: unknown, what: Bilingual): number[] | undefined {
  if (v === null || v === undefined) return undefined;
  const cuts = numberColumn(v, what);
  return cuts.length === 0 ? undefined : cuts;
}

/**
 * Kotler's relationship level for a market: from the number of customers and the profit margin, Basic or reactive … Partnership.
 * @customfunction RELATIONSHIP.LEVEL
 * @param customers Number of customers (a count ≥ 0), or a category: "few", "medium", "many" (少/中/多).
 * @param margin Profit margin as a fraction of price (0.25 or 25%; at most 1), or a category: "low", "medium", "high" (低/中/高).
 * @param [customer_cuts] Range of two ascending counts splitting few | medium | many; default 100, 1000 (our choice, the source gives none). A count equal to a cut goes to the higher band.
 * @param [margin_cuts] Range of two ascending margins splitting low | medium | high; default 0.1, 0.3 (our choice). A margin equal to a cut goes to the higher band.
 * @param [lang] Language of the label: "en" or "zh"; default the Office display language.
 * @returns Basic or reactive / Reactive / Accountable / Proactive / Partnership (基本型或被动型 / 被动型 / 负责型 / 能动型 / 伙伴型).
 * @helpurl https://localhost:3000/help/functions.html#RELATIONSHIP.LEVEL
 */
export function relationshipLevelFn(
  customers: unknown,
  margin: unknown,
  customer_cuts: unknown[][],
  margin_cuts: unknown[][],
  lang: unknown,
): string {
  return excel("RELATIONSHIP.LEVEL", () => {
    const language = langArg(lang);
    const level = relationshipLevel(
      numberOrCategory(
        customers,
        { en: "customers", zh: "客户数量 customers" },
        "few, medium, many（少/中/多）",
      ),
      numberOrCategory(margin, { en: "margin", zh: "利润率 margin" }, "low, medium, high（低/中/高）"),
      {
        customerCuts: cutsArg(customer_cuts, { en: "customer_cuts", zh: "客户数量分界点 customer_cuts" }),
        marginCuts: cutsArg(margin_cuts, { en: "margin_cuts", zh: "利润率分界点 margin_cuts" }),
      },
    );
    return RELATIONSHIP_LEVEL_LABELS[level][language];
  });
}

type PointsOutput = "rewards" | "points" | "next" | "item";

const OUTPUTS: Readonly<Record<string, PointsOutput>> = {
  rewards: "rewards",
  points: "points",
  next: "next",
  item: "item",
  奖励: "rewards",
  积分: "points",
  还差: "next",
  礼品: "item",
};

/**
 * Membership points programme: rewards earned for an amount spent (one reward per 500 points, one point per yuan by default); optionally the points, the points still needed, or the gift of the sample membership programme.
 * @customfunction POINTS.REWARDS
 * @param amount Amount spent (money, ≥ 0).
 * @param [points_per_unit] Points per unit of money, > 0; default 1. Points are whole (rounded down).
 * @param [threshold] Points per reward, > 0; default 500.
 * @param [show] What to return: "rewards" (default) the number of rewards earned; "points" the points; "next" the points still needed for the next reward; "item" the best gift of the sample membership programme's catalogue the points reach (500 washing powder, 1000 dish soap + toothpaste, 1500 toilet paper + notebook; #N/A below 500; uses the points, not threshold).
 * @param [lang] Language of the gift name (show "item" only): "en" or "zh"; default the Office display language.
 * @returns A number, or the gift's name for show "item".
 * @helpurl https://localhost:3000/help/functions.html#POINTS.REWARDS
 */
export function pointsRewardsFn(
  amount: unknown,
  points_per_unit: unknown,
  threshold: unknown,
  show: unknown,
  lang: unknown,
): number | string {
  return excel("POINTS.REWARDS", () => {
    const output = choiceArg(show, { en: "show", zh: "返回内容 show" }, OUTPUTS, "rewards", [
      "rewards",
      "points",
      "next",
      "item",
    ]);
    const language = langArg(lang);
    const r = pointsRewards(
      numberArg(amount, { en: "amount", zh: "购物金额 amount" }),
      optionalNumberArg(points_per_unit, { en: "points_per_unit", zh: "每元积分 points_per_unit" }, 1),
      optionalNumberArg(threshold, { en: "threshold", zh: "奖励所需积分 threshold" }, 500),
    );
    if (output === "points") return r.points;
    if (output === "next") return r.pointsToNext;
    if (output === "rewards") return r.rewards;
    const key = bestSeedReward(r.points);
    const gift = SEED002_REWARDS.find((g) => g.key === key);
    return gift ? gift.label[language] : key;
  });
}

/**
 * Membership points (CRM_MODELS.md §8, seed 002 §3.2 客户关系维持期): one point per yuan spent,
 * a reward at every 500 points ("每积满500分奖励一次"),
 *
 *     points  = ⌊amount × pointsPerUnit⌋          (whole points; 1e-9 absorbs binary rounding)
 *     rewards = ⌊points / threshold⌋,  pointsToNext = threshold − points mod threshold
 *
 * amount ≥ 0 in money (yuan), pointsPerUnit > 0 (default 1), threshold > 0 points (default 500).
 * The seed's table is read as a catalogue of what a customer can redeem: 500 → washing powder,
 * 1000 → dish soap and toothpaste, 1500 → tissues (10 rolls) and a notebook
 * ({@link SEED002_REWARDS}, {@link bestSeedReward}). Cost O(1).
 *
 * Throws `invalid` for a negative or non-numeric amount, or a rate / threshold that is not > 0.
 *
 * @example
 * pointsRewards(1234)         // => { points: 1234, rewards: 2, pointsToNext: 266 }
 * pointsRewards(100, 2.5, 50) // => { points: 250, rewards: 5, pointsToNext: 50 }
 * bestSeedReward(1234)        // => "dishSoapToothpaste"
 */
import { Bilingual, notFound } from "../errors";
import { requireNonNegative, requirePositive } from "../validate";

export interface PointsResult {
  points: number;
  rewards: number;
  pointsToNext: number;
}

export type Seed002Reward = "washingPowder" | "dishSoapToothpaste" | "tissueNotebook";

/** Seed 002's table 1, lowest level first. */
export const SEED002_REWARDS: readonly {
  readonly points: number;
  readonly key: Seed002Reward;
  readonly label: Bilingual;
}[] = [
  { points: 500, key: "washingPowder", label: { en: "A pack of washing powder", zh: "一包洗衣粉" } },
  {
    points: 1000,
    key: "dishSoapToothpaste",
    label: { en: "A bottle of dish soap and a tube of toothpaste", zh: "一盒洗洁精+一支牙膏" },
  },
  {
    points: 1500,
    key: "tissueNotebook",
    label: { en: "A pack of toilet paper (10 rolls) and a notebook", zh: "卫生纸一袋（10卷装）+一本笔记本" },
  },
];

export function pointsRewards(amount: number, pointsPerUnit = 1, threshold = 500): PointsResult {
  const where = "pointsRewards";
  const a = requireNonNegative(where, { en: "The amount spent", zh: "购物金额" }, amount);
  const rate = requirePositive(where, { en: "The points per unit", zh: "每元积分" }, pointsPerUnit);
  const t = requirePositive(where, { en: "The reward threshold", zh: "奖励所需积分" }, threshold);
  const points = Math.floor(a * rate + 1e-9);
  const rewards = Math.floor(points / t + 1e-12);
  return { points, rewards, pointsToNext: t * (rewards + 1) - points };
}

/** The best item of the seed's table reachable with `points`; `notFound` below 500 points. O(1). */
export function bestSeedReward(points: number): Seed002Reward {
  const p = requireNonNegative("bestSeedReward", { en: "The points", zh: "积分" }, points);
  for (let i = SEED002_REWARDS.length - 1; i >= 0; i--) {
    const r = SEED002_REWARDS[i];
    if (r && p >= r.points) return r.key;
  }
  throw notFound(
    "bestSeedReward",
    `${p} points do not reach the first reward (500 points).`,
    `${p} 积分尚未达到第一档奖励（500 积分）。`,
  );
}

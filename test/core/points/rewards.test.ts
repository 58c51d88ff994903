import fc from "fast-check";
import { bestSeedReward, pointsRewards, SEED002_REWARDS } from "../../../src/points/rewards";
import { codeOf, errorOf } from "../../helpers/errors";

describe("pointsRewards (seed 002: 1 point per yuan, a reward every 500 points)", () => {
  it("the seed's table: 500, 1000, 1500 yuan earn 1, 2, 3 rewards", () => {
    expect(pointsRewards(500)).toEqual({ points: 500, rewards: 1, pointsToNext: 500 });
    expect(pointsRewards(1000).rewards).toBe(2);
    expect(pointsRewards(1500).rewards).toBe(3);
    expect(pointsRewards(499.99)).toEqual({ points: 499, rewards: 0, pointsToNext: 1 });
  });
  it("doc examples", () => {
    expect(pointsRewards(1234)).toEqual({ points: 1234, rewards: 2, pointsToNext: 266 });
    expect(pointsRewards(100, 2.5, 50)).toEqual({ points: 250, rewards: 5, pointsToNext: 50 });
    expect(bestSeedReward(1234)).toBe("dishSoapToothpaste");
  });
  it("binary rounding does not lose a point: 0.29 yuan at 100 points per yuan is 29 points", () => {
    expect(pointsRewards(0.29, 100).points).toBe(29);
    expect(pointsRewards(5000, 0.1).rewards).toBe(1);
  });
  it("property: points = rewards · threshold + (threshold − pointsToNext)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e7 }), fc.integer({ min: 1, max: 2000 }), (amount, t) => {
        const r = pointsRewards(amount, 1, t);
        expect(r.points).toBe(amount);
        expect(r.rewards).toBe(Math.floor(amount / t));
        expect(r.rewards * t + (t - r.pointsToNext)).toBe(amount);
        expect(r.pointsToNext).toBeGreaterThan(0);
        expect(r.pointsToNext).toBeLessThanOrEqual(t);
      }),
      { seed: 91 },
    );
  });
  it("the reward catalogue is bilingual and ordered", () => {
    expect(SEED002_REWARDS.map((r) => r.points)).toEqual([500, 1000, 1500]);
    expect(SEED002_REWARDS[0]!.label.zh).toBe("一包洗衣粉");
    expect(bestSeedReward(500)).toBe("washingPowder");
    expect(bestSeedReward(99999)).toBe("tissueNotebook");
  });
  describe("edge cases", () => {
    it("below 500 points there is no reward: notFound (#N/A), both languages", () => {
      const e = errorOf(() => bestSeedReward(499));
      expect(e.code).toBe("notFound");
      expect(e.messageIn("zh")).toMatch(/500/);
    });
    it("negative amounts, zero rate or threshold, NaN are invalid; 0 spends earn 0", () => {
      expect(codeOf(() => pointsRewards(-1))).toBe("invalid");
      expect(codeOf(() => pointsRewards(10, 0))).toBe("invalid");
      expect(codeOf(() => pointsRewards(10, 1, 0))).toBe("invalid");
      expect(codeOf(() => pointsRewards(NaN))).toBe("invalid");
      expect(pointsRewards(0)).toEqual({ points: 0, rewards: 0, pointsToNext: 500 });
    });
  });
});

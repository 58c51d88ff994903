import fc from "fast-check";
import { lifecycleReason } from "../../../src/lifecycle/reason";
import { lifecycleStage } from "../../../src/lifecycle/stage";
import { LIFECYCLE_STAGE_LABELS, LIFECYCLE_STAGES, LifecycleStage } from "../../../src/lifecycle/stages";
import { codeOf, errorOf } from "../../helpers/errors";
import { deepFreeze } from "../../helpers/tolerance";

const months = (k: number, v: number) => new Array<number>(k).fill(v);

/** Brute-force statement of the documented rules with default parameters (direct window sums). */
function specStage(v: readonly number[], L = 6, E = 3, trial = 2, d = 0.3, g = 0.2, W = 3): LifecycleStage {
  const n = v.length;
  let idle = 0;
  for (let i = n - 1; i >= 0 && v[i] === 0; i--) idle++;
  if (idle >= L) return "terminated";
  const first = v.findIndex((x) => x > 0);
  if (n - first <= E || v.filter((x) => x > 0).length <= trial) return "exploration";
  const w = Math.min(W, Math.floor(n / 2));
  if (w < 1) return "stability";
  const sum = (a: number, b: number) => v.slice(a, b).reduce((s, x) => s + x, 0);
  const recent = sum(n - w, n);
  let peak = -Infinity;
  for (let a = 0; a + w <= n - w; a++) peak = Math.max(peak, sum(a, a + w));
  if (recent < (1 - d) * peak) return "decline";
  if (recent > (1 + g) * sum(n - 2 * w, n - w)) return "formation";
  return "stability";
}

describe("lifecycleStage", () => {
  it("seed 002 case A: this year's purchases are 40% of last year's → decline (monthly data)", () => {
    const volumes = deepFreeze([...months(12, 100), ...months(12, 100), ...months(12, 40)]);
    const r = lifecycleStage(volumes, { window: 12 });
    expect(r.stage).toBe("decline");
    expect(r.rule).toBe("belowPeak");
    expect(r.recent / r.reference).toBeCloseTo(0.4, 12);
    expect(lifecycleReason(r).en).toBe(
      "Decline: volume in the last 12 periods is 60% below its peak (480 vs 1200).",
    );
    expect(lifecycleReason(r).zh).toBe("退化期：最近 12 期的购买量比峰值低 60%（480 对 1200）。");
  });

  it("seed 002 case A with yearly totals (3 years of cooperation), doc examples", () => {
    const r = lifecycleStage([100, 100, 40], { window: 1, explorationPeriods: 1 });
    expect(r.stage).toBe("decline");
    expect(lifecycleReason(r).en).toBe(
      "Decline: volume in the last 1 period is 60% below its peak (40 vs 100).",
    );
  });

  it("one hand-made series per rule (defaults L 6, E 3, trial 2, d 30%, g 20%, w 3)", () => {
    const cases: [number[], LifecycleStage, string][] = [
      [[5, 5, 5, 0, 0, 0, 0, 0, 0], "terminated", "noPurchaseFor"],
      [[0, 0, 0, 0, 5, 5], "exploration", "firstPurchaseRecent"],
      [[5, 0, 0, 0, 0, 5, 0], "exploration", "fewPurchases"],
      [[10, 10, 10, 10, 10, 10, 4, 4, 4], "decline", "belowPeak"],
      [[10, 10, 10, 10, 10, 10, 13, 13, 13], "formation", "abovePrevious"],
      [[10, 10, 10, 10, 10, 10, 8, 8, 8], "stability", "nearPeak"],
      [[0, 0, 0, 2, 2, 2, 9, 9, 9], "formation", "abovePrevious"],
    ];
    for (const [v, stage, rule] of cases) {
      const r = lifecycleStage(v);
      expect([r.stage, r.rule]).toEqual([stage, rule]);
    }
  });

  it("decline is judged on share of wallet when given (seed 003)", () => {
    const v = [10, 10, 10, 10, 10, 10, 4, 4, 4]; // volume fell 60% …
    const steady = new Array<number>(9).fill(0.5); // … but the customer's share did not
    expect(lifecycleStage(v, { shareOfWallet: steady }).stage).toBe("stability");
    const falling = [0.6, 0.6, 0.6, 0.6, 0.6, 0.6, 0.3, 0.3, 0.3];
    const r = lifecycleStage([10, 10, 10, 10, 10, 10, 10, 10, 10], { shareOfWallet: falling });
    expect([r.stage, r.rule]).toEqual(["decline", "shareBelowPeak"]);
    expect(lifecycleReason(r).en).toBe(
      "Decline: share of wallet in the last 3 periods is 50% below its peak (30% vs 60%).",
    );
  });

  it("property: agrees with a brute-force statement of the rules", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(0, 0, 1, 2, 5, 10, 20), { minLength: 1, maxLength: 40 }), (v) => {
        if (!v.some((x) => x > 0) && v.length < 6) return;
        expect(lifecycleStage(deepFreeze([...v])).stage).toBe(specStage(v));
      }),
      { seed: 51, numRuns: 500 },
    );
  });

  it("property: the unit of volume does not matter (scale invariance)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 6, maxLength: 30 }),
        fc.constantFrom(0.01, 7, 1000),
        (v, k) => {
          fc.pre(v.some((x) => x > 0));
          expect(lifecycleStage(v.map((x) => x * k)).stage).toBe(lifecycleStage(v).stage);
        },
      ),
      { seed: 52 },
    );
  });

  it("every stage has labels in both label sets and a reason in both languages", () => {
    for (const set of Object.values(LIFECYCLE_STAGE_LABELS))
      for (const s of LIFECYCLE_STAGES) expect(set[s].zh.length).toBeGreaterThan(0);
    expect(LIFECYCLE_STAGE_LABELS.seed002.decline.zh).toBe("恢复期");
    const r = lifecycleStage([1, 1, 1, 1, 1, 1, 1]);
    expect(lifecycleReason(r).zh).toMatch(/^稳定期：/);
  });

  describe("edge cases", () => {
    it("one period past exploration is stability with a short-history reason", () => {
      const r = lifecycleStage([5], { explorationPeriods: 0, trialPurchases: 0 });
      expect([r.stage, r.rule]).toEqual(["stability", "shortHistory"]);
      expect(lifecycleReason(r).en).toMatch(/too short/);
    });
    it("short series shrink the window to ⌊n/2⌋", () => {
      const r = lifecycleStage([10, 10, 3, 3], { explorationPeriods: 0, trialPurchases: 0 });
      expect([r.stage, r.window]).toEqual(["decline", 2]);
    });
    it("all zero: terminated when at least L periods, otherwise invalid (a potential customer)", () => {
      expect(lifecycleStage(months(6, 0)).stage).toBe("terminated");
      const e = errorOf(() => lifecycleStage(months(3, 0)));
      expect(e.code).toBe("invalid");
      expect(e.messageIn("zh")).toMatch(/潜在客户/);
    });
    it("growth from nothing is formation with its own sentence", () => {
      const r = lifecycleStage([5, 5, 5, 0, 0, 0, 4, 4, 4]);
      expect(r.stage).toBe("formation");
      expect(lifecycleReason(r).en).toMatch(/after none/);
    });
    it("bad volumes and parameters are invalid", () => {
      expect(codeOf(() => lifecycleStage([]))).toBe("invalid");
      expect(codeOf(() => lifecycleStage([1, -1]))).toBe("invalid");
      expect(codeOf(() => lifecycleStage([1, NaN]))).toBe("invalid");
      expect(codeOf(() => lifecycleStage([1, 2], { window: 0 }))).toBe("invalid");
      expect(codeOf(() => lifecycleStage([1, 2], { decline: 1.5 }))).toBe("invalid");
      expect(codeOf(() => lifecycleStage([1, 2], { terminatedPeriods: 2.5 }))).toBe("invalid");
      expect(codeOf(() => lifecycleStage([1, 2], { shareOfWallet: [0.5] }))).toBe("invalid");
      expect(codeOf(() => lifecycleStage([1, 2], { shareOfWallet: [0.5, 1.5] }))).toBe("invalid");
    });
  });
});

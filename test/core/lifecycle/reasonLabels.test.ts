import { lifecycleReason } from "../../../src/lifecycle/reason";
import { lifecycleStage } from "../../../src/lifecycle/stage";
import { LIFECYCLE_STAGE_LABELS } from "../../../src/lifecycle/stages";

describe("lifecycleReason label sets", () => {
  const decline = lifecycleStage([100, 100, 40], { window: 1, explorationPeriods: 1 });

  it("the doc example: seed003 by default, seed002 on request (hand-checked: 40 is 60% below 100)", () => {
    expect(lifecycleReason(decline).en).toBe(
      "Decline: volume in the last 1 period is 60% below its peak (40 vs 100).",
    );
    expect(lifecycleReason(decline, "seed002").zh).toBe(
      "恢复期：最近 1 期的购买量比峰值低 60%（40 对 100）。",
    );
    expect(lifecycleReason(decline, "seed002").en).toMatch(/^Recovery: /);
  });

  it("only the stage name changes between the sets", () => {
    const a = lifecycleReason(decline, "seed003");
    const b = lifecycleReason(decline, "seed002");
    expect(a.en.replace(/^[^:]+/, "")).toBe(b.en.replace(/^[^:]+/, ""));
    expect(a.zh.replace(/^[^:]+/, "")).toBe(b.zh.replace(/^[^:]+/, ""));
  });

  describe("edge cases", () => {
    it("terminated has the same name in both sets", () => {
      const t = lifecycleStage([5, 0, 0, 0, 0, 0, 0]);
      expect(t.stage).toBe("terminated");
      expect(lifecycleReason(t, "seed002").zh.startsWith(LIFECYCLE_STAGE_LABELS.seed002.terminated.zh)).toBe(
        true,
      );
    });
  });
});

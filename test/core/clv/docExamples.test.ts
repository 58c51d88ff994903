/** The `@example` lines of src/clv not already repeated in the model tests, run as tests. */
import {
  clvDaysPerUnit,
  clvProbabilityAlive,
  compressCustomers,
  digamma,
  holdoutPurchaseCounts,
  logGamma,
  logSumExp,
  paretoNbdProbabilityAlive,
  sbgRetentionRate,
  sbgSurvival,
  seededUniform,
  simulateBgNbd,
} from "../../../src/clv";
import { purchasePeriods } from "../../../src/clv/purchaseDays";
import { expectClose } from "../../helpers/tolerance";

describe("src/clv doc examples", () => {
  it("special.ts", () => {
    expectClose(logGamma(5), 3.1780538303479458, 1e-14);
    expectClose(digamma(1), -0.5772156649015329, 1e-13);
    expectClose(logSumExp(0, 0), 0.6931471805599453, 1e-15);
  });
  it("timeUnit.ts", () => {
    expect(clvDaysPerUnit("weeks")).toBe(7);
    expect(clvDaysPerUnit("months")).toBe(30.4375);
  });
  it("fitBase.ts: identical customers are one weighted row", () =>
    expect(Array.from(compressCustomers("demo", [0, 0, 2], [0, 0, 5], [10, 10, 10]).weight)).toEqual([2, 1]));
  it("purchaseDays.ts", () => {
    const p = purchasePeriods("demo", ["a", "A ", "a"], [100, 100.5, 103], [5, 1, 2], 1);
    expect([p.ids, Array.from(p.periods.day), Array.from(p.periods.spend)]).toEqual([
      ["a"],
      [100, 103],
      [6, 2],
    ]);
  });
  it("holdout.ts", () =>
    expect(
      holdoutPurchaseCounts(["a", "a", "a", "b"], [35431, 35704, 35704, 35800], [1, 1, 1, 1], {
        start: 35704,
        end: 35976,
      }),
    ).toEqual([{ id: "a", purchases: 1 }]));
  it("paretoNbdPredict.ts and predict.ts", () => {
    const p = { model: "pnbd", r: 0.553, alpha: 10.58, s: 0.606, beta: 11.67 } as const;
    expectClose(paretoNbdProbabilityAlive(p, 0, 0, 38.86), 0.2953, 1e-4);
    expect(
      clvProbabilityAlive({ model: "bgnbd", r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, 0, 0, 10),
    ).toBe(1);
  });
  it("sbg.ts", () => {
    const p = { model: "sbg", alpha: 0.668, beta: 3.806 } as const;
    expectClose(sbgSurvival(p, 1), 3.806 / 4.474, 1e-12);
    expectClose(sbgRetentionRate(p, 1), 3.806 / 4.474, 1e-12);
  });
  it("simulate.ts: same seed, same customers", () => {
    const p = { model: "bgnbd", r: 0.25, alpha: 4, a: 0.8, b: 2.5 } as const;
    expect(simulateBgNbd(p, [39, 39], seededUniform(1)).x.length).toBe(2);
    expect(simulateBgNbd(p, [39, 39, 39], seededUniform(7))).toEqual(
      simulateBgNbd(p, [39, 39, 39], seededUniform(7)),
    );
  });
});

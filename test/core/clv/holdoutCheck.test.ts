/**
 * Holdout check and model comparison on CDNOW (calibration to 1997-09-30, holdout 1997-10-01 …
 * 1998-06-30 = 39 weeks). References: data/README.md (1,882 holdout repeat purchase days), and
 * an independent scipy computation of the BG/NBD predictions (scipy.special.hyp2f1, FHL eq. 10)
 * with holdout counts read from CDNOW_sample.txt by Python: predicted total 1,653.42, MAE
 * 0.785457, bias −0.096978 and the class means below.
 */
import { clvCompareModels, clvHoldoutCheck, fitBgNbd } from "../../../src/clv";
import { codeOf } from "../../helpers/errors";
import { expectClose } from "../../helpers/tolerance";
import { cdnowHoldout, cdnowSummary } from "./cdnowData";

describe("CLV holdout check on CDNOW (BG/NBD)", () => {
  const d = cdnowSummary();
  const y = cdnowHoldout();
  const t = y.map(() => 39);
  const fit = fitBgNbd(d.x, d.tx, d.T);
  const check = clvHoldoutCheck(fit, d.x, d.tx, d.T, y, t);
  it("total actual holdout purchases = 1,882 (data/README.md)", () => {
    expect(check.totalActual).toBe(1882);
    expect(check.customers).toBe(2357);
  });
  it("predicted total, MAE and bias vs scipy", () => {
    expectClose(check.totalPredicted, 1653.423293900085, 0.01);
    expectClose(check.mae, 0.7854565349511924, 1e-5);
    expectClose(check.bias, -0.09697781336441035, 1e-5);
  });
  it("calibration table by frequency 0 … 7+: counts, actual and predicted means vs scipy", () => {
    const ref: [number, number, number][] = [
      [1411, 0.23671155209071582, 0.22508613201580563],
      [439, 0.6970387243735763, 0.5231247282870489],
      [214, 1.3925233644859814, 1.0441368520534993],
      [100, 1.56, 1.5202595609830218],
      [62, 2.532258064516129, 2.1639046816993956],
      [38, 2.9473684210526314, 2.6539133066916594],
      [29, 3.8620689655172415, 3.504090106101737],
      [64, 6.359375, 6.157411788647212],
    ];
    expect(check.classes.map((c) => c.label)).toEqual(["0", "1", "2", "3", "4", "5", "6", "7+"]);
    check.classes.forEach((c, k) => {
      expect(c.customers).toBe(ref[k]![0]);
      expectClose(c.actualMean, ref[k]![1], 1e-12);
      expectClose(c.predictedMean, ref[k]![2], 1e-5);
    });
  });
  it("doc example; lengths and bad holdout values are invalid", () => {
    const p = { model: "bgnbd", r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 } as const;
    expect(clvHoldoutCheck(p, [0, 2], [0, 30.43], [38.86, 38.86], [0, 1], [39, 39]).totalActual).toBe(1);
    expect(codeOf(() => clvHoldoutCheck(p, [0], [0], [1], [0, 1], [1]))).toBe("invalid");
    expect(codeOf(() => clvHoldoutCheck(p, [0], [0], [1], [0.5], [1]))).toBe("invalid");
    expect(codeOf(() => clvHoldoutCheck(p, [0], [0], [1], [1], [-1]))).toBe("invalid");
  });
});

describe("CLV model comparison on CDNOW", () => {
  const d = cdnowSummary();
  const y = cdnowHoldout();
  const cmp = clvCompareModels(d.x, d.tx, d.T, { x: y, t: y.map(() => 39) });
  it("LL, AIC = 8 − 2LL, BIC = 4 ln 2357 − 2LL for the three fits (BG/NBD −9582.43, MBG/NBD −9582.13)", () => {
    expect(cmp.rows.map((r) => r.model)).toEqual(["bgnbd", "mbgnbd", "pnbd"]);
    expectClose(cmp.rows[0]!.logLikelihood!, -9582.43, 0.01);
    expectClose(cmp.rows[1]!.logLikelihood!, -9582.13, 0.01);
    for (const r of cmp.rows) {
      expectClose(r.aic!, 8 - 2 * r.logLikelihood!, 1e-9);
      expectClose(r.bic!, 4 * Math.log(2357) - 2 * r.logLikelihood!, 1e-9);
    }
    expectClose(cmp.rows[0]!.holdoutMae!, 0.7854565349511924, 1e-5);
  });
  it("with a holdout the lowest holdout MAE is recommended, and the reason says so", () => {
    const best = cmp.rows.reduce((a, b) => (b.holdoutMae! < a.holdoutMae! ? b : a));
    expect(cmp.recommended).toBe(best.model);
    expect(cmp.reason.en).toMatch(/holdout MAE/);
    expect(cmp.reason.zh).toMatch(/验证期/);
  });
  it("without a holdout the lowest BIC is recommended", () => {
    const noHoldout = clvCompareModels(d.x, d.tx, d.T);
    const best = noHoldout.rows.reduce((a, b) => (b.bic! < a.bic! ? b : a));
    expect(noHoldout.recommended).toBe(best.model);
    expect(noHoldout.rows.every((r) => r.holdoutMae === null)).toBe(true);
  });
});

/**
 * P(X(t) = k) and E[X(t)] for a new customer, every purchase model through the dispatcher
 * (src/clv/predict.ts). References: for Pareto/NBD, Fader & Hardie's (2006) closed form with
 * mpmath's hyp2f1 at 40 digits (which our integral over the lifetime does not use); for every
 * model the properties Σₖ P = 1 and Σₖ k·P = E[X(t)] (the models' own closed forms).
 */
import { clvNewCustomerExpected, clvNewCustomerPmf, PurchaseModelParams } from "../../../src/clv";
import { codeOf } from "../../helpers/errors";
import { expectClose, expectRelClose } from "../../helpers/tolerance";

const models: [string, PurchaseModelParams, number, number][] = [
  ["BG/NBD", { model: "bgnbd", r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, 39, 800],
  ["MBG/NBD", { model: "mbgnbd", r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 }, 39, 800],
  ["Pareto/NBD", { model: "pnbd", r: 0.553, alpha: 10.58, s: 0.606, beta: 11.67 }, 39, 300],
  ["BG/BB", { model: "bgbb", alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 }, 6, 7],
];

describe("new-customer PMF and expectation, every model", () => {
  it.each(models)("%s: Σₖ P(X(t) = k) = 1 and Σₖ k·P = E[X(t)]", (_, p, t, kMax) => {
    let total = 0,
      mean = 0;
    for (let k = 0; k < kMax; k++) {
      const q = clvNewCustomerPmf(p, t, k);
      expect(q >= 0 && q <= 1).toBe(true);
      total += q;
      mean += k * q;
    }
    expectClose(total, 1, 1e-8);
    expectRelClose(mean, clvNewCustomerExpected(p, t), 1e-6);
  });
  it("Pareto/NBD: P(X(t) = k) vs Fader & Hardie (2006) closed form (mpmath, α ≥ β and α < β)", () => {
    const p = models[2]![1];
    [0.5936486608229747, 0.16556433041153448, 0.08248537128149519, 0.04903730487004667].forEach((ref, k) =>
      expectRelClose(clvNewCustomerPmf(p, 39, k), ref, 1e-9),
    );
    expectRelClose(clvNewCustomerPmf(p, 39, 10), 0.004192144533475844, 1e-9);
    expectRelClose(clvNewCustomerPmf(p, 100, 25), 0.0010129062544926698, 1e-9);
    const q: PurchaseModelParams = { model: "pnbd", r: 0.5, alpha: 3, s: 2.5, beta: 20 };
    expectRelClose(clvNewCustomerPmf(q, 52, 0), 0.578978271240717, 1e-9);
    expectRelClose(clvNewCustomerPmf(q, 52, 1), 0.15373350122391688, 1e-9);
    expectRelClose(clvNewCustomerPmf(q, 52, 5), 0.02161349625176972, 1e-9);
  });
  it("rescaling time leaves the PMF unchanged (continuous models)", () => {
    for (const [, p] of models.slice(0, 3)) {
      const scaled = { ...p, alpha: (p as { alpha: number }).alpha * 7 } as PurchaseModelParams;
      if (scaled.model === "pnbd") (scaled as { beta: number }).beta *= 7;
      expectRelClose(clvNewCustomerPmf(scaled, 39 * 7, 2), clvNewCustomerPmf(p, 39, 2), 1e-9);
      expectRelClose(clvNewCustomerExpected(scaled, 39 * 7), clvNewCustomerExpected(p, 39), 1e-9);
    }
  });
  it("t = 0: P(X = 0) = 1; bad k or t → invalid; other models' parameters → invalid", () => {
    for (const [, p] of models) expectClose(clvNewCustomerPmf(p, 0, 0), 1, 1e-12);
    expect(codeOf(() => clvNewCustomerPmf(models[0]![1], 39, 1.5))).toBe("invalid");
    expect(codeOf(() => clvNewCustomerPmf(models[2]![1], -1, 1))).toBe("invalid");
    expect(codeOf(() => clvNewCustomerPmf(models[3]![1], 2.5, 1))).toBe("invalid");
    expect(codeOf(() => clvNewCustomerExpected({ model: "sbg", alpha: 1, beta: 1 } as never, 1))).toBe(
      "invalid",
    );
  });
});

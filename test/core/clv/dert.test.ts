/**
 * DERT (Fader, Hardie & Lee 2005, JMR 42(4)). References, mpmath at 25 digits: the Pareto/NBD
 * closed form with mpmath's hyperu and the likelihood through mpmath's hyp2f1, which agrees with
 * δ∫e^(−δt) E[Y(t)] dt by mpmath quadrature to 25 digits; for BG/NBD and MBG/NBD that quadrature
 * with E from mpmath's hyp2f1 (FHL eq. 10).
 */
import {
  clvDert,
  continuousDiscountRate,
  integrate,
  integrateToInfinity,
  logTricomiUss,
  paretoNbdConditionalExpectedPurchases,
} from "../../../src/clv";
import { codeOf } from "../../helpers/errors";
import { expectClose, expectRelClose } from "../../helpers/tolerance";

const pnbd = { model: "pnbd", r: 0.553, alpha: 10.58, s: 0.606, beta: 11.67 } as const;
const bg = { model: "bgnbd", r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 } as const;
const mbg = { model: "mbgnbd", r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 } as const;

describe("CLV DERT", () => {
  it.each([
    [2, 30.43, 38.86, 0.0027, 6.483590922743883, 5.156379826154038, 4.913027319127983],
    [0, 0, 38.86, 0.0027, 0.4771598984707965, 1.01570193111807, 0.7228363382868354],
    [10, 35, 39, 0.01, 11.945057751824088, 10.628451342329296, 9.824982216791305],
  ])(
    "x=%p, t_x=%p, T=%p, δ=%p: Pareto/NBD closed form, BG/NBD and MBG/NBD by quadrature vs mpmath",
    (x, tx, T, d, p, b, m) => {
      expectRelClose(clvDert(pnbd, x, tx, T, d), p, 1e-9);
      expectRelClose(clvDert(bg, x, tx, T, d), b, 1e-8);
      expectRelClose(clvDert(mbg, x, tx, T, d), m, 1e-8);
    },
  );
  it("Pareto/NBD closed form = δ∫e^(−δt)E[Y(t)]dt computed here by quadrature of its own E", () => {
    const d = 0.0027;
    const numeric = integrateToInfinity(
      (u) => Math.exp(-u) * paretoNbdConditionalExpectedPurchases(pnbd, u / d, 2, 30.43, 38.86),
      0,
      1,
    );
    expectRelClose(clvDert(pnbd, 2, 30.43, 38.86, d), numeric, 1e-8);
  });
  it("Ψ(s, s; z) = e^z Γ(1−s, z) vs mpmath hyperu", () => {
    expectRelClose(Math.exp(logTricomiUss(0.606, 0.05)), 1.5601098301881318, 1e-10);
    expectRelClose(Math.exp(logTricomiUss(2.5, 0.05)), 55.533506577909016, 1e-10);
  });
  it("δ from an annual rate: ln(1 + d)·(days per unit)/365.25; rescaling time leaves DERT unchanged", () => {
    expectClose(continuousDiscountRate(0.15, 7), (Math.log(1.15) * 7) / 365.25, 1e-15);
    const dWeeks = continuousDiscountRate(0.15, 7),
      dDays = continuousDiscountRate(0.15, 1);
    const days = { ...bg, alpha: bg.alpha * 7 };
    expectRelClose(clvDert(days, 2, 30.43 * 7, 38.86 * 7, dDays), clvDert(bg, 2, 30.43, 38.86, dWeeks), 1e-8);
    const pDays = { ...pnbd, alpha: pnbd.alpha * 7, beta: pnbd.beta * 7 };
    expectRelClose(
      clvDert(pDays, 2, 30.43 * 7, 38.86 * 7, dDays),
      clvDert(pnbd, 2, 30.43, 38.86, dWeeks),
      1e-8,
    );
  });
  it("quadrature doc example; bad inputs", () => {
    expectClose(
      integrate((x) => Math.exp(-x), 0, 1),
      1 - Math.exp(-1),
      1e-15,
    );
    expect(codeOf(() => clvDert(pnbd, 1, 2, 1, 0.01))).toBe("invalid");
    expect(codeOf(() => clvDert(bg, 1, 1, 2, 0))).toBe("invalid");
    expect(
      codeOf(() => clvDert({ model: "bgbb", alpha: 1, beta: 1, gamma: 1, delta: 1 } as never, 1, 1, 2, 0.01)),
    ).toBe("invalid");
  });
});

import {
  bgNbdConditionalExpectedPurchases,
  clvExpectedPurchases,
  clvParamsFromRange,
  clvParamsToRange,
  clvProbabilityAlive,
  discountedClv,
  BgNbdParams,
} from "../../../src/clv";
import { codeOf, errorOf } from "../../helpers/errors";
import { expectClose } from "../../helpers/tolerance";

const bg: BgNbdParams = { model: "bgnbd", r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const customer = { x: 2, tx: 30.43, T: 38.86 };

describe("discountedClv", () => {
  it("equals the hand-written sum of period-end discounted cash flows (Excel NPV convention)", () => {
    const opts = {
      modelUnit: "weeks",
      periodUnit: "months",
      periods: 12,
      annualDiscountRate: 0.1,
      margin: 0.3,
    } as const;
    const f = discountedClv(bg, 35, customer, opts);
    const i = Math.pow(1.1, 30.4375 / 365.25) - 1;
    expectClose(f.periodRate, i, 1e-15);
    let npv = 0;
    for (let k = 1; k <= 12; k++) {
      const e = (t: number) => bgNbdConditionalExpectedPurchases(bg, t, 2, 30.43, 38.86);
      npv += (0.3 * 35 * (e((k * 30.4375) / 7) - e(((k - 1) * 30.4375) / 7))) / Math.pow(1 + i, k);
    }
    expectClose(f.clv, npv, 1e-10);
  });
  it("undiscounted, the periods add up to the conditional expectation over the horizon", () => {
    const f = discountedClv(bg, 1, customer, {
      modelUnit: "weeks",
      periodUnit: "weeks",
      periods: 39,
      annualDiscountRate: 0,
    });
    expectClose(f.clv, bgNbdConditionalExpectedPurchases(bg, 39, 2, 30.43, 38.86), 1e-12);
    expectClose(
      discountedClv(bg, 35, customer, {
        modelUnit: "weeks",
        periodUnit: "months",
        periods: 12,
        annualDiscountRate: 0.1,
      }).clv,
      52.15031312786349,
      1e-6,
    ); // doc example
  });
  it("the period unit changes the grid, not the total when undiscounted", () => {
    const weeks = discountedClv(
      bg,
      1,
      { x: 0, tx: 0, T: 0 },
      { modelUnit: "days", periodUnit: "weeks", periods: 4, annualDiscountRate: 0 },
    );
    const days = discountedClv(
      bg,
      1,
      { x: 0, tx: 0, T: 0 },
      { modelUnit: "days", periodUnit: "days", periods: 28, annualDiscountRate: 0 },
    );
    expectClose(weeks.clv, days.clv, 1e-12);
  });
  describe("edge cases", () => {
    it("bad margin, periods, rate, spend, unit → invalid", () => {
      const o = { modelUnit: "weeks", periodUnit: "months", periods: 12, annualDiscountRate: 0.1 } as const;
      expect(codeOf(() => discountedClv(bg, 35, customer, { ...o, margin: 1.5 }))).toBe("invalid");
      expect(codeOf(() => discountedClv(bg, 35, customer, { ...o, periods: 0 }))).toBe("invalid");
      expect(codeOf(() => discountedClv(bg, 35, customer, { ...o, annualDiscountRate: -1 }))).toBe("invalid");
      expect(codeOf(() => discountedClv(bg, -1, customer, o))).toBe("invalid");
      expect(codeOf(() => discountedClv(bg, 35, customer, { ...o, periodUnit: "years" as "days" }))).toBe(
        "invalid",
      );
    });
  });
});

describe("model dispatch and Excel parameter ranges", () => {
  it("clvProbabilityAlive / clvExpectedPurchases dispatch on the model", () => {
    expect(clvProbabilityAlive(bg, 0, 0, 10)).toBe(1);
    expectClose(clvExpectedPurchases(bg, 39, 2, 30.43, 38.86), 1.226, 0.001);
    expect(
      codeOf(() =>
        clvProbabilityAlive({ model: "sbg", alpha: 1, beta: 1 } as unknown as BgNbdParams, 0, 0, 1),
      ),
    ).toBe("invalid");
  });
  it("labels per model: r, alpha, a, b, LL / r, alpha, s, beta / p, q, gamma / alpha, beta", () => {
    expect(clvParamsToRange({ ...bg, logLikelihood: -9582.43 })).toEqual([
      ["model", "bgnbd"],
      ["r", 0.243],
      ["alpha", 4.414],
      ["a", 0.793],
      ["b", 2.426],
      ["LL", -9582.43],
    ]);
    expect(clvParamsToRange({ model: "pnbd", r: 1, alpha: 2, s: 3, beta: 4 }).map((row) => row[0])).toEqual([
      "model",
      "r",
      "alpha",
      "s",
      "beta",
    ]);
    expect(
      clvParamsToRange({ model: "gammagamma", p: 1, q: 2, gamma: 3, logLikelihood: -1 }).map((row) => row[0]),
    ).toEqual(["model", "p", "q", "gamma", "LL"]);
    expect(clvParamsToRange({ model: "sbg", alpha: 0.668, beta: 3.806 })).toEqual([
      ["model", "sbg"],
      ["alpha", 0.668],
      ["beta", 3.806],
    ]);
  });
  it("round trip, any label case, LL ignored", () => {
    const range = clvParamsToRange({ ...bg, logLikelihood: -9582.43 });
    expect(clvParamsFromRange(range, ["bgnbd", "pnbd"])).toEqual(bg);
    expect(
      clvParamsFromRange(
        [
          ["MODEL", "BGNBD"],
          ["R", 0.243],
          ["Alpha", 4.414],
          ["A", 0.793],
          ["B", 2.426],
        ],
        ["bgnbd"],
      ),
    ).toEqual(bg);
  });
  describe("edge cases", () => {
    it("a range from the wrong model is refused, bilingual, naming what is needed", () => {
      const e = errorOf(() =>
        clvParamsFromRange(clvParamsToRange({ model: "gammagamma", p: 1, q: 2, gamma: 3 }), [
          "bgnbd",
          "pnbd",
        ]),
      );
      expect(e.code).toBe("invalid");
      expect(e.messageIn("en")).toMatch(/BG\/NBD.*Pareto\/NBD.*Gamma-Gamma/);
      expect(e.messageIn("zh")).toMatch(/参数区域/);
    });
    it("missing model row, missing or non-positive parameter → invalid", () => {
      expect(codeOf(() => clvParamsFromRange([["r", 1]], ["bgnbd"]))).toBe("invalid");
      expect(
        codeOf(() =>
          clvParamsFromRange(
            [
              ["model", "sbg"],
              ["alpha", 1],
            ],
            ["sbg"],
          ),
        ),
      ).toBe("invalid");
      expect(
        codeOf(() =>
          clvParamsFromRange(
            [
              ["model", "sbg"],
              ["alpha", 1],
              ["beta", -2],
            ],
            ["sbg"],
          ),
        ),
      ).toBe("invalid");
      expect(codeOf(() => clvParamsFromRange([], ["sbg"]))).toBe("invalid");
    });
  });
});

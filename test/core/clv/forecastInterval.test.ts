/**
 * The seeded CLV interval (src/clv/forecastInterval.ts): the point is the plain forecast,
 * reproducible with a fixed seed, contains the point, widens with the level, narrows when the
 * spend parameters are held fixed.
 */
import { discountedClv, discountedClvInterval, fitBgNbd, fitGammaGamma } from "../../../src/clv";
import { codeOf } from "../../helpers/errors";
import { expectClose } from "../../helpers/tolerance";
import { cdnowSummary } from "./cdnowData";

describe("discountedClvInterval on CDNOW (BG/NBD + Gamma-Gamma)", () => {
  const d = cdnowSummary();
  const bg = fitBgNbd(d.x, d.tx, d.T);
  const gg = fitGammaGamma(d.x, d.zbar);
  const options = { modelUnit: "weeks", periodUnit: "months", periods: 12, annualDiscountRate: 0.1 } as const;
  const customer = { x: 2, tx: 30.43, T: 38.86 };
  const run = (level: number, seed: number, withGg = true) =>
    discountedClvInterval(
      { params: bg, covariance: bg.covariance! },
      { params: gg, covariance: withGg ? gg.covariance : null, meanSpend: 22.35 },
      customer,
      options,
      { level, seed },
    );
  it("the point is the plain forecast and lies inside the interval; same seed, same interval", () => {
    const r = run(0.9, 3);
    const spend = (gg.p * (gg.gamma + 2 * 22.35)) / (gg.p * 2 + gg.q - 1);
    expectClose(r.point, discountedClv(bg, spend, customer, options).clv, 1e-12);
    expect(r.lower).toBeLessThan(r.point);
    expect(r.upper).toBeGreaterThan(r.point);
    expect(run(0.9, 3)).toEqual(r);
    expect(run(0.9, 4)).not.toEqual(r);
    const wide = run(0.99, 3);
    expect(wide.lower).toBeLessThanOrEqual(r.lower);
    expect(wide.upper).toBeGreaterThanOrEqual(r.upper);
    const narrow = run(0.9, 3, false); // spend fixed: less uncertainty
    expect(narrow.upper - narrow.lower).toBeLessThan(r.upper - r.lower);
  });
  it("bad level, draws, covariance → invalid", () => {
    const base = { params: bg, covariance: bg.covariance! };
    const spend = { params: gg, covariance: null, meanSpend: 22.35 };
    expect(codeOf(() => discountedClvInterval(base, spend, customer, options, { level: 1 }))).toBe("invalid");
    expect(
      codeOf(() => discountedClvInterval(base, spend, customer, options, { level: 0.9, draws: 5 })),
    ).toBe("invalid");
    expect(
      codeOf(() =>
        discountedClvInterval({ params: bg, covariance: [[1]] }, spend, customer, options, { level: 0.9 }),
      ),
    ).toBe("invalid");
    expect(
      codeOf(() => discountedClvInterval(base, spend, customer, options, { level: 0.9, seed: 1.5 })),
    ).toBe("invalid");
  });
});

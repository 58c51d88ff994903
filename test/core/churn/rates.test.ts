import fc from "fast-check";
import { churnRate, retentionRate } from "../../../src/churn/rates";
import { retentionGainValue } from "../../../src/churn/retentionValue";
import { retentionClv } from "../../../src/value/retentionClv";
import { codeOf, errorOf } from "../../helpers/errors";
import { expectClose } from "../../helpers/tolerance";

describe("churnRate and retentionRate", () => {
  it("hand-computed doc examples", () => {
    expect(churnRate(200, 30)).toBe(0.15);
    expect(retentionRate(200, 190, 20)).toBe(0.85);
    expect(retentionRate(100, 80)).toBe(0.8);
  });
  it("property: without new customers, retention = 1 − churn when end = start − lost", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e6 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (start, f) => {
          const lost = Math.floor(f * start);
          expectClose(retentionRate(start, start - lost), 1 - churnRate(start, lost), 1e-12);
        },
      ),
      { seed: 71 },
    );
  });
  describe("edge cases", () => {
    it("no customers at the start is numeric, both languages", () => {
      const e = errorOf(() => churnRate(0, 0));
      expect(e.code).toBe("numeric");
      expect(e.messageIn("zh")).toMatch(/期初/);
      expect(codeOf(() => retentionRate(0, 5, 5))).toBe("numeric");
    });
    it("inconsistent counts are invalid", () => {
      expect(codeOf(() => churnRate(10, 11))).toBe("invalid");
      expect(codeOf(() => churnRate(10, -1))).toBe("invalid");
      expect(codeOf(() => retentionRate(10, 5, 6))).toBe("invalid");
      expect(codeOf(() => retentionRate(10, 25, 5))).toBe("invalid");
      expect(codeOf(() => retentionRate(10, NaN))).toBe("invalid");
    });
    it("everyone lost, everyone kept", () => {
      expect(churnRate(10, 10)).toBe(1);
      expect(retentionRate(10, 10)).toBe(1);
      expect(retentionRate(10, 3, 3)).toBe(0);
    });
  });
});

describe("retentionGainValue (CLV change from r to r + gain)", () => {
  it("hand-computed doc example: 100·0.85/0.25 − 100·0.8/0.3", () => {
    expectClose(retentionGainValue(100, 0.8, 0.1, 0.05), 340 - 800 / 3, 1e-9);
    expectClose(retentionGainValue(100, 0.8, 0.1, 0.05, 1000), 1000 * (340 - 800 / 3), 1e-6);
  });
  it("finite horizon: difference of two term-by-term sums; acquisition cost cancels", () => {
    const sum = (r: number) => {
      let s = 0;
      for (let t = 1; t <= 5; t++) s += (50 * r ** t) / 1.08 ** t;
      return s;
    };
    expectClose(retentionGainValue(50, 0.6, 0.08, 0.1, 3, 5), 3 * (sum(0.7) - sum(0.6)), 1e-9);
  });
  it("property: antisymmetric (a loss undoes the gain) and linear in customers", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 0.8, noNaN: true }),
        fc.double({ min: 0, max: 0.1, noNaN: true }),
        fc.integer({ min: 0, max: 1000 }),
        (r, g, n) => {
          const up = retentionGainValue(100, r, 0.1, g, n);
          expectClose(retentionGainValue(100, r + g, 0.1, -g, n), -up, 1e-9 * Math.max(1, Math.abs(up)));
          expectClose(
            up,
            n * (retentionClv(100, r + g, 0.1) - retentionClv(100, r, 0.1)),
            1e-9 * Math.max(1, up),
          );
          expect(up).toBeGreaterThanOrEqual(0);
        },
      ),
      { seed: 72 },
    );
  });
  describe("edge cases", () => {
    it("gain outside [−r, 1 − r] is invalid; 0.15 + 0.85 rounding is accepted", () => {
      expect(codeOf(() => retentionGainValue(100, 0.8, 0.1, 0.3))).toBe("invalid");
      expect(codeOf(() => retentionGainValue(100, 0.2, 0.1, -0.3))).toBe("invalid");
      expect(codeOf(() => retentionGainValue(100, 0.15, 0.1, 0.85))).toBe("no error");
    });
    it("r + gain = 1 with discount 0 diverges on an infinite horizon: numeric", () => {
      expect(codeOf(() => retentionGainValue(100, 0.9, 0, 0.1))).toBe("numeric");
    });
    it("negative customers or NaN gain are invalid; gain 0 is worth 0", () => {
      expect(codeOf(() => retentionGainValue(100, 0.5, 0.1, 0.1, -1))).toBe("invalid");
      expect(codeOf(() => retentionGainValue(100, 0.5, 0.1, NaN))).toBe("invalid");
      expect(retentionGainValue(100, 0.5, 0.1, 0)).toBe(0);
    });
  });
});

import fc from "fast-check";
import { satisfactionIndex } from "../../../src/satisfaction/csatIndex";
import { csatScore } from "../../../src/satisfaction/csatScore";
import { codeOf, errorOf } from "../../helpers/errors";
import { deepFreeze, expectClose } from "../../helpers/tolerance";

describe("csatScore (top-box share)", () => {
  it("hand-computed: top-2-box on 1–5 and other boxes", () => {
    expect(csatScore([5, 4, 3, 5, 2])).toBe(0.6);
    expect(csatScore([10, 9, 8, 7], 10, 3, 0)).toBe(0.75);
    expect(csatScore([5, 4, 3, 5, 2], 5, 1)).toBe(0.4);
    expect(csatScore([1, 2, 3], 3, 2)).toBeCloseTo(2 / 3, 15);
    expect(csatScore([7, 6, 5, 1], 7, 2)).toBe(0.5);
  });
  it("property: equals the count of answers ≥ max − top + 1, in [0, 1], order-free, inputs unmutated", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 11 }),
        fc.integer({ min: 1, max: 2 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 100 }),
        (max, top, raw) => {
          const answers = deepFreeze(raw.map((r) => 1 + (r % max)));
          const s = csatScore(answers, max, top);
          expectClose(s, answers.filter((a) => a > max - top).length / answers.length, 1e-15);
          expect(csatScore([...answers].reverse(), max, top)).toBe(s);
        },
      ),
      { seed: 21 },
    );
  });
  describe("edge cases", () => {
    it("no answers, out of scale, fractional, NaN, text are invalid", () => {
      expect(codeOf(() => csatScore([]))).toBe("invalid");
      expect(codeOf(() => csatScore([6]))).toBe("invalid");
      expect(codeOf(() => csatScore([0]))).toBe("invalid");
      expect(codeOf(() => csatScore([4.5]))).toBe("invalid");
      expect(codeOf(() => csatScore([NaN]))).toBe("invalid");
      expect(codeOf(() => csatScore(["5" as unknown as number]))).toBe("invalid");
    });
    it("top boxes must leave at least one other box; scale max above min", () => {
      expect(codeOf(() => csatScore([5], 5, 5))).toBe("invalid");
      expect(codeOf(() => csatScore([5], 5, 0))).toBe("invalid");
      expect(codeOf(() => csatScore([1], 1))).toBe("invalid");
      expect(csatScore([5], 5, 4)).toBe(1);
    });
    it("messages in both languages", () => {
      const e = errorOf(() => csatScore([3, 9]));
      expect(e.messageIn("en")).toMatch(/Answer 2/);
      expect(e.messageIn("zh")).toMatch(/第 2 个回答/);
    });
  });
});

describe("satisfactionIndex (ACSI-style 0–100)", () => {
  it("hand-computed: 100 · (Σw·x̄ − Σw·min) / (Σw·(max − min))", () => {
    // Σw·x̄ = 4 + 2.1 + 1.8 = 7.9, Σw·min = 1, Σw·(max − min) = 9
    expectClose(satisfactionIndex([8, 7, 9], [0.5, 0.3, 0.2]), (100 * 6.9) / 9, 1e-12);
    expectClose(satisfactionIndex([4, 5], undefined, 1, 5), 87.5, 1e-12);
    expect(satisfactionIndex([1, 1, 1])).toBe(0);
    expect(satisfactionIndex([10, 10])).toBe(100);
  });
  it("Fornell et al. (1996) form for 10-point items: (Σw·x̄ − Σw) / (9·Σw) · 100", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.double({ min: 1, max: 10, noNaN: true }),
            fc.double({ min: 0.01, max: 1, noNaN: true }),
          ),
          {
            minLength: 1,
            maxLength: 10,
          },
        ),
        (pairs) => {
          const xs = pairs.map((p) => p[0]);
          const ws = pairs.map((p) => p[1]);
          const sw = ws.reduce((a, b) => a + b, 0);
          const swx = pairs.reduce((a, [x, w]) => a + w * x, 0);
          expectClose(satisfactionIndex(xs, ws), (100 * (swx - sw)) / (9 * sw), 1e-9);
        },
      ),
      { seed: 31 },
    );
  });
  it("property: scaling all weights changes nothing; result in [0, 100]", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 12 }),
        fc.double({ min: 0.1, max: 100, noNaN: true }),
        (xs, k) => {
          const ws = xs.map((_, i) => i + 1);
          const a = satisfactionIndex(xs, ws, 1, 7);
          expectClose(
            satisfactionIndex(
              xs,
              ws.map((w) => w * k),
              1,
              7,
            ),
            a,
            1e-9,
          );
          expect(a).toBeGreaterThanOrEqual(0);
          expect(a).toBeLessThanOrEqual(100);
        },
      ),
      { seed: 32 },
    );
  });
  describe("edge cases", () => {
    it("bad weights, scale, or scores", () => {
      expect(codeOf(() => satisfactionIndex([5, 5], [1]))).toBe("invalid");
      expect(codeOf(() => satisfactionIndex([5], [-1]))).toBe("invalid");
      expect(codeOf(() => satisfactionIndex([5], [0]))).toBe("numeric");
      expect(codeOf(() => satisfactionIndex([11]))).toBe("invalid");
      expect(codeOf(() => satisfactionIndex([0.5]))).toBe("invalid");
      expect(codeOf(() => satisfactionIndex([5], undefined, 10, 1))).toBe("invalid");
      expect(codeOf(() => satisfactionIndex([]))).toBe("invalid");
    });
    it("a zero weight drops an item", () => {
      expect(satisfactionIndex([10, 1], [1, 0])).toBe(100);
    });
  });
});

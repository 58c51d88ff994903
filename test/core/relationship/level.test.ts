import fc from "fast-check";
import { relationshipLevel } from "../../../src/relationship/level";
import {
  RELATIONSHIP_LEVEL_DESCRIPTIONS,
  RELATIONSHIP_LEVEL_LABELS,
  RELATIONSHIP_LEVELS,
} from "../../../src/relationship/levels";
import { codeOf, errorOf } from "../../helpers/errors";

// Kotler's table as printed in CRM_MODELS.md §7 (rows many/medium/few, columns high/medium/low).
const KOTLER: Record<string, Record<string, string>> = {
  many: { high: "accountable", medium: "reactive", low: "basicOrReactive" },
  medium: { high: "proactive", medium: "accountable", low: "reactive" },
  few: { high: "partnership", medium: "proactive", low: "accountable" },
};

describe("relationshipLevel (Kotler's grid)", () => {
  it("all nine cells by category, English and Chinese, any case", () => {
    const zh: Record<string, string> = { many: "多", medium: "中", few: "少", high: "高", low: "低" };
    for (const [c, row] of Object.entries(KOTLER))
      for (const [m, level] of Object.entries(row)) {
        expect(relationshipLevel(c, m)).toBe(level);
        expect(relationshipLevel(zh[c]!, zh[m]!)).toBe(level);
        expect(relationshipLevel(` ${c.toUpperCase()} `, m)).toBe(level);
      }
  });
  it("numbers are banded by the documented cuts; doc examples", () => {
    expect(relationshipLevel("few", "high")).toBe("partnership");
    expect(relationshipLevel(5000, 0.05)).toBe("basicOrReactive");
    expect(relationshipLevel(300, "中")).toBe("accountable");
    expect(relationshipLevel(99, 0.3)).toBe("partnership"); // few, high (0.3 is high)
    expect(relationshipLevel(100, 0.299)).toBe("accountable"); // medium, medium
    expect(relationshipLevel(1000, -0.2)).toBe("basicOrReactive"); // many, low
    expect(relationshipLevel(20, 0.2, { customerCuts: [10, 50], marginCuts: [0.15, 0.25] })).toBe(
      "accountable",
    );
  });
  it("property: numeric input agrees with its category", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), fc.double({ min: -1, max: 1, noNaN: true }), (n, m) => {
        const c = n < 100 ? "few" : n < 1000 ? "medium" : "many";
        const g = m < 0.1 ? "low" : m < 0.3 ? "medium" : "high";
        expect(relationshipLevel(n, m)).toBe(KOTLER[c]![g]);
      }),
      { seed: 81 },
    );
  });
  it("labels and seed 001 descriptions exist in both languages", () => {
    for (const l of RELATIONSHIP_LEVELS) {
      expect(RELATIONSHIP_LEVEL_LABELS[l].zh).toMatch(/型$/);
      expect(RELATIONSHIP_LEVEL_DESCRIPTIONS[l].en.length).toBeGreaterThan(0);
    }
  });
  describe("edge cases", () => {
    it("unknown categories, margin above 1, negative counts, bad cuts are invalid", () => {
      const e = errorOf(() => relationshipLevel("lots", "high"));
      expect(e.code).toBe("invalid");
      expect(e.messageIn("zh")).toMatch(/多/);
      expect(codeOf(() => relationshipLevel(10, 25))).toBe("invalid");
      expect(codeOf(() => relationshipLevel(-1, 0.2))).toBe("invalid");
      expect(codeOf(() => relationshipLevel(NaN, 0.2))).toBe("invalid");
      expect(codeOf(() => relationshipLevel(10, 0.2, { customerCuts: [100] }))).toBe("invalid");
      expect(codeOf(() => relationshipLevel(10, 0.2, { marginCuts: [0.3, 0.1] }))).toBe("invalid");
    });
    it("a margin of exactly 1 is accepted (high)", () =>
      expect(relationshipLevel("few", 1)).toBe("partnership"));
  });
});

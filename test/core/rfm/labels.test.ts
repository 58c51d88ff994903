import fc from "fast-check";
import { rfmCode, rfmWeighted } from "../../../src/rfm/code";
import { rfmType, rfmTypes, meanOf, RFM_TYPE_LABELS, RfmType } from "../../../src/rfm/types";
import {
  rfmSegment,
  compileSegments,
  checkSegmentRules,
  DEFAULT_SEGMENT_RULES,
  SEGMENT_LABELS,
  OTHERS,
  SegmentRule,
} from "../../../src/rfm/segments";
import {
  recencyAction,
  frequencyAction,
  RECENCY_ACTION_LABELS,
  FREQUENCY_ACTION_LABELS,
} from "../../../src/rfm/actions";
import { checkBins, checkMetric } from "../../../src/rfm/metric";
import { codeOf } from "../../helpers/errors";
import { expectClose } from "../../helpers/tolerance";

// Fixed seed: the same cases every run (STYLE.md rule 8).
fc.configureGlobal({ seed: 20261125 });

const score = fc.integer({ min: 1, max: 9 });

describe("argument checks", () => {
  it("doc examples and refusals", () => {
    expect(checkMetric("f", "R")).toBe("R");
    expect(checkBins("f", 5)).toBe(5);
    expect(codeOf(() => checkMetric("f", "r"))).toBe("invalid");
    expect(codeOf(() => checkBins("f", "5"))).toBe("invalid");
  });
});

describe("rfmCode and rfmWeighted", () => {
  it("seed 003: R5 F4 M3 → 543; doc examples", () => {
    expect(rfmCode(5, 4, 3)).toBe(543);
    expect(rfmCode(1, 1, 1)).toBe(111);
    expect(rfmWeighted(5, 4, 3)).toBe(12);
    expect(rfmWeighted(5, 4, 3, 2, 1, 1)).toBe(17);
    expectClose(rfmWeighted(5, 4, 3, 0.5, 0.3, 0.2), 4.3, 1e-12);
  });
  it("property: the code's digits are the scores; weights summing to 1 stay within the scores", () => {
    fc.assert(
      fc.property(score, score, score, fc.double({ min: 0, max: 1, noNaN: true }), (r, f, m, w) => {
        const c = rfmCode(r, f, m);
        expect([Math.floor(c / 100), Math.floor(c / 10) % 10, c % 10]).toEqual([r, f, m]);
        const x = rfmWeighted(r, f, m, w, (1 - w) / 2, (1 - w) / 2);
        expect(x).toBeGreaterThanOrEqual(Math.min(r, f, m) - 1e-12);
        expect(x).toBeLessThanOrEqual(Math.max(r, f, m) + 1e-12);
      }),
    );
  });
  describe("edge cases", () => {
    it("scores outside 1–9, fractions, NaN; negative or all-zero weights", () => {
      expect(codeOf(() => rfmCode(0, 1, 1))).toBe("invalid");
      expect(codeOf(() => rfmCode(10, 1, 1))).toBe("invalid");
      expect(codeOf(() => rfmCode(2.5, 1, 1))).toBe("invalid");
      expect(codeOf(() => rfmCode(NaN, 1, 1))).toBe("invalid");
      expect(codeOf(() => rfmWeighted(1, 1, 1, -1, 1, 1))).toBe("invalid");
      expect(codeOf(() => rfmWeighted(1, 1, 1, 0, 0, 0))).toBe("invalid");
      expect(codeOf(() => rfmWeighted(1, 1, 1, Infinity, 0, 0))).toBe("invalid");
    });
  });
});

describe("rfmType (seed 004 mean split, CRM_MODELS.md §2 table)", () => {
  it("doc examples and the full table (R high = fewer days)", () => {
    expect(rfmType(10, 5, 300, 30, 3, 200)).toBe("importantValue");
    expect(rfmType(90, 1, 50, 30, 3, 200)).toBe("generalWinBack");
    const table: [boolean, boolean, boolean, string][] = [
      [true, true, true, "重要价值客户"],
      [true, false, true, "重要发展客户"],
      [false, true, true, "重要保持客户"],
      [false, false, true, "重要挽留客户"],
      [true, true, false, "一般价值客户"],
      [true, false, false, "一般发展客户"],
      [false, true, false, "一般保持客户"],
      [false, false, false, "一般挽留客户"],
    ];
    for (const [rh, fh, mh, zh] of table) {
      const t = rfmType(rh ? 10 : 40, fh ? 4 : 2, mh ? 300 : 100, 30, 3, 200);
      expect(RFM_TYPE_LABELS[t].zh).toBe(zh);
    }
    expect(RFM_TYPE_LABELS.importantRetention.zh).toBe("重要保持客户");
  });
  it("at the reference counts as high for all three (R: as recent as the reference)", () => {
    expect(rfmType(30, 3, 200, 30, 3, 200)).toBe("importantValue");
  });
  it("meanOf is the arithmetic mean", () => {
    expect(meanOf([1, 2, 3, 6])).toBe(3);
  });
  it("every type has both labels", () => {
    for (const k of Object.keys(RFM_TYPE_LABELS) as RfmType[]) {
      expect(RFM_TYPE_LABELS[k].en.length).toBeGreaterThan(3);
      expect(RFM_TYPE_LABELS[k].zh).toMatch(/客户$/);
    }
  });
  describe("edge cases", () => {
    it("NaN, Infinity, text; empty column for the mean", () => {
      expect(codeOf(() => rfmType(NaN, 1, 1, 1, 1, 1))).toBe("invalid");
      expect(codeOf(() => rfmType(1, 1, 1, 1, Infinity, 1))).toBe("invalid");
      expect(codeOf(() => rfmType(1, "1" as unknown as number, 1, 1, 1, 1))).toBe("invalid");
      expect(codeOf(() => meanOf([]))).toBe("invalid");
    });
  });
});

describe("rfmTypes (a whole table against its own means)", () => {
  const cols = (rows: readonly (readonly number[])[]): [number[], number[], number[]] => [
    rows.map((x) => x[0]!),
    rows.map((x) => x[1]!),
    rows.map((x) => x[2]!),
  ];
  it("doc example: means 30, 3, 200", () => {
    expect(rfmTypes([10, 20, 60], [1, 2, 6], [100, 300, 200])).toEqual([
      "generalDevelopment",
      "importantDevelopment",
      "importantRetention",
    ]);
  });
  it("property: equals rfmType row by row against meanOf of each column; inputs unchanged", () => {
    const col = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 5, maxLength: 5 });
    fc.assert(
      fc.property(fc.array(col, { minLength: 1, maxLength: 60 }), (rows) => {
        const [r, f, m] = [0, 1, 2].map((k) => Object.freeze(rows.map((x) => x[k]!)));
        const [mr, mf, mm] = [meanOf(r!), meanOf(f!), meanOf(m!)];
        const types = rfmTypes(r!, f!, m!);
        expect(types).toEqual(r!.map((_, i) => rfmType(r![i]!, f![i]!, m![i]!, mr, mf, mm)));
      }),
    );
  });
  it("property: the order of the rows does not change any customer's type (integers: exact means)", () => {
    const row = fc.tuple(
      fc.integer({ min: 0, max: 999 }),
      fc.integer({ min: 0, max: 50 }),
      fc.integer({ min: 0, max: 1e6 }),
    );
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 60 }), (rows) => {
        const types = rfmTypes(...cols(rows));
        const back = rfmTypes(...cols([...rows].reverse()));
        expect([...back].reverse()).toEqual(types);
      }),
    );
  });
  describe("edge cases", () => {
    it("different lengths, empty, NaN → invalid; a mean that overflows → numeric", () => {
      expect(codeOf(() => rfmTypes([1, 2], [1], [1, 2]))).toBe("invalid");
      expect(codeOf(() => rfmTypes([], [], []))).toBe("invalid");
      expect(codeOf(() => rfmTypes([1, NaN], [1, 2], [1, 2]))).toBe("invalid");
      expect(codeOf(() => rfmTypes([1, 2], [1, 2], [1.7e308, 1.7e308]))).toBe("numeric");
    });
    it("a Float64Array column (the wrapper's fast path) gives the same types", () => {
      const r = [5, 50, 500];
      expect(
        rfmTypes(Float64Array.from(r), Float64Array.from([3, 2, 1]), Float64Array.from([1, 2, 3])),
      ).toEqual(rfmTypes(r, [3, 2, 1], [1, 2, 3]));
    });
  });
});

describe("rfmSegment (rules as data)", () => {
  it("doc examples and the scheme's well-known cells", () => {
    expect(rfmSegment(5, 5, 1)).toBe("champions");
    expect(rfmSegment(1, 1, 5)).toBe("lost");
    expect(rfmSegment(5, 1, 1)).toBe("newCustomers");
    expect(rfmSegment(4, 1, 3)).toBe("promising");
    expect(rfmSegment(1, 5, 5)).toBe("cantLoseThem");
    expect(rfmSegment(2, 3, 3)).toBe("atRisk");
    expect(rfmSegment(3, 3, 3)).toBe("needAttention");
    expect(rfmSegment(2, 1, 1)).toBe("hibernating");
    expect(SEGMENT_LABELS.cantLoseThem!.zh).toBe("不能失去的客户");
    expect(SEGMENT_LABELS[OTHERS]!.zh).toBe("其他");
  });
  it("the default scheme covers all 125 cells of 5 bins exactly once, and has 11 bilingual segments", () => {
    for (let r = 1; r <= 5; r++)
      for (let f = 1; f <= 5; f++)
        for (let m = 1; m <= 5; m++) {
          const hits = DEFAULT_SEGMENT_RULES.filter(
            (x) => r >= x.r[0] && r <= x.r[1] && f >= x.f[0] && f <= x.f[1],
          );
          expect(hits.length).toBe(1);
        }
    expect(DEFAULT_SEGMENT_RULES.map((x) => x.label.en)).toEqual([
      "Champions",
      "Loyal Customers",
      "Potential Loyalist",
      "New Customers",
      "Promising",
      "Need Attention",
      "About To Sleep",
      "At Risk",
      "Can't Lose Them",
      "Hibernating",
      "Lost",
    ]);
    for (const x of DEFAULT_SEGMENT_RULES) expect(x.label.zh).toMatch(/[\u4e00-\u9fff]/);
  });
  it("first match wins; no match → others; the compiled lookup agrees with the rules", () => {
    const rules: SegmentRule[] = [
      { key: "top", label: { en: "Top", zh: "顶级" }, r: [4, 5], f: [4, 5], m: [4, 5] },
      { key: "recent", label: { en: "Recent", zh: "近期" }, r: [5, 5], f: [1, 5], m: [1, 5] },
    ];
    expect(rfmSegment(5, 5, 5, rules)).toBe("top");
    expect(rfmSegment(5, 1, 1, rules)).toBe("recent");
    expect(rfmSegment(3, 3, 3, rules)).toBe(OTHERS);
    const lookup = compileSegments(rules);
    fc.assert(
      fc.property(score, score, score, (r, f, m) => {
        expect(lookup[100 * r + 10 * f + m]).toBe(rfmSegment(r, f, m, rules));
      }),
    );
  });
  describe("edge cases", () => {
    it("invalid rules: empty, duplicate key, reserved key, reversed or out-of-range ranges, missing label", () => {
      const ok: SegmentRule = { key: "a", label: { en: "A", zh: "甲" }, r: [1, 5], f: [1, 5], m: [1, 5] };
      expect(codeOf(() => checkSegmentRules("t", []))).toBe("invalid");
      expect(codeOf(() => checkSegmentRules("t", [ok, ok]))).toBe("invalid");
      expect(codeOf(() => checkSegmentRules("t", [{ ...ok, key: "others" }]))).toBe("invalid");
      expect(codeOf(() => checkSegmentRules("t", [{ ...ok, key: " " }]))).toBe("invalid");
      expect(codeOf(() => checkSegmentRules("t", [{ ...ok, r: [5, 1] }]))).toBe("invalid");
      expect(codeOf(() => checkSegmentRules("t", [{ ...ok, f: [0, 3] }]))).toBe("invalid");
      expect(codeOf(() => checkSegmentRules("t", [{ ...ok, m: [1, 2.5] }]))).toBe("invalid");
      expect(codeOf(() => checkSegmentRules("t", [{ ...ok, label: { en: "A" } as never }]))).toBe("invalid");
      expect(codeOf(() => rfmSegment(0, 1, 1))).toBe("invalid");
    });
  });
});

describe("seed 003 follow-up actions", () => {
  it("recency: R5 at once, R4 within a week, R3 and below none", () => {
    expect([5, 4, 3, 2, 1].map(recencyAction)).toEqual([
      "catalogueNow",
      "catalogueWithinWeek",
      "noFollowUp",
      "noFollowUp",
      "noFollowUp",
    ]);
    expect(RECENCY_ACTION_LABELS.noFollowUp.zh).toBe("不再追随邮寄");
    expect(RECENCY_ACTION_LABELS.catalogueNow.zh).toMatch(/立即/);
  });
  it("frequency: > 5 purchases in 6 months monthly, < 2 every two months", () => {
    expect([0, 1, 2, 5, 6, 20].map(frequencyAction)).toEqual([
      "bimonthlyCatalogue",
      "bimonthlyCatalogue",
      "standard",
      "standard",
      "monthlyCatalogue",
      "monthlyCatalogue",
    ]);
    expect(FREQUENCY_ACTION_LABELS.monthlyCatalogue.zh).toMatch(/每月/);
  });
  describe("edge cases", () => {
    it("scores outside 1–5, fractions, negative counts", () => {
      expect(codeOf(() => recencyAction(6))).toBe("invalid");
      expect(codeOf(() => recencyAction(0))).toBe("invalid");
      expect(codeOf(() => recencyAction(4.5))).toBe("invalid");
      expect(codeOf(() => frequencyAction(-1))).toBe("invalid");
      expect(codeOf(() => frequencyAction(2.5))).toBe("invalid");
    });
  });
});

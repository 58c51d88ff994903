import fc from "fast-check";
import Papa from "papaparse";
import { callExcel, Cell, EMPTY, expectError, Result, setDisplayLanguage } from "./harness";
import { readReferenceData } from "../helpers/data";
import { deepFreeze, expectClose } from "../helpers/tolerance";

// Fixed seed: the same cases every run (STYLE.md rule 8).
fc.configureGlobal({ seed: 20261125 });

afterEach(() => setDisplayLanguage("en-US"));

/** Excel 1900-system serial of a calendar day after 1900-03-01, from the JS calendar (independent of src/dates). */
const serial = (y: number, m: number, d: number) =>
  (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000;

/** The COUNTIF construction an analyst types: 1 + INT(bins·COUNTIF(pop, "<"&x)/COUNT(pop)), capped at bins. */
function countifScore(x: number, pop: number[], bins = 5, metric = "F"): number {
  const worse = pop.filter((p) => (metric === "R" ? p > x : p < x)).length;
  return Math.min(bins, 1 + Math.floor((bins * worse) / pop.length));
}

const column = (r: Result): Cell[] => (r as Cell[][]).map((row) => row[0] ?? null);

describe("RFM.RECENCY", () => {
  it("days from the last purchase to as_of (JS calendar as reference); a range uses its latest date", async () => {
    expect(await callExcel("RFM.RECENCY", [serial(2024, 12, 24), serial(2025, 1, 1)])).toBe(8);
    expect(await callExcel("RFM.RECENCY", ["2024-12-24", "2025-01-01"])).toBe(8);
    expect(await callExcel("RFM.RECENCY", ["2024年2月28日", "2024-03-01"])).toBe(2); // leap year
    const purchases = [serial(2024, 3, 1), serial(2024, 11, 30), serial(2024, 7, 4)];
    expect(await callExcel("RFM.RECENCY", [purchases, serial(2024, 12, 31)])).toBe(31);
  });
  it("unit: omitted = days; weeks = days/7; months = days/30.4375; Chinese unit words", async () => {
    const last = serial(2024, 1, 1);
    const asOf = serial(2024, 12, 31); // 365 days (2024 is a leap year)
    expect(await callExcel("RFM.RECENCY", [last, asOf, null])).toBe(365);
    expectClose((await callExcel("RFM.RECENCY", [last, asOf, "weeks"])) as number, 365 / 7, 1e-12);
    expectClose((await callExcel("RFM.RECENCY", [last, asOf, "Months"])) as number, 365 / 30.4375, 1e-12);
    expect(await callExcel("RFM.RECENCY", [last, asOf, "周"])).toBe(365 / 7);
    expectError(
      await callExcel("RFM.RECENCY", [last, asOf, "years"]),
      "#VALUE!",
      /unit must be one of "days", "weeks", "months"/,
    );
  });
  it("empty cells: a blank last purchase or as_of is #VALUE!; blanks inside a range are skipped", async () => {
    expectError(await callExcel("RFM.RECENCY", [EMPTY, 45658]), "#VALUE!", /date is empty/);
    expectError(await callExcel("RFM.RECENCY", [45650, EMPTY]), "#VALUE!", /as_of is empty/);
    expectError(await callExcel("RFM.RECENCY", [45650, EMPTY], { emptyAs: "" }), "#VALUE!", /as_of is empty/);
    expect(await callExcel("RFM.RECENCY", [[45650, EMPTY, 45640], 45658])).toBe(8);
    expect(await callExcel("RFM.RECENCY", [[45650, EMPTY], 45658], { emptyAs: 0 })).toBe(8);
    expectError(await callExcel("RFM.RECENCY", [[EMPTY, EMPTY], 45658]), "#VALUE!", /No last-purchase date/);
  });
  it("text that is not a date, a purchase after as_of → #VALUE! with a message", async () => {
    expectError(await callExcel("RFM.RECENCY", ["yesterday", 45658]), "#VALUE!", /"yesterday" is not a date/);
    expectError(await callExcel("RFM.RECENCY", [45650, "soon"]), "#VALUE!", /as_of is not a date: "soon"/);
    expectError(await callExcel("RFM.RECENCY", ["03/04/2024", 45658]), "#VALUE!", /ambiguous/);
    expectError(
      await callExcel("RFM.RECENCY", [45660, 45658]),
      "#VALUE!",
      /2025-01-03 is after the as-of date 2025-01-01/,
    );
    setDisplayLanguage("zh-CN");
    expectError(await callExcel("RFM.RECENCY", [45660, 45658]), "#VALUE!", /晚于研究时间点/);
  });
});

describe("RFM.SCORE", () => {
  const pop = [120, 5, 33, 33, 8, 61, 250, 14, 33, 2, 90];
  it("equals the COUNTIF construction for every member, F/M and R, several bin counts", async () => {
    for (const bins of [2, 3, 5, 9]) {
      for (const x of pop) {
        expect(await callExcel("RFM.SCORE", [x, pop, bins])).toBe(countifScore(x, pop, bins));
        expect(await callExcel("RFM.SCORE", [x, pop, bins, "R"])).toBe(countifScore(x, pop, bins, "R"));
      }
    }
  });
  it("hand-computed: 30 in 10…50 → 3; ties share; a value outside the population is capped", async () => {
    expect(await callExcel("RFM.SCORE", [30, [10, 20, 30, 40, 50]])).toBe(3);
    expect(await callExcel("RFM.SCORE", [3, [1, 3, 3, 9], 4, "r"])).toBe(2);
    expect(await callExcel("RFM.SCORE", [1000, [10, 20, 30, 40, 50]])).toBe(5);
    expect(await callExcel("RFM.SCORE", [0, [10, 20, 30, 40, 50], null, "R"])).toBe(5);
  });
  it("omitted bins/metric = 5 bins, F; blank population cells are skipped as COUNT does", async () => {
    expect(await callExcel("RFM.SCORE", [40, [10, 20, 30, 40, 50], null, null])).toBe(4);
    expect(await callExcel("RFM.SCORE", [40, [10, EMPTY, 20, 30, 40, 50, EMPTY]])).toBe(4);
    expect(await callExcel("RFM.SCORE", [40, [10, EMPTY, 20, 30, 40, 50]], { emptyAs: "" })).toBe(4);
  });
  it("empty value, text, out-of-range bins, bad metric → #VALUE! with a message", async () => {
    expectError(await callExcel("RFM.SCORE", [EMPTY, pop]), "#VALUE!", /value is empty/);
    expectError(await callExcel("RFM.SCORE", [EMPTY, pop], { emptyAs: "" }), "#VALUE!", /value is empty/);
    expectError(await callExcel("RFM.SCORE", ["lots", pop]), "#VALUE!", /value must be a number.*"lots"/);
    expectError(await callExcel("RFM.SCORE", [5, [1, "x", 3]]), "#VALUE!", /population: item 2.*"x"/);
    expectError(
      await callExcel("RFM.SCORE", [5, pop, 10]),
      "#VALUE!",
      /bins must be between 2 and 9, got 10/,
    );
    expectError(await callExcel("RFM.SCORE", [5, pop, 2.5]), "#VALUE!", /whole number/);
    expectError(
      await callExcel("RFM.SCORE", [5, pop, 5, "Q"]),
      "#VALUE!",
      /metric must be one of "R", "F", "M"/,
    );
    expectError(await callExcel("RFM.SCORE", [5, [EMPTY, EMPTY]]), "#VALUE!", /empty/);
  });
});

describe("RFM.SCORES", () => {
  it("quantile: one spilled column equal to the COUNTIF construction per row, blanks kept in place", async () => {
    const values: unknown[] = [120, 5, EMPTY, 33, 33, 8, 61, 250, 14, 33, 2, 90];
    const nums = values.filter((v): v is number => typeof v === "number");
    for (const metric of ["F", "R"]) {
      const r = await callExcel("RFM.SCORES", [values, 5, metric]);
      expect((r as Cell[][]).every((row) => row.length === 1)).toBe(true);
      expect(column(r)).toEqual(
        values.map((v) => (typeof v === "number" ? countifScore(v, nums, 5, metric) : "")),
      );
    }
    const blankAsText = await callExcel("RFM.SCORES", [values], { emptyAs: "" });
    expect(column(blankAsText)[2]).toBe("");
  });
  it("a row of values spills a row; omitted arguments = 5 bins, F, quantile", async () => {
    expect(await callExcel("RFM.SCORES", [[[10, 20, 30, 40, 50]]])).toEqual([[1, 2, 3, 4, 5]]);
    expect(await callExcel("RFM.SCORES", [[10, 20, 30, 40, 50], null, null, null])).toEqual([
      [1],
      [2],
      [3],
      [4],
      [5],
    ]);
  });
  it('method "rfm": hand-computed R type-7 breaks + 1 on [1, 1, 2, 3, 9] → 1, 1, 2, 3, 5', async () => {
    // Q7 at 0.2, 0.4, 0.6, 0.8 = 1, 1.6, 2.4, 4.2; + 1 → bins [1,2) [2,2.6) [2.6,3.4) [3.4,5.2) [5.2,…)
    expect(column(await callExcel("RFM.SCORES", [[1, 1, 2, 3, 9], 5, "F", "rfm"]))).toEqual([1, 1, 2, 3, 5]);
    expect(column(await callExcel("RFM.SCORES", [[1, 1, 2, 3, 9], 5, "R", "RFM"]))).toEqual([5, 5, 4, 3, 1]);
  });
  it("text, no numbers, bad bins or method → #VALUE! with a message", async () => {
    expectError(await callExcel("RFM.SCORES", [[1, "two", 3]]), "#VALUE!", /values: item 2.*"two"/);
    expectError(await callExcel("RFM.SCORES", [[EMPTY, EMPTY]]), "#VALUE!", /empty/);
    expectError(
      await callExcel("RFM.SCORES", [[1, 2, 3], 1]),
      "#VALUE!",
      /bins must be between 2 and 9, got 1/,
    );
    expectError(
      await callExcel("RFM.SCORES", [[1, 2, 3], 5, "F", "kmeans"]),
      "#VALUE!",
      /method must be one of "quantile", "rfm"/,
    );
    expectError(
      await callExcel("RFM.SCORES", [
        [
          [1, 2],
          [3, 4],
        ],
      ]),
      "#VALUE!",
      /one column or one row/,
    );
  });
});

describe("RFM.BREAKS and RFM.BIN", () => {
  it("RFM.BREAKS: header cell then bins − 1 ascending breaks (hand-computed)", async () => {
    const r = await callExcel("RFM.BREAKS", [[50, 10, 40, 20, 30]]);
    expect(r).toEqual([["F breaks (≤)"], [10], [20], [30], [40]]);
    // R: score ≥ s ⟺ days < break; for 1…5 days the breaks are 2, 3, 4, 5 and a value equal goes up.
    expect(await callExcel("RFM.BREAKS", [[1, 2, 3, 4, 5], null, "R"])).toEqual([
      ["R breaks (<)"],
      [2],
      [3],
      [4],
      [5],
    ]);
    // rfm: R's quantile(1:5, seq(0, 1, .2)) + 1 = 2.8, 3.6, 4.4, 5.2 (transcribed from R)
    const rfm = column(await callExcel("RFM.BREAKS", [[1, 2, 3, 4, 5], 5, "F", "rfm"]));
    expect(rfm[0]).toBe("F breaks (<)");
    [2.8, 3.6, 4.4, 5.2].forEach((b, i) => expectClose(rfm[i + 1] as number, b, 1e-12));
    setDisplayLanguage("zh-CN");
    expect(column(await callExcel("RFM.BREAKS", [[1, 2, 3, 4, 5], 3, "M"]))[0]).toBe("M 分界点（≤）");
  });
  it("property: RFM.BIN(x, RFM.BREAKS(col, …), metric) = RFM.SCORES(col, …) for every value, as a spill and typed in cells", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 30 }), fc.double({ min: -50, max: 500, noNaN: true })), {
          minLength: 1,
          maxLength: 40,
        }),
        fc.integer({ min: 2, max: 9 }),
        fc.constantFrom("R", "F", "M"),
        fc.constantFrom("quantile", "rfm"),
        async (col, bins, metric, method) => {
          const scores = column(await callExcel("RFM.SCORES", [col, bins, metric, method]));
          const breaks = (await callExcel("RFM.BREAKS", [col, bins, metric, method])) as Cell[][];
          const typed = breaks.map((row) => [typeof row[0] === "number" ? String(row[0]) : row[0]]); // pasted as text
          for (let i = 0; i < col.length; i++) {
            expect(await callExcel("RFM.BIN", [col[i], breaks, metric])).toBe(scores[i]);
            expect(await callExcel("RFM.BIN", [col[i], breaks])).toBe(scores[i]); // metric from the header
            expect(await callExcel("RFM.BIN", [col[i], typed, metric])).toBe(scores[i]);
          }
        },
      ),
      { numRuns: 40 },
    );
  });
  it("RFM.BIN with the seed's recency table: thresholds omitted with metric R, or typed 7/30/60/120", async () => {
    const days = [0, 7, 8, 30, 31, 60, 61, 120, 121, 999];
    const seed = [5, 5, 4, 4, 3, 3, 2, 2, 1, 1]; // seed 003: R ≤ 7 → 5, 8–30 → 4, 31–60 → 3, 61–120 → 2, ≥ 121 → 1
    for (let i = 0; i < days.length; i++) {
      expect(await callExcel("RFM.BIN", [days[i], null, "R"])).toBe(seed[i]);
      expect(await callExcel("RFM.BIN", [days[i], [7, 30, 60, 120], "R"])).toBe(seed[i]);
    }
  });
  it("RFM.BIN: omitted metric = F (or the header's); blank threshold cells skipped; lifting over a column", async () => {
    expect(await callExcel("RFM.BIN", [3, [1, 2, 5, 10]])).toBe(3);
    expect(await callExcel("RFM.BIN", [3, [1, EMPTY, 2, 5, 10, EMPTY]])).toBe(3);
    expect(await callExcel("RFM.BIN", [3, [1, 2, 5, 10, EMPTY]], { emptyAs: "" })).toBe(3);
    expect(await callExcel("RFM.BIN", [[[3], [11], [1]], [1, 2, 5, 10], "M"])).toEqual([[3], [5], [1]]);
  });
  it("RFM.BIN errors: empty value, text, unsorted or too many thresholds, missing thresholds, metric mismatch", async () => {
    expectError(await callExcel("RFM.BIN", [EMPTY, [7, 30]]), "#VALUE!", /value is empty/);
    expectError(await callExcel("RFM.BIN", [EMPTY, [7, 30]], { emptyAs: "" }), "#VALUE!", /value is empty/);
    expectError(await callExcel("RFM.BIN", ["ten", [7, 30]]), "#VALUE!", /value must be a number.*"ten"/);
    expectError(await callExcel("RFM.BIN", [5, [30, 7]]), "#VALUE!", /ascending order/);
    expectError(await callExcel("RFM.BIN", [5, [1, 2, 3, 4, 5, 6, 7, 8, 9]]), "#VALUE!", /1 to 8 thresholds/);
    expectError(await callExcel("RFM.BIN", [5, null, "F"]), "#VALUE!", /thresholds is missing/);
    expectError(await callExcel("RFM.BIN", [5, null]), "#VALUE!", /thresholds is missing/);
    expectError(await callExcel("RFM.BIN", [5, [[EMPTY], [EMPTY]]]), "#VALUE!", /thresholds has no numbers/);
    expectError(await callExcel("RFM.BIN", [5, ["days", 7, 30]]), "#VALUE!", /first cell "days" is neither/);
    expectError(await callExcel("RFM.BIN", [5, [7, "x", 30]]), "#VALUE!", /thresholds: item 2/);
    expectError(await callExcel("RFM.BIN", [5, ["R breaks (<)", 7, 30], "F"]), "#VALUE!", /computed for R/);
  });
  it("RFM.BREAKS errors", async () => {
    expectError(await callExcel("RFM.BREAKS", [[1, "a"]]), "#VALUE!", /item 2/);
    expectError(await callExcel("RFM.BREAKS", [[1, 2], 12]), "#VALUE!", /between 2 and 9/);
    expectError(await callExcel("RFM.BREAKS", [[EMPTY]]), "#VALUE!", /empty/);
  });
});

describe("RFM.CODE and RFM.WEIGHTED", () => {
  it("code = 100R + 10F + M (seed 003: 543)", async () => {
    expect(await callExcel("RFM.CODE", [5, 4, 3])).toBe(543);
    expect(await callExcel("RFM.CODE", ["1", 1, " 1 "])).toBe(111);
    expect(await callExcel("RFM.CODE", [[[5], [1]], 4, 3])).toEqual([[543], [143]]);
  });
  it("code errors: empty, text, out of 1–9, fraction", async () => {
    expectError(await callExcel("RFM.CODE", [EMPTY, 4, 3]), "#VALUE!", /r is empty/);
    expectError(await callExcel("RFM.CODE", [5, EMPTY, 3], { emptyAs: "" }), "#VALUE!", /f is empty/);
    expectError(
      await callExcel("RFM.CODE", [5, 4, EMPTY], { emptyAs: 0 }),
      "#VALUE!",
      /M score must be between 1 and 9/,
    );
    expectError(await callExcel("RFM.CODE", ["five", 4, 3]), "#VALUE!", /r must be a number.*"five"/);
    expectError(
      await callExcel("RFM.CODE", [10, 4, 3]),
      "#VALUE!",
      /R score must be between 1 and 9, got 10/,
    );
    expectError(await callExcel("RFM.CODE", [4.5, 4, 3]), "#VALUE!", /whole number/);
  });
  it("weighted: omitted weights = 1 (R + F + M); hand-computed weights", async () => {
    expect(await callExcel("RFM.WEIGHTED", [5, 4, 3])).toBe(12);
    expect(await callExcel("RFM.WEIGHTED", [5, 4, 3, EMPTY, EMPTY, EMPTY])).toBe(12);
    expect(await callExcel("RFM.WEIGHTED", [5, 4, 3, 2, 1, 1])).toBe(17);
    expectClose((await callExcel("RFM.WEIGHTED", [5, 4, 3, "50%", 0.3, 0.2])) as number, 4.3, 1e-12);
  });
  it("weighted errors: text weight, negative weight, all zero, bad score", async () => {
    expectError(await callExcel("RFM.WEIGHTED", [5, 4, 3, "heavy"]), "#VALUE!", /weight_r must be a number/);
    expectError(await callExcel("RFM.WEIGHTED", [5, 4, 3, -1]), "#VALUE!", /R weight must be ≥ 0/);
    expectError(await callExcel("RFM.WEIGHTED", [5, 4, 3, 0, 0, 0]), "#VALUE!", /weights are all 0/);
    expectError(await callExcel("RFM.WEIGHTED", [0, 4, 3]), "#VALUE!", /R score/);
    expectError(await callExcel("RFM.WEIGHTED", [EMPTY, 4, 3]), "#VALUE!", /r is empty/);
  });
});

describe("RFM.TYPE", () => {
  it("the eight types against number references (CRM_MODELS.md §2 table, by hand)", async () => {
    // high = recency ≤ ref, frequency ≥ ref, monetary ≥ ref
    const cases: [number, number, number, string][] = [
      [10, 5, 300, "Important value"],
      [10, 1, 300, "Important development"],
      [90, 5, 300, "Important retention"],
      [90, 1, 300, "Important win-back"],
      [10, 5, 50, "General value"],
      [10, 1, 50, "General development"],
      [90, 5, 50, "General retention"],
      [90, 1, 50, "General win-back"],
    ];
    for (const [r, f, m, label] of cases)
      expect(await callExcel("RFM.TYPE", [r, f, m, 30, 3, 200])).toBe(label);
    expect(await callExcel("RFM.TYPE", [30, 3, 200, 30, 3, 200])).toBe("Important value"); // at the reference = high
  });
  it("a column reference uses its mean (blank cells skipped, as AVERAGE)", async () => {
    const rec = [10, 20, 60, EMPTY]; // mean 30
    const freq = [1, 2, 6]; // mean 3
    const mon = [100, 300, 200]; // mean 200
    expect(await callExcel("RFM.TYPE", [31, 3, 200, rec, freq, mon])).toBe("Important retention");
    expect(await callExcel("RFM.TYPE", [30, 2.9, 200, rec, freq, mon])).toBe("Important development");
    expect(await callExcel("RFM.TYPE", [30, 3, 199, rec, freq, mon], { emptyAs: "" })).toBe("General value");
  });
  it("lang: zh labels; omitted lang follows the display language", async () => {
    expect(await callExcel("RFM.TYPE", [10, 5, 300, 30, 3, 200, "zh"])).toBe("重要价值客户");
    expect(await callExcel("RFM.TYPE", [90, 5, 300, 30, 3, 200, "zh"])).toBe("重要保持客户");
    setDisplayLanguage("zh-CN");
    expect(await callExcel("RFM.TYPE", [90, 1, 50, 30, 3, 200])).toBe("一般挽留客户");
  });
  it("empty, text, bad lang → #VALUE!", async () => {
    expectError(await callExcel("RFM.TYPE", [EMPTY, 5, 300, 30, 3, 200]), "#VALUE!", /recency is empty/);
    expectError(await callExcel("RFM.TYPE", [10, 5, 300, EMPTY, 3, 200]), "#VALUE!", /recency_ref is empty/);
    expectError(
      await callExcel("RFM.TYPE", [10, 5, 300, 30, [EMPTY, EMPTY], 200], { emptyAs: "" }),
      "#VALUE!",
      /frequency_ref is empty/,
    );
    expectError(
      await callExcel("RFM.TYPE", [10, "many", 300, 30, 3, 200]),
      "#VALUE!",
      /frequency must be a number/,
    );
    expectError(
      await callExcel("RFM.TYPE", [10, 5, 300, 30, 3, [200, "n/a"]]),
      "#VALUE!",
      /monetary_ref: item 2/,
    );
    expectError(await callExcel("RFM.TYPE", [10, 5, 300, 30, 3, 200, "fr"]), "#VALUE!", /lang must be/);
  });
});

describe("RFM.TYPES", () => {
  /** The CRM_MODELS.md §2 table written out: high R = at or below the mean days, high F, M = at or above. */
  const TABLE: Record<string, string> = {
    HHH: "Important value",
    HLH: "Important development",
    LHH: "Important retention",
    LLH: "Important win-back",
    HHL: "General value",
    HLL: "General development",
    LHL: "General retention",
    LLL: "General win-back",
  };
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  function byHand(rec: number[], freq: number[], mon: number[]): string[] {
    const [mr, mf, mm] = [mean(rec), mean(freq), mean(mon)];
    return rec.map((r, i) => {
      const key = (r <= mr ? "H" : "L") + (freq[i]! >= mf ? "H" : "L") + (mon[i]! >= mm ? "H" : "L");
      return TABLE[key]!;
    });
  }
  // Eight customers, one per type: means 50 days, 4 purchases, 400 (money).
  const rec = [10, 10, 90, 90, 10, 10, 90, 90];
  const freq = [7, 1, 7, 1, 7, 1, 7, 1];
  const mon = [700, 700, 700, 700, 100, 100, 100, 100];

  it("the eight types of the §2 table against the column means, one spilled column", async () => {
    const r = (await callExcel("RFM.TYPES", [rec, freq, mon])) as Cell[][];
    expect(r.map((row) => row[0])).toEqual(Object.values(TABLE));
    expect(r.map((row) => row[0])).toEqual(byHand(rec, freq, mon));
  });
  it("equals RFM.TYPE cell by cell with the same columns as references (the slow form)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.tuple(
            fc.integer({ min: 0, max: 400 }),
            fc.integer({ min: 1, max: 12 }),
            fc.oneof(fc.integer({ min: 0, max: 900 }), fc.double({ min: 0, max: 5000, noNaN: true })),
          ),
          { minLength: 1, maxLength: 40 },
        ),
        async (rows) => {
          const [r, f, m] = [rows.map((x) => x[0]), rows.map((x) => x[1]), rows.map((x) => x[2])];
          const fast = await callExcel("RFM.TYPES", [r, f, m]);
          // Excel lifts RFM.TYPE's scalar arguments over the columns: one call per row, each
          // reading the whole reference columns.
          const slow = await callExcel("RFM.TYPE", [r, f, m, r, f, m]);
          expect(fast).toEqual(rows.length === 1 ? [[slow]] : slow);
          expect((fast as Cell[][]).map((x) => x[0])).toEqual(byHand(r, f, m));
        },
      ),
    );
  });
  it("a row in, a row out; lang zh; the display language by default", async () => {
    expect(await callExcel("RFM.TYPES", [[rec], [freq], [mon], "zh"])).toEqual([
      [
        "重要价值客户",
        "重要发展客户",
        "重要保持客户",
        "重要挽留客户",
        "一般价值客户",
        "一般发展客户",
        "一般保持客户",
        "一般挽留客户",
      ],
    ]);
    setDisplayLanguage("zh-CN");
    expect(
      await callExcel("RFM.TYPES", [
        [90, 10],
        [1, 7],
        [100, 700],
      ]),
    ).toEqual([["一般挽留客户"], ["重要价值客户"]]);
  });
  it("rows blank in all three columns give a blank cell and stay out of the means", async () => {
    for (const emptyAs of [null, ""] as const) {
      const r = (await callExcel(
        "RFM.TYPES",
        [
          [EMPTY, ...rec, EMPTY, EMPTY],
          [EMPTY, ...freq, EMPTY, EMPTY],
          [EMPTY, ...mon, EMPTY, EMPTY],
        ],
        { emptyAs },
      )) as Cell[][];
      expect(r.map((row) => row[0])).toEqual(["", ...Object.values(TABLE), "", ""]);
    }
  });
  it("numbers typed as text are read (the project's rule)", async () => {
    expect(
      await callExcel("RFM.TYPES", [
        ["10", 90],
        [" 7 ", 1],
        ["700", 100],
      ]),
    ).toEqual([["Important value"], ["General win-back"]]);
  });
  it("a row blank in only some columns, text, different lengths, all blank, bad lang → #VALUE!", async () => {
    expectError(
      await callExcel("RFM.TYPES", [
        [10, 20, 30],
        [1, EMPTY, 3],
        [5, 6, EMPTY],
      ]),
      "#VALUE!",
      /Item 2: frequency is blank/,
    );
    expectError(
      await callExcel("RFM.TYPES", [
        [EMPTY, 20],
        [1, 2],
        [EMPTY, 6],
      ]),
      "#VALUE!",
      /Item 1: recency and monetary are blank/,
    );
    expectError(
      await callExcel("RFM.TYPES", [
        [10, 20],
        [1, "many"],
        [5, 6],
      ]),
      "#VALUE!",
      /frequency: item 2/,
    );
    expectError(
      await callExcel("RFM.TYPES", [
        [10, 20],
        [1, 2, 3],
        [5, 6],
      ]),
      "#VALUE!",
      /3 rows but recency has 2/,
    );
    expectError(await callExcel("RFM.TYPES", [[EMPTY], [EMPTY], [EMPTY]]), "#VALUE!", /no customer/);
    expectError(await callExcel("RFM.TYPES", [[10], [1], [5], "fr"]), "#VALUE!", /lang must be/);
    setDisplayLanguage("zh-CN");
    expectError(
      await callExcel("RFM.TYPES", [
        [10, 20],
        [1, EMPTY],
        [5, 6],
      ]),
      "#VALUE!",
      /第 2 项：消费频率/,
    );
  });
  it("does not change its inputs", async () => {
    const cols = deepFreeze([rec.map((x) => [x]), freq.map((x) => [x]), mon.map((x) => [x])]);
    expect(((await callExcel("RFM.TYPES", [...cols])) as Cell[][]).length).toBe(8);
  });
});

describe("RFM.SEGMENT", () => {
  it("the standard 5-bin scheme (rules table of src/rfm/segments.ts, written out here by hand)", async () => {
    const expected = (r: number, f: number): string => {
      if (r === 5 && f >= 4) return "Champions";
      if (r >= 3 && r <= 4 && f >= 4) return "Loyal Customers";
      if (r >= 4 && f >= 2 && f <= 3) return "Potential Loyalist";
      if (r === 5 && f === 1) return "New Customers";
      if (r === 4 && f === 1) return "Promising";
      if (r === 3 && f === 3) return "Need Attention";
      if (r === 3 && f <= 2) return "About To Sleep";
      if (r <= 2 && f >= 3 && f <= 4) return "At Risk";
      if (r <= 2 && f === 5) return "Can't Lose Them";
      if (r === 2) return "Hibernating";
      return "Lost";
    };
    for (let r = 1; r <= 5; r++)
      for (let f = 1; f <= 5; f++)
        for (const m of [1, 5]) expect(await callExcel("RFM.SEGMENT", [r, f, m])).toBe(expected(r, f));
  });
  it("lang zh; scores outside the scheme's grid → Others", async () => {
    expect(await callExcel("RFM.SEGMENT", [5, 5, 5, null, "zh"])).toBe("冠军客户");
    expect(await callExcel("RFM.SEGMENT", [9, 9, 9])).toBe("Others");
    setDisplayLanguage("zh-CN");
    expect(await callExcel("RFM.SEGMENT", [1, 5, 1])).toBe("不能失去的客户");
    expect(await callExcel("RFM.SEGMENT", [7, 1, 1])).toBe("其他");
  });
  it("own rules range: header row skipped, blank bounds open, first match wins, names may repeat", async () => {
    const rules = [
      ["name", "r_min", "r_max", "f_min", "f_max", "m_min", "m_max"],
      ["VIP", 3, 3, 3, 3, 3, EMPTY],
      ["Active", 2, 3, EMPTY, EMPTY, EMPTY, EMPTY],
      ["Active", 1, 1, 3, 3, 1, 3],
      [EMPTY, EMPTY, EMPTY, EMPTY, EMPTY, EMPTY, EMPTY],
    ];
    expect(await callExcel("RFM.SEGMENT", [3, 3, 3, rules])).toBe("VIP");
    expect(await callExcel("RFM.SEGMENT", [3, 3, 2, rules])).toBe("Active");
    expect(await callExcel("RFM.SEGMENT", [1, 3, 1, rules, "zh"])).toBe("Active");
    expect(await callExcel("RFM.SEGMENT", [1, 1, 1, rules])).toBe("Others");
    expect(await callExcel("RFM.SEGMENT", [1, 1, 1, rules, "zh"])).toBe("其他");
    expect(await callExcel("RFM.SEGMENT", [3, 3, 3, rules], { emptyAs: "" })).toBe("VIP");
  });
  it("bad rules name the row; bad scores and text → #VALUE!", async () => {
    const row = (r: unknown[]) => [["Top", 5, 5, 4, 5, 1, 5], r];
    expectError(
      await callExcel("RFM.SEGMENT", [5, 5, 5, row(["X", 4, 2, 1, 5, 1, 5])]),
      "#VALUE!",
      /rules, row 2: r_min 4 is above r_max 2/,
    );
    expectError(
      await callExcel("RFM.SEGMENT", [5, 5, 5, row(["X", 1, 10, 1, 5, 1, 5])]),
      "#VALUE!",
      /row 2: r_max must be a whole number 1–9.*10/,
    );
    expectError(
      await callExcel("RFM.SEGMENT", [5, 5, 5, row([EMPTY, 1, 2, 1, 5, 1, 5])]),
      "#VALUE!",
      /row 2: the segment name/,
    );
    expectError(
      await callExcel("RFM.SEGMENT", [5, 5, 5, row(["X", 1, 2, "low", 5, 1, 5])]),
      "#VALUE!",
      /row 2: f_min.*"low"/,
    );
    expectError(await callExcel("RFM.SEGMENT", [5, 5, 5, [["Top", 5, 5]]]), "#VALUE!", /7 columns.*got 3/);
    expectError(await callExcel("RFM.SEGMENT", [EMPTY, 5, 5]), "#VALUE!", /r is empty/);
    expectError(await callExcel("RFM.SEGMENT", [5, "high", 5]), "#VALUE!", /f must be a number/);
    expectError(await callExcel("RFM.SEGMENT", [0, 5, 5]), "#VALUE!", /R score must be between 1 and 9/);
    setDisplayLanguage("zh-CN");
    expectError(
      await callExcel("RFM.SEGMENT", [5, 5, 5, row(["X", 4, 2, 1, 5, 1, 5])]),
      "#VALUE!",
      /规则 rules第 2 行/,
    );
  });
});

describe("RFM.ACTION", () => {
  it("seed 003 policy by recency score, and by purchases in 6 months (> 5 monthly, < 2 bimonthly)", async () => {
    expect(await callExcel("RFM.ACTION", [5])).toBe("Send a catalogue and the points offer at once");
    expect(await callExcel("RFM.ACTION", [4, null])).toBe(
      "Send a catalogue and the points offer within a week",
    );
    for (const r of [1, 2, 3]) expect(await callExcel("RFM.ACTION", [r])).toBe("No follow-up mailing");
    expect(await callExcel("RFM.ACTION", [3, 6])).toBe("No follow-up mailing; Mail a catalogue every month");
    expect(await callExcel("RFM.ACTION", [3, 5])).toMatch(/; Usual mailing schedule/);
    expect(await callExcel("RFM.ACTION", [3, 1])).toMatch(/; Mail a catalogue every two months$/);
    expect(await callExcel("RFM.ACTION", [5, EMPTY])).toBe("Send a catalogue and the points offer at once");
    expect(await callExcel("RFM.ACTION", [5, EMPTY], { emptyAs: "" })).toBe(
      "Send a catalogue and the points offer at once",
    );
  });
  it("Chinese: the seed's own words", async () => {
    expect(await callExcel("RFM.ACTION", [5, null, "zh"])).toBe("立即寄送商品目录及奖励积分计划");
    expect(await callExcel("RFM.ACTION", [2, 0, "zh"])).toBe("不再追随邮寄；每两个月邮寄一次商品目录");
  });
  it("errors: empty r, text, r outside 1–5, negative purchases", async () => {
    expectError(await callExcel("RFM.ACTION", [EMPTY]), "#VALUE!", /r is empty/);
    expectError(await callExcel("RFM.ACTION", ["top"]), "#VALUE!", /r must be a number/);
    expectError(
      await callExcel("RFM.ACTION", [6]),
      "#VALUE!",
      /recency score \(5 bins\) must be between 1 and 5, got 6/,
    );
    expectError(await callExcel("RFM.ACTION", [5, -1]), "#VALUE!", /purchases in 6 months must be between 0/);
    expectError(await callExcel("RFM.ACTION", [5, "often"]), "#VALUE!", /purchases_6m must be a number/);
  });
});

describe("RFM.TABLE", () => {
  const ids = ["A", "B", "a ", "C", "B"];
  const dates = [45650, 45655, 45657, "2024-12-01", 45656];
  const amounts = [10, 5, 20, 7, -2];
  it("hand-computed table: header, one row per customer in order of first appearance", async () => {
    const r = (await callExcel("RFM.TABLE", [ids, dates, amounts, serial(2025, 1, 1)])) as Cell[][];
    // One layout with the pane's RFM report (src/reports/rfmRow.ts): RFM.TABLE's eleven columns, then
    // first purchase and tier, then (appended later, so saved column picks keep working) four more.
    expect(r[0]).toEqual([
      "Customer",
      "Last purchase",
      "Recency (days to 2025-01-01)",
      "Frequency",
      "Monetary",
      "R",
      "F",
      "M",
      "RFM code",
      "Segment",
      "Type",
      "First purchase",
      "Value tier",
      "Average order value",
      "Refunds",
      "Purchases in the last 6 months",
      "Follow-up (mailing policy)",
    ]);
    // 3 customers and a note: "a " was read as A (the id rule), and the table says so.
    expect(r).toHaveLength(5);
    expect(r[4]![0]).toBe(
      'Note: 1 id spelling was read as an existing customer (case and surrounding spaces are ignored, as MATCH does), e.g. "a " as A.',
    );
    // A: last 45657 (1 day), 2 purchases, 30; B: last purchase 45655 (3 days; the refund is not a purchase), 1, net 3;
    // C: 2024-12-01 = serial 45627 (31 days), 1, 7. Scores by COUNTIF over the 3 customers, 5 bins.
    const rec = [1, 3, 31];
    const freq = [2, 1, 1];
    const mon = [30, 3, 7];
    const rows = [
      ["A", 45657, 1, 2, 30],
      ["B", 45655, 3, 1, 3],
      ["C", serial(2024, 12, 1), 31, 1, 7],
    ];
    rows.forEach((row, i) => {
      const R = countifScore(rec[i]!, rec, 5, "R");
      const F = countifScore(freq[i]!, freq);
      const M = countifScore(mon[i]!, mon);
      expect(r[i + 1]!.slice(0, 9)).toEqual([...row, R, F, M, 100 * R + 10 * F + M]);
    });
    // R by COUNTIF ">": A 4 (2 of 3 worse), B 2, C 1; F: A 4. Segments: A R4 F4 → Loyal Customers;
    // B R2 F1 → Hibernating; C R1 F1 → Lost.
    // types against the means (rec 35/3, freq 4/3, mon 40/3): A high/high/high, B high/low/low, C low/low/low.
    expect(r.slice(1, 4).map((row) => row.slice(9, 11))).toEqual([
      ["Loyal Customers", "Important value"],
      ["Hibernating", "General development"],
      ["Lost", "General win-back"],
    ]);
    // First purchase: A 45650, B 45655 (its refund is not a purchase), C 2024-12-01.
    expect(r.slice(1, 4).map((row) => row[11])).toEqual([45650, 45655, serial(2024, 12, 1)]);
    // AOV = net spend ÷ purchases: A 30/2, B 3/1 (the refund is netted, not a purchase), C 7/1.
    // Refunds: B has one row < 0. Purchases in the last 6 months (all dates within 182 days of as-of).
    // Follow-up = RFM.ACTION(R, purchases in 6 months): R 4, 2, 1 and 2, 1, 1 purchases.
    const action = async (R: number, p: number) => await callExcel("RFM.ACTION", [R, p]);
    expect(r.slice(1, 4).map((row) => row.slice(13, 16))).toEqual([
      [15, 0, 2],
      [3, 1, 1],
      [7, 0, 1],
    ]);
    expect(r.slice(1, 4).map((row) => row[16])).toEqual([
      await action(4, 2),
      await action(2, 1),
      await action(1, 1),
    ]);
  });
  it("omitted as_of = the day after the latest date (stated in the header); bins and method; order ids", async () => {
    const r = (await callExcel("RFM.TABLE", [ids, dates, amounts])) as Cell[][];
    expect(r[0]![2]).toBe("Recency (days to 2025-01-01)"); // latest 45657 = 2024-12-31
    expect(r[1]![2]).toBe(1);
    const two = (await callExcel("RFM.TABLE", [ids, dates, amounts, null, 2, "rfm"])) as Cell[][];
    expect(two.slice(1, 4).every((row) => [5, 6, 7].every((j) => row[j] === 1 || row[j] === 2))).toBe(true);
    const orders = ["o1", "o2", "o1", "o3", "o4"]; // A's two rows are one order
    const byOrder = (await callExcel("RFM.TABLE", [
      ids,
      dates,
      amounts,
      null,
      null,
      null,
      orders,
    ])) as Cell[][];
    expect(byOrder[1]!.slice(0, 5)).toEqual(["A", 45657, 1, 1, 30]);
  });
  it("Chinese header and labels (lang, or the display language)", async () => {
    const r = (await callExcel("RFM.TABLE", [
      ids,
      dates,
      amounts,
      45658,
      null,
      null,
      null,
      "zh",
    ])) as Cell[][];
    expect(r[0]).toEqual([
      "客户",
      "最近一次购买",
      "最近消费间隔（至 2025-01-01 的天数）",
      "消费频率",
      "消费金额",
      "R",
      "F",
      "M",
      "RFM 代码",
      "细分",
      "客户类型",
      "首次购买",
      "价值层级",
      "平均订单金额",
      "退款次数",
      "近 6 个月购买次数",
      "跟进行动（邮寄策略）",
    ]);
    expect(r[1]!.slice(9, 11)).toEqual(["忠诚客户", "重要价值客户"]);
    setDisplayLanguage("zh-CN");
    expect(((await callExcel("RFM.TABLE", [ids, dates, amounts])) as Cell[][])[0]![0]).toBe("客户");
  });
  it("unusable rows: counted in a trailing Note row with the first row numbers; trailing blank rows ignored", async () => {
    const r = (await callExcel("RFM.TABLE", [
      ["A", EMPTY, "B", "C", "D", EMPTY],
      [45650, 45651, "soon", 45652, 45653, EMPTY],
      [10, 5, 6, "n/a", 4, EMPTY],
      45658,
    ])) as Cell[][];
    expect(r).toHaveLength(1 + 2 + 1); // header, A and D, note
    expect(r.slice(1, 3).map((row) => row[0])).toEqual(["A", "D"]);
    const note = r[3]!;
    expect(note).toHaveLength(17);
    expect(note.slice(1).every((c) => c === "")).toBe(true);
    expect(note[0]).toMatch(
      /^Note: 3 of 5 rows not used\. Row 2: Row has no customer id\. Row 3: "soon" is not a date.* Row 4: The amount "n\/a"/,
    );
    const zh = (await callExcel("RFM.TABLE", [
      ["A", EMPTY],
      [45650, 45651],
      [10, 5],
      null,
      null,
      null,
      null,
      "zh",
    ])) as Cell[][];
    expect(zh[2]![0]).toMatch(/^注：共 2 行中有 1 行未使用。第 2 行：该行没有客户编号/);
    const blanks = (await callExcel(
      "RFM.TABLE",
      [
        ["A", EMPTY],
        [45650, EMPTY],
        [10, EMPTY],
      ],
      { emptyAs: "" },
    )) as Cell[][];
    expect(blanks).toHaveLength(2); // no note: the blank row was past the data
  });
  it("errors: columns of different lengths, nothing usable, bad bins/method/as_of, purchase after as_of noted", async () => {
    expectError(
      await callExcel("RFM.TABLE", [["A", "B"], [45650], [1, 2]]),
      "#VALUE!",
      /dates has 1 rows but customer_ids has 2/,
    );
    expectError(
      await callExcel("RFM.TABLE", [
        [EMPTY, "x"],
        ["never", 45650],
        [1, "free"],
      ]),
      "#VALUE!",
      /No customer with a purchase/,
    );
    expectError(
      await callExcel("RFM.TABLE", [ids, dates, amounts, null, 12]),
      "#VALUE!",
      /bins must be between 2 and 9, got 12/,
    );
    expectError(
      await callExcel("RFM.TABLE", [ids, dates, amounts, null, null, "deciles"]),
      "#VALUE!",
      /method must be/,
    );
    expectError(
      await callExcel("RFM.TABLE", [ids, dates, amounts, "tomorrow"]),
      "#VALUE!",
      /as_of is not a date/,
    );
    expectError(await callExcel("RFM.TABLE", [ids, dates, EMPTY]), "#VALUE!", /amounts has 1 rows/);
    const early = (await callExcel("RFM.TABLE", [ids, dates, amounts, 45655])) as Cell[][];
    expect(early[early.length - 1]![0]).toMatch(/Note: 2 of 5 rows not used.*after the as-of date/);
  });

  describe("parity with the R package rfm 0.3.0 on its sample orders (data/rfm)", () => {
    const csv = Papa.parse<Record<string, string>>(readReferenceData("rfm/rfm_data_orders.csv"), {
      header: true,
      skipEmptyLines: true,
    }).data;
    const counts = (table: Cell[][], col: number) => {
      const c = [0, 0, 0, 0, 0];
      for (const row of table.slice(1)) c[(row[col] as number) - 1]!++;
      return c;
    };
    it('as_of 2006-12-31 (the core\'s test date), 5 bins, method "rfm": published F and M counts', async () => {
      expect(csv).toHaveLength(4906);
      const t = (await callExcel("RFM.TABLE", [
        csv.map((r) => r.customer_id),
        csv.map((r) => r.order_date),
        csv.map((r) => Number(r.revenue)),
        "2006-12-31",
        5,
        "rfm",
      ])) as Cell[][];
      expect(t).toHaveLength(1 + 995); // no note row: every order is used
      expect(t[0]![2]).toBe("Recency (days to 2006-12-31)");
      expect(counts(t, 6)).toEqual([268, 187, 176, 244, 120]);
      expect(counts(t, 7)).toEqual([200, 200, 198, 202, 195]);
      // R: rfm 0.3.0's code re-run in R 4 by the core's author (test/core/rfm/rfmPackage.test.ts), not published.
      expect(counts(t, 5)).toEqual([197, 200, 199, 199, 200]);
      // RFM.SCORES on the table's own F column gives the same F scores.
      const f = column(await callExcel("RFM.SCORES", [t.slice(1).map((row) => row[3]), 5, "F", "rfm"]));
      expect(f).toEqual(t.slice(1).map((row) => row[6]));
    });
  });
});

describe("date arguments say why a date is refused", () => {
  it("as_of = serial 60 (Excel's fictitious 1900-02-29) names the reason", async () => {
    expectError(
      await callExcel("RFM.RECENCY", [61, 60]),
      "#VALUE!",
      /as_of is not a date: 60\. .*1900-02-29/,
    );
  });
});

describe("RFM.TABLE: date_system, date_order, amounts as text, error cells (issue 9)", () => {
  const ids = ["A", "B", "a ", "C", "B"];
  const dates = [45600, 45610, 45650, 45655, 45657];
  const amounts = [10, 5, 20, 7, 3];
  it("date_system 1904: serials − 1462 (and as_of) give the same table", async () => {
    const base = await callExcel("RFM.TABLE", [ids, dates, amounts, 45658]);
    const mac = await callExcel("RFM.TABLE", [
      ids,
      dates.map((d) => d - 1462),
      amounts,
      45658 - 1462,
      null,
      null,
      null,
      null,
      1904,
    ]);
    // The same table; its last- and first-purchase dates are written as the 1904 workbook's own serials.
    const back = (mac as Cell[][]).map((r) =>
      typeof r[1] === "number"
        ? [r[0], r[1] + 1462, ...r.slice(2, 11), (r[11] as number) + 1462, ...r.slice(12)]
        : r,
    );
    expect(back).toEqual(base);
  });
  it("date_order: inferred from the column (31/12/2024 is day-first), or given", async () => {
    const ymd = (d: number) => new Date((d - 25569) * 86400000).toISOString().slice(0, 10).split("-");
    const text = dates.map((d) => ymd(d).reverse().join("/")); // dd/mm/yyyy; 45657 is 30/12/2024
    const t = (await callExcel("RFM.TABLE", [ids, text, amounts, 45658])) as Cell[][];
    expect(t).toEqual(await callExcel("RFM.TABLE", [ids, dates, amounts, 45658]));
    const us = dates.map((d) => {
      const [y, m, day] = ymd(d);
      return `${m}/${day}/${y}`;
    });
    expect(
      await callExcel("RFM.TABLE", [ids, us, amounts, 45658, null, null, null, null, null, "mdy"]),
    ).toEqual(t);
    expectError(
      await callExcel("RFM.TABLE", [ids, dates, amounts, null, null, null, null, null, null, "dym"]),
      "#VALUE!",
      /date_order must be one of "ymd", "mdy", "dmy"/,
    );
  });
  it("amounts typed as text are read; an Excel error cell is a row not used, never a customer", async () => {
    const base = await callExcel("RFM.TABLE", [ids, dates, amounts, 45658]);
    const text = await callExcel("RFM.TABLE", [ids, dates, ["10", "$5.00", "¥20", "7 元", "USD 3"], 45658]);
    expect(text).toEqual(base);
    const err = (await callExcel("RFM.TABLE", [
      [...ids, { excelError: "#N/A" }],
      [...dates, 45657],
      [...amounts, 1],
      45658,
    ])) as Cell[][];
    expect(err.map((r) => r[0])).not.toContain("#N/A");
    expect(err[err.length - 1]![0]).toMatch(
      /^Note: 1 of 6 rows not used\. Row 6: The customer id cell holds the Excel error #N\/A/,
    );
  });
});

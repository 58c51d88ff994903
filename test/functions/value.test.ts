import fc from "fast-check";
import { callExcel, EMPTY, expectError, setDisplayLanguage } from "./harness";
import { expectClose } from "../helpers/tolerance";

fc.configureGlobal({ seed: 20261201 });
afterEach(() => setDisplayLanguage("en-US"));

/** Excel's documented NPV: Σ value_i / (1 + rate)^i, i = 1…n, written out term by term. */
function excelNpv(rate: number, values: number[]): number {
  let sum = 0;
  values.forEach((v, k) => {
    sum += v / Math.pow(1 + rate, k + 1);
  });
  return sum;
}

describe("CLV.NPV", () => {
  const shapes: [string, number[], number][] = [
    ["growing", [100, 200, 300, 400, 500], 0.1],
    ["declining", [500, 400, 300, 200, 100], 0.08],
    ["negative first flow", [-1000, 300, 400, 500, 200], 0.12],
    ["zeros inside", [0, 0, 100, 0, 50], 0.05],
    ["single value", [250], 0.1],
    ["rate 0", [1, 2, 3, 4], 0],
    ["negative rate", [100, 100, 100], -0.2],
  ];
  it.each(shapes)("%s equals Excel's NPV definition", async (_, flows, rate) => {
    const r = (await callExcel("CLV.NPV", [flows, rate])) as number;
    expectClose(r, excelNpv(rate, flows), 1e-9 * Math.max(1, Math.abs(excelNpv(rate, flows))));
  });
  it("Excel's NPV help example: =NPV(10%, -10000, 3000, 4200, 6800) = 1,188.44", async () => {
    expectClose((await callExcel("CLV.NPV", [[-10000, 3000, 4200, 6800], 0.1])) as number, 1188.44, 0.005);
    expectClose(
      (await callExcel("CLV.NPV", [[[-10000, 3000, 4200, 6800]], "10%"])) as number,
      1188.44,
      0.005,
    ); // one row
  });
  it("blank cells are skipped as Excel's NPV skips them: later flows move one period earlier", async () => {
    const expected = excelNpv(0.1, [100, 200, 300]);
    expectClose((await callExcel("CLV.NPV", [[100, EMPTY, 200, EMPTY, 300], 0.1])) as number, expected, 1e-9);
    expectClose(
      (await callExcel("CLV.NPV", [[100, EMPTY, 200, EMPTY, 300], 0.1], { emptyAs: "" })) as number,
      expected,
      1e-9,
    );
    // When Excel sends 0 for a blank, it is a zero flow (a period) — indistinguishable from a real 0.
    expectClose(
      (await callExcel("CLV.NPV", [[100, EMPTY, 200], 0.1], { emptyAs: 0 })) as number,
      excelNpv(0.1, [100, 0, 200]),
      1e-9,
    );
  });
  it("Excel's range rule: text, even numeric text, and TRUE/FALSE are ignored and take no period", async () => {
    // Excel: =NPV(10%, {100;"50";100}) = 173.554 = 100/1.1 + 100/1.1² (the "50" is not a flow).
    const r = (await callExcel("CLV.NPV", [[100, "50", 100], 0.1])) as number;
    expectClose(r, 100 / 1.1 + 100 / 1.21, 1e-9);
    expect(r.toFixed(3)).toBe("173.554");
    expectClose((await callExcel("CLV.NPV", [[[100, "50", 100]], "10%"])) as number, 173.5537190082645, 1e-9);
    expectClose(
      (await callExcel("CLV.NPV", [[100, "n/a", true, EMPTY, false, " 7 ", 200, "45%"], 0.05])) as number,
      excelNpv(0.05, [100, 200]),
      1e-9,
    );
    // a value typed directly arrives as a one-cell array (Excel shapes a matrix argument so): ignored too
    expectError(await callExcel("CLV.NPV", ["50", 0.1]), "#VALUE!", /no number.*"50"/);
  });
  it("property: equals the NPV definition over the numbers of any mixed range", async () => {
    const cellArb = fc.oneof(
      fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      fc.integer({ min: -1000, max: 1000 }).map(String),
      fc.constantFrom("n/a", "", " ", "1e3", "12.5%", true, false, EMPTY),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(cellArb, { minLength: 1, maxLength: 30 }),
        fc.double({ min: -0.5, max: 1, noNaN: true }),
        async (cells, rate) => {
          const numbers = cells.filter((c): c is number => typeof c === "number");
          const r = await callExcel("CLV.NPV", [cells, rate]);
          if (numbers.length === 0) {
            expectError(r, "#VALUE!", /no number/);
            return;
          }
          const expected = excelNpv(rate, numbers);
          const scale = excelNpv(rate, numbers.map(Math.abs)); // Σ|P(t)|/(1+rate)^t, rate > −1
          expectClose(r as number, expected, 1e-12 * Math.max(1, scale));
        },
      ),
    );
  });
  it("an error value in the range is returned, not hidden", async () => {
    const na = new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, "the lookup found no value");
    expectError(await callExcel("CLV.NPV", [[100, na, 200], 0.1]), "#N/A");
  });
  it("rate −1 is #NUM!; a missing or text rate is #VALUE!; an all-blank range is #VALUE!", async () => {
    expectError(await callExcel("CLV.NPV", [[100, 200], -1]), "#NUM!", /−1/);
    expectError(await callExcel("CLV.NPV", [[100, 200], EMPTY]), "#VALUE!", /rate is empty/);
    expectError(await callExcel("CLV.NPV", [[100, 200], "ten"]), "#VALUE!", /rate must be a number/);
    expectError(await callExcel("CLV.NPV", [[EMPTY, EMPTY], 0.1]), "#VALUE!", /no number/);
  });
  it("a block of several rows and columns is refused", async () => {
    expectError(
      await callExcel("CLV.NPV", [
        [
          [1, 2],
          [3, 4],
        ],
        0.1,
      ]),
      "#VALUE!",
      /one column or one row/,
    );
  });
  it("messages follow the display language", async () => {
    setDisplayLanguage("zh-CN");
    expectError(await callExcel("CLV.NPV", [[100], -1]), "#NUM!", /折现率为 −1/);
  });
});

describe("CLV.PROFIT", () => {
  it("revenue minus the four costs (hand-computed)", async () => {
    expect(await callExcel("CLV.PROFIT", [1000, 200, 100, 50, 25])).toBe(625);
    expect(await callExcel("CLV.PROFIT", [-50, 10])).toBe(-60);
  });
  it("omitted and empty costs are 0", async () => {
    expect(await callExcel("CLV.PROFIT", [1000])).toBe(1000);
    expect(await callExcel("CLV.PROFIT", [1000, EMPTY, 100])).toBe(900);
    expect(await callExcel("CLV.PROFIT", [1000, EMPTY, 100], { emptyAs: "" })).toBe(900);
  });
  it("empty revenue, text, negative cost are #VALUE!", async () => {
    expectError(await callExcel("CLV.PROFIT", [EMPTY, 10]), "#VALUE!", /revenue is empty/);
    expectError(await callExcel("CLV.PROFIT", [1000, "lots"]), "#VALUE!", /acquisition must be a number/);
    expectError(await callExcel("CLV.PROFIT", [1000, 0, -5]), "#VALUE!", /development cost must be ≥ 0/);
  });
});

describe("CLV.RETENTION", () => {
  /** Σ_{t=1..T} m·r^t/(1+d)^t − AC, summed term by term. */
  const sum = (m: number, r: number, d: number, T: number, ac = 0) => {
    let s = 0;
    for (let t = 1; t <= T; t++) s += (m * Math.pow(r, t)) / Math.pow(1 + d, t);
    return s - ac;
  };
  it("finite horizon equals the term-by-term sum", async () => {
    expectClose(
      (await callExcel("CLV.RETENTION", [100, 0.8, 0.1, 5, 30])) as number,
      sum(100, 0.8, 0.1, 5, 30),
      1e-9,
    );
    expectClose((await callExcel("CLV.RETENTION", [100, 1, 0, 4])) as number, 400, 1e-12);
  });
  it("omitted or empty periods = infinite horizon: the limit of the sum, m·r/(1+d−r)", async () => {
    const r = (await callExcel("CLV.RETENTION", [100, 0.8, 0.1])) as number;
    expectClose(r, sum(100, 0.8, 0.1, 2000), 1e-9);
    expectClose(r, 800 / 3, 1e-9);
    expect(await callExcel("CLV.RETENTION", [100, 0.8, 0.1, EMPTY])).toBe(r);
    expect(await callExcel("CLV.RETENTION", [100, 0.8, 0.1, EMPTY], { emptyAs: "" })).toBe(r);
    expectClose((await callExcel("CLV.RETENTION", [100, "80%", "10%", null, 50])) as number, r - 50, 1e-9);
  });
  it("out-of-range values are #VALUE!, divergence is #NUM!", async () => {
    expectError(
      await callExcel("CLV.RETENTION", [100, 1.2, 0.1]),
      "#VALUE!",
      /retention rate must be between 0 and 1/,
    );
    expectError(await callExcel("CLV.RETENTION", [100, 0.8, 0.1, 2.5]), "#VALUE!", /whole number/);
    expectError(await callExcel("CLV.RETENTION", [100, 0.8, 0.1, 0]), "#VALUE!", /number of periods/);
    expectError(await callExcel("CLV.RETENTION", [100, 1, 0]), "#NUM!", /never converges/);
    expectError(await callExcel("CLV.RETENTION", ["x", 0.8, 0.1]), "#VALUE!", /margin must be a number/);
    expectError(await callExcel("CLV.RETENTION", [100, EMPTY, 0.1]), "#VALUE!", /retention is empty/);
  });
});

describe("CLV.SHARE", () => {
  it("our spend ÷ total spend", async () => {
    expect(await callExcel("CLV.SHARE", [300, 1200])).toBe(0.25);
    expect(await callExcel("CLV.SHARE", ["300", 300])).toBe(1);
  });
  it("empty, text, zero total, ours above total", async () => {
    expectError(await callExcel("CLV.SHARE", [EMPTY, 1200]), "#VALUE!", /our_spend is empty/);
    expectError(
      await callExcel("CLV.SHARE", [300, EMPTY], { emptyAs: "" }),
      "#VALUE!",
      /total_spend is empty/,
    );
    expectError(await callExcel("CLV.SHARE", [300, "all"]), "#VALUE!", /total_spend must be a number/);
    expectError(await callExcel("CLV.SHARE", [0, 0]), "#NUM!", /total spend is 0/);
    expectError(await callExcel("CLV.SHARE", [1300, 1200]), "#VALUE!", /exceeds/);
  });
});

describe("VALUE.DELIVERED", () => {
  it("Σ benefits − Σ costs from ranges or numbers (hand-computed)", async () => {
    expect(
      await callExcel("VALUE.DELIVERED", [
        [60, 20, 10, 10],
        [50, 10, 5, 5],
      ]),
    ).toBe(30);
    expect(await callExcel("VALUE.DELIVERED", [100, 70])).toBe(30);
    expect(await callExcel("VALUE.DELIVERED", [[[60, 20, 10, 10]], 120])).toBe(-20);
  });
  it("measure: omitted = difference; ratio = value ÷ cost", async () => {
    expect(await callExcel("VALUE.DELIVERED", [100, 80, EMPTY])).toBe(20);
    expectClose(
      (await callExcel("VALUE.DELIVERED", [[60, 20, 10, 10], 70, "ratio"])) as number,
      100 / 70,
      1e-15,
    );
    expect(await callExcel("VALUE.DELIVERED", [100, 80, "比值"])).toBe(1.25);
    expectError(await callExcel("VALUE.DELIVERED", [100, 0, "ratio"]), "#NUM!", /cost is 0/);
    expectError(
      await callExcel("VALUE.DELIVERED", [100, 80, "percent"]),
      "#VALUE!",
      /measure must be one of/,
    );
  });
  it("blank components are skipped; text and negatives are #VALUE!", async () => {
    expect(
      await callExcel("VALUE.DELIVERED", [
        [60, EMPTY, 40],
        [EMPTY, 30],
      ]),
    ).toBe(70);
    expect(
      await callExcel(
        "VALUE.DELIVERED",
        [
          [60, EMPTY, 40],
          [EMPTY, 30],
        ],
        { emptyAs: "" },
      ),
    ).toBe(70);
    expectError(
      await callExcel("VALUE.DELIVERED", [[60, "good"], 30]),
      "#VALUE!",
      /benefits: item 2.*"good"/,
    );
    expectError(
      await callExcel("VALUE.DELIVERED", [
        [60, 40],
        [30, -5],
      ]),
      "#VALUE!",
      /item 2 is -5/,
    );
    expectError(await callExcel("VALUE.DELIVERED", [[EMPTY], 30]), "#VALUE!", /empty/);
  });
});

/**
 * Independent reference for the pyramid, the Excel formula the core documents:
 * =MATCH(COUNTIF(values,">"&v)/COUNT(values), {0,0.05,0.2,0.5}) → 1 Platinum … 4 Lead.
 */
function excelTier(v: number, values: number[]): string {
  const share = values.filter((x) => x > v).length / values.length;
  const breaks = [0, 0.05, 0.2, 0.5];
  let m = 0;
  breaks.forEach((b, i) => {
    if (b <= share) m = i;
  });
  return ["Platinum", "Gold", "Iron", "Lead"][m] as string;
}

/** Deterministic pseudo-random integers 1…15 with many ties (fixed seed). */
function sample(n: number, seed = 7): number[] {
  let s = seed;
  return Array.from({ length: n }, () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return 1 + (s % 15);
  });
}

describe("VALUE.TIER", () => {
  it("matches the COUNTIF/MATCH rule on 1…20 and on a tied sample", async () => {
    const one20 = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(await callExcel("VALUE.TIER", [20, one20])).toBe("Platinum");
    expect(await callExcel("VALUE.TIER", [17, one20])).toBe("Gold");
    expect(await callExcel("VALUE.TIER", [11, one20])).toBe("Iron");
    expect(await callExcel("VALUE.TIER", [10, one20])).toBe("Lead");
    const pop = sample(40);
    for (const v of [1, 5, 9, 12, 14, 15])
      expect(await callExcel("VALUE.TIER", [v, pop])).toBe(excelTier(v, pop));
  });
  it("cuts, label sets and languages", async () => {
    const pop = [10, 50, 20, 40, 30];
    expect(await callExcel("VALUE.TIER", [40, pop, [0.2, 0.2, 0.2]])).toBe("Gold");
    expect(await callExcel("VALUE.TIER", [40, pop, [[0.2, 0.2, 0.2]], "vip"])).toBe("Major customer");
    expect(await callExcel("VALUE.TIER", [10, pop, null, null, "zh"])).toBe("铅质");
    expect(await callExcel("VALUE.TIER", [50, pop, null, "VIP", "zh"])).toBe("VIP客户");
    // the old name of saved workbooks still works (no longer documented)
    expect(await callExcel("VALUE.TIER", [40, pop, [[0.2, 0.2, 0.2]], "seed002"])).toBe("Major customer");
    expect(await callExcel("VALUE.TIER", [50, pop, null, "SEED 002", "zh"])).toBe("VIP客户");
    setDisplayLanguage("zh-CN");
    expect(await callExcel("VALUE.TIER", [30, pop])).toBe("铁质");
  });
  it("omitted or blank cuts/labels use the defaults; blank population cells are skipped", async () => {
    const pop = [10, 50, 20, 40, 30];
    expect(await callExcel("VALUE.TIER", [45, pop, EMPTY, EMPTY])).toBe("Iron");
    expect(await callExcel("VALUE.TIER", [45, pop, EMPTY, EMPTY], { emptyAs: "" })).toBe("Iron");
    expect(await callExcel("VALUE.TIER", [50, [EMPTY, 50, 20, EMPTY]])).toBe("Platinum");
  });
  it("empty value, text, bad cuts, unknown label set", async () => {
    const pop = [10, 50, 20, 40, 30];
    expectError(await callExcel("VALUE.TIER", [EMPTY, pop]), "#VALUE!", /value is empty/);
    expectError(await callExcel("VALUE.TIER", ["big", pop]), "#VALUE!", /value must be a number/);
    expectError(await callExcel("VALUE.TIER", [10, [10, "x"]]), "#VALUE!", /population: item 2/);
    expectError(await callExcel("VALUE.TIER", [10, pop, [0.5, 0.5]]), "#VALUE!", /three tier widths/);
    expectError(await callExcel("VALUE.TIER", [10, pop, [0.5, 0.4, 0.3]]), "#VALUE!", /more than 1/);
    expectError(
      await callExcel("VALUE.TIER", [10, pop, null, "gems"]),
      "#VALUE!",
      /labels must be one of "metal", "vip", got "gems"/,
    );
    expectError(await callExcel("VALUE.TIER", [10, pop, null, null, "fr"]), "#VALUE!", /lang/);
  });
});

describe("VALUE.TIERS", () => {
  it("spills one column aligned with the input, no header, same as VALUE.TIER per cell", async () => {
    const pop = sample(60, 11);
    const r = (await callExcel("VALUE.TIERS", [pop])) as string[][];
    expect(r).toHaveLength(60); // no header row
    expect(r.every((row) => row.length === 1)).toBe(true);
    expect(r.map((row) => row[0])).toEqual(pop.map((v) => excelTier(v, pop)));
  });
  it('blank input cells give blank labels in place (null or "")', async () => {
    const col = [10, EMPTY, 9, 8, 7, 6, EMPTY, 5, 4, 3, 2, 1];
    const expected = [
      ["Platinum"],
      [""],
      ["Gold"],
      ["Iron"],
      ["Iron"],
      ["Iron"],
      [""],
      ["Lead"],
      ["Lead"],
      ["Lead"],
      ["Lead"],
      ["Lead"],
    ];
    expect(await callExcel("VALUE.TIERS", [col])).toEqual(expected);
    expect(await callExcel("VALUE.TIERS", [col], { emptyAs: "" })).toEqual(expected);
  });
  it("a row of values spills a row; label set, cuts and lang", async () => {
    expect(await callExcel("VALUE.TIERS", [[[3, 1, 2]], [0.33, 0.33, 0.34], "vip", "zh"])).toEqual([
      ["VIP客户", "普通客户", "主要客户"],
    ]);
    expect(await callExcel("VALUE.TIERS", [[3, 1, 2], null, null, "en"])).toEqual([
      ["Platinum"],
      ["Lead"],
      ["Iron"],
    ]);
  });
  it("text, all blank, bad cuts are #VALUE!", async () => {
    expectError(await callExcel("VALUE.TIERS", [[1, EMPTY, "abc"]]), "#VALUE!", /values: item 3.*"abc"/);
    expectError(await callExcel("VALUE.TIERS", [[EMPTY, EMPTY]]), "#VALUE!", /empty/);
    expectError(
      await callExcel("VALUE.TIERS", [
        [1, 2],
        [-0.1, 0.2, 0.3],
      ]),
      "#VALUE!",
      /between 0 and 1/,
    );
  });
});

describe("VALUE.PARETO", () => {
  const v = [100, 50, 20, 10, 10, 5, 2, 1, 1, 1];
  it("top 20% by default; the top share of a sorted sum (hand-computed)", async () => {
    expect(await callExcel("VALUE.PARETO", [v])).toBe(150 / 200);
    expect(await callExcel("VALUE.PARETO", [v, EMPTY])).toBe(150 / 200);
    expect(await callExcel("VALUE.PARETO", [[...v].reverse(), "10%"])).toBe(100 / 200);
    expect(await callExcel("VALUE.PARETO", [v, 0.25])).toBe(160 / 200); // 2.5 customers: 150 + ½·20
    expect(await callExcel("VALUE.PARETO", [v, 1])).toBe(1);
  });
  it("blank cells are skipped; text and out-of-range shares are #VALUE!; all zero is #NUM!", async () => {
    expect(await callExcel("VALUE.PARETO", [[100, EMPTY, 0, 0, 0, 0], 0.2], { emptyAs: "" })).toBe(1);
    expectError(await callExcel("VALUE.PARETO", [[100, "x"]]), "#VALUE!", /values: item 2/);
    expectError(await callExcel("VALUE.PARETO", [v, 20]), "#VALUE!", /between 0 and 1/);
    expectError(await callExcel("VALUE.PARETO", [v, 0]), "#VALUE!", /above 0/);
    expectError(await callExcel("VALUE.PARETO", [[100, -5]]), "#VALUE!", /≥ 0/);
    expectError(await callExcel("VALUE.PARETO", [[0, 0]]), "#NUM!", /All values are 0/);
  });
});

describe("VALUE.GRID", () => {
  // As typed on the sheet: top row = highest credit (y), columns = loyalty (x) low → high.
  const grid = [
    ["C-low", "C-mid", "C-high"],
    ["B-low", "B-mid", "B-high"],
    ["A-low", "A-mid", "A-high"],
  ];
  const xCuts = [3, 7];
  const yCuts = [40, 70];
  it("top row is the highest y band, left column the lowest x band", async () => {
    expect(await callExcel("VALUE.GRID", [1, 10, xCuts, yCuts, grid])).toBe("A-low");
    expect(await callExcel("VALUE.GRID", [9, 10, xCuts, yCuts, grid])).toBe("A-high");
    expect(await callExcel("VALUE.GRID", [1, 90, xCuts, yCuts, grid])).toBe("C-low");
    expect(await callExcel("VALUE.GRID", [5, 50, xCuts, yCuts, grid])).toBe("B-mid");
  });
  it("a value equal to a cut goes to the upper band; cuts may be a row; numbers come back as numbers", async () => {
    expect(await callExcel("VALUE.GRID", [3, 40, [[3, 7]], [[40, 70]], grid])).toBe("B-mid");
    expect(await callExcel("VALUE.GRID", [7, 70, xCuts, yCuts, grid])).toBe("C-high");
    const scores = [
      [3, 4],
      [1, 2],
    ];
    expect(await callExcel("VALUE.GRID", [0, 100, [5], [50], scores])).toBe(3);
  });
  it("blank cut cells are skipped; text values, blank labels, wrong shapes are #VALUE!", async () => {
    expect(await callExcel("VALUE.GRID", [5, 50, [3, EMPTY, 7], yCuts, grid], { emptyAs: "" })).toBe("B-mid");
    expectError(await callExcel("VALUE.GRID", [EMPTY, 50, xCuts, yCuts, grid]), "#VALUE!", /x is empty/);
    expectError(
      await callExcel("VALUE.GRID", [5, "high", xCuts, yCuts, grid]),
      "#VALUE!",
      /y must be a number/,
    );
    const holed = [
      ["C-low", "C-mid", "C-high"],
      ["B-low", EMPTY, "B-high"],
      ["A-low", "A-mid", "A-high"],
    ];
    expectError(await callExcel("VALUE.GRID", [5, 50, xCuts, yCuts, holed]), "#VALUE!", /row 2, column 2/);
    expectError(
      await callExcel("VALUE.GRID", [5, 50, xCuts, [70], grid]),
      "#VALUE!",
      /2 rows \(y bands\) × 3 columns/,
    );
    expectError(await callExcel("VALUE.GRID", [5, 50, [7, 3], yCuts, grid]), "#VALUE!", /strictly ascending/);
  });
  it("the position of a blank label is the sheet's (top row = row 1)", async () => {
    const holed = [
      [EMPTY, "C-mid", "C-high"],
      ["B-low", "B-mid", "B-high"],
      ["A-low", "A-mid", "A-high"],
    ];
    expectError(await callExcel("VALUE.GRID", [5, 50, xCuts, yCuts, holed]), "#VALUE!", /row 1, column 1/);
    setDisplayLanguage("zh-CN");
    expectError(await callExcel("VALUE.GRID", [5, 50, xCuts, yCuts, holed]), "#VALUE!", /第 1 行第 1 列为空/);
  });
});

import { callExcel, EMPTY, expectError, setDisplayLanguage } from "./harness";
import { expectClose } from "../helpers/tolerance";

afterEach(() => setDisplayLanguage("en-US"));

describe("CSAT.RATIO", () => {
  it("=CSAT.RATIO(4,5) → 0.8 (Kotler c = b/a, hand-computed)", async () => {
    expect(await callExcel("CSAT.RATIO", [4, 5])).toBe(0.8);
    expectClose((await callExcel("CSAT.RATIO", [6, 5])) as number, 1.2, 1e-15);
  });
  it("=CSAT.RATIO(4,0) → #NUM! with a message", async () => {
    expectError(await callExcel("CSAT.RATIO", [4, 0]), "#NUM!", /expected value is 0/);
  });
  it("text numbers are read; other text is #VALUE! naming the argument", async () => {
    expect(await callExcel("CSAT.RATIO", ["4", " 5 "])).toBe(0.8);
    expectError(await callExcel("CSAT.RATIO", ["four", 5]), "#VALUE!", /perceived must be a number.*"four"/);
  });
  it('empty cells are #VALUE! (null or ""), or read as 0 when Excel sends 0', async () => {
    expectError(await callExcel("CSAT.RATIO", [EMPTY, 5]), "#VALUE!", /perceived is empty/);
    expectError(await callExcel("CSAT.RATIO", [4, EMPTY], { emptyAs: "" }), "#VALUE!", /expected is empty/);
    expectError(await callExcel("CSAT.RATIO", [4, EMPTY], { emptyAs: 0 }), "#NUM!");
  });
  it("negative values are #VALUE!", async () => {
    expectError(await callExcel("CSAT.RATIO", [4, -5]), "#VALUE!", /≥ 0/);
  });
  it("a range in a scalar argument is lifted cell by cell, as Excel does", async () => {
    expect(await callExcel("CSAT.RATIO", [[[4], [5], [0]], 5])).toEqual([[0.8], [1], [0]]);
    expect(await callExcel("CSAT.RATIO", [[[4], [5]], 0])).toEqual([["#NUM!"], ["#NUM!"]]);
  });
  it("messages follow Office's display language", async () => {
    setDisplayLanguage("zh-CN");
    expectError(await callExcel("CSAT.RATIO", [4, 0]), "#NUM!", /期望价值为 0/);
  });
});

describe("CSAT.LEVEL", () => {
  it("labels around c = 1 with the default ±5% tolerance (omitted argument = null)", async () => {
    expect(await callExcel("CSAT.LEVEL", [4, 5])).toBe("Dissatisfied");
    expect(await callExcel("CSAT.LEVEL", [5.2, 5])).toBe("Satisfied");
    expect(await callExcel("CSAT.LEVEL", [6, 5])).toBe("Delighted");
  });
  it("tolerance and language arguments", async () => {
    expect(await callExcel("CSAT.LEVEL", [5.2, 5, 0.01])).toBe("Delighted");
    expect(await callExcel("CSAT.LEVEL", [6, 5, null, "zh"])).toBe("十分满意");
    expect(await callExcel("CSAT.LEVEL", [4, 5, EMPTY, "中文"])).toBe("不满意");
    setDisplayLanguage("zh-CN");
    expect(await callExcel("CSAT.LEVEL", [5, 5])).toBe("比较满意");
    expect(await callExcel("CSAT.LEVEL", [5, 5, null, "en"])).toBe("Satisfied");
  });
  it("bad tolerance, bad language, bad values", async () => {
    expectError(await callExcel("CSAT.LEVEL", [4, 5, 1.5]), "#VALUE!", /tolerance/i);
    expectError(await callExcel("CSAT.LEVEL", [4, 5, "wide"]), "#VALUE!", /tolerance must be a number/);
    expectError(await callExcel("CSAT.LEVEL", [4, 5, null, "fr"]), "#VALUE!", /lang/);
    expectError(await callExcel("CSAT.LEVEL", [4, 0]), "#NUM!");
    expectError(await callExcel("CSAT.LEVEL", ["x", 5]), "#VALUE!");
  });
});

describe("CSAT.NPS", () => {
  it("% promoters − % detractors over a range (hand-computed)", async () => {
    expect(await callExcel("CSAT.NPS", [[10, 9, 8, 7, 6, 0]])).toBe(0);
    expect(
      await callExcel("CSAT.NPS", [
        [
          [10, 10],
          [9, 3],
        ].flat(),
      ]),
    ).toBe(50);
    expect(await callExcel("CSAT.NPS", [[[10, 10, 9, 3]]])).toBe(50); // one row
  });
  it("blank cells are skipped, as AVERAGE does", async () => {
    expect(await callExcel("CSAT.NPS", [[10, EMPTY, 0, EMPTY]])).toBe(0);
    expect(await callExcel("CSAT.NPS", [[10, EMPTY, 9]], { emptyAs: "" })).toBe(100);
  });
  it("a single value is a one-cell range", async () => {
    expect(await callExcel("CSAT.NPS", [9])).toBe(100);
  });
  it("empty range, text, out-of-scale and 2-D blocks give #VALUE! with the position", async () => {
    expectError(await callExcel("CSAT.NPS", [[EMPTY, EMPTY]]), "#VALUE!", /no responses/);
    expectError(await callExcel("CSAT.NPS", [[10, "great", 3]]), "#VALUE!", /item 2.*"great"/);
    expectError(await callExcel("CSAT.NPS", [[10, 11]]), "#VALUE!", /0 to 10/);
    expectError(
      await callExcel("CSAT.NPS", [
        [
          [10, 9],
          [8, 7],
        ],
      ]),
      "#VALUE!",
      /one column or one row/,
    );
  });
});

describe("CSAT.SCORE", () => {
  it("top-2-box share on 1–5 by default (hand count: 3 of 5 answered 4 or 5)", async () => {
    expect(await callExcel("CSAT.SCORE", [[5, 4, 3, 5, 2]])).toBe(0.6);
    expect(await callExcel("CSAT.SCORE", [[[5, 4, 3, 5, 2]]])).toBe(0.6); // one row
    // the threshold is exactly scale_max − top_boxes + 1: 3 is not in the top 2 of 1–5
    expect(await callExcel("CSAT.SCORE", [[3, 3, 3, 4]])).toBe(0.25);
  });
  it("scale and top-box arguments (top-3 of 0–10 = 8, 9, 10; top-1 of 1–5 = 5)", async () => {
    expect(await callExcel("CSAT.SCORE", [[10, 9, 8, 7, 0], 10, 3, 0])).toBe(0.6);
    expect(await callExcel("CSAT.SCORE", [[5, 4, 3, 5, 2], null, 1])).toBe(0.4);
    expect(await callExcel("CSAT.SCORE", [[7, 6, 5, 1], 7])).toBe(0.5); // 1–7 scale, top 2 = 6, 7
  });
  it('blank cells are skipped (null or ""); text numbers are read', async () => {
    expect(await callExcel("CSAT.SCORE", [[5, EMPTY, 1, EMPTY]])).toBe(0.5);
    expect(await callExcel("CSAT.SCORE", [[5, EMPTY, 1]], { emptyAs: "" })).toBe(0.5);
    expect(await callExcel("CSAT.SCORE", [["5", " 4 ", 1, 2]])).toBe(0.5);
    expect(await callExcel("CSAT.SCORE", [[5, 4], EMPTY, EMPTY])).toBe(1); // empty optional cells = defaults
  });
  it("text, off-scale answers, bad scale arguments and no answers give #VALUE!", async () => {
    expectError(await callExcel("CSAT.SCORE", [[5, "good", 3]]), "#VALUE!", /item 2.*"good"/);
    expectError(
      await callExcel("CSAT.SCORE", [[5, 6]]),
      "#VALUE!",
      /Answer 2 must be a whole number from 1 to 5/,
    );
    expectError(await callExcel("CSAT.SCORE", [[5, 0]]), "#VALUE!", /from 1 to 5/); // 0 needs scale_min 0
    expectError(await callExcel("CSAT.SCORE", [[4.5]]), "#VALUE!", /whole number/);
    expectError(await callExcel("CSAT.SCORE", [[5, 4], null, 5]), "#VALUE!", /top boxes/);
    expectError(await callExcel("CSAT.SCORE", [[5, 4], "five"]), "#VALUE!", /scale_max must be a number/);
    expectError(await callExcel("CSAT.SCORE", [[EMPTY, EMPTY]]), "#VALUE!", /no answers/);
    setDisplayLanguage("zh-CN");
    expectError(await callExcel("CSAT.SCORE", [[EMPTY]]), "#VALUE!", /没有任何回答/);
  });
});

describe("CSAT.INDEX", () => {
  /** The ACSI-style formula written out independently of the core. */
  const acsi = (means: number[], w: number[], min: number, max: number) => {
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    return (
      (100 * (sum(means.map((x, i) => w[i]! * x)) - sum(w.map((wi) => wi * min)))) /
      sum(w.map((wi) => wi * (max - min)))
    );
  };

  it("weighted drivers on the default 1–10 scale equal the ACSI formula", async () => {
    const r = (await callExcel("CSAT.INDEX", [
      [8, 7, 9],
      [0.5, 0.3, 0.2],
    ])) as number;
    expectClose(r, acsi([8, 7, 9], [0.5, 0.3, 0.2], 1, 10), 1e-12);
    expectClose(r, (100 * 6.9) / 9, 1e-12); // by hand: 0.5·7 + 0.3·6 + 0.2·8 = 6.9 above the minimum
  });
  it("means computed from raw survey answers (as AVERAGE per driver would)", async () => {
    const drivers = [
      [7, 8, 9, 10], // quality
      [5, 6, 6, 7], // value
      [9, 9, 10, 8], // expectations
    ];
    const means = drivers.map((d) => d.reduce((a, b) => a + b, 0) / d.length); // 8.5, 6, 9
    const w = [2, 1, 1];
    const r = (await callExcel("CSAT.INDEX", [means, w])) as number;
    expectClose(r, acsi(means, w, 1, 10), 1e-12);
    expectClose(r, (100 * (2 * 7.5 + 5 + 8)) / (4 * 9), 1e-12);
  });
  it("omitted weights are equal; scale arguments; weight ratios only matter", async () => {
    expect(await callExcel("CSAT.INDEX", [[4, 5], null, 1, 5])).toBe(87.5); // mean 4.5 → 3.5 / 4
    expectClose((await callExcel("CSAT.INDEX", [[10, 1]])) as number, 50, 1e-12);
    expectClose(
      (await callExcel("CSAT.INDEX", [
        [8, 7, 9],
        [5, 3, 2],
      ])) as number,
      (await callExcel("CSAT.INDEX", [
        [8, 7, 9],
        [0.5, 0.3, 0.2],
      ])) as number,
      1e-12,
    );
    expectClose((await callExcel("CSAT.INDEX", [[0, 100], null, 0, 100])) as number, 50, 1e-12);
  });
  it("blank cells: skipped without weights; with weights, an item blank in both is skipped", async () => {
    expect(await callExcel("CSAT.INDEX", [[4, EMPTY, 5], null, 1, 5])).toBe(87.5);
    expect(await callExcel("CSAT.INDEX", [[4, EMPTY, 5], [1, EMPTY, 1], 1, 5], { emptyAs: "" })).toBe(87.5);
    expectError(
      await callExcel("CSAT.INDEX", [[4, EMPTY, 5], [1, 2, 1], 1, 5]),
      "#VALUE!",
      /Item 2: scores is empty but weights is not/,
    );
    expectError(
      await callExcel("CSAT.INDEX", [[4, 3], [1, EMPTY], 1, 5]),
      "#VALUE!",
      /Item 2: weights is empty/,
    );
  });
  it("text, out-of-scale scores, bad weights and scales give the documented errors", async () => {
    expectError(await callExcel("CSAT.INDEX", [[8, "high"]]), "#VALUE!", /item 2.*"high"/);
    expectError(
      await callExcel("CSAT.INDEX", [
        [8, 7],
        [1, "x"],
      ]),
      "#VALUE!",
      /weights: item 2/,
    );
    expectError(await callExcel("CSAT.INDEX", [[8, 11]]), "#VALUE!", /outside the scale 1–10/);
    expectError(
      await callExcel("CSAT.INDEX", [
        [8, 7],
        [1, -1],
      ]),
      "#VALUE!",
      /≥ 0/,
    );
    expectError(
      await callExcel("CSAT.INDEX", [
        [8, 7],
        [1, 2, 3],
      ]),
      "#VALUE!",
      /same rows/,
    );
    expectError(await callExcel("CSAT.INDEX", [[3], null, 5, 5]), "#VALUE!", /must be below the maximum/);
    expectError(
      await callExcel("CSAT.INDEX", [
        [8, 7],
        [0, 0],
      ]),
      "#NUM!",
      /All weights are 0/,
    );
    expectError(await callExcel("CSAT.INDEX", [[EMPTY]]), "#VALUE!", /empty/);
    setDisplayLanguage("zh-CN");
    expectError(await callExcel("CSAT.INDEX", [[8, 11]]), "#VALUE!", /超出量表范围/);
  });
});

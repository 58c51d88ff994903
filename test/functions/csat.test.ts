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

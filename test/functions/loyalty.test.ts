/**
 * LOYALTY family through the Excel harness. Index values are checked against the ACSI-style
 * formula written out here and against hand computations; quadrants against the Jones & Sasser
 * grid (CRM_MODELS.md §5) with cuts at 75.
 */
import { callExcel, EMPTY, expectError, setDisplayLanguage } from "./harness";
import { expectClose } from "../helpers/tolerance";

afterEach(() => setDisplayLanguage("en-US"));

/** 100·(Σw·x̄ − Σw·min) / (Σw·(max − min)), independently of the core. */
function indexByHand(x: number[], w: number[], min: number, max: number): number {
  let num = 0;
  let den = 0;
  x.forEach((xi, i) => {
    num += w[i]! * xi - w[i]! * min;
    den += w[i]! * (max - min);
  });
  return (100 * num) / den;
}

describe("LOYALTY.INDEX", () => {
  it("eight measures, equal weights, 1–5: mean 4 → 75 (hand: (4 − 1) / 4)", async () => {
    expect(await callExcel("LOYALTY.INDEX", [[5, 4, 5, 3, 4, 4, 3, 4]])).toBe(75);
    expect(await callExcel("LOYALTY.INDEX", [[[5, 4, 5, 3, 4, 4, 3, 4]]])).toBe(75); // one row
  });
  it("weights and scale equal the formula", async () => {
    const x = [4.2, 3.8, 4.5, 2.9, 3.3];
    const w = [0.3, 0.1, 0.3, 0.2, 0.1];
    expectClose((await callExcel("LOYALTY.INDEX", [x, w])) as number, indexByHand(x, w, 1, 5), 1e-12);
    expect(
      await callExcel("LOYALTY.INDEX", [
        [5, 3],
        [3, 1],
      ]),
    ).toBe(87.5); // (3·4 + 1·2) / (4·4)
    expectClose((await callExcel("LOYALTY.INDEX", [[7, 4], null, 1, 7])) as number, 75, 1e-12); // mean 5.5 → 4.5/6
    expectClose(
      (await callExcel("LOYALTY.INDEX", [[8, 6], [1, 1], 0, 10])) as number,
      indexByHand([8, 6], [1, 1], 0, 10),
      1e-12,
    );
  });
  it("bounds: all at the bottom 0, all at the top 100", async () => {
    expect(await callExcel("LOYALTY.INDEX", [[1, 1, 1]])).toBe(0);
    expect(await callExcel("LOYALTY.INDEX", [[5, 5, 5]])).toBe(100);
  });
  it("blank cells: skipped; with weights, blank in both skipped, in one refused", async () => {
    expect(await callExcel("LOYALTY.INDEX", [[5, EMPTY, 3]])).toBe(75);
    expect(
      await callExcel(
        "LOYALTY.INDEX",
        [
          [5, EMPTY, 3],
          [1, EMPTY, 1],
        ],
        { emptyAs: "" },
      ),
    ).toBe(75);
    expectError(
      await callExcel("LOYALTY.INDEX", [
        [5, 4],
        [1, EMPTY],
      ]),
      "#VALUE!",
      /Item 2: weights is empty/,
    );
  });
  it("text, more than eight measures, off-scale and bad weights give the documented errors", async () => {
    expectError(await callExcel("LOYALTY.INDEX", [[5, "very"]]), "#VALUE!", /measures: item 2.*"very"/);
    expectError(
      await callExcel("LOYALTY.INDEX", [[1, 2, 3, 4, 5, 1, 2, 3, 4]]),
      "#VALUE!",
      /at most the eight/,
    );
    expectError(await callExcel("LOYALTY.INDEX", [[5, 6]]), "#VALUE!", /outside the scale 1–5/);
    expectError(
      await callExcel("LOYALTY.INDEX", [
        [5, 4],
        [-1, 1],
      ]),
      "#VALUE!",
      /≥ 0/,
    );
    expectError(
      await callExcel("LOYALTY.INDEX", [
        [5, 4],
        [0, 0],
      ]),
      "#NUM!",
      /All weights are 0/,
    );
    expectError(
      await callExcel("LOYALTY.INDEX", [[5, 4], null, "one"]),
      "#VALUE!",
      /scale_min must be a number/,
    );
    setDisplayLanguage("zh-CN");
    expectError(await callExcel("LOYALTY.INDEX", [[1, 2, 3, 4, 5, 1, 2, 3, 4]]), "#VALUE!", /最多给出八项/);
  });
});

describe("LOYALTY.QUADRANT", () => {
  it("the four quadrants (cut 75, a value equal to the cut is high)", async () => {
    expect(await callExcel("LOYALTY.QUADRANT", [85, 80])).toBe("Advocate (satisfied and loyal)");
    expect(await callExcel("LOYALTY.QUADRANT", [85, 40])).toBe("Mercenary (satisfied, not loyal)");
    expect(await callExcel("LOYALTY.QUADRANT", [50, 80])).toBe("Hostage (loyal, dissatisfied)");
    expect(await callExcel("LOYALTY.QUADRANT", [50, 40])).toBe("Defector (neither)");
    expect(await callExcel("LOYALTY.QUADRANT", [75, 75])).toBe("Advocate (satisfied and loyal)");
    expect(await callExcel("LOYALTY.QUADRANT", [74.9, 75])).toBe("Hostage (loyal, dissatisfied)");
  });
  it("cut arguments", async () => {
    expect(await callExcel("LOYALTY.QUADRANT", [85, 40, null, 30])).toBe("Advocate (satisfied and loyal)");
    expect(await callExcel("LOYALTY.QUADRANT", [85, 40, 90])).toBe("Defector (neither)");
    expect(await callExcel("LOYALTY.QUADRANT", [85, 40, EMPTY, EMPTY])).toBe(
      "Mercenary (satisfied, not loyal)",
    );
  });
  it("Chinese labels", async () => {
    expect(await callExcel("LOYALTY.QUADRANT", [85, 40, null, null, "zh"])).toBe(
      "唯利是图者（满意但不忠诚）",
    );
    setDisplayLanguage("zh-CN");
    expect(await callExcel("LOYALTY.QUADRANT", [85, 80])).toBe("忠诚拥护者（满意且忠诚）");
  });
  it("empty, text and out-of-range values", async () => {
    expectError(await callExcel("LOYALTY.QUADRANT", [EMPTY, 40]), "#VALUE!", /satisfaction is empty/);
    expectError(
      await callExcel("LOYALTY.QUADRANT", [85, EMPTY], { emptyAs: "" }),
      "#VALUE!",
      /loyalty is empty/,
    );
    expect(await callExcel("LOYALTY.QUADRANT", [85, EMPTY], { emptyAs: 0 })).toBe(
      "Mercenary (satisfied, not loyal)",
    );
    expectError(
      await callExcel("LOYALTY.QUADRANT", ["high", 40]),
      "#VALUE!",
      /satisfaction must be a number/,
    );
    expectError(await callExcel("LOYALTY.QUADRANT", [120, 40]), "#VALUE!", /satisfaction score/);
    expectError(await callExcel("LOYALTY.QUADRANT", [85, 40, 101]), "#VALUE!", /satisfaction cut/);
    expectError(await callExcel("LOYALTY.QUADRANT", [85, 40, null, null, "de"]), "#VALUE!", /lang/);
  });
  it("a column of satisfaction scores is lifted cell by cell", async () => {
    expect(await callExcel("LOYALTY.QUADRANT", [[[85], [50]], 80])).toEqual([
      ["Advocate (satisfied and loyal)"],
      ["Hostage (loyal, dissatisfied)"],
    ]);
  });
});

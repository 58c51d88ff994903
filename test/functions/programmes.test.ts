import { callExcel, EMPTY, expectError, setDisplayLanguage } from "./harness";

afterEach(() => setDisplayLanguage("en-US"));

/** Kotler's table as published (CRM_MODELS.md §7, seed 001): customers × margin. */
const KOTLER: Record<string, Record<string, string>> = {
  many: { high: "Accountable", medium: "Reactive", low: "Basic or reactive" },
  medium: { high: "Proactive", medium: "Accountable", low: "Reactive" },
  few: { high: "Partnership", medium: "Proactive", low: "Accountable" },
};
const ZH_CUSTOMERS: Record<string, string> = { many: "多", medium: "中", few: "少" };
const ZH_MARGIN: Record<string, string> = { high: "高", medium: "中", low: "低" };

describe("RELATIONSHIP.LEVEL", () => {
  it("every cell of Kotler's table, from English and Chinese categories", async () => {
    for (const [c, row] of Object.entries(KOTLER)) {
      for (const [m, level] of Object.entries(row)) {
        expect(await callExcel("RELATIONSHIP.LEVEL", [c, m])).toBe(level);
        expect(await callExcel("RELATIONSHIP.LEVEL", [` ${c.toUpperCase()} `, ZH_MARGIN[m]])).toBe(level);
        expect(await callExcel("RELATIONSHIP.LEVEL", [ZH_CUSTOMERS[c], m])).toBe(level);
      }
    }
  });
  it("numbers are banded by the default cuts (100, 1000; 10%, 30%), a cut going to the upper band", async () => {
    expect(await callExcel("RELATIONSHIP.LEVEL", [99, 0.5])).toBe(KOTLER.few?.high);
    expect(await callExcel("RELATIONSHIP.LEVEL", [100, 0.3])).toBe(KOTLER.medium?.high);
    expect(await callExcel("RELATIONSHIP.LEVEL", [999, 0.29])).toBe(KOTLER.medium?.medium);
    expect(await callExcel("RELATIONSHIP.LEVEL", [1000, 0.1])).toBe(KOTLER.many?.medium);
    expect(await callExcel("RELATIONSHIP.LEVEL", [5000, "5%"])).toBe(KOTLER.many?.low);
    expect(await callExcel("RELATIONSHIP.LEVEL", ["250", "high"])).toBe(KOTLER.medium?.high);
  });
  it("omitted or blank cuts are the defaults; custom cuts from ranges", async () => {
    expect(await callExcel("RELATIONSHIP.LEVEL", [150, 0.2, EMPTY, EMPTY])).toBe(KOTLER.medium?.medium);
    expect(await callExcel("RELATIONSHIP.LEVEL", [150, 0.2, EMPTY, EMPTY], { emptyAs: "" })).toBe(
      KOTLER.medium?.medium,
    );
    expect(await callExcel("RELATIONSHIP.LEVEL", [150, 0.2, [[200, 2000]], [0.05, 0.15]])).toBe(
      KOTLER.few?.high,
    );
  });
  it("labels follow lang and the display language", async () => {
    expect(await callExcel("RELATIONSHIP.LEVEL", ["few", "high", null, null, "zh"])).toBe("伙伴型");
    expect(await callExcel("RELATIONSHIP.LEVEL", ["many", "low", null, null, "zh"])).toBe("基本型或被动型");
    setDisplayLanguage("zh-CN");
    expect(await callExcel("RELATIONSHIP.LEVEL", ["medium", "medium"])).toBe("负责型");
    expect(await callExcel("RELATIONSHIP.LEVEL", ["medium", "medium", null, null, "en"])).toBe("Accountable");
  });
  it("empty, unknown words, out-of-range numbers and bad cuts are #VALUE!", async () => {
    expectError(await callExcel("RELATIONSHIP.LEVEL", [EMPTY, "high"]), "#VALUE!", /customers is empty/);
    expectError(
      await callExcel("RELATIONSHIP.LEVEL", [10, EMPTY], { emptyAs: "" }),
      "#VALUE!",
      /margin is empty/,
    );
    expectError(
      await callExcel("RELATIONSHIP.LEVEL", ["lots", "high"]),
      "#VALUE!",
      /few, medium, many.*"lots"/,
    );
    expectError(await callExcel("RELATIONSHIP.LEVEL", [10, true]), "#VALUE!", /margin must be a number/);
    expectError(await callExcel("RELATIONSHIP.LEVEL", [10, 25]), "#VALUE!", /above 1.*0\.25/);
    expectError(await callExcel("RELATIONSHIP.LEVEL", [-1, 0.2]), "#VALUE!", /≥ 0/);
    expectError(await callExcel("RELATIONSHIP.LEVEL", [10, 0.2, [1, 2, 3]]), "#VALUE!", /exactly two/);
    expectError(
      await callExcel("RELATIONSHIP.LEVEL", [10, 0.2, null, [0.3, 0.1]]),
      "#VALUE!",
      /strictly ascending/,
    );
    expectError(await callExcel("RELATIONSHIP.LEVEL", [10, 0.2, null, null, "de"]), "#VALUE!", /lang/);
  });
});

describe("POINTS.REWARDS", () => {
  it("one point per yuan, a reward per 500 points by default (hand-computed)", async () => {
    expect(await callExcel("POINTS.REWARDS", [1234])).toBe(2); // 1234 points → ⌊1234/500⌋
    expect(await callExcel("POINTS.REWARDS", [499.99])).toBe(0);
    expect(await callExcel("POINTS.REWARDS", [1500])).toBe(3);
    expect(await callExcel("POINTS.REWARDS", [100, 2.5, 50])).toBe(5); // 250 points / 50
    expect(await callExcel("POINTS.REWARDS", [19.99, 100, 1000])).toBe(1); // 1999 points, no 1998.99… rounding loss
  });
  it("show: points, next, item", async () => {
    expect(await callExcel("POINTS.REWARDS", [1234, null, null, "points"])).toBe(1234);
    expect(await callExcel("POINTS.REWARDS", [1234, null, null, "next"])).toBe(266); // 1500 − 1234
    expect(await callExcel("POINTS.REWARDS", [1000, null, null, "NEXT"])).toBe(500);
    expect(await callExcel("POINTS.REWARDS", [19.99, 100, 1000, "积分"])).toBe(1999);
    expect(await callExcel("POINTS.REWARDS", [500, null, null, "item"])).toBe("A pack of washing powder");
    expect(await callExcel("POINTS.REWARDS", [1499, null, null, "item", "zh"])).toBe("一盒洗洁精+一支牙膏");
    expect(await callExcel("POINTS.REWARDS", [9000, null, null, "礼品", "zh"])).toBe(
      "卫生纸一袋（10卷装）+一本笔记本",
    );
    expectError(
      await callExcel("POINTS.REWARDS", [499, null, null, "item"]),
      "#N/A",
      /499 points do not reach/,
    );
  });
  it("omitted or empty optional arguments use the defaults", async () => {
    expect(await callExcel("POINTS.REWARDS", [1234, EMPTY, EMPTY, EMPTY, EMPTY])).toBe(2);
    expect(await callExcel("POINTS.REWARDS", [1234, EMPTY, EMPTY, EMPTY, EMPTY], { emptyAs: "" })).toBe(2);
  });
  it("empty, text, out-of-range values and unknown show are errors with messages", async () => {
    expectError(await callExcel("POINTS.REWARDS", [EMPTY]), "#VALUE!", /amount is empty/);
    expectError(await callExcel("POINTS.REWARDS", ["a lot"]), "#VALUE!", /amount must be a number/);
    expectError(await callExcel("POINTS.REWARDS", [-5]), "#VALUE!", /amount spent must be ≥ 0/);
    expectError(await callExcel("POINTS.REWARDS", [100, 0]), "#VALUE!", /points per unit must be > 0/);
    expectError(await callExcel("POINTS.REWARDS", [100, 1, -500]), "#VALUE!", /reward threshold must be > 0/);
    expectError(
      await callExcel("POINTS.REWARDS", [100, 1, 500, "gifts"]),
      "#VALUE!",
      /show must be one of "rewards"/,
    );
    setDisplayLanguage("zh-CN");
    expectError(await callExcel("POINTS.REWARDS", [-5]), "#VALUE!", /购物金额必须 ≥ 0/);
  });
});

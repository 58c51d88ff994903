/**
 * LIFECYCLE family through the Excel harness. Expected stages are worked out by hand from the
 * rules in src/lifecycle/stage.ts (CRM_MODELS.md §4) with the default parameters L = 6, E = 3,
 * trial 2, d = 0.3, g = 0.2, w = 3: for six monthly volumes the recent window is periods 4–6
 * and the only earlier window is periods 1–3.
 */
import { callExcel, EMPTY, expectError, setDisplayLanguage } from "./harness";

afterEach(() => setDisplayLanguage("en-US"));

const stage = (volumes: unknown, ...rest: unknown[]) => callExcel("LIFECYCLE.STAGE", [volumes, ...rest]);
const reason = (volumes: unknown, ...rest: unknown[]) => callExcel("LIFECYCLE.REASON", [volumes, ...rest]);
/** Arguments after volumes: share, L, E, trial, d, g, w, labels, lang. */
const opts = (o: {
  share?: unknown;
  L?: unknown;
  d?: unknown;
  w?: unknown;
  labels?: unknown;
  lang?: unknown;
}) => [
  o.share ?? null,
  o.L ?? null,
  null,
  null,
  o.d ?? null,
  null,
  o.w ?? null,
  o.labels ?? null,
  o.lang ?? null,
];

describe("LIFECYCLE.STAGE", () => {
  it("each stage from hand-worked windows (omitted options = defaults)", async () => {
    // 150 < 0.7 × 300 = 210 → Decline
    expect(await stage([100, 100, 100, 50, 50, 50])).toBe("Decline");
    // 240 ≥ 210, and 240 ≤ 1.2 × 300 → Stability
    expect(await stage([100, 100, 100, 100, 100, 40])).toBe("Stability");
    // 60 > 1.2 × 30 → Formation
    expect(await stage([10, 10, 10, 20, 20, 20])).toBe("Formation");
    // last 6 periods empty → Terminated
    expect(await stage([5, 0, 0, 0, 0, 0, 0])).toBe("Terminated");
    // first purchase 2 periods ago ≤ E = 3 → Exploration
    expect(await stage([0, 0, 0, 0, 10, 20])).toBe("Exploration");
    // only 2 periods with a purchase ≤ trial 2 → Exploration
    expect(await stage([10, 0, 0, 0, 0, 10, 0])).toBe("Exploration");
  });
  it("one row works as one column", async () => {
    expect(await stage([[100, 100, 100, 50, 50, 50]])).toBe("Decline");
  });
  it("tuning arguments change the threshold as documented", async () => {
    // 225 ≥ 0.7 × 300 = 210 → not Decline by default; 225 < 0.8 × 300 = 240 with d = 0.2
    expect(await stage([100, 100, 100, 75, 75, 75])).toBe("Stability");
    expect(await stage([100, 100, 100, 75, 75, 75], ...opts({ d: 0.2 }))).toBe("Decline");
    // w = 1: last period 75 vs peak 100 → 75 ≥ 70, stability; with w = 1 and d = 0.2: 75 < 80
    expect(await stage([100, 100, 100, 75, 75, 75], ...opts({ w: 1, d: 0.2 }))).toBe("Decline");
    // L = 2: two empty periods are enough to be Terminated
    expect(await stage([100, 100, 100, 100, 0, 0], ...opts({ L: 2 }))).toBe("Terminated");
    expect(await stage([100, 100, 100, 100, 0, 0])).toBe("Decline"); // 100 < 210
  });
  it("share of wallet: decline judged on the share (0.4 < 0.7 × 0.8 = 0.56)", async () => {
    const flat = [100, 100, 100, 100, 100, 100];
    expect(await stage(flat)).toBe("Stability");
    expect(await stage(flat, ...opts({ share: [0.8, 0.8, 0.8, 0.4, 0.4, 0.4] }))).toBe("Decline");
    expect(await stage(flat, ...opts({ share: ["80%", "80%", "80%", "40%", "40%", "40%"] }))).toBe("Decline");
    expectError(
      await stage(flat, ...opts({ share: [0.8, 0.8] })),
      "#VALUE!",
      /one share of wallet per period/,
    );
  });
  it("labels and language", async () => {
    const v = [100, 100, 100, 50, 50, 50];
    expect(await stage(v, ...opts({ labels: "tasks" }))).toBe("Recovery");
    expect(await stage(v, ...opts({ labels: "Tasks", lang: "zh" }))).toBe("恢复期");
    expect(await stage(v, ...opts({ labels: "任务", lang: "zh" }))).toBe("恢复期");
    expect(await stage(v, ...opts({ lang: "zh" }))).toBe("退化期");
    expect(await stage(v, ...opts({ labels: "stages" }))).toBe("Decline");
    expect(await stage(v, ...opts({ labels: "阶段", lang: "zh" }))).toBe("退化期");
    expect(await stage([10, 10, 10, 20, 20, 20], ...opts({ labels: "tasks", lang: "zh" }))).toBe("发展期");
    setDisplayLanguage("zh-CN");
    expect(await stage(v)).toBe("退化期");
  });
  it("the old label-set names of saved workbooks still work (no longer documented)", async () => {
    const v = [100, 100, 100, 50, 50, 50];
    for (const old of ["seed002", "SEED002", "002", "2"])
      expect(await stage(v, ...opts({ labels: old }))).toBe("Recovery");
    for (const old of ["seed003", "003", "3"])
      expect(await stage(v, ...opts({ labels: old }))).toBe("Decline");
    expect(await reason(v, ...opts({ labels: "seed002" }))).toBe(
      await reason(v, ...opts({ labels: "tasks" })),
    );
  });
  it("blank cells are periods with no purchase, whatever Excel sends (never skipped)", async () => {
    // if blanks were skipped this would be [100]: Exploration; as zeros it is 6 idle periods
    const v = [100, EMPTY, EMPTY, EMPTY, EMPTY, EMPTY, EMPTY];
    expect(await stage(v)).toBe("Terminated");
    expect(await callExcel("LIFECYCLE.STAGE", [v], { emptyAs: "" })).toBe("Terminated");
    expect(await callExcel("LIFECYCLE.STAGE", [v], { emptyAs: 0 })).toBe("Terminated");
    // a blank inside keeps the positions: 100,0,100 | 50,50,50 → 150 vs peak 200: not < 140
    expect(await stage([100, EMPTY, 100, 50, 50, 50])).toBe("Stability");
  });
  it("text, negative volumes, bad options and bad labels are #VALUE! with a message", async () => {
    expectError(await stage([100, "lots", 100]), "#VALUE!", /volumes: period 2 must be a number.*"lots"/);
    expectError(await stage([100, -5, 100, 100]), "#VALUE!", /Volume 2 is -5.*≥ 0/);
    expectError(
      await stage([100, 100, 100, 50, 50, 50], ...opts({ d: 1.5 })),
      "#VALUE!",
      /decline threshold/,
    );
    expectError(await stage([100, 100, 100, 50, 50, 50], ...opts({ w: 0 })), "#VALUE!", /window/);
    expectError(
      await stage([100, 100, 100, 50, 50, 50], ...opts({ d: "big" })),
      "#VALUE!",
      /decline_drop must be a number/,
    );
    expectError(
      await stage([100, 100, 100], ...opts({ labels: "seed001" })),
      "#VALUE!",
      /labels must be one of "stages", "tasks", got "seed001"/,
    );
    expectError(await stage([100, 100, 100], ...opts({ lang: "fr" })), "#VALUE!", /lang/);
    expectError(
      await stage([
        [1, 2],
        [3, 4],
      ]),
      "#VALUE!",
      /one column or one row/,
    );
  });
  it("no purchase at all in fewer than L periods is #VALUE! (a potential customer)", async () => {
    expectError(await stage([0, 0, 0]), "#VALUE!", /potential customer/);
    expectError(await stage([EMPTY]), "#VALUE!", /potential customer/);
    setDisplayLanguage("zh-CN");
    expectError(await stage([0, 0, 0]), "#VALUE!", /潜在客户/);
  });
});

describe("LIFECYCLE.REASON", () => {
  it("the sentence with the hand-worked numbers (150 vs 300 is 50% below)", async () => {
    expect(await reason([100, 100, 100, 50, 50, 50])).toBe(
      "Decline: volume in the last 3 periods is 50% below its peak (150 vs 300).",
    );
    expect(await reason([10, 10, 10, 20, 20, 20])).toBe(
      "Formation: volume in the last 3 periods is 100% above the 3 periods before (60 vs 30).",
    );
    expect(await reason([5, 0, 0, 0, 0, 0, 0])).toMatch(/^Terminated: no purchase in the last 6 periods/);
  });
  it('Chinese and the "tasks" names match LIFECYCLE.STAGE', async () => {
    expect(await reason([100, 100, 100, 50, 50, 50], ...opts({ lang: "zh" }))).toBe(
      "退化期：最近 3 期的购买量比峰值低 50%（150 对 300）。",
    );
    expect(await reason([100, 100, 100, 50, 50, 50], ...opts({ labels: "tasks", lang: "zh" }))).toBe(
      "恢复期：最近 3 期的购买量比峰值低 50%（150 对 300）。",
    );
  });
  it("options, share and blanks as in LIFECYCLE.STAGE", async () => {
    expect(await reason([100, 100, 100, 75, 75, 75], ...opts({ d: 0.2 }))).toMatch(
      /25% below its peak \(225 vs 300\)/,
    );
    expect(
      await reason([100, 100, 100, 100, 100, 100], ...opts({ share: [0.8, 0.8, 0.8, 0.4, 0.4, 0.4] })),
    ).toBe("Decline: share of wallet in the last 3 periods is 50% below its peak (40% vs 80%).");
    expect(
      await callExcel("LIFECYCLE.REASON", [[100, EMPTY, EMPTY, EMPTY, EMPTY, EMPTY, EMPTY]], { emptyAs: "" }),
    ).toMatch(/^Terminated/);
  });
  it("errors as in LIFECYCLE.STAGE", async () => {
    expectError(await reason([100, "x"]), "#VALUE!", /period 2/);
    expectError(await reason([100, 100, 100], ...opts({ L: 0 })), "#VALUE!", /termination/);
    expectError(await reason([0, 0]), "#VALUE!", /potential customer/);
  });
});

describe("LIFECYCLE.TYPE", () => {
  it("each type by the first-match rule (defaults 730 days, 4 purchases, share 0.7)", async () => {
    expect(await callExcel("LIFECYCLE.TYPE", [900, 25, 0.8])).toBe("Loyal customer");
    expect(await callExcel("LIFECYCLE.TYPE", [900, 25])).toBe("Old customer"); // no share: not loyal
    expect(await callExcel("LIFECYCLE.TYPE", [900, 25, 0.5])).toBe("Old customer");
    expect(await callExcel("LIFECYCLE.TYPE", [120, 6])).toBe("Frequent customer");
    expect(await callExcel("LIFECYCLE.TYPE", [120, 3])).toBe("New customer");
    expect(await callExcel("LIFECYCLE.TYPE", [10, 0])).toBe("Potential customer");
    // boundaries count as reached: 730 days, 4 purchases, share 0.7
    expect(await callExcel("LIFECYCLE.TYPE", [730, 1, 0.7])).toBe("Loyal customer");
    expect(await callExcel("LIFECYCLE.TYPE", [729, 4])).toBe("Frequent customer");
  });
  it("thresholds", async () => {
    expect(await callExcel("LIFECYCLE.TYPE", [400, 25, 0.8, 365])).toBe("Loyal customer");
    expect(await callExcel("LIFECYCLE.TYPE", [120, 6, null, null, 10])).toBe("New customer");
    expect(await callExcel("LIFECYCLE.TYPE", [900, 25, 0.8, null, null, 0.9])).toBe("Old customer");
  });
  it("Chinese labels", async () => {
    expect(await callExcel("LIFECYCLE.TYPE", [900, 25, 0.8, null, null, null, "zh"])).toBe("忠诚客户");
    setDisplayLanguage("zh-CN");
    expect(await callExcel("LIFECYCLE.TYPE", [10, 0])).toBe("潜在客户");
  });
  it("empty cells: tenure and purchases are required; an empty share is unknown", async () => {
    expectError(await callExcel("LIFECYCLE.TYPE", [EMPTY, 3]), "#VALUE!", /tenure_days is empty/);
    expectError(
      await callExcel("LIFECYCLE.TYPE", [100, EMPTY], { emptyAs: "" }),
      "#VALUE!",
      /purchases is empty/,
    );
    expect(await callExcel("LIFECYCLE.TYPE", [900, 25, EMPTY])).toBe("Old customer");
    expect(await callExcel("LIFECYCLE.TYPE", [900, 25, EMPTY], { emptyAs: 0 })).toBe("Old customer");
  });
  it("text and out-of-range values are #VALUE!", async () => {
    expect(await callExcel("LIFECYCLE.TYPE", ["900", "25", "80%"])).toBe("Loyal customer");
    expectError(await callExcel("LIFECYCLE.TYPE", ["long", 3]), "#VALUE!", /tenure_days must be a number/);
    expectError(await callExcel("LIFECYCLE.TYPE", [100, 2.5]), "#VALUE!", /number of purchases/);
    expectError(await callExcel("LIFECYCLE.TYPE", [100, 3, 1.5]), "#VALUE!", /share of wallet/);
    expectError(await callExcel("LIFECYCLE.TYPE", [-1, 3]), "#VALUE!", /tenure/);
    expectError(await callExcel("LIFECYCLE.TYPE", [100, 3, null, null, 0]), "#VALUE!", /frequent-purchase/);
  });
  it("a column of tenures is lifted cell by cell", async () => {
    expect(await callExcel("LIFECYCLE.TYPE", [[[900], [10]], 25])).toEqual([
      ["Old customer"],
      ["Frequent customer"],
    ]);
  });
});

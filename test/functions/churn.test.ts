/**
 * CHURN family through the Excel harness (CRM_MODELS.md §6). Rates and values are checked
 * against hand computations; the retention-gain value against the Gupta & Lehmann margin
 * multiple and a period-by-period sum written out here; the cohort table against a small
 * example worked out by hand, with serials from JavaScript's own calendar (Date.UTC).
 */
import { callExcel, EMPTY, expectError, setDisplayLanguage } from "./harness";
import { expectClose } from "../helpers/tolerance";

afterEach(() => setDisplayLanguage("en-US"));

/** Excel 1900-system serial of a date after 1900-03-01, independently of src/dates. */
const serial = (y: number, m: number, d: number) =>
  (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000;

describe("CHURN.RATE", () => {
  it("lost ÷ at start (hand: 30 / 200 = 0.15)", async () => {
    expect(await callExcel("CHURN.RATE", [200, 30])).toBe(0.15);
    expect(await callExcel("CHURN.RATE", [200, 0])).toBe(0);
    expect(await callExcel("CHURN.RATE", [200, 200])).toBe(1);
    expect(await callExcel("CHURN.RATE", ["200", " 50 "])).toBe(0.25);
  });
  it("empty cells and text are #VALUE!; at start 0 is #NUM!", async () => {
    expectError(await callExcel("CHURN.RATE", [EMPTY, 30]), "#VALUE!", /at_start is empty/);
    expectError(await callExcel("CHURN.RATE", [200, EMPTY], { emptyAs: "" }), "#VALUE!", /lost is empty/);
    expect(await callExcel("CHURN.RATE", [200, EMPTY], { emptyAs: 0 })).toBe(0);
    expectError(await callExcel("CHURN.RATE", [200, "many"]), "#VALUE!", /lost must be a number/);
    expectError(await callExcel("CHURN.RATE", [0, 0]), "#NUM!", /no customers at the start/);
  });
  it("out of range: more lost than at start, negatives", async () => {
    expectError(await callExcel("CHURN.RATE", [200, 250]), "#VALUE!", /250 customers lost but only 200/);
    expectError(await callExcel("CHURN.RATE", [200, -1]), "#VALUE!", /≥ 0/);
    setDisplayLanguage("zh-CN");
    expectError(await callExcel("CHURN.RATE", [200, 250]), "#VALUE!", /流失 250 个客户/);
  });
});

describe("CHURN.RETENTION", () => {
  it("(end − new) ÷ start (hand: (190 − 20) / 200 = 0.85)", async () => {
    expect(await callExcel("CHURN.RETENTION", [200, 190, 20])).toBe(0.85);
    expect(await callExcel("CHURN.RETENTION", [200, 170])).toBe(0.85); // omitted new = 0
    expect(await callExcel("CHURN.RETENTION", [200, 170, EMPTY])).toBe(0.85);
  });
  it("retention = 1 − churn when nobody new arrives and end = start − lost", async () => {
    const r = (await callExcel("CHURN.RETENTION", [240, 240 - 36])) as number;
    const c = (await callExcel("CHURN.RATE", [240, 36])) as number;
    expectClose(r, 1 - c, 1e-15);
  });
  it("errors: empty, text, impossible counts, zero start", async () => {
    expectError(await callExcel("CHURN.RETENTION", [200, EMPTY]), "#VALUE!", /at_end is empty/);
    expectError(
      await callExcel("CHURN.RETENTION", [200, 190, "some"]),
      "#VALUE!",
      /new_customers must be a number/,
    );
    expectError(
      await callExcel("CHURN.RETENTION", [200, 190, 200]),
      "#VALUE!",
      /200 new customers but only 190/,
    );
    expectError(await callExcel("CHURN.RETENTION", [100, 190, 20]), "#VALUE!", /170 customers retained/);
    expectError(await callExcel("CHURN.RETENTION", [0, 10]), "#NUM!");
  });
});

describe("CHURN.VALUE", () => {
  /** Σ_{t=1..T} m·r^t/(1+d)^t, the finite-horizon retention CLV summed period by period. */
  const clvByHand = (m: number, r: number, d: number, T: number) => {
    let s = 0;
    for (let t = 1; t <= T; t++) s += (m * r ** t) / (1 + d) ** t;
    return s;
  };

  it("infinite horizon: m·r'/(1+d−r') − m·r/(1+d−r) (hand: 340 − 266.67 = 73.33)", async () => {
    expectClose((await callExcel("CHURN.VALUE", [100, 0.8, 0.1, 0.05])) as number, 340 - 800 / 3, 1e-9);
    expectClose(
      (await callExcel("CHURN.VALUE", [100, 0.8, 0.1, 0.05, 1000])) as number,
      1000 * (340 - 800 / 3),
      1e-6,
    );
    expectClose(
      (await callExcel("CHURN.VALUE", [100, 0.8, 0.1, 0.05, EMPTY, EMPTY])) as number,
      340 - 800 / 3,
      1e-9,
    );
  });
  it("finite horizon equals the period-by-period sum", async () => {
    const v = (await callExcel("CHURN.VALUE", [100, 0.8, 0.1, 0.05, 10, 2])) as number;
    expectClose(v, 10 * (clvByHand(100, 0.85, 0.1, 2) - clvByHand(100, 0.8, 0.1, 2)), 1e-9);
    const long = (await callExcel("CHURN.VALUE", [50, 0.6, 0.12, -0.1, 1, 5])) as number;
    expectClose(long, clvByHand(50, 0.5, 0.12, 5) - clvByHand(50, 0.6, 0.12, 5), 1e-9);
    expect(long).toBeLessThan(0);
  });
  it("errors: empty, text, out-of-range retention, divergence", async () => {
    expectError(await callExcel("CHURN.VALUE", [100, EMPTY, 0.1, 0.05]), "#VALUE!", /retention is empty/);
    expectError(
      await callExcel("CHURN.VALUE", [100, 0.8, "ten", 0.05]),
      "#VALUE!",
      /discount must be a number/,
    );
    expectError(await callExcel("CHURN.VALUE", [100, 0.8, 0.1, 0.3]), "#VALUE!", /outside 0–1/);
    expectError(await callExcel("CHURN.VALUE", [100, 1.2, 0.1, 0]), "#VALUE!", /retention rate/);
    expectError(await callExcel("CHURN.VALUE", [100, 0.8, 0.1, 0.05, -3]), "#VALUE!", /number of customers/);
    expectError(await callExcel("CHURN.VALUE", [100, 0.9, 0, 0.1]), "#NUM!");
  });
});

describe("CHURN.COHORTS", () => {
  // Hand-built: six customers over Jan–Mar 2024, one row per purchase, shuffled.
  //   a: Jan 5, Feb 10, Mar 3    b: Jan 20, Mar 15    c: Jan 31
  //   d: Feb 1, Feb 20, Mar 30   e: Feb 14            f: Mar 2
  // Cohorts: Jan {a, b, c}, Feb {d, e}, Mar {f}.
  //   Jan: month 0 3/3, month 1 {a} 1/3, month 2 {a, b} 2/3
  //   Feb: month 0 2/2, month 1 {d} 1/2, month 2 not observed
  //   Mar: month 0 1/1, months 1–2 not observed
  const rows: [string | number, unknown][] = [
    ["d", serial(2024, 3, 30)],
    ["a", serial(2024, 1, 5)],
    ["b", "2024-03-15"],
    ["c", serial(2024, 1, 31)],
    ["d", serial(2024, 2, 1)],
    ["a", "2024/2/10"],
    [7, serial(2024, 3, 2) + 0.75], // f, a numeric id, a date with a time of day
    ["e", serial(2024, 2, 14)],
    ["b", serial(2024, 1, 20)],
    ["d", serial(2024, 2, 20)],
    ["a", serial(2024, 3, 3)],
  ];
  const ids = rows.map((r) => r[0]);
  const dates = rows.map((r) => r[1]);
  const expected = [
    ["Cohort start", "Customers", "Month 0", "Month 1", "Month 2"],
    [serial(2024, 1, 1), 3, 1, 1 / 3, 2 / 3],
    [serial(2024, 2, 1), 2, 1, 1 / 2, ""],
    [serial(2024, 3, 1), 1, 1, "", ""],
  ];

  it("the hand-built table: header, shape, sizes, shares, blanks for unobserved periods", async () => {
    const t = (await callExcel("CHURN.COHORTS", [ids, dates])) as unknown[][];
    expect(t).toHaveLength(4);
    t.forEach((row) => expect(row).toHaveLength(5));
    expect(t[0]).toEqual(expected[0]);
    expect(t[1]![0]).toBe(45292); // 2024-01-01 as Excel shows it
    t.slice(1).forEach((row, i) =>
      row.forEach((c, j) => {
        const e = expected[i + 1]![j];
        if (typeof e === "number") expectClose(c as number, e, 1e-15);
        else expect(c).toBe(e);
      }),
    );
  });
  it("quarters: one cohort of six in 2024 Q1, one customer (a) back in Q2", async () => {
    const t = (await callExcel("CHURN.COHORTS", [
      [...ids, "a"],
      [...dates, serial(2024, 4, 10)],
      "quarter",
    ])) as unknown[][];
    expect(t[0]).toEqual(["Cohort start", "Customers", "Quarter 0", "Quarter 1"]);
    expect(t.slice(1)).toEqual([[serial(2024, 1, 1), 6, 1, 1 / 6]]);
  });
  it("Chinese header row", async () => {
    const t = (await callExcel("CHURN.COHORTS", [ids, dates, null, null, "zh"])) as unknown[][];
    expect(t[0]).toEqual(["同期群起始", "客户数", "第 0 个月", "第 1 个月", "第 2 个月"]);
    setDisplayLanguage("zh-CN");
    const q = (await callExcel("CHURN.COHORTS", [ids, dates, "季度"])) as unknown[][];
    expect(q[0]).toEqual(["同期群起始", "客户数", "第 0 个季度"]);
  });
  it('rows blank in both columns are ignored (null, "" or 0), also past the end of the data', async () => {
    const withBlanks = [ids.slice(0, 3), EMPTY, ids.slice(3), EMPTY, EMPTY].flat();
    const datesBlanks = [dates.slice(0, 3), EMPTY, dates.slice(3), EMPTY, EMPTY].flat();
    for (const emptyAs of [null, "", 0] as const) {
      const t = (await callExcel("CHURN.COHORTS", [withBlanks, datesBlanks], { emptyAs })) as unknown[][];
      expect(t.map((r) => r.slice(0, 3))).toEqual(expected.map((r) => r.slice(0, 3)));
    }
  });
  it("a missing id or an unreadable date is a row not used, counted in the note row (the one policy)", async () => {
    const noId = (await callExcel("CHURN.COHORTS", [
      ["a", EMPTY, "c"],
      [45292, 45300, 45310],
    ])) as unknown[][];
    expect(noId[noId.length - 1]).toEqual([
      "Note: 1 of 3 rows not used. Row 2: Row has no customer id.",
      "",
      "",
    ]);
    const badDates = (await callExcel("CHURN.COHORTS", [
      ["a", "b", "c"],
      [45292, "soon", "later"],
    ])) as unknown[][];
    expect(badDates[1]).toEqual([serial(2024, 1, 1), 1, 1]);
    expect(badDates[2]![0]).toMatch(
      /^Note: 2 of 3 rows not used\. Row 2: "soon" is not a date.* Row 3: "later"/,
    );
    const err = (await callExcel("CHURN.COHORTS", [
      ["a", { excelError: "#N/A" }],
      [45292, 45300],
    ])) as unknown[][];
    expect(err.map((r) => r[0])).toEqual([
      "Cohort start",
      serial(2024, 1, 1),
      "Note: 1 of 2 rows not used. Row 2: The customer id cell holds the Excel error #N/A: fix its formula or source, or leave the row out.",
    ]);
    setDisplayLanguage("zh-CN");
    const zh = (await callExcel("CHURN.COHORTS", [
      ["a", "b"],
      [45292, "soon"],
    ])) as unknown[][];
    expect(zh[zh.length - 1]![0]).toMatch(/^注：共 2 行中有 1 行未使用。第 2 行：/);
  });
  it("ids follow the one rule: case, spaces, zero-width characters", async () => {
    const t = (await callExcel("CHURN.COHORTS", [
      ["C001", "c001 ", "C001\u200b", "\u00a0C001"],
      [45292, 45323, 45352, 45383],
    ])) as unknown[][];
    expect(t[1]).toEqual([serial(2024, 1, 1), 1, 1, 1, 1, 1]);
  });
  it("amounts (optional): only purchases count; refund-only customers are left out as in RFM.TABLE", async () => {
    const t = (await callExcel("CHURN.COHORTS", [
      ["a", "b", "a"],
      [45292, 45300, 45323],
      null,
      null,
      null,
      null,
      [10, -5, "(3.00)"],
    ])) as unknown[][];
    expect(t[1]).toEqual([serial(2024, 1, 1), 1, 1]);
    expect(t[2]![0]).toMatch(/Row 2: Customer "b" has only refunds.* 1 row\(s\) with an amount ≤ 0/);
  });
  it("date_system 1904 and a spill wider than 16,384 columns", async () => {
    const base = await callExcel("CHURN.COHORTS", [ids, dates]);
    const mac = (await callExcel("CHURN.COHORTS", [
      ids,
      dates.map((d) => (typeof d === "number" ? d - 1462 : d)),
      null,
      null,
      null,
      1904,
    ])) as unknown[][];
    // The same table; cohort starts are written as the 1904 workbook's own serials.
    expect(mac.map((r) => (typeof r[0] === "number" ? [r[0] + 1462, ...r.slice(1)] : r))).toEqual(base);
    // 1900-01-01 to 9999-12-31 by month: 97,200 periods.
    expectError(
      await callExcel("CHURN.COHORTS", [
        ["a", "b", "c"],
        [45292, 1, 2958465],
      ]),
      "#NUM!",
      /Row 2: its date 1900-01-01 makes the table 97202 columns wide, more than Excel's 16384/,
    );
  });
  it("ambiguous text dates need date_order, unless the column shows the order", async () => {
    expectError(await callExcel("CHURN.COHORTS", [["a"], ["03/04/2024"]]), "#VALUE!", /ambiguous/);
    const inferred = (await callExcel("CHURN.COHORTS", [
      ["a", "b"],
      ["31/01/2024", "03/04/2024"],
    ])) as unknown[][];
    expect(inferred.slice(1).map((r) => r[0])).toEqual([serial(2024, 1, 1), serial(2024, 4, 1)]);
    const dmy = (await callExcel("CHURN.COHORTS", [["a"], ["03/04/2024"], null, "dmy"])) as unknown[][];
    expect(dmy[1]![0]).toBe(serial(2024, 4, 1));
    const mdy = (await callExcel("CHURN.COHORTS", [["a"], ["03/04/2024"], null, "mdy"])) as unknown[][];
    expect(mdy[1]![0]).toBe(serial(2024, 3, 1));
  });
  it("bad period, order, language, lengths and an empty range", async () => {
    expectError(
      await callExcel("CHURN.COHORTS", [ids, dates, "week"]),
      "#VALUE!",
      /period must be one of "month", "quarter"/,
    );
    expectError(await callExcel("CHURN.COHORTS", [ids, dates, null, "ydm"]), "#VALUE!", /date_order/);
    expectError(await callExcel("CHURN.COHORTS", [ids, dates, null, null, "fr"]), "#VALUE!", /lang/);
    expectError(await callExcel("CHURN.COHORTS", [ids, dates.slice(1)]), "#VALUE!", /same rows/);
    expectError(
      await callExcel("CHURN.COHORTS", [
        [EMPTY, EMPTY],
        [EMPTY, EMPTY],
      ]),
      "#VALUE!",
      /There are no transactions/,
    );
  });
});

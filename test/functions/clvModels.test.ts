/**
 * CLV models family through the harness. References: the published CDNOW results (Fader, Hardie
 * & Lee 2005; Fader & Hardie 2013; data/README.md), the published sBG cohort fits (Fader &
 * Hardie 2007), the CDNOW summary file, and closed forms written out here by hand.
 */
import { callExcel, EMPTY, expectError, Result, setDisplayLanguage } from "./harness";
import { readReferenceData } from "../helpers/data";
import { expectClose, expectSignificant } from "../helpers/tolerance";

afterEach(() => setDisplayLanguage("en-US"));

type Rows = (string | number | null)[][];

/** The CDNOW summary file: x, t_x, T, zbar as Excel passes one-column ranges (2-D). */
const cdnow = readReferenceData("cdnow/cdnow_customers_summary_with_transactions.csv")
  .trim()
  .split("\n")
  .slice(1)
  .map((line) => line.split(",").map(Number) as [number, number, number, number, number]);
const col = (k: number) => cdnow.map((r) => [r[k]]);

/** Published CDNOW BG/NBD parameters, typed by hand as an analyst would (with the unit row). */
const BG: Rows = [
  ["model", "bgnbd"],
  ["unit", "weeks"],
  ["r", 0.243],
  ["alpha", 4.414],
  ["a", 0.793],
  ["b", 2.426],
];
const GG: Rows = [
  ["model", "gammagamma"],
  ["p", 6.25],
  ["q", 3.74],
  ["gamma", 15.44],
];
const SBG: Rows = [
  ["model", "sbg"],
  ["alpha", 0.668],
  ["beta", 3.806],
];

/** BG/NBD P(alive), Fader, Hardie & Lee (2008) eq. 1, written out. */
function bgPalive(p: { r: number; alpha: number; a: number; b: number }, x: number, tx: number, T: number) {
  if (x === 0) return 1;
  return 1 / (1 + (p.a / (p.b + x - 1)) * Math.pow((p.alpha + T) / (p.alpha + tx), p.r + x));
}

const num = (r: Result) => r as number;
const rows = (r: Result) => r as Rows;
/** The value next to a label in a spilled parameter range. */
const value = (r: Result, label: string) => rows(r).find((row) => row[0] === label)?.[1] as number;

const TINY_X = [0, 1, 2, 0, 3, 1, 0, 4, 2, 1, 0, 6, 0, 2];
const TINY_TX = [0, 5, 20, 0, 30, 2, 0, 35, 10, 12, 0, 37, 0, 3];
const TINY_T = [38, 38, 38, 30, 39, 25, 20, 39, 32, 30, 39, 39, 35, 36];

describe("CLV.SUMMARY", () => {
  // The CDNOW transactions as a sheet holds them: sample id, date (text yyyy-mm-dd), dollars.
  const tx = readReferenceData("cdnow/CDNOW_sample.txt")
    .trim()
    .split("\n")
    .map((l) => l.trim().split(/\s+/));
  const ids = tx.map((f) => [Number(f[1])]);
  const dates = tx.map((f) => [`${f[2]!.slice(0, 4)}-${f[2]!.slice(4, 6)}-${f[2]!.slice(6, 8)}`]);
  const amounts = tx.map((f) => [Number(f[4])]);

  it("CDNOW_sample → the published summary (calibration end 1997-09-30, weeks) to its 2 decimals", async () => {
    const all = rows(await callExcel("CLV.SUMMARY", [ids, dates, amounts, "1997-09-30", "weeks"]));
    // The 8 one-time $0 buyers are no customers (the one reading: a purchase has amount > 0),
    // listed in the note row with the later (holdout) rows; every other customer is published.
    const note = all[all.length - 1]!;
    expect(String(note[0])).toMatch(/^Note: \d+ of 6919 rows not used\. Row \d+: /);
    const r = all.slice(0, -1);
    expect(r.length).toBe(2357 - 8 + 1);
    expect(r.every((row) => row.length === 5)).toBe(true);
    expect(r[0]).toEqual([
      "customer",
      "x (repeat purchases)",
      "t_x (weeks)",
      "T (weeks to 1997-09-30)",
      "mean repeat spend",
    ]);
    const byId = new Map(r.slice(1).map((row) => [row[0], row]));
    const zeroBuyers = new Set(tx.filter((f) => Number(f[4]) === 0).map((f) => Number(f[1])));
    expect(zeroBuyers.size).toBe(8);
    for (const [id, x] of cdnow) if (!byId.has(id)) expect([zeroBuyers.has(id), x]).toEqual([true, 0]);
    for (const i of [0, 1, 2, 9, 100, 1000, 2356]) {
      const [id, x, tX, T, z] = cdnow[i]!;
      const got = byId.get(id)!;
      expect(got[0]).toBe(id);
      expect(got[1]).toBe(x);
      expectClose(got[2] as number, tX, 0.005 + 1e-9);
      expectClose(got[3] as number, T, 0.005 + 1e-9);
      expectClose(got[4] as number, z, 0.005 + 1e-9);
    }
    expect(r.slice(1).reduce((s, row) => s + (row[1] as number), 0)).toBe(2457); // data README
  });

  const small = {
    ids: ["a", "a", "a", "b", "b", "c"],
    dates: [35431, 35448, 35644, 35435, 35435, 35499], // 1997-01-01 … (serials)
    amounts: [29.33, 29.73, 14.96, 10, 5, 20],
  };
  it("hand-computed: same-day purchases merge; t_x, T in days ÷ 7; mean of the repeat days only", async () => {
    const r = rows(await callExcel("CLV.SUMMARY", [small.ids, small.dates, small.amounts, 35703]));
    expect(r.slice(1)).toEqual([
      ["a", 2, 213 / 7, 272 / 7, (29.73 + 14.96) / 2],
      ["b", 0, 0, 268 / 7, 0],
      ["c", 0, 0, 204 / 7, 0],
    ]);
  });
  it("omitted calibration_end = latest date; unit days / months; Chinese header", async () => {
    const r = rows(await callExcel("CLV.SUMMARY", [small.ids, small.dates, small.amounts]));
    expect(r[0]![3]).toBe("T (weeks to 1997-08-02)");
    expect(r[1]).toEqual(["a", 2, 213 / 7, 213 / 7, (29.73 + 14.96) / 2]);
    const d = rows(await callExcel("CLV.SUMMARY", [small.ids, small.dates, small.amounts, 35703, "days"]));
    expect(d[1]).toEqual(["a", 2, 213, 272, (29.73 + 14.96) / 2]);
    const m = rows(
      await callExcel("CLV.SUMMARY", [small.ids, small.dates, small.amounts, 35703, "月", "zh"]),
    );
    expect(m[0]).toEqual([
      "客户编号",
      "x(重复购买次数)",
      "t_x(月)",
      "T(月,截至 1997-09-30)",
      "平均重复消费额",
    ]);
    expectClose(m[1]![3] as number, 272 / 30.4375, 1e-12);
  });
  it("empty cells: a blank id, date or amount is #VALUE! naming the row; trailing blank rows are ignored", async () => {
    const base = rows(await callExcel("CLV.SUMMARY", [small.ids, small.dates, small.amounts, 35703]));
    for (const emptyAs of [null, "", 0] as const) {
      const r = await callExcel(
        "CLV.SUMMARY",
        [
          [...small.ids, EMPTY, EMPTY],
          [...small.dates, EMPTY, EMPTY],
          [...small.amounts, EMPTY, EMPTY],
          35703,
        ],
        { emptyAs },
      );
      expect(r).toEqual(base);
    }
    // A bad row is not used and counted in the note row (the policy of every transactions formula).
    const ids = [...small.ids];
    ids[2] = EMPTY as unknown as string;
    const noId = rows(await callExcel("CLV.SUMMARY", [ids, small.dates, small.amounts]));
    expect(noId[noId.length - 1]).toEqual([
      "Note: 1 of 6 rows not used. Row 3: Row has no customer id.",
      "",
      "",
      "",
      "",
    ]);
    expect(noId[1]![1]).toBe(1); // a: one repeat day left
    const noAmount = rows(
      await callExcel("CLV.SUMMARY", [small.ids, small.dates, [1, 2, EMPTY, 4, 5, 6]], { emptyAs: "" }),
    );
    expect(noAmount[noAmount.length - 1]![0]).toMatch(
      /^Note: 1 of 6 rows not used\. Row 3: The amount "" is not a number/,
    );
    const noDate = rows(await callExcel("CLV.SUMMARY", [small.ids, [1, 2, EMPTY, 4, 5, 6], small.amounts]));
    expect(noDate[noDate.length - 1]![0]).toMatch(/Row 3: The date is empty/);
  });
  it("text: numbers as text, with separators and currencies, are read; other text is a note row", async () => {
    const r = rows(
      await callExcel("CLV.SUMMARY", [small.ids, small.dates, small.amounts.map(String), 35703]),
    );
    expect(r[1]![4]).toBeCloseTo(22.345, 12);
    const money = rows(
      await callExcel("CLV.SUMMARY", [
        small.ids,
        small.dates,
        ["$29.33", "29.73 €", "¥14.96", 10, 5, 20],
        35703,
      ]),
    );
    expect(money[1]![4]).toBeCloseTo(22.345, 12);
    const ten = rows(await callExcel("CLV.SUMMARY", [small.ids, small.dates, [1, 2, "ten", 4, 5, 6]]));
    expect(ten[ten.length - 1]![0]).toMatch(/Row 3: The amount "ten" is not a number/);
    const someday = rows(
      await callExcel("CLV.SUMMARY", [small.ids, [35431, "someday", 1, 2, 3, 4], small.amounts]),
    );
    expect(someday[someday.length - 1]![0]).toMatch(/Row 2: "someday" is not a date/);
  });
  it("refunds are not purchases (counted in the note); unknown unit, calibration end before every customer, lengths", async () => {
    const refund = rows(await callExcel("CLV.SUMMARY", [small.ids, small.dates, [1, 2, -3, 4, 5, 6]]));
    expect(refund[1]).toEqual(["a", 1, 17 / 7, 213 / 7, 2]); // the refund's day is still the latest date
    expect(refund[refund.length - 1]![0]).toMatch(
      /1 row\(s\) with an amount ≤ 0 \(refunds, zeros\) are not purchases/,
    );
    expectError(
      await callExcel("CLV.SUMMARY", [small.ids, small.dates, small.amounts, null, "years"]),
      "#VALUE!",
      /unit must be one of "days", "weeks", "months"/,
    );
    expectError(
      await callExcel("CLV.SUMMARY", [small.ids, small.dates, small.amounts, "1996-12-31"]),
      "#VALUE!",
      /No customer with a purchase is left/,
    );
    expectError(
      await callExcel("CLV.SUMMARY", [small.ids, small.dates.slice(0, 5), small.amounts]),
      "#VALUE!",
      /dates has 5 rows but customer_ids has 6/,
    );
  });
  it("amounts near 1e308: the summed spend overflows → #NUM! with a message", async () => {
    expectError(
      await callExcel("CLV.SUMMARY", [
        ["a", "a", "a"],
        [35431, 35432, 35433],
        [1, 1.5e308, 1.5e308],
      ]),
      "#NUM!",
      /adds up beyond the largest number/,
    );
  });
  it("date_system 1904: serials − 1462 give the same summary; date_order reads text dates", async () => {
    const base = rows(await callExcel("CLV.SUMMARY", [small.ids, small.dates, small.amounts, 35703]));
    const mac = rows(
      await callExcel("CLV.SUMMARY", [
        small.ids,
        small.dates.map((d) => d - 1462),
        small.amounts,
        35703 - 1462,
        null,
        null,
        1904,
      ]),
    );
    expect(mac).toEqual(base);
    expectError(
      await callExcel("CLV.SUMMARY", [small.ids, small.dates, small.amounts, null, null, null, 1901]),
      "#VALUE!",
      /date_system must be one of "1900", "1904"/,
    );
  });
});

describe("CLV.BGNBD", () => {
  let fit: Result;
  beforeAll(async () => {
    fit = await callExcel("CLV.BGNBD", [col(1), col(2), col(3)]);
  });
  it("CDNOW: r 0.243, α 4.414, a 0.793, b 2.426 (FHL 2005), LL −9582.43 ± 0.01", () => {
    expect(rows(fit).map((r) => r[0])).toEqual(["model", "unit", "r", "alpha", "a", "b", "LL"]);
    expect(rows(fit).slice(0, 2)).toEqual([
      ["model", "bgnbd", "se", "lower95", "upper95", "cov:r", "cov:alpha", "cov:a", "cov:b"],
      ["unit", "weeks", "", "", "", "", "", "", ""],
    ]); // omitted unit → weeks; the uncertainty columns after the first two
    // lifetimes' published standard errors (CDNOW BG/NBD summary): se column, 4 significant digits.
    [0.012557, 0.378221, 0.185719, 0.705345].forEach((se, i) =>
      expectClose(rows(fit)[2 + i]![2] as number, se, 2e-4 * se),
    );
    expectSignificant(value(fit, "r"), 0.243, 3);
    expectSignificant(value(fit, "alpha"), 4.414, 4);
    expectSignificant(value(fit, "a"), 0.793, 3);
    expectSignificant(value(fit, "b"), 2.426, 4);
    expectClose(value(fit, "LL"), -9582.43, 0.01);
  });
  it("the spilled range feeds CLV.PURCHASES directly: 1.226 at x=2, t_x=30.43, T=38.86, t=39", async () => {
    expectClose(num(await callExcel("CLV.PURCHASES", [fit, 39, 2, 30.43, 38.86])), 1.226, 0.001);
  });
  it("unit is recorded, not applied: days data (×7) give α × 7 and the same r, a, b", async () => {
    const w = await callExcel("CLV.BGNBD", [TINY_X, TINY_TX, TINY_T]);
    const d = await callExcel("CLV.BGNBD", [
      TINY_X,
      TINY_TX.map((v) => v * 7),
      TINY_T.map((v) => v * 7),
      "days",
    ]);
    expect(rows(d)[1]!.slice(0, 2)).toEqual(["unit", "days"]);
    expectClose(value(d, "alpha") / value(w, "alpha"), 7, 1e-4);
    for (const k of ["r", "a", "b"]) expectClose(value(d, k), value(w, k), 1e-4);
  });
  it("empty cells: trailing blank rows (null, '' or 0) leave the fit unchanged; a blank inside is #VALUE! with its row", async () => {
    const base = await callExcel("CLV.BGNBD", [TINY_X, TINY_TX, TINY_T]);
    for (const emptyAs of [null, "", 0] as const) {
      const r = await callExcel(
        "CLV.BGNBD",
        [
          [...TINY_X, EMPTY],
          [...TINY_TX, EMPTY],
          [...TINY_T, EMPTY],
        ],
        { emptyAs },
      );
      rows(base).forEach((row) =>
        typeof row[1] === "number" ? expectClose(value(r, row[0] as string), row[1], 1e-6) : undefined,
      );
    }
    const T = [...TINY_T] as unknown[];
    T[3] = EMPTY;
    expectError(await callExcel("CLV.BGNBD", [TINY_X, TINY_TX, T]), "#VALUE!", /Row 4: T is empty/);
  });
  it("text, negative T, t_x > T, lengths, unknown unit → #VALUE! naming the row or argument", async () => {
    expectError(
      await callExcel("CLV.BGNBD", [
        [1, "two"],
        [1, 2],
        [3, 3],
      ]),
      "#VALUE!",
      /Row 2: x must be a number, got "two"/,
    );
    expect(Array.isArray(await callExcel("CLV.BGNBD", [TINY_X.map(String), TINY_TX, TINY_T]))).toBe(true);
    expectError(
      await callExcel("CLV.BGNBD", [
        [1, 2],
        [1, 2],
        [3, -3],
      ]),
      "#VALUE!",
      /Row 2: T must be ≥ 0, got -3/,
    );
    expectError(
      await callExcel("CLV.BGNBD", [
        [1, 2],
        [1, 4],
        [3, 3],
      ]),
      "#VALUE!",
      /Row 2: t_x must be between 0 and 3/,
    );
    expectError(
      await callExcel("CLV.BGNBD", [
        [1, 1.5],
        [1, 2],
        [3, 3],
      ]),
      "#VALUE!",
      /Row 2: x must be a whole number/,
    );
    expectError(
      await callExcel("CLV.BGNBD", [
        [1, 2, 3],
        [1, 2],
        [3, 3],
      ]),
      "#VALUE!",
      /t_x has 2 rows but x has 3/,
    );
    expectError(
      await callExcel("CLV.BGNBD", [TINY_X, TINY_TX, TINY_T, "years"]),
      "#VALUE!",
      /unit must be one of/,
    );
  });
  it("no repeat purchases → #NUM! with the core's message", async () => {
    expectError(
      await callExcel("CLV.BGNBD", [
        [0, 0, 0],
        [0, 0, 0],
        [10, 20, 30],
      ]),
      "#NUM!",
      /No customer/i,
    );
  });
});

describe("CLV.PNBD", () => {
  it("CDNOW: r 0.553, α 10.58, s 0.606, β 11.66 (Fader & Hardie's MLE; README: 0.55, 10.58, 0.61, 11.66)", async () => {
    const r = await callExcel("CLV.PNBD", [col(1), col(2), col(3)]);
    expect(rows(r).map((row) => row[0])).toEqual(["model", "unit", "r", "alpha", "s", "beta", "LL"]);
    expect(rows(r)[0]!.slice(0, 2)).toEqual(["model", "pnbd"]);
    // standard errors spilled beside (observed information of the fit template; scipy agrees to 1 %, paretoNbdStandardErrors.test.ts)
    [0.0476, 0.843, 0.187, 6.21].forEach((se, i) => expectClose(rows(r)[2 + i]![2] as number, se, 0.01 * se));
    expectSignificant(value(r, "r"), 0.553, 3);
    expectSignificant(value(r, "alpha"), 10.58, 4);
    expectClose(value(r, "LL"), -9594.97, 0.01);
    expectSignificant(value(r, "s"), 0.606, 3);
    expectSignificant(value(r, "beta"), 11.66, 3); // MLE 11.668 (scipy); the README's 11.66 is truncated
    // its range works in CLV.PALIVE / CLV.PURCHASES: P(alive) in [0, 1], expectations grow with t
    const pa = num(await callExcel("CLV.PALIVE", [r, 2, 30.43, 38.86]));
    expect(pa).toBeGreaterThan(0);
    expect(pa).toBeLessThan(1);
    const e39 = num(await callExcel("CLV.PURCHASES", [r, 39, 2, 30.43, 38.86]));
    expect(num(await callExcel("CLV.PURCHASES", [r, 78, 2, 30.43, 38.86]))).toBeGreaterThan(e39);
  });
  it("data without an interior maximum → #NUM!; text and blanks → #VALUE! with the row; unit days recorded", async () => {
    expectError(await callExcel("CLV.PNBD", [TINY_X, TINY_TX, TINY_T]), "#NUM!", /fit failed/);
    expectError(
      await callExcel("CLV.PNBD", [
        [1, 2],
        ["x", 2],
        [3, 3],
      ]),
      "#VALUE!",
      /Row 1: t_x must be a number/,
    );
    expectError(
      await callExcel(
        "CLV.PNBD",
        [
          [1, EMPTY],
          [1, 2],
          [3, 3],
        ],
        { emptyAs: "" },
      ),
      "#VALUE!",
      /Row 2: x is empty/,
    );
  });
});

describe("CLV.GGFIT", () => {
  it("CDNOW 946 repeaters: p 6.25, q 3.74, γ 15.44 (Fader & Hardie 2013); x = 0 rows skipped", async () => {
    const r = await callExcel("CLV.GGFIT", [col(1), col(4)]);
    expect(rows(r).map((row) => row[0])).toEqual(["model", "p", "q", "gamma", "LL"]);
    expect(rows(r)[0]).toEqual([
      "model",
      "gammagamma",
      "se",
      "lower95",
      "upper95",
      "cov:p",
      "cov:q",
      "cov:gamma",
    ]);
    expectSignificant(value(r, "p"), 6.25, 3);
    expectSignificant(value(r, "q"), 3.74, 3);
    expectSignificant(value(r, "gamma"), 15.44, 3);
    // The paper's 15.44 is truncated: scipy (Nelder-Mead + BFGS on the same likelihood) finds 15.4477.
    expectClose(value(r, "gamma"), 15.4477, 0.001);
    const repeaters = cdnow.filter((c) => c[1] > 0);
    expect(repeaters.length).toBe(946);
    const only = await callExcel("CLV.GGFIT", [repeaters.map((c) => [c[1]]), repeaters.map((c) => [c[4]])]);
    expect(only).toEqual(r);
  });
  it("blank, text, spend ≤ 0 for a repeater → #VALUE! with the row; < 2 repeaters → #NUM!", async () => {
    expectError(
      await callExcel("CLV.GGFIT", [
        [1, 2, 3],
        [10, EMPTY, 30],
      ]),
      "#VALUE!",
      /Row 2: mean_spend is empty/,
    );
    expectError(
      await callExcel("CLV.GGFIT", [
        [1, 2, 3],
        [10, "n/a", 30],
      ]),
      "#VALUE!",
      /Row 2: mean_spend must be a number/,
    );
    expectError(
      await callExcel("CLV.GGFIT", [
        [1, 2, 3],
        [10, -5, 30],
      ]),
      "#VALUE!",
      /Row 2:.*> 0/,
    );
    expectError(
      await callExcel("CLV.GGFIT", [
        [0, 2, 0],
        [0, 20, 0],
      ]),
      "#NUM!",
    );
  });
});

describe("CLV.PALIVE", () => {
  const pub = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
  it("equals FHL (2008)'s closed form; 1 with no repeat purchase", async () => {
    for (const [x, tx, T] of [
      [2, 30.43, 38.86],
      [1, 1.71, 38.86],
      [7, 29.43, 38.86],
      [1, 38, 38.86],
    ] as const) {
      expectClose(num(await callExcel("CLV.PALIVE", [BG, x, tx, T])), bgPalive(pub, x, tx, T), 1e-12);
    }
    expect(await callExcel("CLV.PALIVE", [BG, 0, 0, 38.86])).toBe(1);
  });
  it("a range without the unit row, with blank rows, or labels in another case is read too", async () => {
    const loose: Rows = [
      ["MODEL", "bgnbd"],
      ["r", 0.243],
      [null, null],
      ["Alpha", 4.414],
      ["a", 0.793],
      ["b", 2.426],
    ];
    expectClose(
      num(await callExcel("CLV.PALIVE", [loose, 2, 30.43, 38.86])),
      bgPalive(pub, 2, 30.43, 38.86),
      1e-12,
    );
  });
  it("another model's range, no model row → #VALUE! naming what is needed (English and Chinese)", async () => {
    expectError(
      await callExcel("CLV.PALIVE", [GG, 2, 30, 38]),
      "#VALUE!",
      /needs the BG\/NBD .* but it has Gamma-Gamma/,
    );
    expectError(await callExcel("CLV.PALIVE", [[["r", 1]], 2, 30, 38]), "#VALUE!", /no model row/);
    setDisplayLanguage("zh-CN");
    expectError(await callExcel("CLV.PALIVE", [SBG, 2, 30, 38]), "#VALUE!", /这里需要.*sBG 参数/);
  });
  it("empty, text, t_x > T → #VALUE!", async () => {
    expectError(await callExcel("CLV.PALIVE", [BG, EMPTY, 30, 38]), "#VALUE!", /x is empty/);
    expectError(
      await callExcel("CLV.PALIVE", [BG, 2, EMPTY, 38], { emptyAs: "" }),
      "#VALUE!",
      /t_x is empty/,
    );
    expectError(
      await callExcel("CLV.PALIVE", [BG, "two", 30, 38]),
      "#VALUE!",
      /x must be a number, got "two"/,
    );
    expectError(await callExcel("CLV.PALIVE", [BG, 2, 40, 38]), "#VALUE!", /t_x must be between 0 and 38/);
  });
  it("filled down a column of customers (x, t_x, T ranges) it lifts cell by cell", async () => {
    const r = rows(await callExcel("CLV.PALIVE", [BG, [[2], [0]], [[30.43], [0]], [[38.86], [38.86]]]));
    expectClose(r[0]![0] as number, bgPalive(pub, 2, 30.43, 38.86), 1e-12);
    expect(r[1]![0]).toBe(1);
  });
});

describe("CLV.PURCHASES", () => {
  it("published parameters: 1.226 at x=2, t_x=30.43, T=38.86, t=39 (FHL 2005); t = 0 → 0", async () => {
    expectClose(num(await callExcel("CLV.PURCHASES", [BG, 39, 2, 30.43, 38.86])), 1.226, 0.001);
    expect(await callExcel("CLV.PURCHASES", [BG, 0, 2, 30.43, 38.86])).toBe(0);
  });
  it("empty, text, negative t, another model's range → #VALUE!", async () => {
    expectError(await callExcel("CLV.PURCHASES", [BG, EMPTY, 2, 30, 38]), "#VALUE!", /t is empty/);
    expectError(await callExcel("CLV.PURCHASES", [BG, "a year", 2, 30, 38]), "#VALUE!", /t must be a number/);
    expectError(await callExcel("CLV.PURCHASES", [BG, -1, 2, 30, 38]), "#VALUE!", /horizon t/);
    expectError(await callExcel("CLV.PURCHASES", [SBG, 39, 2, 30, 38]), "#VALUE!", /BG\/NBD/);
  });
});

describe("CLV.SPEND", () => {
  it("p(γ + x z̄)/(p x + q − 1) (Fader & Hardie 2013, by hand); x = 0 → population mean pγ/(q − 1)", async () => {
    expectClose(
      num(await callExcel("CLV.SPEND", [GG, 2, 22.35])),
      (6.25 * (15.44 + 2 * 22.35)) / (12.5 + 2.74),
      1e-12,
    );
    expectClose(num(await callExcel("CLV.SPEND", [GG, 0, 0])), (6.25 * 15.44) / 2.74, 1e-12);
  });
  it("empty, text, fractional x, another model's range → #VALUE!; p·x + q ≤ 1 → #NUM!", async () => {
    expectError(await callExcel("CLV.SPEND", [GG, 2, EMPTY]), "#VALUE!", /mean_spend is empty/);
    expectError(await callExcel("CLV.SPEND", [GG, "2 times", 20]), "#VALUE!", /x must be a number/);
    expectError(await callExcel("CLV.SPEND", [GG, 1.5, 20]), "#VALUE!", /whole number/);
    expectError(await callExcel("CLV.SPEND", [BG, 2, 20]), "#VALUE!", /Gamma-Gamma .* but it has BG\/NBD/);
    const low: Rows = [
      ["model", "gammagamma"],
      ["p", 1],
      ["q", 0.5],
      ["gamma", 10],
    ];
    expectError(await callExcel("CLV.SPEND", [low, 0, 0]), "#NUM!", /p·x \+ q > 1/);
  });
});

describe("CLV.FORECAST", () => {
  const args = [BG, GG, 2, 30.43, 38.86, 22.35];
  it("no discount: spend × expected purchases over the horizon (= CLV.SPEND × CLV.PURCHASES)", async () => {
    const spend = num(await callExcel("CLV.SPEND", [GG, 2, 22.35]));
    const e = num(await callExcel("CLV.PURCHASES", [BG, (12 * 30.4375) / 7, 2, 30.43, 38.86]));
    expectClose(num(await callExcel("CLV.FORECAST", [...args, 12, 0, "months"])), spend * e, 1e-9);
    const e52 = num(await callExcel("CLV.PURCHASES", [BG, 52, 2, 30.43, 38.86]));
    expectClose(
      num(await callExcel("CLV.FORECAST", [...args, 52, 0, "weeks", 0.3])),
      0.3 * spend * e52,
      1e-9,
    );
  });
  it("one period, discounted once at (1 + d)^(30.4375/365.25) − 1, as Excel's NPV does", async () => {
    const spend = num(await callExcel("CLV.SPEND", [GG, 2, 22.35]));
    const e = num(await callExcel("CLV.PURCHASES", [BG, 30.4375 / 7, 2, 30.43, 38.86]));
    const i = Math.pow(1.1, 30.4375 / 365.25) - 1;
    expectClose(num(await callExcel("CLV.FORECAST", [...args, 1, 0.1])), (spend * e) / (1 + i), 1e-9);
  });
  it("omitted optionals = 12 months at 10% a year, margin 1; a range without unit row is read as weeks", async () => {
    const full = num(await callExcel("CLV.FORECAST", [...args, 12, 0.1, "months", 1]));
    expect(await callExcel("CLV.FORECAST", args)).toBe(full);
    expect(await callExcel("CLV.FORECAST", [...args, EMPTY, EMPTY, EMPTY, EMPTY])).toBe(full);
    expect(await callExcel("CLV.FORECAST", [BG.filter((r) => r[0] !== "unit"), ...args.slice(1)])).toBe(full);
  });
  it("the unit row converts: the same model in days (α × 7) with history in days gives the same CLV", async () => {
    const days: Rows = BG.map((r) =>
      r[0] === "unit" ? ["unit", "days"] : r[0] === "alpha" ? ["alpha", 4.414 * 7] : r,
    );
    const full = num(await callExcel("CLV.FORECAST", args));
    expectClose(num(await callExcel("CLV.FORECAST", [days, GG, 2, 30.43 * 7, 38.86 * 7, 22.35])), full, 1e-9);
  });
  it("bad values → #VALUE!: horizon 0, margin > 1, unknown unit, text, empty, ranges swapped", async () => {
    expectError(await callExcel("CLV.FORECAST", [...args, 0]), "#VALUE!", /number of periods/);
    expectError(await callExcel("CLV.FORECAST", [...args, 12, 0.1, "months", 1.5]), "#VALUE!", /margin/);
    expectError(
      await callExcel("CLV.FORECAST", [...args, 12, 0.1, "years"]),
      "#VALUE!",
      /unit must be one of/,
    );
    expectError(await callExcel("CLV.FORECAST", [...args, "a year"]), "#VALUE!", /horizon must be a number/);
    expectError(
      await callExcel("CLV.FORECAST", [BG, GG, 2, 30.43, 38.86, EMPTY]),
      "#VALUE!",
      /mean_spend is empty/,
    );
    expectError(await callExcel("CLV.FORECAST", [GG, BG, 2, 30.43, 38.86, 22.35]), "#VALUE!", /BG\/NBD/);
    const badUnit: Rows = BG.map((r) => (r[0] === "unit" ? ["unit", "fortnights"] : r));
    expectError(await callExcel("CLV.FORECAST", [badUnit, ...args.slice(1)]), "#VALUE!", /unit row/);
  });
});

describe("CHURN.SBG", () => {
  it("Fader & Hardie (2007) cohorts: High end α 0.668, β 3.806; Regular α 0.704, β 1.182", async () => {
    const high = await callExcel("CHURN.SBG", [[1000, 869, 743, 653, 593, 551, 517, 491]]);
    expect(rows(high).map((r) => r[0])).toEqual(["model", "alpha", "beta", "LL"]);
    expect(rows(high)[0]).toEqual(["model", "sbg", "se", "lower95", "upper95", "cov:alpha", "cov:beta"]);
    expectSignificant(value(high, "alpha"), 0.668, 3);
    expectSignificant(value(high, "beta"), 3.806, 4);
    const regular = await callExcel("CHURN.SBG", [[[1000], [631], [468], [382], [326], [289], [262], [241]]]);
    expectSignificant(value(regular, "alpha"), 0.704, 3);
    expectSignificant(value(regular, "beta"), 1.182, 4);
  });
  it("trailing blanks ignored; a blank between counts, text, increasing counts → #VALUE!; nobody churns → #NUM!", async () => {
    const base = await callExcel("CHURN.SBG", [[1000, 869, 743]]);
    expect(await callExcel("CHURN.SBG", [[1000, 869, 743, EMPTY, EMPTY]], { emptyAs: "" })).toEqual(base);
    expectError(await callExcel("CHURN.SBG", [[1000, EMPTY, 743]]), "#VALUE!", /item 2 must be a number/);
    expectError(await callExcel("CHURN.SBG", [[1000, "869 left", 743]]), "#VALUE!", /item 2.*"869 left"/);
    expectError(await callExcel("CHURN.SBG", [[1000, 869, 900]]), "#VALUE!", /never increase \(item 3/);
    expectError(await callExcel("CHURN.SBG", [[1000]]), "#VALUE!", /at least one later count/);
    expectError(await callExcel("CHURN.SBG", [[1000, 1000, 1000]]), "#NUM!", /No customer churned/);
  });
});

describe("CHURN.SURVIVAL", () => {
  it("S(t) = Π (β + k − 1)/(α + β + k − 1), k = 1…t (Fader & Hardie 2007, by hand); S(0) = 1", async () => {
    let s = 1;
    for (let t = 1; t <= 12; t++) {
      s *= (3.806 + t - 1) / (0.668 + 3.806 + t - 1);
      expectClose(num(await callExcel("CHURN.SURVIVAL", [SBG, t])), s, 1e-12);
    }
    expect(await callExcel("CHURN.SURVIVAL", [SBG, 0])).toBe(1);
  });
  it("the spilled CHURN.SBG range is accepted as is", async () => {
    const fit = await callExcel("CHURN.SBG", [[1000, 869, 743, 653, 593, 551, 517, 491]]);
    const a = value(fit, "alpha"),
      b = value(fit, "beta");
    expectClose(num(await callExcel("CHURN.SURVIVAL", [fit, 1])), b / (a + b), 1e-12);
  });
  it("empty, text, fractional or negative t, another model's range → #VALUE!", async () => {
    expectError(await callExcel("CHURN.SURVIVAL", [SBG, EMPTY]), "#VALUE!", /t is empty/);
    expectError(await callExcel("CHURN.SURVIVAL", [SBG, "one"]), "#VALUE!", /t must be a number/);
    expectError(await callExcel("CHURN.SURVIVAL", [SBG, 1.5]), "#VALUE!", /whole number/);
    expectError(await callExcel("CHURN.SURVIVAL", [SBG, -1]), "#VALUE!", /period t/);
    expectError(await callExcel("CHURN.SURVIVAL", [BG, 1]), "#VALUE!", /sBG .* but it has BG\/NBD/);
  });
});

import fc from "fast-check";
import { customerTable, CustomerTable } from "../../../src/customers/table";
import { IdInterner, mergedIdsText } from "../../../src/customers/ids";
import { idColumn } from "../../../src/customers/idColumn";
import { expectIdColumnLikeInterner } from "../../helpers/idReference";
import { recency } from "../../../src/customers/recency";
import { rejectText } from "../../../src/customers/rejects";
import { codeOf, errorOf } from "../../helpers/errors";
import { deepFreeze, expectClose } from "../../helpers/tolerance";
import { readReferenceData } from "../../helpers/data";

// Fixed seed: the same cases every run (STYLE.md rule 8).
fc.configureGlobal({ seed: 20261125 });

/** Independent reference: a plain per-row Map group-by written straight from CRM_MODELS.md §1. */
function naive(ids: string[], dates: number[], amounts: number[], orders?: string[]) {
  const m = new Map<
    string,
    { id: string; first: number; last: number; orders: Set<string>; n: number; sum: number; refunds: number }
  >();
  let max = 0;
  for (let i = 0; i < ids.length; i++) {
    const key = ids[i]!.trim().toLowerCase();
    let c = m.get(key);
    if (!c)
      m.set(
        key,
        (c = {
          id: ids[i]!.trim(),
          first: Infinity,
          last: -Infinity,
          orders: new Set(),
          n: 0,
          sum: 0,
          refunds: 0,
        }),
      );
    const d = dates[i]!;
    const a = amounts[i]!;
    max = Math.max(max, d);
    c.sum += a;
    if (a < 0) c.refunds++;
    if (a > 0) {
      c.first = Math.min(c.first, d);
      c.last = Math.max(c.last, d);
      c.n++;
      if (orders) c.orders.add(orders[i]!.trim().toLowerCase());
    }
  }
  const asOf = max + 1;
  const rows = [...m.values()].filter((c) => c.n > 0);
  return {
    asOf,
    rows: rows.map((c) => ({
      id: c.id,
      first: c.first,
      last: c.last,
      days: asOf - c.last,
      f: orders ? c.orders.size : c.n,
      m: c.sum,
      refunds: c.refunds,
      tenure: asOf - c.first,
    })),
  };
}

function rowsOf(t: CustomerTable) {
  return t.ids.map((id, j) => ({
    id: String(id),
    first: t.firstPurchase[j]!,
    last: t.lastPurchase[j]!,
    days: t.daysSinceLastPurchase[j]!,
    f: t.frequency[j]!,
    m: t.monetary[j]!,
    refunds: t.refunds[j]!,
    tenure: t.tenureDays[j]!,
  }));
}

describe("customerTable (CRM_MODELS.md §1)", () => {
  it("doc example", () => {
    const t = customerTable(["A", "b", "a "], [45650, 45655, 45657], [10, 5, -2]);
    expect([t.asOf, t.ids, Array.from(t.frequency), Array.from(t.monetary)]).toEqual([
      45658,
      ["A", "b"],
      [1, 1],
      [8, 5],
    ]);
  });

  it("hand-computed example with refunds, order ids, as-of and units", () => {
    // Customer A: orders O1 (two lines on 2025-01-01), O2 on 2025-01-11, refund on 2025-01-15.
    // Customer B: one purchase on 2025-01-21. As-of 2025-01-31 (45688).
    const ids = ["A", "A", "A", "a", "B"];
    const dates = ["2025-01-01", 45658, "2025-01-11", "2025/1/15", "21.1.2025"];
    const amounts = [30, 20, 50, -10, 40];
    const orders = ["O1", "O1", "O2", "O3", "O4"];
    const t = customerTable(ids, dates, amounts, {
      orderIds: orders,
      asOf: "2025-01-31",
      recencyUnit: "weeks",
    });
    expect(t.asOf).toBe(45688);
    expect(t.ids).toEqual(["A", "B"]);
    expect(Array.from(t.firstPurchase)).toEqual([45658, 45678]);
    expect(Array.from(t.lastPurchase)).toEqual([45668, 45678]);
    expect(Array.from(t.daysSinceLastPurchase)).toEqual([20, 10]);
    expectClose(t.recency[0]!, 20 / 7, 1e-12);
    expect(Array.from(t.frequency)).toEqual([2, 1]); // O1, O2 (O3 is a refund, not a purchase)
    expect(Array.from(t.monetary)).toEqual([90, 40]);
    expect(Array.from(t.averageOrderValue)).toEqual([45, 40]);
    expect(Array.from(t.refunds)).toEqual([1, 0]);
    expect(Array.from(t.tenureDays)).toEqual([30, 10]);
    // Without order ids, F counts purchase rows: 3 for A.
    expect(Array.from(customerTable(ids, dates, amounts).frequency)).toEqual([3, 1]);
    expectClose(
      customerTable(ids, dates, amounts, { recencyUnit: "months" }).recency[1]!,
      1 / 30.4375,
      1e-15,
    );
  });

  it("period start: earlier rows ignored and counted", () => {
    const t = customerTable(["A", "A", "B"], [45600, 45650, 45640], [10, 20, 5], { periodStart: 45645 });
    expect(t.rowsBeforePeriod).toBe(2);
    expect(t.ids).toEqual(["A"]);
    expect(Array.from(t.monetary)).toEqual([20]);
    expect(t.periodStart).toBe(45645);
  });

  it("reference: the R rfm sample orders (995 customers, totals and as-of 2006-12-31)", () => {
    const lines = readReferenceData("rfm/rfm_data_orders.csv").trim().split("\n").slice(1);
    const ids: string[] = [];
    const dates: string[] = [];
    const amounts: number[] = [];
    for (const line of lines) {
      const m = /^"([^"]*)",([\d-]+),([\d.]+),/.exec(line)!;
      ids.push(m[1]!);
      dates.push(m[2]!);
      amounts.push(Number(m[3]));
    }
    const t = customerTable(ids, dates, amounts, { asOf: "2006-12-31" });
    expect(t.ids.length).toBe(995);
    expect(t.rowsUsed).toBe(4906);
    expect(t.rejected).toEqual([]);
    expect(Array.from(t.frequency).reduce((a, b) => a + b, 0)).toBe(4906);
    // R: quantile(recency_days) min 1, max 976; quantile(transaction_count) max 14 (checked in R 4).
    expect(Math.min(...t.daysSinceLastPurchase)).toBe(1);
    expect(Math.max(...t.daysSinceLastPurchase)).toBe(976);
    expect(Math.max(...t.frequency)).toBe(14);
    expect(Math.max(...t.monetary)).toBe(1488);
  });

  it("property: equals the naive group-by, for any row order, inputs frozen", () => {
    const pool = ["C1", "c1", " C1 ", "C2", "c2 ", "X", "y", "Y"];
    const row = fc.record({
      id: fc.constantFrom(...pool),
      date: fc.integer({ min: 45000, max: 45100 }),
      amount: fc.oneof(fc.integer({ min: -50, max: 200 }), fc.constant(0)),
      order: fc.constantFrom("O1", "o1", "O2", "O3", "O4", "O5"),
    });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 60 }), fc.boolean(), (rows, withOrders) => {
        const ids = deepFreeze(rows.map((r) => r.id));
        const dates = deepFreeze(rows.map((r) => r.date));
        const amounts = deepFreeze(rows.map((r) => r.amount));
        const orders = deepFreeze(rows.map((r) => r.order));
        const ref = naive(ids, dates, amounts, withOrders ? orders : undefined);
        if (ref.rows.length === 0) {
          expect(codeOf(() => customerTable(ids, dates, amounts))).toBe("invalid");
          return;
        }
        const t = customerTable(ids, dates, amounts, withOrders ? { orderIds: orders } : {});
        expect(t.asOf).toBe(ref.asOf);
        const got = rowsOf(t);
        expect(got.map((r) => ({ ...r, m: Math.round(r.m) }))).toEqual(
          ref.rows.map((r) => ({ ...r, m: Math.round(r.m) })),
        );
        // Reversed rows: the same customers and measures (the shown spelling may differ).
        const rev = customerTable(
          [...ids].reverse(),
          [...dates].reverse(),
          [...amounts].reverse(),
          withOrders ? { orderIds: [...orders].reverse() } : {},
        );
        const key = (r: { id: string }) => r.id.toLowerCase();
        const norm = (rs: ReturnType<typeof rowsOf>) =>
          rs.map((r) => ({ ...r, id: key(r) })).sort((a, b) => a.id.localeCompare(b.id));
        expect(norm(rowsOf(rev))).toEqual(norm(got));
        // Rows of refund-only customers are listed, none lost.
        expect(t.rowsUsed + t.rejected.length).toBe(rows.length);
      }),
    );
  });

  describe("edge cases", () => {
    it("empty input and columns of different lengths", () => {
      expect(codeOf(() => customerTable([], [], []))).toBe("invalid");
      expect(codeOf(() => customerTable(["A"], [45658, 45659], [1]))).toBe("invalid");
      expect(codeOf(() => customerTable(["A"], [45658], [1], { orderIds: [] }))).toBe("invalid");
    });
    it("one customer, one row", () => {
      const t = customerTable(["A"], [45658], [12.5]);
      expect(t.asOf).toBe(45659);
      expect(Array.from(t.daysSinceLastPurchase)).toEqual([1]);
      expect(Array.from(t.tenureDays)).toEqual([1]);
    });
    it("bad rows are listed with 1-based row numbers and both languages, never dropped", () => {
      const ids = ["A", "", null, "B", "C", "D", "E", "F", "G"];
      const dates = [45658, 45658, 45658, "2023-02-29", 60, 45658, 45658, -5, 45658];
      const amounts = [10, 10, 10, 10, 10, "12", NaN, 10, Infinity];
      const t = customerTable(ids, dates, amounts);
      expect(t.ids).toEqual(["A", "D"]); // "12" typed as text is read as 12
      expect(t.rejected.map((r) => [r.row, r.reason])).toEqual([
        [2, "noId"],
        [3, "noId"],
        [4, "badDate"],
        [5, "badDate"],
        [7, "badAmount"],
        [8, "badDate"],
        [9, "badAmount"],
      ]);
      expect(t.rejected[3]!.text.en).toMatch(/fictitious 1900-02-29/);
      expect(t.rejected[2]!.text.zh).toMatch(/日历日期/);
      expect(t.rejected[4]!.text.zh).toMatch(/金额/);
      expect(rejectText("noId", "").en).toBe("Row has no customer id.");
    });
    it("dates after the as-of date are rejected; a purchase on the as-of day has recency 0", () => {
      const t = customerTable(["A", "B", "C"], [45658, 45700, 45660], [1, 1, 1], { asOf: 45660 });
      expect(t.rejected.map((r) => [r.row, r.reason])).toEqual([[2, "afterAsOf"]]);
      expect(t.rejected[0]!.text.en).toMatch(/2025-02-12/);
      expect(Array.from(t.daysSinceLastPurchase)).toEqual([2, 0]);
    });
    it("a customer with only refunds is left out and its rows listed as noPurchase", () => {
      const t = customerTable(["A", "R", "R", "Z"], [45658, 45659, 45660, 45661], [10, -5, -3, 0]);
      expect(t.ids).toEqual(["A"]);
      expect(t.rejected.map((r) => [r.row, r.reason])).toEqual([
        [2, "noPurchase"],
        [3, "noPurchase"],
        [4, "noPurchase"],
      ]);
      expect(t.rejected[0]!.text.en).toMatch(/"R"/);
      expect(t.asOf).toBe(45662); // the as-of date still follows the latest date read
      expect(t.rowsUsed).toBe(1);
    });
    it("negative net monetary is kept (refunds above purchases in the period)", () => {
      const t = customerTable(["A", "A"], [45658, 45659], [10, -25]);
      expect(Array.from(t.monetary)).toEqual([-15]);
      expect(Array.from(t.averageOrderValue)).toEqual([-15]);
      expect(Array.from(t.lastPurchase)).toEqual([45658]);
    });
    it("ids differing in case or surrounding spaces are one customer; numbers equal their text", () => {
      const t = customerTable(
        ["Cust1 ", "CUST1", "\tcust1", 1001, "1001", " "],
        [45658, 45659, 45660, 45661, 45662, 45662],
        [1, 1, 1, 1, 1, 1],
      );
      expect(t.ids).toEqual(["Cust1", 1001]);
      expect(Array.from(t.frequency)).toEqual([3, 2]);
      expect(t.rejected.map((r) => r.reason)).toEqual(["noId"]);
    });
    it("order ids: missing order id rejected; case-insensitive; shared between customers counted per customer", () => {
      const t = customerTable(["A", "A", "B", "A"], [45658, 45658, 45659, 45660], [5, 5, 5, 5], {
        orderIds: ["o1", "O1 ", "o1", null],
      });
      expect(Array.from(t.frequency)).toEqual([1, 1]);
      expect(t.rejected.map((r) => [r.row, r.reason])).toEqual([[4, "noOrderId"]]);
    });
    it("1904 serials, fractional serials and text dates agree", () => {
      const a = customerTable(["A"], [44196.7], [1], { dateSystem: 1904 });
      const b = customerTable(["A"], ["2025-01-01 16:48"], [1]);
      const c = customerTable(["A"], [45658.7], [1]);
      expect([a.lastPurchase[0], b.lastPurchase[0], c.lastPurchase[0]]).toEqual([45658, 45658, 45658]);
    });
    it("serials 1–59 (early 1900) are read; dates before 1900 rejected", () => {
      const t = customerTable(["A", "B"], [59, "1899-12-31"], [1, 1]);
      expect(Array.from(t.lastPurchase)).toEqual([59]);
      expect(t.rejected[0]!.text.en).toMatch(/before 1900/);
    });
    it("ambiguous slash dates need the order option", () => {
      expect(customerTable(["A", "B"], ["03/04/2024", 45658], [1, 1]).rejected[0]!.reason).toBe("badDate");
      const t = customerTable(["A"], ["03/04/2024"], [1], { order: "dmy" });
      expect(t.lastPurchase[0]).toBe(Date.UTC(2024, 3, 3) / 86400000 + 25569);
    });
    it("bad options: unit, as-of, period after as-of, date system; nothing usable", () => {
      expect(codeOf(() => customerTable(["A"], [45658], [1], { recencyUnit: "years" as never }))).toBe(
        "invalid",
      );
      expect(codeOf(() => customerTable(["A"], [45658], [1], { asOf: "soon" }))).toBe("invalid");
      expect(codeOf(() => customerTable(["A"], [45658], [1], { asOf: 45600, periodStart: 45601 }))).toBe(
        "invalid",
      );
      expect(codeOf(() => customerTable(["A"], [45658], [1], { dateSystem: 1901 as never }))).toBe("invalid");
      const e = errorOf(() => customerTable(["", "A"], [45658, "x"], [1, 1]));
      expect(e.messageIn("en")).toMatch(/row 1: Row has no customer id/);
      expect(e.messageIn("zh")).toMatch(/第 2 行/);
    });
  });
});

describe("IdInterner", () => {
  it("doc example", () => {
    const ids = new IdInterner();
    expect([ids.indexOf("C001"), ids.indexOf(" c001 "), ids.indexOf("C002"), ids.indexOf("")]).toEqual([
      0, 0, 1, -1,
    ]);
    expect(ids.display).toEqual(["C001", "C002"]);
  });
  it("property: same customer number iff same trimmed lower-case key, through table growth", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 6 }), { maxLength: 3000 }), (xs) => {
        const it = new IdInterner();
        const seen = new Map<string, number>();
        for (const x of xs) {
          const key = x.trim().toLowerCase();
          const got = it.indexOf(x);
          if (key === "") expect(got).toBe(-1);
          else {
            if (!seen.has(key)) seen.set(key, seen.size);
            expect(got).toBe(seen.get(key));
          }
        }
        expect(it.size).toBe(seen.size);
      }),
      { numRuns: 30 },
    );
  });
  it("many distinct ids: the column fast path (table and pool growth) equals the exact path", () => {
    const xs: string[] = [];
    for (let i = 0; i < 40000; i++) xs.push(`id-${i}-${"x".repeat(i % 40)}`);
    for (let i = 0; i < 40000; i += 7) xs.push(` ID-${i}-${"X".repeat(i % 40)}`);
    const exact = new IdInterner();
    const want = xs.map((x) => exact.indexOf(x));
    const fast = idColumn(xs);
    expect(exact.size).toBe(40000);
    const differing = want.filter((c, i) => fast.customers[i] !== c).length;
    const shownDiffering = exact.display.filter((x, c) => fast.interner.display[c] !== x).length;
    expect([differing, shownDiffering, fast.interner.size]).toEqual([0, 0, 40000]);
  });
  it("edge cases: booleans, NaN, objects are no id", () => {
    const it = new IdInterner();
    expect([it.indexOf(true), it.indexOf(NaN), it.indexOf({}), it.indexOf(undefined)]).toEqual([
      -1, -1, -1, -1,
    ]);
  });
});

describe("idColumn (fast path of the id rule)", () => {
  it("doc example", () => {
    const { customers, interner } = idColumn(["C1", " c1", "C2", null]);
    expect([Array.from(customers), interner.display]).toEqual([
      [0, 0, 1, -1],
      ["C1", "C2"],
    ]);
  });
  it("ids longer than 65,535 characters take the exact path and still match", () => {
    const long = "x".repeat(70000);
    const { customers, interner } = idColumn([long, "A", ` ${long.toUpperCase()} `, "a"]);
    expect(Array.from(customers)).toEqual([0, 1, 0, 1]);
    expect(interner.size).toBe(2);
  });
  it("property: same customers as the exact per-value path, also when fingerprints collide (forced)", () => {
    const value = fc.oneof(
      fc.constantFrom("A", "a", " A", "B", "b ", "", "  ", "CC", "cc"),
      fc.string({ maxLength: 12 }),
      fc.integer({ min: 0, max: 5 }),
      fc.constant(null),
    );
    fc.assert(
      // Exactly the same customer numbers (first appearance order), shown spellings and merges.
      fc.property(fc.array(value, { maxLength: 300 }), fc.constantFrom(-1, 0, 1, 3), (xs, mask) =>
        expectIdColumnLikeInterner(xs, mask),
      ),
      { numRuns: 200 },
    );
  });
});

describe("recency (RFM.RECENCY)", () => {
  it("doc examples and units", () => {
    expect(recency(45650, 45658)).toBe(8);
    expectClose(recency(["2024-12-01", 45650], 45658, "weeks"), 8 / 7, 1e-15);
    expect(recency(45658 - 487, 45658, "months")).toBe(16); // 16 × 30.4375 = 487 days
    expect(recency([[45650], [null], [45657]], 45658)).toBe(1);
  });
  describe("edge cases", () => {
    it("last purchase after as-of, no date, bad unit, bad dates", () => {
      expect(codeOf(() => recency(45659, 45658))).toBe("invalid");
      expect(codeOf(() => recency([null, null], 45658))).toBe("invalid");
      expect(codeOf(() => recency(45650, 45658, "years" as never))).toBe("invalid");
      expect(codeOf(() => recency(60, 45658))).toBe("invalid");
      expect(codeOf(() => recency(45650, NaN))).toBe("invalid");
      expect(errorOf(() => recency(45659, 45658)).messageIn("zh")).toMatch(/研究时间点/);
    });
  });
});

describe("merged id spellings are reported, never silent", () => {
  it("counts each extra spelling once and keeps the first three as examples", () => {
    const t = customerTable(
      ["C001", "c001 ", "C001", "c001 ", " C001", "B2", "b2", 1001, "1001"],
      [45650, 45651, 45652, 45653, 45654, 45650, 45651, 45650, 45651],
      [10, 10, 10, 10, 10, 5, 5, 1, 1],
    );
    expect(t.ids).toEqual(["C001", "B2", 1001]);
    // "c001 " and " C001" join C001; "b2" joins B2; "1001" joins 1001 — four spellings.
    expect(t.mergedIds.count).toBe(4);
    expect(t.mergedIds.examples).toEqual([
      ["c001 ", "C001"],
      [" C001", "C001"],
      ["b2", "B2"],
    ]);
  });
  it("says so in both languages", () => {
    const m = { count: 1, examples: [["c001 ", "C001"]] as const };
    expect(mergedIdsText(m)?.en).toBe(
      '1 id spelling was read as an existing customer (case and surrounding spaces are ignored, as MATCH does), e.g. "c001 " as C001.',
    );
    expect(mergedIdsText(m)?.zh).toMatch(/^有 1 个编号写法被视为已有客户/);
    expect(mergedIdsText({ count: 0, examples: [] })).toBeUndefined();
  });
  it("no merge, no count", () => {
    expect(customerTable(["A", "B", "A"], [45650, 45650, 45651], [1, 2, 3]).mergedIds).toEqual({
      count: 0,
      examples: [],
    });
  });
});

describe("purchases in the last 6 months (seed 003's mailing policy, CRM_MODELS.md §2)", () => {
  it("purchases less than 6 × 30.4375 days before as-of, by the F rule (orders counted once, refunds not)", () => {
    const asOf = 45658;
    const t = customerTable(
      ["A", "A", "A", "A", "B", "B"],
      [asOf - 182, asOf - 183, asOf - 10, asOf - 10, asOf - 1, asOf - 2],
      [10, 10, 5, 7, 20, -4],
      { asOf, orderIds: ["o1", "o2", "o3", "o3", "o4", "o5"] },
    );
    // A: o1 (182 days, inside), o2 (183 days, outside), o3 (two rows, one order); B: o4, and a refund.
    expect(Array.from(t.purchasesLast6Months)).toEqual([2, 1]);
    expect(Array.from(t.frequency)).toEqual([3, 1]);
    expect(Array.from(t.refunds)).toEqual([0, 1]);
  });
});

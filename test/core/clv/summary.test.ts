import fc from "fast-check";
import {
  clvCustomerSummary,
  clvDaysPerUnit,
  holdoutPurchaseCounts,
  CLV_TIME_UNIT_LABELS,
} from "../../../src/clv";
import { codeOf, errorOf } from "../../helpers/errors";
import { deepFreeze, expectClose } from "../../helpers/tolerance";
import { cdnowSummary, cdnowTransactions, serialOf } from "./cdnowData";

describe("clvCustomerSummary on CDNOW (reference: cdnow_customers_summary_with_transactions.csv)", () => {
  const tx = cdnowTransactions();
  const ref = cdnowSummary();
  const s = clvCustomerSummary(tx.ids, tx.days, tx.amounts, {
    unit: "weeks",
    calibrationEnd: serialOf("19970930"),
  });

  it("has the 2,357 customers in file order, 946 repeaters, Σx = 2,457", () => {
    expect(tx.ids.length).toBe(6919);
    expect(s.customers.map((c) => c.id)).toEqual(ref.id);
    expect(s.customers.filter((c) => c.x > 0).length).toBe(946);
    expect(s.customers.reduce((a, c) => a + c.x, 0)).toBe(2457);
  });
  it("reproduces x exactly and t_x, T, zbar to the file's 2-decimal rounding", () => {
    s.customers.forEach((c, i) => {
      expect(c.x).toBe(ref.x[i]);
      expectClose(c.tx, ref.tx[i] as number, 0.005 + 1e-9);
      expectClose(c.T, ref.T[i] as number, 0.005 + 1e-9);
      expectClose(c.meanRepeatSpend, ref.zbar[i] as number, 0.005 + 1e-9);
    });
  });
  it("states its calibration end, unit and merge period", () => {
    expect(s.calibrationEnd).toBe(serialOf("19970930"));
    expect(s.unit).toBe("weeks");
    expect(s.mergeDays).toBe(1);
  });
  it("holdout 1997-10-01…1998-06-30 has 1,882 repeat purchase days (data README)", () => {
    const h = holdoutPurchaseCounts(tx.ids, tx.days, tx.amounts, {
      start: serialOf("19971001"),
      end: serialOf("19980630"),
    });
    expect(h.length).toBe(2357);
    expect(h.reduce((a, c) => a + c.purchases, 0)).toBe(1882);
  });
});

describe("clvCustomerSummary by hand", () => {
  it("doc example: CDNOW customer 1", () => {
    const c = clvCustomerSummary(["a", "a", "a"], [35431, 35448, 35644], [29.33, 29.73, 14.96], {
      unit: "weeks",
      calibrationEnd: 35703,
    }).customers[0];
    expect(c?.x).toBe(2);
    expectClose(c?.tx ?? NaN, 213 / 7, 1e-12);
    expectClose(c?.T ?? NaN, 272 / 7, 1e-12);
    expectClose(c?.meanRepeatSpend ?? NaN, (29.73 + 14.96) / 2, 1e-12);
  });
  it("merges same-day purchases (time of day ignored) and sums their spend", () => {
    const c = clvCustomerSummary([1, 1, 1, 1], [10, 12.25, 12.75, 20], [5, 1, 2, 4], { unit: "days" })
      .customers[0];
    expect(c).toEqual({ id: 1, firstPurchase: 10, x: 2, tx: 10, T: 10, meanRepeatSpend: 3.5 });
  });
  it("mergeDays = 7 merges purchases in the same week counted from the first purchase", () => {
    const c = clvCustomerSummary([1, 1, 1, 1], [0, 6, 7, 13], [1, 1, 1, 1], { unit: "days", mergeDays: 7 })
      .customers[0];
    expect(c?.x).toBe(1);
    expect(c?.tx).toBe(7);
    expect(c?.meanRepeatSpend).toBe(2);
  });
  it("units: days, weeks = 7 days, months = 30.4375 days", () => {
    expect(clvDaysPerUnit("days")).toBe(1);
    expect(clvDaysPerUnit("weeks")).toBe(7);
    expect(clvDaysPerUnit("months")).toBe(30.4375);
    expect(CLV_TIME_UNIT_LABELS.months.zh).toBe("月");
    // 1461 days = 4 Gregorian years = 48 mean months; the repeat on day 61 is 61/30.4375 months.
    const c = clvCustomerSummary(["a", "a"], [0, 61], [1, 1], { unit: "months", calibrationEnd: 1461 })
      .customers[0];
    expectClose(c?.T ?? NaN, 48, 1e-12);
    expectClose(c?.tx ?? NaN, 61 / 30.4375, 1e-12);
  });
  it("purchases after the calibration end and customers starting after it are left out", () => {
    const s = clvCustomerSummary(["a", "a", "b"], [0, 50, 60], [1, 1, 1], {
      unit: "days",
      calibrationEnd: 40,
    });
    expect(s.customers).toEqual([{ id: "a", firstPurchase: 0, x: 0, tx: 0, T: 40, meanRepeatSpend: 0 }]);
  });
  it("property: row order does not matter, inputs are not mutated", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: 1, max: 5 }),
            fc.integer({ min: 0, max: 60 }),
            fc.integer({ min: 0, max: 100 }),
          ),
          { minLength: 1, maxLength: 40 },
        ),
        (rows) => {
          const ids = deepFreeze(rows.map((r) => r[0]));
          const days = deepFreeze(rows.map((r) => r[1]));
          const amounts = deepFreeze(rows.map((r) => r[2]));
          const a = clvCustomerSummary(ids, days, amounts, { unit: "weeks", calibrationEnd: 60 }).customers;
          const rev = clvCustomerSummary([...ids].reverse(), [...days].reverse(), [...amounts].reverse(), {
            unit: "weeks",
            calibrationEnd: 60,
          }).customers;
          const byId = (cs: typeof a) => [...cs].sort((p, q) => Number(p.id) - Number(q.id));
          const A = byId(a),
            B = byId(rev);
          A.forEach((c, i) => {
            const d = B[i]!;
            expect([c.id, c.x, c.tx, c.T]).toEqual([d.id, d.x, d.tx, d.T]);
            expectClose(c.meanRepeatSpend, d.meanRepeatSpend, 1e-9);
            expect(c.tx).toBeLessThanOrEqual(c.T);
          });
        },
      ),
    );
  });
  describe("edge cases", () => {
    it("bad rows are refused with their row number, in both languages", () => {
      const e = errorOf(() => clvCustomerSummary(["a", "b"], [1, NaN], [1, 1], { unit: "days" }));
      expect(e.code).toBe("invalid");
      expect(e.messageIn("en")).toMatch(/Row 2/);
      expect(e.messageIn("zh")).toMatch(/第 2 行/);
      expect(codeOf(() => clvCustomerSummary(["a"], [1], [-5], { unit: "days" }))).toBe("invalid");
      expect(codeOf(() => clvCustomerSummary([""], [1], [5], { unit: "days" }))).toBe("invalid");
      expect(
        codeOf(() => clvCustomerSummary(["a"], ["2024-01-01" as unknown as number], [5], { unit: "days" })),
      ).toBe("invalid");
    });
    it("mismatched or empty columns, unknown unit, bad merge period", () => {
      expect(codeOf(() => clvCustomerSummary(["a"], [1, 2], [1], { unit: "days" }))).toBe("invalid");
      expect(codeOf(() => clvCustomerSummary([], [], [], { unit: "days" }))).toBe("invalid");
      expect(codeOf(() => clvCustomerSummary(["a"], [1], [1], { unit: "years" as "days" }))).toBe("invalid");
      expect(codeOf(() => clvCustomerSummary(["a"], [1], [1], { unit: "days", mergeDays: 0 }))).toBe(
        "invalid",
      );
    });
    it("a calibration end before every first purchase is invalid", () =>
      expect(codeOf(() => clvCustomerSummary(["a"], [100], [1], { unit: "days", calibrationEnd: 50 }))).toBe(
        "invalid",
      ));
    it("T = 0 for a customer who started on the calibration end", () =>
      expect(clvCustomerSummary(["a"], [100], [1], { unit: "days" }).customers[0]?.T).toBe(0));
    it("holdout window with start after end is invalid", () =>
      expect(codeOf(() => holdoutPurchaseCounts(["a"], [1], [1], { start: 10, end: 5 }))).toBe("invalid"));
  });
});

import fc from "fast-check";
import { customerTable, customerTableRows } from "../../../src/customers";
import { deepFreeze, expectClose } from "../../helpers/tolerance";

fc.configureGlobal({ seed: 20261126 });

describe("customerTableRows", () => {
  it("doc example: rows mapped to the table's customers, the id-less row to −1", () => {
    const r = customerTableRows(["A", "", "b", "a "], [45650, 45651, 45655, 45657], [10, 1, 5, -2]);
    expect([Array.from(r.rowCustomer), Array.from(r.rowDate)]).toEqual([
      [0, -1, 1, 0],
      [45650, 0, 45655, 45657],
    ]);
    expect(r.table.ids).toEqual(["A", "b"]);
  });

  it("the table is customerTable's, and per-row sums rebuild its monetary and purchase dates", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            id: fc.constantFrom("a", "B", " b", "c", "", "D"),
            day: fc.integer({ min: 45000, max: 45100 }),
            amount: fc.constantFrom(-5, 0, 3, 10.5, Number.NaN),
          }),
          { minLength: 1, maxLength: 40 },
        ),
        (rows) => {
          const ids = rows.map((r) => r.id);
          const days = rows.map((r) => r.day);
          const amounts = rows.map((r) => r.amount);
          let tableOrError: unknown;
          try {
            tableOrError = customerTable(ids, days, amounts);
          } catch {
            expect(() => customerTableRows(ids, days, amounts)).toThrow();
            return;
          }
          const { table, rowCustomer, rowDate } = customerTableRows(deepFreeze(ids), days, amounts);
          expect(table).toEqual(tableOrError);
          const k = table.ids.length;
          const sum = new Array<number>(k).fill(0);
          const first = new Array<number>(k).fill(Infinity);
          const rejected = new Set(table.rejected.map((r) => r.row - 1));
          for (let i = 0; i < rows.length; i++) {
            const j = rowCustomer[i]!;
            expect(j < 0).toBe(rejected.has(i));
            if (j < 0) continue;
            expect(String(table.ids[j]).toLowerCase()).toBe(ids[i]!.trim().toLowerCase());
            expect(rowDate[i]).toBe(days[i]);
            sum[j] = sum[j]! + amounts[i]!;
            if (amounts[i]! > 0) first[j] = Math.min(first[j]!, days[i]!);
          }
          for (let j = 0; j < k; j++) {
            expectClose(sum[j]!, table.monetary[j]!, 1e-9);
            expect(first[j]).toBe(table.firstPurchase[j]);
          }
        },
      ),
    );
  });

  describe("edge cases", () => {
    it("rows before the period, after the as-of date and of refund-only customers are −1", () => {
      const r = customerTableRows(["a", "a", "z", "a"], [45000, 45010, 45011, 45300], [5, 7, -3, 1], {
        periodStart: 45005,
        asOf: 45200,
      });
      expect(Array.from(r.rowCustomer)).toEqual([-1, 0, -1, -1]);
      expect(r.table.rejected.map((x) => [x.row, x.reason])).toEqual([
        [3, "noPurchase"],
        [4, "afterAsOf"],
      ]);
    });
  });
});

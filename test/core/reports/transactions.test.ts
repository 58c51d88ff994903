import { lastObservedDay, readTransactions, skippedRows } from "../../../src/reports";

describe("readTransactions", () => {
  it("doc example: sheet rows of skipped rows; last observed day without an as-of date", () => {
    const r = readTransactions({ ids: ["A", ""], dates: [45650, 45651], amounts: [1, 2], firstRow: 2 });
    expect([r.table.asOf, lastObservedDay({}, r.table.asOf), skippedRows(r.table.rejected, 2, "en")]).toEqual(
      [45651, 45650, [{ row: 3, reason: "Row has no customer id.", code: "noId" }]],
    );
  });

  describe("edge cases", () => {
    it("a given as-of date is itself the last observed day; zh reasons", () => {
      const r = readTransactions({ ids: ["A", "B"], dates: [45650, 45660], amounts: [1, 2], asOf: 45655 });
      expect(lastObservedDay({ asOf: 45655 }, r.table.asOf)).toBe(45655);
      expect(Array.from(r.rowCustomer)).toEqual([0, -1]);
      expect(skippedRows(r.table.rejected, 10, "zh")[0]!.row).toBe(11);
      expect(skippedRows(r.table.rejected, 10, "zh")[0]!.reason).toMatch(/晚于研究时间点/);
    });
  });
});

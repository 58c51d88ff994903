import {
  clvReport,
  lastObservedDay,
  lifecycleReport,
  readTransactions,
  rfmReport,
  skippedRows,
} from "../../../src/reports";
import { cdnowTransactions } from "../clv/cdnowData";

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

describe("one reading shared by the reports of one export", () => {
  const cdnow = cdnowTransactions();
  const columns = () => ({
    ids: [...cdnow.ids],
    dates: [...cdnow.days],
    amounts: [...cdnow.amounts],
    asOf: "1997-09-30",
  });

  it("the same columns and options give the same reading; another as-of date reads again", () => {
    const input = columns();
    const first = readTransactions(input);
    expect(readTransactions({ ...input })).toBe(first);
    expect(readTransactions({ ...input, asOf: "1997-06-30" })).not.toBe(first);
    expect(readTransactions({ ...input, dates: [...input.dates] })).not.toBe(first);
  });

  it("a report run after the others on the shared reading equals the report on fresh columns", () => {
    const shared = columns();
    lifecycleReport(shared, "en");
    clvReport(shared, "en");
    const after = rfmReport(shared, "en");
    const alone = rfmReport(columns(), "en");
    expect(after.rows).toEqual(alone.rows);
    expect(lifecycleReport(shared, "en").rows).toEqual(lifecycleReport(columns(), "en").rows);
    expect(clvReport(shared, "en").rows).toEqual(clvReport(columns(), "en").rows);
  });
});

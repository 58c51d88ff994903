import { clvReport, lifecycleReport, rfmReport, TransactionColumns } from "../../../src/reports";
import { sampleOrders } from "../../../taskpane/preview/sampleData";

/** The preview's sample export as the pane reads it: columns below the header, sheet row 2 first. */
function sample(extra: unknown[][] = []): TransactionColumns {
  const rows = [...sampleOrders().values.slice(1), ...extra];
  return {
    ids: rows.map((r) => r[0]),
    dates: rows.map((r) => r[1]),
    orderIds: rows.map((r) => r[2]),
    amounts: rows.map((r) => r[3]),
    firstRow: 2,
    today: "2026-03-01", // the pane passes today's date; the core reads no clock
  };
}
const reports = (input: TransactionColumns) => ({
  rfm: rfmReport(input, "en"),
  lifecycle: lifecycleReport(input, "en"),
  clv: clvReport(input, "en"),
});

describe("outliers cannot silently rewrite results (issue 9 item 4)", () => {
  const base = reports(sample());
  const lastRow = sampleOrders().values.length + 1; // the sheet row of an appended row

  it.each([
    ["2099-06-01", 73173],
    ["9999-12-31", 2958465],
  ])("one order dated %s: every report's numbers unchanged, the row listed as skipped", (_, serial) => {
    for (const id of ["C0001", "NEW"]) {
      const r = reports(sample([[id, serial, "O99999", 50]]));
      for (const k of ["rfm", "lifecycle", "clv"] as const) {
        expect(r[k].rows).toEqual(base[k].rows);
        expect(r[k].asOf).toBe(base[k].asOf);
        expect(r[k].skipped.find((s) => s.row === lastRow)?.reason).toMatch(/after the as-of date/);
      }
    }
  });

  it("an order dated 1900-01-01 is flagged and costs no more than 20% extra memory", () => {
    const r = reports(sample([["C0001", 1, "O99999", 50]]));
    expect(r.lifecycle.warnings[0]).toMatch(
      /^Customer C0001's first purchase 1900-01-01 stretches the data from \d+ to \d+ months/,
    );
    expect(r.lifecycle.seriesMonths).toBeLessThanOrEqual(1.2 * base.lifecycle.seriesMonths);
    expect(r.rfm.parameters).toMatch(/data 1900-01-01 … 2025-12-31/);
    // The other customers' lifecycle rows are unchanged.
    expect(r.lifecycle.rows.slice(1)).toEqual(base.lifecycle.rows.slice(1));
  });

  it("every report states its date span", () => {
    for (const k of ["rfm", "lifecycle", "clv"] as const) {
      expect(base[k].parameters).toMatch(/data 2024-\d\d-\d\d … 2025-12-31/);
      expect(base[k].dateSpan[1]).toBe(45292 + 730);
    }
  });

  it("1904 date system: serials − 1462 give the same reports", () => {
    const s = sample();
    const mac: TransactionColumns = {
      ...s,
      dates: Array.from(s.dates, (d) => (d as number) - 1462),
      dateSystem: 1904,
      today: "2026-03-01",
    };
    const r = reports(mac);
    for (const k of ["rfm", "lifecycle", "clv"] as const) {
      // The same rows; their date columns are the 1904 workbook's own serials, ready to write.
      const back = r[k].rows.map((row) =>
        row.map((v, c) => (r[k].dateColumns.includes(c) ? (v as number) + 1462 : v)),
      );
      expect(back).toEqual(base[k].rows);
      expect(r[k].parameters).toBe(base[k].parameters);
    }
  });
});

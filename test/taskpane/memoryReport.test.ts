/**
 * The preview's in-memory workbook running the pane's RFM flow end to end (read → core → write):
 * the source sheet is unchanged, the result sheet holds the table, the summary and a chart.
 */
import { MemoryWorkbookAdapter } from "../../taskpane/adapter/memory";
import { sampleOrders } from "../../taskpane/preview/sampleData";
import { rfmSheet } from "../../taskpane/reportSheet";
import { createI18n } from "../../taskpane/i18n";
import { rfmReport } from "../../src/reports";

test("RFM on the sample sheet writes a new sheet and leaves the source untouched", async () => {
  const source = sampleOrders();
  const before = JSON.stringify(source.values);
  const book = new MemoryWorkbookAdapter([source]);
  const read = await book.readSelection();
  const body = read!.values.slice(1);
  const report = rfmReport(
    {
      ids: body.map((r) => r[0]),
      dates: body.map((r) => r[1]),
      amounts: body.map((r) => r[3]),
      orderIds: body.map((r) => r[2]),
      firstRow: 2,
    },
    "zh",
  );
  const i18n = createI18n("zh");
  const name = await book.writeReport(rfmSheet(report, read!.address, i18n.t));
  const again = await book.writeReport(rfmSheet(report, read!.address, i18n.t));

  expect(JSON.stringify(book.sheets[0]!.values)).toBe(before);
  expect([name, again]).toEqual(["RFM 细分", "RFM 细分 (2)"]);
  const out = book.sheets[1]!;
  expect(out.values[0]).toEqual([`${read!.address} 的 RFM 细分`]);
  expect(out.values[1]![0]).toMatch(/^研究时间点 \d{4}-\d{2}-\d{2} · 5 级/);
  const width = report.header.length; // the RFM row: 17 columns
  expect(out.values[3]!.slice(0, width)).toEqual(report.header);
  expect(out.values.length).toBe(4 + report.customers);
  expect(out.charts).toEqual([{ title: "各细分的客户数", categories: report.segments.length }]);
  // Summary block to the right of the table: label + customers, summing to all customers.
  const summary = out.values.slice(4, 4 + report.segments.length).map((r) => r[width + 2] as number);
  expect(summary.reduce((a, b) => a + b, 0)).toBe(report.customers);
});

/**
 * The workbook's date system and today reach the reports (issue 9): the Excel adapter learns the
 * system from DATE(1904, 1, 1) (0 in a 1904 workbook, 1462 in a 1900 one; checked on the recording
 * fake, which computes DATE as Excel does), the memory adapter from its sheet; the same orders
 * stored as 1904 serials (1462 less) give the same reports as in a 1900 workbook, dates written
 * back in the workbook's own system; a row dated after today is skipped and listed.
 */
import { ExcelWorkbookAdapter } from "../../taskpane/adapter/excel";
import { MemoryWorkbookAdapter } from "../../taskpane/adapter/memory";
import { RangeValues } from "../../taskpane/adapter/types";
import { transactionColumns } from "../../taskpane/analyses/selectionColumns";
import { dateReadingText, localToday, rowsAfterToday } from "../../taskpane/analyses/dateReading";
import { sampleOrders } from "../../taskpane/preview/sampleData";
import { createI18n } from "../../taskpane/i18n";
import { clvReport, lifecycleReport, rfmReport, CustomerReport } from "../../src/reports";
import { isoFromSerial } from "../../src/dates";
import { FakeWorkbook } from "../helpers/fakeExcel";

const choice = { hasHeader: true, roles: { customerId: 0, date: 1, orderId: 2, amount: 3 } };
const source = sampleOrders();
const latest = Math.max(...source.values.slice(1).map((r) => r[1] as number));
const TODAY = isoFromSerial(latest); // the latest order is today's
// One more order, three days after today, of the first customer: skipped on both systems.
const orders1900: unknown[][] = [...source.values, [source.values[1]![0], latest + 3, "LATE-1", 99]];
const orders1904 = orders1900.map((r, i) => (i === 0 ? r : [r[0], (r[1] as number) - 1462, r[2], r[3]]));

async function readFromExcel(values: unknown[][], system: 1900 | 1904): Promise<RangeValues> {
  const book = new FakeWorkbook();
  book.dateSystem = system;
  book.addSheet("Orders", values);
  book.selection = { sheet: "Orders", rows: values.length, cols: 4 };
  const uninstall = book.install();
  try {
    const read = (await new ExcelWorkbookAdapter().readSelection())!;
    expect(book.log).toContainEqual({
      kind: "call",
      target: "functions",
      method: "date",
      args: [1904, 1, 1],
    });
    return read;
  } finally {
    uninstall();
  }
}

/** A report's rows with its date columns moved to 1900 serials. */
const in1900 = (r: CustomerReport, system: 1900 | 1904) =>
  r.rows.map((row) =>
    row.map((v, c) => (system === 1904 && r.dateColumns.includes(c) ? (v as number) + 1462 : v)),
  );

describe("date system and today in the pane", () => {
  it("the Excel adapter reads the date system with the selection", async () => {
    expect((await readFromExcel(orders1900, 1900)).dateSystem).toBe(1900);
    expect((await readFromExcel(orders1904, 1904)).dateSystem).toBe(1904);
  });

  it("a 1904 workbook gives the same RFM, lifecycle and CLV numbers as the same orders in a 1900 one", async () => {
    const r1900 = await readFromExcel(orders1900, 1900);
    const r1904 = await readFromExcel(orders1904, 1904);
    const in1900Input = transactionColumns(r1900, choice, "", TODAY);
    const in1904Input = transactionColumns(r1904, choice, "", TODAY);
    expect(in1904Input.dateSystem).toBe(1904);
    const run = [
      (i: typeof in1900Input) => rfmReport(i, "en"),
      (i: typeof in1900Input) => lifecycleReport(i, "en"),
      (i: typeof in1900Input) => clvReport(i, "en"),
    ];
    for (const report of run) {
      const a = report(in1900Input),
        b = report(in1904Input);
      expect(b.asOf).toBe(a.asOf);
      expect(b.parameters).toBe(a.parameters);
      expect(b.rows.length).toBe(a.rows.length);
      expect(in1900(b, 1904)).toEqual(in1900(a, 1900));
      expect(b.skipped).toEqual(a.skipped);
    }
    // Read as if it were 1900 (the flaw this fixes), the 1904 serials move every date 4 years back,
    // and the late order is no longer after today: the as-of date is the day after it, 4 years early.
    const wrong = rfmReport({ ...in1904Input, dateSystem: 1900 }, "en");
    expect(wrong.asOf).toBe(latest + 3 + 1 - 1462);
  });

  it("a row dated after today is skipped, listed with its sheet row, and counted in the pane's line", async () => {
    const read = await readFromExcel(orders1904, 1904);
    const r = rfmReport(transactionColumns(read, choice, "", TODAY), "en");
    const late = r.skipped.filter((s) => s.code === "afterToday");
    expect(late.map((s) => s.row)).toEqual([orders1904.length]); // the last sheet row
    expect(late[0]!.reason).toContain(isoFromSerial(latest + 3));
    expect(rowsAfterToday(r.skipped)).toBe(1);
    expect(r.asOf).toBe(latest + 1); // the default as-of date ignores the row after today
    const t = createI18n("en").t;
    expect(dateReadingText(t, 1904, TODAY, 1)).toBe(
      `Dates: 1904 date system (the workbook's: day 0 is 1904-01-01) · 1 row dated after today (${TODAY}) skipped`,
    );
    expect(createI18n("zh").t("opt.dates.afterToday", { count: 2, today: TODAY })).toBe(
      `跳过了 2 行晚于今天（${TODAY}）的记录`,
    );
    // Without today the late row is read: the as-of date moves to the day after it.
    expect(rfmReport(transactionColumns(read, choice, ""), "en").asOf).toBe(latest + 4);
  });

  it("the memory adapter reports its sheet's date system (1900 unless the workbook says 1904)", async () => {
    const book = new MemoryWorkbookAdapter([{ name: "Orders", values: orders1900 }]);
    expect((await book.readSelection())!.dateSystem).toBe(1900);
    book.addSheet("Opened", orders1904, undefined, 1904);
    expect((await book.readSelection())!.dateSystem).toBe(1904);
    expect(dateReadingText(createI18n("en").t, undefined, "2026-12-01", 0)).toBe(
      "Dates: 1900 date system assumed (the workbook did not say) · no row is dated after today (2026-12-01)",
    );
  });

  it("today is the local calendar date", () => {
    expect(localToday(new Date(2026, 0, 5, 0, 10))).toBe("2026-01-05");
    expect(localToday(new Date(2026, 11, 31, 23, 59))).toBe("2026-12-31");
  });
});

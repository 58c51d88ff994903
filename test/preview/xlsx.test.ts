/**
 * .xlsx in and out of the preview (issue 11.1, 11.3), in Node with excelts as the independent
 * reader/writer: the in-memory workbook written by exportXlsx and read back cell by cell (values,
 * cell types, number formats, the customers table with filter buttons, the frozen header, no
 * formula anywhere), and an .xlsx made with excelts (real date cells, a formula, an error, rich
 * text, a date typed as text) read by importXlsx into the values Excel holds.
 */
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read -- excelts cells and tables are plain in-memory objects, not Office.js proxies */
import { Workbook, ValueType } from "@cj-tech-master/excelts";
import { errorCell } from "../../src/cells/errorCell";
import { MemoryWorkbookAdapter } from "../../taskpane/adapter/memory";
import { exportXlsx } from "../../taskpane/preview/exportXlsx";
import { dateSerial, importXlsx } from "../../taskpane/preview/importXlsx";

// Serials by hand: 2025-01-02 is 45659 (Excel's DATEVALUE("2025-01-02")), 2004-12-20 is 38341.
const JAN2 = 45659;
const DEC20 = 38341;

async function readBack(bytes: Uint8Array): Promise<Workbook> {
  const book = new Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return book;
}

describe("dateSerial", () => {
  test("UTC dates give Excel's 1900-system serials", () => {
    expect(dateSerial(new Date(Date.UTC(2025, 0, 2)))).toBe(JAN2);
    expect(dateSerial(new Date(Date.UTC(2004, 11, 20)))).toBe(DEC20);
    expect(dateSerial(new Date(Date.UTC(1970, 0, 1, 12)))).toBe(25569.5);
  });
});

describe("exportXlsx", () => {
  async function workbook(): Promise<MemoryWorkbookAdapter> {
    const adapter = new MemoryWorkbookAdapter([
      {
        name: "Orders",
        values: [
          ["id", "date", "amount"],
          ["=1+1", "2025-01-02", 10],
          ["+A1", JAN2, errorCell("#N/A")],
        ],
      },
    ]);
    await adapter.writeSheets([
      {
        sheetName: "Customers",
        title: "Customers",
        notes: ["as of 2025-01-31"],
        table: {
          header: ["Customer", "Last purchase", "Monetary"],
          rows: [
            ['=HYPERLINK("http://x")', JAN2, 12.5],
            ["B", DEC20, 3],
          ],
          columnFormats: [undefined, "yyyy-mm-dd", "0.00"],
        },
      },
    ]);
    return adapter;
  }

  test("values, types, formats, the customers table and the frozen header; no formula", async () => {
    const adapter = await workbook();
    const book = await readBack(await exportXlsx(adapter.sheets));
    expect(book.worksheets.map((w) => w.name)).toEqual(["Orders", "Customers"]);

    const orders = book.getWorksheet("Orders")!;
    expect(orders.getCell("A2").type).toBe(ValueType.String);
    expect(orders.getCell("A2").value).toBe("=1+1");
    expect(orders.getCell("A3").value).toBe("+A1");
    expect(orders.getCell("B2").value).toBe("2025-01-02"); // text stays text
    expect(orders.getCell("B3").value).toBe(JAN2); // a given sheet has no formats: a number
    expect(orders.getCell("C3").value).toEqual({ error: "#N/A" });

    const sheet = adapter.sheets[1]!;
    const at = sheet.output!.table!;
    const out = book.getWorksheet("Customers")!;
    const header = out.getCell(at.row + 1, 1);
    expect(header.value).toBe("Customer");
    const first = out.getRow(at.row + 2);
    expect(first.getCell(1).type).toBe(ValueType.String);
    expect(first.getCell(1).value).toBe('=HYPERLINK("http://x")');
    expect(first.getCell(1).numFmt).toBe("@");
    expect(first.getCell(2).numFmt).toBe("yyyy-mm-dd");
    expect(first.getCell(2).value).toEqual(new Date(Date.UTC(2025, 0, 2))); // a date cell
    expect(first.getCell(3).value).toBe(12.5);
    expect(first.getCell(3).numFmt).toBe("0.00");
    expect(out.getCell("A1").value).toBe("Customers");
    // No cell of any sheet is a formula.
    for (const ws of book.worksheets)
      ws.eachRow((row) =>
        row.eachCell((c) => expect([c.address, c.type]).not.toEqual([c.address, ValueType.Formula])),
      );

    const tables = out.getTables();
    expect(tables).toHaveLength(1);
    const t = tables[0]!.table as unknown as {
      name: string;
      tableRef: string;
      headerRow: boolean;
      columns: { name: string; filterButton: boolean }[];
    };
    expect(t.name).toBe("Customers");
    expect(t.tableRef).toBe(`A${at.row + 1}:C${at.row + 3}`);
    expect(t.headerRow).toBe(true);
    expect(t.columns.map((c) => [c.name, c.filterButton])).toEqual([
      ["Customer", true],
      ["Last purchase", true],
      ["Monetary", true],
    ]);
    expect(out.views[0]).toMatchObject({ state: "frozen", ySplit: at.row + 1 });
  });

  test("round trip through importXlsx gives back the in-memory values (dates as serials)", async () => {
    const adapter = await workbook();
    const sheets = await importXlsx(await exportXlsx(adapter.sheets));
    const back = sheets[1]!;
    const mem = adapter.sheets[1]!;
    const width = Math.max(...mem.values.map((r) => r.length));
    const padded = mem.values.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ""));
    expect(back.rows).toEqual(padded);
    expect(sheets[0]!.rows).toEqual(adapter.sheets[0]!.values);
  });
});

describe("importXlsx", () => {
  test("numbers, date cells as serials, text dates as text, formula results, errors, rich text", async () => {
    const book = new Workbook();
    const ws = book.addWorksheet("Orders");
    ws.addRow(["customer", "date", "amount", "note"]);
    ws.addRow(["Brion Stark", new Date(Date.UTC(2004, 11, 20)), 110.5, "2025年1月1日"]);
    ws.addRow([7, new Date(Date.UTC(2025, 0, 2, 6)), { formula: "C2*2", result: 221 }, { error: "#DIV/0!" }]);
    ws.addRow([
      { richText: [{ text: "Ri" }, { text: "ch", font: { bold: true } }] },
      "2004-12-20",
      null,
      true,
    ]);
    ws.getColumn(2).numFmt = "yyyy-mm-dd";
    book.addWorksheet("Empty");
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());

    const [orders, empty] = await importXlsx(bytes);
    expect(orders!.name).toBe("Orders");
    expect(orders!.rows).toEqual([
      ["customer", "date", "amount", "note"],
      ["Brion Stark", DEC20, 110.5, "2025年1月1日"],
      [7, JAN2 + 0.25, 221, errorCell("#DIV/0!")],
      ["Rich", "2004-12-20", "", true],
    ]);
    expect(orders!.formats[1]![1]).toBe("yyyy-mm-dd");
    expect(orders!.formats[1]![0]).toBe("@");
    expect(empty).toEqual({ name: "Empty", rows: [], formats: [], dateSystem: 1900 });
    expect(orders!.dateSystem).toBe(1900);
  });

  test("a workbook saved with the 1904 date system: its own serials, and the sheet says 1904", async () => {
    const book = new Workbook();
    book.properties.date1904 = true;
    const ws = book.addWorksheet("Orders");
    ws.addRow(["customer", "date", "amount"]);
    ws.addRow(["A", new Date(Date.UTC(2004, 11, 20)), 10]);
    ws.addRow(["B", 37, 5]); // the file's number 37 in a date-formatted cell: 1904-02-07
    ws.getColumn(2).numFmt = "yyyy-mm-dd";
    const [orders] = await importXlsx(new Uint8Array(await book.xlsx.writeBuffer()));
    expect(orders!.dateSystem).toBe(1904);
    expect(orders!.rows[1]).toEqual(["A", DEC20 - 1462, 10]);
    expect(orders!.rows[2]).toEqual(["B", 37, 5]);
  });

  test("progress (what the xlsx worker posts): unzipping first, then rows up to every row; same sheets", async () => {
    const book = new Workbook();
    const ws = book.addWorksheet("Orders");
    ws.addRow(["customer", "date", "amount"]);
    for (let i = 0; i < 25_000; i++)
      ws.addRow([`C${i % 700}`, new Date(Date.UTC(2024, 0, 1 + (i % 300))), i % 97]);
    book.addWorksheet("Notes").addRow(["made here"]);
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    const seen: [number, number][] = [];
    const sheets = await importXlsx(bytes, (done, total) => seen.push([done, total]));
    expect(seen[0]).toEqual([-1, 1]);
    const rows = seen.slice(1);
    expect(rows.map(([d]) => d)).toEqual([10_000, 20_000, 25_002]);
    expect(rows.every(([, total]) => total === 25_002)).toBe(true);
    expect(sheets).toEqual(await importXlsx(bytes));
    expect(sheets[0]!.rows[1]).toEqual(["C0", 45292, 0]); // 2024-01-01 is serial 45292
  });
});

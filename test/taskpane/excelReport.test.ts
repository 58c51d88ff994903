/**
 * The Excel adapter's whole-sheet paths against office-addin-mock: reading a large selection in
 * bounded chunks with progress, and writing a report to a new, uniquely named sheet in chunks,
 * with its native chart, never touching the source sheet.
 */
import { OfficeMockObject } from "office-addin-mock";
import { ExcelWorkbookAdapter } from "../../taskpane/adapter/excel";
import { CHUNK_CELLS, SheetReport, chunkRows, uniqueSheetName } from "../../taskpane/adapter/types";
import { byteBoundedChunks } from "../../taskpane/adapter/output";

type Log = unknown[][];
const g = globalThis as Record<string, unknown>;
afterEach(() => {
  delete g.Excel;
});

function install(data: object): void {
  const mock = new OfficeMockObject(data);
  g.Excel = Object.assign(mock, {
    ChartType: { columnClustered: "ColumnClustered" },
    ChartSeriesBy: { columns: "Columns" },
  });
}

test("reads a large selection in chunks of at most CHUNK_CELLS cells, reporting progress", async () => {
  const rows = 120_000;
  const cols = 4;
  const log: Log = [];
  const step = chunkRows(cols);
  install({
    context: {
      workbook: {
        selected: {
          used: {
            address: "Orders!A1:D120000",
            rowCount: rows,
            columnCount: cols,
            rowIndex: 0,
            isNullObject: false,
            cell: {
              block: {
                values: Array.from({ length: step }, (_, i) => [`C${i}`, 45000 + i, `O${i}`, i]),
                valueTypes: Array.from({ length: step }, () => ["String", "Double", "String", "Double"]),
              },
              getResizedRange(r: number, c: number) {
                log.push(["chunk", r + 1, c + 1]);
                return this.block;
              },
            },
            getCell(r: number) {
              log.push(["at", r]);
              return this.cell;
            },
          },
          getUsedRangeOrNullObject() {
            return this.used;
          },
        },
        getSelectedRange() {
          return this.selected;
        },
      },
    },
    run: async function (this: { context: unknown }, callback: (context: unknown) => Promise<unknown>) {
      return callback(this.context);
    },
  });
  const m = g.Excel as unknown as { context: { workbook: { selected: { used: OfficeMockObject } } } };
  m.context.workbook.selected.used.load("isNullObject");
  const progress: [number, number][] = [];
  const read = await new ExcelWorkbookAdapter().readSelection((d, t) => progress.push([d, t]));
  const chunks = log.filter((e) => e[0] === "chunk");
  expect(chunks.length).toBe(Math.ceil(rows / step));
  for (const [, r, c] of chunks) expect((r as number) * (c as number)).toBeLessThanOrEqual(CHUNK_CELLS);
  expect(log.filter((e) => e[0] === "at").map((e) => e[1])).toEqual(chunks.map((_, i) => i * step));
  expect(progress.at(-1)).toEqual([rows, rows]);
  expect(read!.firstRow).toBe(1);
  expect(read!.address).toBe("Orders!A1:D120000");
});

test("writes a report to a new sheet with a unique name, in bounded chunks, with a chart", async () => {
  const log: Log = [];
  const rows = Array.from({ length: 25_000 }, (_, i) => [
    `C${i}`,
    45000,
    45001,
    3,
    2,
    10.5,
    5,
    4,
    3,
    543,
    "Champions",
    "Important value",
  ]);
  const report: SheetReport = {
    sheetName: "RFM",
    title: "RFM segmentation of Orders!A1:D1000",
    parameters: "As of 2025-01-01 · 5 bins · equal-count quantiles",
    table: {
      header: ["Customer", "First", "Last", "R days", "F", "M", "R", "F", "M", "Code", "Segment", "Type"],
      rows,
      dateColumns: [1, 2],
    },
    summary: {
      header: ["Segment", "Customers", "Share", "Revenue"],
      rows: [["Champions", 25_000, 1, 262_500]],
    },
    chartTitle: "Customers per segment",
  };
  const block = () => ({
    values: [] as unknown,
    numberFormat: [] as unknown,
    format: { font: { bold: false }, autofitColumns: () => log.push(["autofit"]) },
  });
  install({
    context: {
      application: { suspendApiCalculationUntilNextSync: () => log.push(["suspend"]) },
      workbook: {
        worksheets: {
          sheet: {
            range: block(),
            getRange(a: string) {
              log.push(["getRange", a]);
              return this.range;
            },
            getRangeByIndexes(r: number, c: number, h: number, w: number) {
              log.push(["range", r, c, h, w]);
              return this.range;
            },
            charts: {
              chart: {
                title: { text: "" },
                legend: { visible: true },
                setPosition: () => log.push(["position"]),
              },
              add(type: string, _range: unknown, by: string) {
                log.push(["chart", type, by]);
                return this.chart;
              },
            },
            activate: () => log.push(["activate"]),
          },
          add(name: string) {
            log.push(["add", name]);
            return this.sheet;
          },
        },
      },
    },
    run: async function (this: { context: unknown }, callback: (context: unknown) => Promise<unknown>) {
      return callback(this.context);
    },
  });
  // office-addin-mock cannot load a collection's "items/name"; give the collection its items as
  // Office.js would after load + sync (the source sheet and an earlier result).
  const sheets = (g.Excel as unknown as { context: { workbook: { worksheets: Record<string, unknown> } } })
    .context.workbook.worksheets;
  sheets.load = () => sheets;
  sheets.items = [{ name: "Orders" }, { name: "rfm" }];
  const progress: [number, number][] = [];
  const name = await new ExcelWorkbookAdapter().writeReport(report, (d, t) => progress.push([d, t]));
  expect(name).toBe("RFM (2)");
  expect(log.filter((e) => e[0] === "add")).toEqual([["add", "RFM (2)"]]);
  // Bounded by cells and by bytes (byteBoundedChunks), each chunk with calculation suspended.
  const chunks = byteBoundedChunks(report.table.rows, CHUNK_CELLS).length;
  const tableWrites = log.filter(
    // rows of the table body (from sheet row 5), not the header (row 4) nor the autofit range
    (e) => e[0] === "range" && (e[1] as number) >= 4 && e[2] === 0 && e[4] === 12,
  );
  expect(tableWrites.length).toBe(chunks);
  expect(log.filter((e) => e[0] === "suspend")).toHaveLength(chunks);
  for (const [, , , h, w] of log.filter((e) => e[0] === "range"))
    expect((h as number) * (w as number)).toBeLessThanOrEqual(CHUNK_CELLS + 12);
  expect(progress.at(-1)).toEqual([rows.length, rows.length]);
  expect(log).toContainEqual(["chart", "ColumnClustered", "Columns"]);
  expect(log.at(-1)).toEqual(["activate"]);
});

describe("uniqueSheetName", () => {
  it("adds a number when the name is taken, case-insensitively, and drops characters Excel refuses", () => {
    expect(uniqueSheetName("RFM", ["Orders"])).toBe("RFM");
    expect(uniqueSheetName("RFM", ["rfm", "RFM (2)"])).toBe("RFM (3)");
    expect(uniqueSheetName("a/b:c", [])).toBe("a b c");
  });
});

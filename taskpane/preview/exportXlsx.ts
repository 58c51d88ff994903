/**
 * The whole in-memory workbook as an .xlsx file (issue 11.3): every sheet's values with the
 * number format each cell was written with (MemorySheet.formats: "@" Text for text, date formats
 * for date serials); a text is always a string cell, never a formula ("=1+1" stays that text, as
 * the Excel adapter's Text format guarantees in Excel); an ErrorCell is an error cell. The
 * customers table of a result sheet becomes a real Excel table (header row, filter buttons,
 * TableStyleMedium2, as excel.ts adds it) with the header frozen: the rectangle writeSheets
 * recorded (MemorySheet.output.table), or for a writeReport sheet the table from row 4 down.
 * Charts are not written (the preview offers each as a PNG). Written with @cj-tech-master/excelts.
 * Cost: O(cells).
 * @example (await exportXlsx(adapter.sheets)).byteLength // => the file's size in bytes
 */
import { CellValue as ExcelValue, Workbook, Worksheet } from "@cj-tech-master/excelts";
import { isErrorCell } from "../../src/cells/errorCell";
import { GENERAL_FORMAT } from "../adapter/cellFormats";
import { Rect } from "../adapter/layout";
import { MemorySheet } from "../adapter/memory";
import { tableOrder, tableWidth } from "./tableView";

/** writeReport puts the customer table's header on row 4 (0-based 3). */
const REPORT_HEADER_ROW = 3;

function excelValue(v: unknown): ExcelValue {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "string" || typeof v === "boolean") return v === "" ? null : v;
  if (isErrorCell(v)) return { error: v.excelError } as ExcelValue;
  return v === null || v === undefined ? null : String(v);
}

/** The customers table's rectangle (0-based, header row included), if the sheet has one. */
export function customersTable(sheet: MemorySheet): Rect | undefined {
  if (sheet.output) return sheet.output.table;
  if ((sheet.chartSpecs?.length ?? 0) === 0) return undefined;
  const cols = tableWidth(sheet.values, REPORT_HEADER_ROW);
  if (cols === 0) return undefined;
  const rows = tableOrder(sheet.values, REPORT_HEADER_ROW, { column: null, descending: false, filter: "" });
  return { row: REPORT_HEADER_ROW, col: 0, rows: rows.length + 1, cols };
}

/** Adds the table; returns its header's column names (Excel wants them in the header cells). */
function addTable(ws: Worksheet, sheet: MemorySheet, at: Rect, index: number): string[] {
  const seen = new Set<string>();
  const columns = Array.from({ length: at.cols }, (_, c) => {
    let name = String(sheet.values[at.row]?.[at.col + c] ?? "").trim() || `Column ${c + 1}`;
    for (let k = 2; seen.has(name.toLowerCase()); k++) name = `${name} ${k}`;
    seen.add(name.toLowerCase());
    return { name, filterButton: true };
  });
  const rows = Array.from({ length: at.rows - 1 }, (_, i) =>
    columns.map((_, c) => excelValue(sheet.values[at.row + 1 + i]?.[at.col + c])),
  );
  ws.addTable({
    name: index === 0 ? "Customers" : `Customers${index + 1}`,
    ref: ws.getCell(at.row + 1, at.col + 1).address,
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns,
    rows,
  });
  ws.views = [{ state: "frozen", xSplit: 0, ySplit: at.row + 1 }];
  return columns.map((c) => c.name);
}

/** The .xlsx bytes of `sheets`, in order. */
export async function exportXlsx(sheets: readonly MemorySheet[]): Promise<Uint8Array> {
  const book = new Workbook();
  let tables = 0;
  for (const sheet of sheets) {
    const ws = book.addWorksheet(sheet.name);
    const at = customersTable(sheet);
    // The table first: excelts writes its cells; the pass below then sets every cell's format.
    const names = at && at.rows > 0 && at.cols > 0 ? addTable(ws, sheet, at, tables++) : [];
    sheet.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const value = excelValue(v);
        if (value === null) return;
        const cell = ws.getCell(r + 1, c + 1);
        cell.value = value;
        const format = sheet.formats?.[r]?.[c];
        if (format && format !== GENERAL_FORMAT) cell.numFmt = format;
      }),
    );
    names.forEach((name, c) => (ws.getCell(at!.row + 1, at!.col + 1 + c).value = name));
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}

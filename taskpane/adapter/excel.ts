/**
 * The Excel adapter: the one module in the task pane that calls Excel.run.
 * Reads and writes go in bounded chunks (CHUNK_CELLS) with progress; the source range is only read.
 * Every write sets the cells' number formats before their values (see cellFormats.ts: text cells
 * get the Text format "@", so an id such as `=HYPERLINK(…)` or `+1-555` stays the same text).
 */
import { withErrorCells } from "./errorCells";
import { CellValue, ColumnFormats, cellFormats, dateColumnFormats } from "./cellFormats";
import { formulaGrid } from "./formulaGrid";
import {
  Block,
  FormulaSheetSpec,
  Progress,
  RangeSample,
  RangeValues,
  SheetReport,
  WorkbookAdapter,
  chunkRows,
  uniqueSheetName,
} from "./types";

export class ExcelWorkbookAdapter implements WorkbookAdapter {
  readonly kind = "excel";

  async readSelectionSample(maxRows: number): Promise<RangeSample | null> {
    return Excel.run(async (context) => {
      const selected = context.workbook.getSelectedRange();
      const used = selected.getUsedRangeOrNullObject(true);
      used.load("address,rowCount,columnCount");
      await context.sync();
      if (used.isNullObject) return null;
      const rows = Math.max(1, Math.min(maxRows, used.rowCount));
      const head = used.getCell(0, 0).getResizedRange(rows - 1, used.columnCount - 1);
      head.load("values,valueTypes");
      await context.sync();
      return {
        address: used.address,
        rowCount: used.rowCount,
        columnCount: used.columnCount,
        sample: withErrorCells(head.values, head.valueTypes),
      };
    });
  }

  async readSelection(onProgress?: Progress): Promise<RangeValues | null> {
    return Excel.run(async (context) => {
      const used = context.workbook.getSelectedRange().getUsedRangeOrNullObject(true);
      used.load("address,rowCount,columnCount,rowIndex");
      await context.sync();
      if (used.isNullObject) return null;
      const { rowCount, columnCount } = used;
      const step = chunkRows(columnCount);
      const values: unknown[][] = [];
      for (let start = 0; start < rowCount; start += step) {
        const n = Math.min(step, rowCount - start);
        const block = used.getCell(start, 0).getResizedRange(n - 1, columnCount - 1);
        // valueTypes tells an error cell (#N/A, #REF!, …) from the same text: see errorCells.ts.
        block.load("values,valueTypes");
        // One sync per chunk is the point: each request stays bounded however large the sheet.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        for (const row of withErrorCells(block.values, block.valueTypes)) values.push(row);
        onProgress?.(start + n, rowCount);
      }
      return { address: used.address, firstRow: used.rowIndex + 1, values };
    });
  }

  async writeReport(report: SheetReport, onProgress?: Progress): Promise<string> {
    return Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      const name = uniqueSheetName(
        report.sheetName,
        sheets.items.map((s) => s.name),
      );
      const sheet = sheets.add(name);
      writeCells(sheet, 0, 0, [[report.title]]).format.font.bold = true;
      writeCells(sheet, 1, 0, [[report.parameters]]);
      // The summary and its chart sit to the right of the table, the table from row 4 down.
      const tableWidth = report.table.header.length;
      const summaryCol = tableWidth + 1;
      const summary = writeBlock(sheet, 3, summaryCol, report.summary);
      await context.sync();
      const total = report.table.rows.length;
      const step = chunkRows(tableWidth);
      writeCells(sheet, 3, 0, [report.table.header]).format.font.bold = true;
      for (let start = 0; start < total; start += step) {
        const rows = report.table.rows.slice(start, start + step);
        writeRows(sheet, 4 + start, 0, rows, report.table.dateColumns);
        // Bounded writes: one sync per chunk of CHUNK_CELLS cells.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        onProgress?.(start + rows.length, total);
      }
      const chart = sheet.charts.add("ColumnClustered", summary, "Columns");
      chart.title.text = report.chartTitle;
      chart.legend.visible = false;
      chart.setPosition(
        sheet.getRangeByIndexes(4 + report.summary.rows.length + 1, summaryCol, 1, 1),
        sheet.getRangeByIndexes(4 + report.summary.rows.length + 16, summaryCol + 6, 1, 1),
      );
      sheet.getRangeByIndexes(3, 0, Math.min(total + 1, 1000), tableWidth).format.autofitColumns();
      sheet.activate();
      await context.sync();
      return name;
    });
  }

  /**
   * Writes a sheet of typed cells (a worked example) to a new sheet: per chunk of rows, the number
   * formats first (Text "@" for text cells, never for formulas), then `Range.formulas`, which
   * enters each formula as a formula and each constant as a constant
   * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-formulas-member).
   */
  async insertExample(spec: FormulaSheetSpec): Promise<string> {
    return Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      const name = uniqueSheetName(
        spec.sheetName,
        sheets.items.map((s) => s.name),
      );
      const sheet = sheets.add(name);
      const grid = formulaGrid(spec);
      const step = chunkRows(grid.columns);
      for (let start = 0; start < grid.rows; start += step) {
        const n = Math.min(step, grid.rows - start);
        const range = sheet.getRangeByIndexes(start, 0, n, grid.columns);
        range.numberFormat = grid.formats.slice(start, start + n);
        range.formulas = grid.inputs.slice(start, start + n);
        // Bounded writes: one sync per chunk of CHUNK_CELLS cells.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      }
      sheet.getRangeByIndexes(0, 0, 1, 1).format.font.bold = true;
      sheet.activate();
      await context.sync();
      return name;
    });
  }
}

/** Writes a block's header and rows at (row, col); returns the range of its label + first number column. */
function writeBlock(sheet: Excel.Worksheet, row: number, col: number, block: Block): Excel.Range {
  const width = block.header.length;
  writeCells(sheet, row, col, [block.header]).format.font.bold = true;
  writeRows(sheet, row + 1, col, block.rows, block.dateColumns);
  return sheet.getRangeByIndexes(row, col, block.rows.length + 1, Math.min(2, width));
}

function writeRows(
  sheet: Excel.Worksheet,
  row: number,
  col: number,
  rows: readonly (readonly CellValue[])[],
  dateColumns: readonly number[] = [],
): void {
  if (rows.length > 0) writeCells(sheet, row, col, rows, dateColumnFormats(dateColumns));
}

/**
 * Queues one rectangular write at (row, col): the number formats first (Text "@" for every text
 * cell, the column's format for numbers), then the values, on the same range. Returns the range.
 */
function writeCells(
  sheet: Excel.Worksheet,
  row: number,
  col: number,
  rows: readonly (readonly CellValue[])[],
  columns: ColumnFormats = {},
): Excel.Range {
  const range = sheet.getRangeByIndexes(row, col, rows.length, rows[0]?.length ?? 1);
  range.numberFormat = cellFormats(rows, columns);
  range.values = rows.map((r) => [...r]);
  return range;
}

/**
 * The Excel adapter: the one module in the task pane that calls Excel.run.
 * Reads and writes go in bounded chunks (CHUNK_CELLS) with progress; the source range is only read.
 * Every write sets the cells' number formats before their values (see cellFormats.ts: text cells
 * get the Text format "@", so an id such as `=HYPERLINK(…)` or `+1-555` stays the same text).
 */
import { dateSystemFromProbe } from "../../src/dates/system";
import { withErrorCells } from "./errorCells";
import { layoutSheet, Rect } from "./layout";
import {
  MAX_REQUEST_BYTES,
  OUTPUT_MARK,
  OutputSheet,
  WriteOptions,
  byteBoundedChunks,
  checkAborted,
} from "./output";
import { CellValue, ColumnFormats, cellFormats, dateColumnFormats } from "./cellFormats";
import { formulaGrid } from "./formulaGrid";
import { addTableSheetIn, readSheetIn } from "./excelTableSheet";
import {
  Block,
  CHUNK_CELLS,
  ChartKind,
  ChartSpec,
  FormulaSheetSpec,
  Progress,
  RangeSample,
  RangeValues,
  SheetReport,
  WorkbookAdapter,
  chunkRows,
  uniqueSheetName,
} from "./types";

/**
 * Queues DATE(1904, 1, 1) on the workbook (no property of the released API tells the date system:
 * see dateSystemFromProbe); after the next sync the returned function reads it: 1904 or 1900, or
 * undefined when the probe is unavailable (older hosts) or gave anything else.
 */
function dateSystemProbe(context: Excel.RequestContext): () => 1900 | 1904 | undefined {
  let result: Excel.FunctionResult<number> | undefined;
  try {
    result = context.workbook.functions.date(1904, 1, 1);
    result.load("error,value");
  } catch {
    return () => undefined;
  }
  return () => {
    try {
      return result?.error ? undefined : dateSystemFromProbe(result?.value);
    } catch {
      return undefined;
    }
  };
}

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

  async readSelection(onProgress?: Progress, signal?: AbortSignal): Promise<RangeValues | null> {
    return Excel.run(async (context) => {
      const used = context.workbook.getSelectedRange().getUsedRangeOrNullObject(true);
      used.load("address,rowCount,columnCount,rowIndex");
      const probe = dateSystemProbe(context);
      await context.sync();
      if (used.isNullObject) return null;
      const dateSystem = probe();
      const { rowCount, columnCount } = used;
      const step = chunkRows(columnCount);
      const values: unknown[][] = [];
      for (let start = 0; start < rowCount; start += step) {
        checkAborted(signal);
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
      return { address: used.address, firstRow: used.rowIndex + 1, values, dateSystem };
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
      writeCells(sheet, 3, 0, [report.table.header]).format.font.bold = true;
      // Bounded writes (cells and bytes: long reasons in Chinese are 3 bytes a character), each
      // with calculation suspended until its sync.
      for (const [start, end] of byteBoundedChunks(report.table.rows, CHUNK_CELLS)) {
        context.application.suspendApiCalculationUntilNextSync();
        writeRows(sheet, 4 + start, 0, report.table.rows.slice(start, end), report.table.dateColumns);
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        onProgress?.(end, total);
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

  async writeSheets(sheets: readonly OutputSheet[], options: WriteOptions = {}): Promise<string[]> {
    return Excel.run((context) => writeSheets(context, sheets, options));
  }

  async ownOutputSheets(): Promise<string[]> {
    return Excel.run(async (context) => {
      const all = context.workbook.worksheets;
      all.load("items/name");
      await context.sync();
      return ownNames(context, all.items);
    });
  }

  async addTableSheet(baseName: string, rows: readonly (readonly CellValue[])[]): Promise<string> {
    return Excel.run((context) => addTableSheetIn(context, baseName, rows));
  }

  async readSheet(name: string): Promise<RangeValues | null> {
    return Excel.run((context) => readSheetIn(context, name));
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

/** Excel's chart type for each kind of {@link ChartSpec}. */
const CHART_TYPES: Record<ChartKind, "ColumnClustered" | "BarClustered" | "Line" | "XYScatter" | "Pie"> = {
  column: "ColumnClustered",
  bar: "BarClustered",
  line: "Line",
  scatter: "XYScatter",
  pie: "Pie",
};

/** Red (low) – yellow – green (high), Excel's default 3-colour scale. */
const COLOR_SCALE: Excel.ConditionalColorScaleCriteria = {
  minimum: { type: "LowestValue", color: "#F8696B" },
  midpoint: { formula: "50", type: "Percentile", color: "#FFEB84" },
  maximum: { type: "HighestValue", color: "#63BE7B" },
};

/**
 * Writes `sheets` (see WorkbookAdapter.writeSheets). Every request is bounded (CHUNK_CELLS cells,
 * MAX_REQUEST_BYTES / 2 of values + formats per table chunk) and starts by suspending calculation
 * until its sync. On abort or error the sheets added so far are deleted and the error rethrown.
 */
async function writeSheets(
  context: Excel.RequestContext,
  sheets: readonly OutputSheet[],
  options: WriteOptions,
): Promise<string[]> {
  const { onProgress, signal } = options;
  const created: Excel.Worksheet[] = [];
  let queued = 0;
  const begin = () => {
    context.application.suspendApiCalculationUntilNextSync();
    queued = 0;
  };
  const flush = async () => {
    await context.sync();
    begin();
  };
  try {
    checkAborted(signal);
    const all = context.workbook.worksheets;
    all.load("items/name");
    await context.sync();
    const taken = all.items.map((s) => s.name);
    const own = options.replace?.length ? await ownNames(context, all.items) : [];
    const replace = (options.replace ?? []).filter((n) => own.includes(n));
    const total = sheets.reduce((n, s) => n + (s.table?.rows.length ?? 0) + 1, 0);
    let done = 0;
    const names: string[] = [];
    begin();
    for (const spec of sheets) {
      const name = uniqueSheetName(spec.sheetName, taken);
      taken.push(name);
      names.push(name);
      const sheet = all.add(name);
      created.push(sheet);
      sheet.customProperties.add(OUTPUT_MARK, spec.sheetName);
      const layout = layoutSheet(spec);
      for (const w of layout.writes) {
        const range = writeCells(sheet, w.row, w.col, w.cells, w.columnFormats);
        if (w.bold) range.format.font.bold = true;
        queued += w.rows * w.cols * 40;
        if (queued > MAX_REQUEST_BYTES / 2) {
          checkAborted(signal);
          // Bounded requests: a sync whenever the queued writes reach the size limit.
          await flush();
        }
      }
      const t = spec.table;
      const at = layout.table;
      if (t && at) {
        writeCells(sheet, at.row, 0, [t.header]).format.font.bold = true;
        const formats: ColumnFormats = Object.assign({}, t.columnFormats ?? []);
        for (const [start, end] of byteBoundedChunks(t.rows, CHUNK_CELLS)) {
          writeCells(sheet, at.row + 1 + start, 0, t.rows.slice(start, end), formats);
          checkAborted(signal);
          // One sync per bounded chunk of the table.
          await flush();
          done += end - start;
          onProgress?.(done, total);
        }
        const table = sheet.tables.add(rangeOf(sheet, at), true);
        table.style = "TableStyleMedium2";
        table.showBandedRows = true;
        table.showFilterButton = true;
        sheet.freezePanes.freezeRows(at.row + 1);
        rangeOf(sheet, { ...at, rows: Math.min(at.rows, 1000) }).format.autofitColumns();
      }
      for (const g of layout.grids) {
        const cf = rangeOf(sheet, g.values).conditionalFormats.add("ColorScale");
        cf.colorScale.criteria = COLOR_SCALE;
      }
      for (const c of layout.charts) addChart(sheet, c.spec, c.data, c.at);
      checkAborted(signal);
      await flush();
      done += 1;
      onProgress?.(done, total);
    }
    checkAborted(signal);
    // Complete: only now the replaced earlier output goes, and the new sheets take free base names.
    for (const n of replace) all.getItem(n).delete();
    const free = taken.filter((n) => !replace.includes(n) && !names.includes(n));
    sheets.forEach((spec, i) => {
      const base = uniqueSheetName(spec.sheetName, free);
      if (base !== names[i] && !names.some((n, j) => j !== i && n.toLowerCase() === base.toLowerCase())) {
        created[i]!.name = base;
        names[i] = base;
      }
      free.push(names[i]!);
    });
    created[0]?.activate();
    await context.sync();
    return names;
  } catch (e) {
    if (created.length > 0) {
      for (const s of created) s.delete();
      await context.sync();
    }
    throw e;
  }
}

/** The names of `sheets` that carry OUTPUT_MARK (one sync). */
async function ownNames(
  context: Excel.RequestContext,
  sheets: readonly Excel.Worksheet[],
): Promise<string[]> {
  const marks = sheets.map((s) => {
    const p = s.customProperties.getItemOrNullObject(OUTPUT_MARK);
    p.load("value");
    return p;
  });
  await context.sync();
  return sheets.filter((_, i) => !marks[i]!.isNullObject).map((s) => s.name);
}

const rangeOf = (sheet: Excel.Worksheet, r: Rect): Excel.Range =>
  sheet.getRangeByIndexes(r.row, r.col, r.rows, r.cols);

/** A native chart over its data block (first column categories, one series per further column). */
function addChart(sheet: Excel.Worksheet, spec: ChartSpec, data: Rect, at: Rect): void {
  const chart = sheet.charts.add(CHART_TYPES[spec.kind], rangeOf(sheet, data), "Columns");
  chart.title.text = spec.title;
  chart.legend.visible = spec.series.length > 1;
  if (spec.series.length > 1) chart.legend.position = "Bottom";
  if (spec.kind !== "pie") {
    if (spec.xTitle) chart.axes.categoryAxis.title.text = spec.xTitle;
    if (spec.yTitle) chart.axes.valueAxis.title.text = spec.yTitle;
    if (spec.valueFormat) chart.axes.valueAxis.numberFormat = spec.valueFormat;
  }
  chart.setPosition(
    sheet.getRangeByIndexes(at.row, at.col, 1, 1),
    sheet.getRangeByIndexes(at.row + at.rows - 1, at.col + at.cols - 1, 1, 1),
  );
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

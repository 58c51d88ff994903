/**
 * The task pane's only door to a workbook. The UI talks to this interface; `excel.ts` implements
 * it with Excel.run (the only file that may), `memory.ts` with an in-memory workbook for the
 * in-browser preview and the tests. Data flows one way: workbook → adapter → core → adapter.
 * The source data is only ever read; results go to new sheets.
 */
import type { OutputSheet, WriteOptions } from "./output";
export interface RangeSample {
  /** A1 address of the range read, with its sheet, e.g. "Orders!A1:D1201". */
  readonly address: string;
  readonly rowCount: number;
  readonly columnCount: number;
  /** The first rows of the range (at most the number asked for), as Excel returns values. */
  readonly sample: unknown[][];
}

export interface RangeValues {
  readonly address: string;
  /** Sheet row number (1-based) of the first row read, so skipped rows can be named. */
  readonly firstRow: number;
  readonly values: unknown[][];
  /**
   * The workbook's date system, which numeric dates in `values` are serials of (1904: counted
   * from 1904-01-01, 1462 less than the same day in 1900); undefined when the workbook could not
   * say (the reports then assume 1900).
   */
  readonly dateSystem?: 1900 | 1904;
}

/**
 * One chart, described once and drawn by two renderers: the Excel adapter writes `categories` and
 * `series` as a block on the sheet and adds a native chart over it; the in-browser preview draws
 * the same description in the page. Everything a renderer needs is here (no sheet addresses).
 */
export type ChartKind = "column" | "bar" | "line" | "scatter" | "pie";

export interface ChartSeries {
  readonly name: string;
  readonly values: readonly number[];
}

export interface ChartSpec {
  /** Stable id, e.g. "segments", "pareto": tests and the preview find a chart by it. */
  readonly id: string;
  readonly kind: ChartKind;
  /** Title in the pane's language. */
  readonly title: string;
  /** Category labels (x axis), or x values for "scatter". */
  readonly categories: readonly (string | number)[];
  readonly series: readonly ChartSeries[];
  readonly xTitle?: string;
  readonly yTitle?: string;
  /** Number format of the values, e.g. "0%" for shares. */
  readonly valueFormat?: string;
}

/**
 * A labelled grid of numbers shown with a colour scale (Excel: a block with a 3-colour scale
 * conditional format; preview: cells shaded the same way), e.g. customers per R × F score.
 */
export interface GridSpec {
  readonly id: string;
  readonly title: string;
  readonly rowTitle: string;
  readonly columnTitle: string;
  readonly rowLabels: readonly (string | number)[];
  readonly columnLabels: readonly (string | number)[];
  /** values[row][column]; NaN for an empty cell. */
  readonly values: readonly (readonly number[])[];
  readonly valueFormat?: string;
}

/** A block of cells to write, with an optional title row above it. */
export interface Block {
  readonly header: readonly string[];
  readonly rows: readonly (readonly (string | number)[])[];
  /** Columns (0-based) holding Excel date serials, formatted as dates. */
  readonly dateColumns?: readonly number[];
}

/** What a whole-sheet analysis writes: a new sheet with a table, a summary and a native chart. */
export interface SheetReport {
  /** Base of the new sheet's name; a number is added when the name is taken ("RFM", "RFM (2)"). */
  readonly sheetName: string;
  readonly title: string;
  /** One line that makes the numbers reproducible (as-of date, method, parameters). */
  readonly parameters: string;
  readonly table: Block;
  /** Summary block (label column + numbers) charted as clustered columns of its first numeric column. */
  readonly summary: Block;
  readonly chartTitle: string;
  /** Charts and colour grids beyond the summary chart, described once for both renderers. */
  readonly charts?: readonly ChartSpec[];
  readonly grids?: readonly GridSpec[];
}

/**
 * A sheet of cells entered as a user types them, e.g. a worked example of the Learn tab: numbers,
 * texts, and formulas (a string starting with "="), so a student changes an input and sees the
 * results recalculate. Any other string is text and stays text (the Text format "@").
 */
export interface FormulaSheetSpec {
  /** Base of the new sheet's name; a number is added when the name is taken. */
  readonly sheetName: string;
  /** Cells by A1 address. */
  readonly cells: Readonly<Record<string, string | number>>;
  /** Number formats by A1 address or A1 range ("B5:B9": "0%"); other cells General (text "@"). */
  readonly formats?: Readonly<Record<string, string>>;
}

/** Progress of a long operation: `done` of `total` units (rows). */
export type Progress = (done: number, total: number) => void;

export interface WorkbookAdapter {
  /** "excel" inside Excel; "preview" for the in-memory workbook with the sample data. */
  readonly kind: "excel" | "preview";
  /**
   * The used part of the selected range: its address, size and first `maxRows` rows.
   * Reads a bounded number of cells whatever the selection's size. Null when the selection is empty.
   */
  readSelectionSample(maxRows: number): Promise<RangeSample | null>;
  /**
   * All values of the used part of the selection, read in bounded chunks. Null when empty.
   * Aborting `signal` stops at the next chunk with an AbortError.
   */
  readSelection(onProgress?: Progress, signal?: AbortSignal): Promise<RangeValues | null>;
  /** Writes `report` to a new sheet in bounded chunks, adds its chart, activates it; returns the sheet's name. */
  writeReport(report: SheetReport, onProgress?: Progress): Promise<string>;
  /**
   * Writes `sheets` as new sheets (tables, blocks, colour-scaled grids, native charts), in bounded
   * requests with calculation suspended; returns their names. Cancelled or failed, it deletes
   * every sheet it added and rethrows: no half-written output is left behind.
   */
  writeSheets(sheets: readonly OutputSheet[], options?: WriteOptions): Promise<string[]>;
  /** Names of the sheets earlier writeSheets calls added (they carry OUTPUT_MARK), in workbook order. */
  ownOutputSheets(): Promise<string[]>;
  /**
   * Adds a new sheet (unique name from `baseName`) holding `rows` from A1 — text cells get the
   * Text format "@" before their values, numbers stay numbers — with a bold first row; activates
   * it and returns its name. A table the user then edits, e.g. the RFM rules sheet.
   */
  addTableSheet(baseName: string, rows: readonly (readonly (string | number)[])[]): Promise<string>;
  /**
   * The values of sheet `name` from A1 to the end of its used range (firstRow 1), read in
   * bounded chunks; null when there is no such sheet or it is empty. The sheet is only read.
   */
  readSheet(name: string): Promise<RangeValues | null>;
  /**
   * Optional capability: adds a new sheet (unique name) holding `sheet`'s cells as typed, formulas
   * as live formulas, in bounded requests; activates it and returns its name.
   */
  insertExample?(sheet: FormulaSheetSpec): Promise<string>;
}

/** Cells per read or write request: bounded so a million-row sheet never goes in one call. */
export const CHUNK_CELLS = 100_000;

/** Rows per chunk for a block `columns` wide. */
export function chunkRows(columns: number): number {
  return Math.max(1, Math.floor(CHUNK_CELLS / Math.max(1, columns)));
}

/** "RFM", "RFM (2)", … : the first name not in `taken` (Excel compares names case-insensitively). */
export function uniqueSheetName(base: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  const clean = base.replace(/[\\/?*[\]:]/g, " ").slice(0, 25);
  if (!lower.has(clean.toLowerCase())) return clean;
  for (let i = 2; ; i++) {
    const name = `${clean} (${i})`;
    if (!lower.has(name.toLowerCase())) return name;
  }
}

/**
 * An in-memory workbook with the same interface as the Excel adapter: the in-browser preview
 * runs the real pane against it, and tests use it. Sheets hold values as Excel returns them
 * (numbers, text, "" for empty cells; dates as serial numbers; an Excel error as an ErrorCell).
 * Charts are kept as descriptions.
 *
 * Written cells follow the Excel adapter's rule (cellFormats.ts): each written cell records its
 * number format in `formats`, "@" (Text) for every text cell, so a text such as "=1+1" is stored
 * and returned as that text. Nothing here ever evaluates a value: a formula-like text stays text.
 */
import { cellFormat, cellFormats, dateColumnFormats, ColumnFormats } from "./cellFormats";
import { MemoryOutput, renderOutputSheet } from "./memoryOutput";
import { OutputSheet, WriteOptions, checkAborted } from "./output";
import { formulaGrid, isFormula } from "./formulaGrid";
import { nextTask } from "./nextTask";
import { measureSince, now } from "../timing";
import {
  Block,
  ChartSpec,
  FormulaSheetSpec,
  GridSpec,
  Progress,
  RangeSample,
  RangeValues,
  SheetReport,
  WorkbookAdapter,
  chunkRows,
  uniqueSheetName,
} from "./types";

export interface MemorySheet {
  readonly name: string;
  readonly values: unknown[][];
  /**
   * The date system of the workbook the sheet came from (an opened .xlsx may use 1904); numeric
   * dates in `values` are its serials. Default 1900, as a new Excel workbook.
   */
  readonly dateSystem?: 1900 | 1904;
  /**
   * Number format of each written cell (same shape as `values`, "" where none was set): "@" for
   * text, a date or number format for numbers. Absent on sheets the workbook was given.
   */
  readonly formats?: string[][];
  /** Charts on the sheet: their titles and the number of categories charted. */
  readonly charts?: { title: string; categories: number }[];
  /** The same charts as full descriptions (the preview draws them), then any further charts. */
  readonly chartSpecs?: readonly ChartSpec[];
  readonly grids?: readonly GridSpec[];
  /** What writeSheets put on the sheet: the table, colour-scaled grids and charts, as descriptions. */
  readonly output?: Omit<MemoryOutput, "values" | "formats">;
  /**
   * What was typed into the sheet, formulas included, by A1 address (sheets from insertExample):
   * the preview's formula sheet evaluates them and recalculates when the user edits one.
   */
  readonly inputs?: Readonly<Record<string, string | number>>;
}

/** Evaluates typed cells (formulas included) to the values a sheet shows, as rows from A1. */
export type FormulaEvaluator = (cells: Readonly<Record<string, string | number>>) => unknown[][];

/** The summary chart of a report: clustered columns of the summary's first numeric column. */
export function summaryChart(report: SheetReport): ChartSpec {
  const first = report.summary.rows[0] ?? [];
  const col = Math.max(
    1,
    first.findIndex((v, i) => i > 0 && typeof v === "number"),
  );
  return {
    id: "summary",
    kind: "column",
    title: report.chartTitle,
    categories: report.summary.rows.map((r) => String(r[0] ?? "")),
    series: [
      { name: report.summary.header[col] ?? "", values: report.summary.rows.map((r) => Number(r[col])) },
    ],
    xTitle: report.summary.header[0],
    yTitle: report.summary.header[col],
  };
}

function columnLetters(n: number): string {
  let s = "";
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

export class MemoryWorkbookAdapter implements WorkbookAdapter {
  readonly kind = "preview";
  private readonly book: MemorySheet[];
  private selected: string;
  private readonly listeners = new Set<() => void>();

  constructor(sheets: MemorySheet[]) {
    this.book = sheets;
    this.selected = sheets[0]?.name ?? "";
  }

  /** The sheets, in order (results are added at the end). */
  get sheets(): readonly MemorySheet[] {
    return this.book;
  }

  /** Calls `listener` after every sheet added (import or report); returns the unsubscribe. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The selected sheet's name (the pane reads its used range). */
  get selectedSheet(): string {
    return this.selected;
  }

  /**
   * Adds an imported sheet (opened file, pasted block) under a free name, selects it and returns
   * its name. Values as Excel holds them: numbers, text, "" for empty cells; `formats` the
   * number format of each cell when the file had them (an opened .xlsx); `dateSystem` the file's.
   */
  addSheet(
    baseName: string,
    values: unknown[][],
    formats?: string[][],
    dateSystem: 1900 | 1904 = 1900,
  ): string {
    const name = uniqueSheetName(
      baseName.trim() || "Sheet",
      this.book.map((s) => s.name),
    );
    const system = dateSystem === 1904 ? { dateSystem } : {};
    this.book.push(formats ? { name, values, formats, ...system } : { name, values, ...system });
    this.selected = name;
    this.listeners.forEach((l) => l());
    return name;
  }

  /** Replaces the values (and formats) of sheet `name` (an import re-read with other choices). */
  replaceSheet(name: string, values: unknown[][], formats?: string[][]): void {
    const i = this.book.findIndex((s) => s.name === name);
    if (i < 0) throw new Error(`no sheet ${name}`);
    this.book[i] = { ...this.book[i]!, values, formats };
    this.listeners.forEach((l) => l());
  }

  /** Selects the used range of a sheet, as a user clicking its corner would. */
  select(sheetName: string): void {
    if (!this.book.some((s) => s.name === sheetName)) throw new Error(`no sheet ${sheetName}`);
    this.selected = sheetName;
    this.listeners.forEach((l) => l());
  }

  private selection(): MemorySheet | undefined {
    const sheet = this.book.find((s) => s.name === this.selected);
    return sheet && sheet.values.length > 0 ? sheet : undefined;
  }

  private address(sheet: MemorySheet): string {
    const columns = sheet.values.reduce((w, r) => Math.max(w, r.length), 0);
    return `${sheet.name}!A1:${columnLetters(columns)}${sheet.values.length}`;
  }

  async readSelectionSample(maxRows: number): Promise<RangeSample | null> {
    const sheet = this.selection();
    if (!sheet) return null;
    return {
      address: this.address(sheet),
      rowCount: sheet.values.length,
      columnCount: sheet.values.reduce((w, r) => Math.max(w, r.length), 0),
      sample: sheet.values.slice(0, Math.max(1, maxRows)).map((r) => [...r]),
    };
  }

  async readSelection(onProgress?: Progress, signal?: AbortSignal): Promise<RangeValues | null> {
    const sheet = this.selection();
    if (!sheet) return null;
    const t0 = now();
    const step = chunkRows(sheet.values[0]?.length ?? 1);
    const source = sheet.values;
    const values: unknown[][] = [];
    for (let start = 0; start < source.length; start += step) {
      checkAborted(signal);
      // A frozen row (an opened file's, packedTable.ts) cannot be changed by the reader: handed
      // out as it is; any other row is copied, so the source is never modified.
      for (let r = start; r < Math.min(source.length, start + step); r++)
        values.push(Object.isFrozen(source[r]) ? source[r]! : [...source[r]!]);
      onProgress?.(values.length, source.length);
      await nextTask(); // the page handles input between chunks
    }
    measureSince("run: read the selection", t0);
    return { address: this.address(sheet), firstRow: 1, values, dateSystem: sheet.dateSystem ?? 1900 };
  }

  async addTableSheet(baseName: string, rows: readonly (readonly (string | number)[])[]): Promise<string> {
    const name = uniqueSheetName(
      baseName,
      this.book.map((s) => s.name),
    );
    const values = rows.map((r) => [...r]);
    this.book.push({ name, values, formats: cellFormats(values) });
    this.selected = name;
    this.listeners.forEach((l) => l());
    return name;
  }

  async readSheet(name: string): Promise<RangeValues | null> {
    const sheet = this.book.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (!sheet || sheet.values.length === 0) return null;
    return { address: this.address(sheet), firstRow: 1, values: sheet.values.map((r) => [...r]) };
  }

  private evaluator: FormulaEvaluator | undefined;

  /**
   * The preview gives its formula sheet here, so inserted examples hold computed values. Examples
   * inserted before it arrived (the engine loads lazily) are evaluated now.
   */
  useFormulaEvaluator(evaluate: FormulaEvaluator): void {
    this.evaluator = evaluate;
    const typed = this.book.filter((s) => s.inputs);
    typed.forEach((s) => this.recalculate(s));
    if (typed.length > 0) this.listeners.forEach((l) => l());
  }

  /**
   * Types `input` into `at` (A1) of an inserted example's sheet ("" clears it) and evaluates the
   * sheet again, as Excel recalculates on entry. Returns false when `sheetName` holds no typed cells.
   */
  setInput(sheetName: string, at: string, input: string | number): boolean {
    const sheet = this.book.find((s) => s.name === sheetName);
    if (!sheet?.inputs) return false;
    const inputs = { ...sheet.inputs };
    if (input === "") delete inputs[at.toUpperCase()];
    else inputs[at.toUpperCase()] = input;
    (sheet as { inputs: Record<string, string | number> }).inputs = inputs;
    this.recalculate(sheet);
    this.listeners.forEach((l) => l());
    return true;
  }

  /** Replaces a typed sheet's values by the evaluator's results (in place: the sheet keeps its name). */
  private recalculate(sheet: MemorySheet): void {
    if (!this.evaluator || !sheet.inputs) return;
    const values = sheet.values;
    values.splice(0, values.length, ...this.evaluator(sheet.inputs));
  }

  /**
   * Adds `spec` as a new sheet (unique name) and selects it, keeping what was typed in `inputs`.
   * Its values are the evaluator's results; without an evaluator a formula cell shows "" (never
   * the formula text as if it were data). Text cells get the Text format "@" as in Excel.
   */
  async insertExample(spec: FormulaSheetSpec): Promise<string> {
    const name = uniqueSheetName(
      spec.sheetName,
      this.book.map((s) => s.name),
    );
    const grid = formulaGrid(spec);
    const values = this.evaluator
      ? this.evaluator(spec.cells)
      : grid.inputs.map((row) => row.map((v) => (isFormula(v) ? "" : v)));
    this.book.push({ name, values, formats: grid.formats, inputs: { ...spec.cells } });
    this.selected = name;
    this.listeners.forEach((l) => l());
    return name;
  }

  async writeReport(report: SheetReport, onProgress?: Progress): Promise<string> {
    const name = uniqueSheetName(
      report.sheetName,
      this.book.map((s) => s.name),
    );
    const grid: unknown[][] = [];
    const formats: string[][] = [];
    const put = (row: number, col: number, v: unknown, columns: ColumnFormats = {}, c0 = 0) => {
      while (grid.length <= row) (grid.push([]), formats.push([]));
      const r = grid[row]!;
      const f = formats[row]!;
      while (r.length < col) (r.push(""), f.push(""));
      r[col] = v;
      f[col] = cellFormat(v, columns[col - c0]);
    };
    const putBlock = (row: number, col: number, b: Block) => {
      const columns = dateColumnFormats(b.dateColumns);
      b.header.forEach((h, c) => put(row, col + c, h));
      b.rows.forEach((r, i) => r.forEach((v, c) => put(row + 1 + i, col + c, v, columns, col)));
    };
    put(0, 0, report.title);
    put(1, 0, report.parameters);
    grid.push([]);
    formats.push([]);
    putBlock(3, report.table.header.length + 1, report.summary);
    const step = chunkRows(report.table.header.length);
    const tableFormats = dateColumnFormats(report.table.dateColumns);
    report.table.header.forEach((h, c) => put(3, c, h));
    for (let start = 0; start < report.table.rows.length; start += step) {
      const rows = report.table.rows.slice(start, start + step);
      rows.forEach((r, i) => r.forEach((v, c) => put(4 + start + i, c, v, tableFormats)));
      onProgress?.(start + rows.length, report.table.rows.length);
      await nextTask();
    }
    this.book.push({
      name,
      values: grid,
      formats,
      charts: [{ title: report.chartTitle, categories: report.summary.rows.length }],
      chartSpecs: [summaryChart(report), ...(report.charts ?? [])],
      grids: report.grids,
    });
    this.listeners.forEach((l) => l());
    return name;
  }

  async ownOutputSheets(): Promise<string[]> {
    return this.book.filter((s) => s.output !== undefined).map((s) => s.name);
  }

  async writeSheets(sheets: readonly OutputSheet[], options: WriteOptions = {}): Promise<string[]> {
    const { onProgress, signal } = options;
    const t0 = now();
    const total = sheets.reduce((n, s) => n + (s.table?.rows.length ?? 0) + 1, 0);
    let done = 0;
    const added: MemorySheet[] = [];
    try {
      checkAborted(signal);
      for (const spec of sheets) {
        const name = uniqueSheetName(
          spec.sheetName,
          this.book.map((s) => s.name),
        );
        // The sheet is added first, so a cancel in the middle leaves it half-written: cleaned below.
        const sheet: { -readonly [K in keyof MemorySheet]: MemorySheet[K] } = { name, values: [] };
        this.book.push(sheet);
        added.push(sheet);
        const out = await renderOutputSheet(spec, (rows) => onProgress?.((done += rows), total), signal);
        checkAborted(signal);
        const { values, formats, ...objects } = out;
        Object.assign(sheet, {
          values,
          formats,
          output: objects,
          charts: objects.chartSpecs.map((c) => ({
            title: c.spec.title,
            categories: c.spec.categories.length,
          })),
          // The charts and colour-scaled grids the preview draws.
          chartSpecs: objects.chartSpecs.map((c) => c.spec),
          grids: objects.grids.map((g) => g.spec),
        });
        onProgress?.((done += 1), total);
      }
      checkAborted(signal);
      // Complete: only now the replaced earlier output goes (only sheets this workbook's
      // writeSheets made), and the new sheets take the names that became free.
      const replace = (options.replace ?? []).filter((n) =>
        this.book.some((s) => s.name === n && s.output !== undefined && !added.includes(s)),
      );
      for (const n of replace)
        this.book.splice(
          this.book.findIndex((s) => s.name === n),
          1,
        );
      sheets.forEach((spec, i) => {
        const others = this.book.filter((s) => s !== added[i]).map((s) => s.name);
        const base = uniqueSheetName(spec.sheetName, others);
        if (replace.length > 0 && base !== added[i]!.name) (added[i] as { name: string }).name = base;
      });
      measureSince("run: write the sheets", t0);
      // The preview's workbook view shows the new sheets at once (it re-renders on these calls).
      this.listeners.forEach((l) => l());
      return added.map((s) => s.name);
    } catch (e) {
      for (const s of added) this.book.splice(this.book.indexOf(s), 1);
      throw e;
    }
  }
}

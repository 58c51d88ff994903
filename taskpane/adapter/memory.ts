/**
 * An in-memory workbook with the same interface as the Excel adapter: the in-browser preview
 * runs the real pane against it, and tests use it. Sheets hold values as Excel returns them
 * (numbers, text, "" for empty cells; dates as serial numbers).
 */
import { RangeSample, WorkbookAdapter } from "./types";

export interface MemorySheet {
  readonly name: string;
  readonly values: unknown[][];
}

function columnLetters(n: number): string {
  let s = "";
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

export class MemoryWorkbookAdapter implements WorkbookAdapter {
  readonly kind = "preview";
  private readonly sheets: MemorySheet[];
  private selected: string;

  constructor(sheets: MemorySheet[]) {
    this.sheets = sheets;
    this.selected = sheets[0]?.name ?? "";
  }

  /** Selects the used range of a sheet, as a user clicking its corner would. */
  select(sheetName: string): void {
    if (!this.sheets.some((s) => s.name === sheetName)) throw new Error(`no sheet ${sheetName}`);
    this.selected = sheetName;
  }

  async readSelectionSample(maxRows: number): Promise<RangeSample | null> {
    const sheet = this.sheets.find((s) => s.name === this.selected);
    if (!sheet || sheet.values.length === 0) return null;
    const rowCount = sheet.values.length;
    const columnCount = sheet.values.reduce((w, r) => Math.max(w, r.length), 0);
    return {
      address: `${sheet.name}!A1:${columnLetters(columnCount)}${rowCount}`,
      rowCount,
      columnCount,
      sample: sheet.values.slice(0, Math.max(1, maxRows)).map((r) => [...r]),
    };
  }
}

/**
 * Where each part of an {@link OutputSheet} goes, computed once for both adapters (so the preview
 * shows what Excel gets): title and notes at the top left; the table below them; blocks, grids and
 * charts in one column flow to the right of the table (or below the notes without one), each
 * taking the rows it needs plus a gap, so nothing overlaps. A chart's data block sits at the
 * left of its chart. Rows and columns are 0-based. Pure; cost O(cells).
 *
 * @example
 * layoutSheet({ sheetName: "S", title: "T", notes: ["n"], charts: [] }).top // => 3
 */
import type { ColumnFormats } from "./cellFormats";
import type { OutputSheet } from "./output";
import type { ChartSpec, GridSpec } from "./types";

export interface Rect {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/** One rectangular write of cells (with the number formats of its numeric columns). */
export interface CellWrite extends Rect {
  readonly cells: readonly (readonly (string | number)[])[];
  readonly columnFormats: ColumnFormats;
  readonly bold?: boolean;
}

export interface SheetLayout {
  /** Title, notes, block titles and headers, grid and chart data: small writes. */
  readonly writes: readonly CellWrite[];
  /** First row under the title and notes. */
  readonly top: number;
  /** The table's whole rectangle (header row included), when the sheet has one. */
  readonly table?: Rect;
  readonly grids: readonly { readonly spec: GridSpec; readonly values: Rect }[];
  readonly charts: readonly { readonly spec: ChartSpec; readonly data: Rect; readonly at: Rect }[];
}

/** A chart's size in cells. */
export const CHART_ROWS = 16;
export const CHART_COLS = 8;

const num = (x: number): number | string => (Number.isFinite(x) ? x : "");
const formats = (list: readonly (string | undefined)[] = []): ColumnFormats => Object.assign({}, list);

export function layoutSheet(sheet: OutputSheet): SheetLayout {
  const writes: CellWrite[] = [];
  const put = (
    row: number,
    col: number,
    cells: (string | number)[][],
    f: ColumnFormats = {},
    bold = false,
  ) => {
    if (cells.length > 0)
      writes.push({ row, col, rows: cells.length, cols: cells[0]!.length, cells, columnFormats: f, bold });
  };
  put(0, 0, [[sheet.title]], {}, true);
  sheet.notes.forEach((n, i) => put(1 + i, 0, [[n]]));
  const top = sheet.notes.length + 2;
  const t = sheet.table;
  const table = t ? { row: top, col: 0, rows: t.rows.length + 1, cols: t.header.length } : undefined;
  const col = table ? table.cols + 1 : 0;
  let row = top;
  for (const b of sheet.blocks ?? []) {
    put(row, col, [[b.title]], {}, true);
    put(row + 1, col, [[...b.header]], {}, true);
    put(
      row + 2,
      col,
      b.rows.map((r) => [...r]),
      formats(b.columnFormats),
    );
    row += b.rows.length + 3;
  }
  const grids: { spec: GridSpec; values: Rect }[] = [];
  for (const g of sheet.grids ?? []) {
    put(row, col, [[g.title]], {}, true);
    put(row + 1, col, [[`${g.rowTitle} \\ ${g.columnTitle}`, ...g.columnLabels]], {}, true);
    const cells = g.rowLabels.map((label, i) => [label, ...(g.values[i] ?? []).map(num)]);
    const f: Record<number, string> = {};
    if (g.valueFormat) g.columnLabels.forEach((_, j) => (f[j + 1] = g.valueFormat!));
    put(row + 2, col, cells, f);
    grids.push({
      spec: g,
      values: { row: row + 2, col: col + 1, rows: g.rowLabels.length, cols: g.columnLabels.length },
    });
    row += g.rowLabels.length + 3;
  }
  const charts: { spec: ChartSpec; data: Rect; at: Rect }[] = [];
  for (const c of sheet.charts ?? []) {
    const width = 1 + c.series.length;
    const cells: (string | number)[][] = [
      ["", ...c.series.map((s) => s.name)],
      ...c.categories.map((cat, i) => [cat, ...c.series.map((s) => num(s.values[i] ?? NaN))]),
    ];
    const f: Record<number, string> = {};
    if (c.valueFormat) c.series.forEach((_, j) => (f[j + 1] = c.valueFormat!));
    put(row, col, cells, f);
    const data = { row, col, rows: cells.length, cols: width };
    const at = { row, col: col + width + 1, rows: CHART_ROWS, cols: CHART_COLS };
    charts.push({ spec: c, data, at });
    row += Math.max(cells.length, CHART_ROWS) + 2;
  }
  return { writes, top, table, grids, charts };
}

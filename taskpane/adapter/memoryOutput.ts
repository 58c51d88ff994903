/**
 * The in-memory workbook's rendering of an {@link OutputSheet}: the cells and number formats the
 * Excel adapter would write, at the same places ({@link layoutSheet}), and the native objects as
 * descriptions (the table's rectangle, colour-scaled grids, charts with their data blocks), which
 * the preview draws. Text cells get the Text format "@", as in Excel; nothing is evaluated.
 * Cost O(cells).
 */
import { cellFormat, ColumnFormats } from "./cellFormats";
import { layoutSheet, Rect } from "./layout";
import { OutputSheet, byteBoundedChunks, checkAborted } from "./output";
import { nextTask } from "./nextTask";
import { CHUNK_CELLS, ChartSpec, GridSpec } from "./types";

export interface MemoryOutput {
  readonly values: unknown[][];
  readonly formats: string[][];
  readonly table?: Rect & { readonly frozenRows: number };
  readonly grids: readonly { readonly spec: GridSpec; readonly values: Rect }[];
  readonly chartSpecs: readonly { readonly spec: ChartSpec; readonly data: Rect; readonly at: Rect }[];
}

/** Renders `spec`, yielding to the event loop between table chunks (progress, cancel, clicks) as the Excel adapter does. */
export async function renderOutputSheet(
  spec: OutputSheet,
  onChunk: (rows: number) => void,
  signal?: AbortSignal,
): Promise<MemoryOutput> {
  const values: unknown[][] = [];
  const formats: string[][] = [];
  const put = (row: number, col: number, cells: readonly (readonly unknown[])[], f: ColumnFormats) => {
    cells.forEach((r, i) => {
      while (values.length <= row + i) (values.push([]), formats.push([]));
      const vr = values[row + i]!;
      const fr = formats[row + i]!;
      while (vr.length < col + r.length) (vr.push(""), fr.push(""));
      r.forEach((v, j) => ((vr[col + j] = v), (fr[col + j] = cellFormat(v, f[j]))));
    });
  };
  const layout = layoutSheet(spec);
  for (const w of layout.writes) put(w.row, w.col, w.cells, w.columnFormats);
  const t = spec.table;
  const at = layout.table;
  if (t && at) {
    put(at.row, 0, [t.header], {});
    const f: ColumnFormats = Object.assign({}, t.columnFormats ?? []);
    for (const [start, end] of byteBoundedChunks(t.rows, CHUNK_CELLS)) {
      checkAborted(signal);
      put(at.row + 1 + start, 0, t.rows.slice(start, end), f);
      onChunk(end - start);
      await nextTask(); // the page handles input between chunks
    }
  }
  return {
    values,
    formats,
    table: at ? { ...at, frozenRows: at.row + 1 } : undefined,
    grids: layout.grids,
    chartSpecs: layout.charts,
  };
}

/**
 * What a multi-sheet run writes (issue 10): sheets described once, written by both adapters —
 * the Excel adapter as native objects (an Excel table, colour scales, charts), the in-memory
 * workbook as values, formats and the same descriptions. No sheet addresses here: the adapter
 * lays everything out (tables at the top left, then blocks, grids and charts, without overlap).
 */
import type { ChartSpec, GridSpec, Progress } from "./types";

/** A table written as an Excel table (ListObject): header row, filter buttons, banded rows, frozen header. */
export interface TableSpec {
  readonly header: readonly string[];
  readonly rows: readonly (readonly (string | number)[])[];
  /** Number format of the numbers in each column (e.g. "yyyy-mm-dd", "0.0%"); text cells get "@". */
  readonly columnFormats?: readonly (string | undefined)[];
}

/** A titled block of cells (a summary): a title row, a bold header row, then the rows. */
export interface TitledBlock {
  readonly id: string;
  readonly title: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly (string | number)[])[];
  readonly columnFormats?: readonly (string | undefined)[];
}

export interface OutputSheet {
  /** Base of the sheet's name; a number is added when the name is taken. */
  readonly sheetName: string;
  readonly title: string;
  /** Lines under the title: as-of date, date span, methods and parameters. */
  readonly notes: readonly string[];
  readonly table?: TableSpec;
  readonly blocks?: readonly TitledBlock[];
  readonly grids?: readonly GridSpec[];
  readonly charts?: readonly ChartSpec[];
}

/**
 * The mark the adapters put on every sheet writeSheets adds (Excel: a worksheet custom property,
 * ExcelApi 1.12), so a re-run can offer to replace its own earlier output and never touches a
 * sheet the user made, whatever its name.
 */
export const OUTPUT_MARK = "crmAnalyticsOutput";

export interface WriteOptions {
  readonly onProgress?: Progress;
  /**
   * Earlier output sheets (names from ownOutputSheets) to replace: deleted only once the new
   * sheets are complete — and only if they carry the mark — and the new sheets take their names.
   */
  readonly replace?: readonly string[];
  /** Aborting stops the write at the next request and deletes every sheet this write added. */
  readonly signal?: AbortSignal;
}

/** The error a cancelled read or write ends with (name "AbortError", like fetch's). */
export function abortError(): Error {
  const e = new Error("The run was cancelled.");
  e.name = "AbortError";
  return e;
}

export function isAbortError(e: unknown): boolean {
  return e instanceof Error && e.name === "AbortError";
}

/** Throws {@link abortError} when `signal` is aborted. */
export function checkAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError();
}

/** The largest request the adapters send, in bytes of JSON (Excel's limit per request is 5 MB). */
export const MAX_REQUEST_BYTES = 4_000_000;

/**
 * Splits rows into chunks of at most CHUNK_CELLS cells and about `maxBytes` bytes of values plus
 * number formats, so no request comes near Excel's 5 MB limit whatever the text lengths.
 * Returns [start, end) row ranges. Cost O(cells).
 */
export function byteBoundedChunks(
  rows: readonly (readonly (string | number)[])[],
  maxCells: number,
  maxBytes = MAX_REQUEST_BYTES / 2,
): [number, number][] {
  const out: [number, number][] = [];
  let start = 0,
    cells = 0,
    bytes = 0;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    let b = 2;
    for (const v of r) b += (typeof v === "string" ? v.length * 3 + 3 : 24) + 14; // value + format
    if (i > start && (cells + r.length > maxCells || bytes + b > maxBytes)) {
      out.push([start, i]);
      ((start = i), (cells = 0), (bytes = 0));
    }
    cells += r.length;
    bytes += b;
  }
  if (start < rows.length) out.push([start, rows.length]);
  return out;
}

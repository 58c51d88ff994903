/**
 * Reads an opened or dropped text file in the CSV worker (csvWorker.ts) with progress. Browser
 * only (the worker is bundled by webpack from `new URL(…, import.meta.url)`, same origin).
 * The worker parses into packed columns (transferred, not cloned); the rows are then built here
 * in bounded slices, yielding between them so the progress bar paints. Progress runs 0 → 85 %
 * while the worker parses and 85 → 100 % while the rows are built. Each step is a span on the
 * performance timeline ("open: …", taskpane/timing.ts). Aborting `signal` stops the worker or
 * the building at once (AbortError).
 */
import { measureSince, now } from "../timing";
import { ImportChoices, ImportedText } from "./importText";
import { ImportedColumns } from "./importTextColumns";
import { unpackCursor, unpackRows } from "./packedTable";
import { workerCall } from "./workerCall";
import { checkAborted } from "../adapter/output";

const PARSED = 850;
const TOTAL = 1000;
const SLICE_ROWS = 100_000;

const nextTask = () => new Promise<void>((r) => setTimeout(r, 0));

export async function importInWorker(
  file: Blob,
  choices: ImportChoices,
  onProgress: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<ImportedText> {
  const parsed = await workerCall<ImportedColumns>(
    new Worker(new URL("./csvWorker.ts", import.meta.url)),
    "open: read and parse",
    { file, choices },
    [],
    (done, total) => onProgress(Math.round((PARSED * done) / Math.max(1, total)), TOTAL),
    signal,
  );
  const t = now();
  const { table } = parsed;
  const rows: (string | number)[][] = [];
  const cursor = unpackCursor(table);
  for (let from = 0; from < table.rows; from += SLICE_ROWS) {
    checkAborted(signal);
    const to = Math.min(table.rows, from + SLICE_ROWS);
    unpackRows(table, from, to, rows, cursor);
    onProgress(PARSED + Math.round(((TOTAL - PARSED) * to) / table.rows), TOTAL);
    await nextTask();
  }
  measureSince("open: build the rows", t);
  return { rows, encoding: parsed.encoding, delimiter: parsed.delimiter, headerRow: parsed.headerRow };
}

/**
 * Reads an opened or dropped .xlsx in the xlsx worker (xlsxWorker.ts) with progress and Cancel:
 * the same sheets importXlsx gives (it runs there), its excelts code loaded in the worker only.
 * Browser only (the worker is bundled by webpack from `new URL(…, import.meta.url)`).
 */
import type { ImportedSheet } from "./importXlsx";
import { workerCall } from "./workerCall";

export function importXlsxInWorker(
  file: Blob,
  onProgress: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<ImportedSheet[]> {
  return workerCall<ImportedSheet[]>(
    new Worker(new URL("./xlsxWorker.ts", import.meta.url)),
    "open xlsx: read",
    { file },
    [],
    onProgress,
    signal,
  );
}

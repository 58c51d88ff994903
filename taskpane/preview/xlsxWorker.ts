/**
 * The xlsx worker: reads an opened .xlsx (importXlsx, excelts) off the page's thread and reports
 * progress, so a large workbook never freezes the pane and can be cancelled (the page terminates
 * the worker). Messages: in `{ file }` (the Blob: its bytes are read here); out `{ progress: [done, total] }`… (done −1 while the
 * workbook is unzipped and parsed) then `{ result, ms }` (the sheets, cloned) or `{ error }`.
 */
import { importXlsx } from "./importXlsx";

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<{ file: Blob }>) => void) | null;
  postMessage: (m: unknown) => void;
};

scope.onmessage = (e) => {
  const t0 = performance.now();
  e.data.file
    .arrayBuffer()
    .then((bytes) => importXlsx(bytes, (done, total) => scope.postMessage({ progress: [done, total] })))
    .then(
      (result) => scope.postMessage({ result, ms: performance.now() - t0 }),
      (err: unknown) => scope.postMessage({ error: err instanceof Error ? err.message : String(err) }),
    );
};

/**
 * The CSV worker: decodes and parses an opened text file off the page's thread and reports
 * progress, so a file of a million rows never freezes the pane. Messages: in
 * `{ file, choices }` (the Blob itself: its bytes are read here, not on the page); out `{ progress: [done, total] }`… then `{ result, ms }` (an
 * ImportedColumns whose buffers are transferred; `ms` the worker's own time) or `{ error }`.
 */
import { ImportChoices } from "./importText";
import { importTextColumns } from "./importTextColumns";
import { transferables } from "./packedTable";

interface Request {
  file: Blob;
  choices: ImportChoices;
}

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<Request>) => Promise<void>) | null;
  postMessage: (m: unknown, transfer?: Transferable[]) => void;
};

scope.onmessage = async (e) => {
  try {
    const t0 = performance.now();
    const bytes = new Uint8Array(await e.data.file.arrayBuffer());
    const result = importTextColumns(bytes, e.data.choices, (done, total) =>
      scope.postMessage({ progress: [done, total] }),
    );
    scope.postMessage({ result, ms: performance.now() - t0 }, transferables(result.table));
  } catch (err) {
    scope.postMessage({ error: err instanceof Error ? err.message : String(err) });
  }
};

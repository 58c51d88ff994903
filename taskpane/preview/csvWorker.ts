/**
 * The CSV worker: decodes and parses an opened text file off the page's thread and reports
 * progress, so a file of a million rows never freezes the pane. Messages: in
 * `{ bytes, choices }`; out `{ progress: [done, total] }`… then `{ result, ms }` (an
 * ImportedColumns whose buffers are transferred; `ms` the worker's own time) or `{ error }`.
 */
import { ImportChoices } from "./importText";
import { importTextColumns } from "./importTextColumns";
import { transferables } from "./packedTable";

interface Request {
  bytes: ArrayBuffer;
  choices: ImportChoices;
}

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<Request>) => void) | null;
  postMessage: (m: unknown, transfer?: Transferable[]) => void;
};

scope.onmessage = (e) => {
  try {
    const t0 = performance.now();
    const result = importTextColumns(new Uint8Array(e.data.bytes), e.data.choices, (done, total) =>
      scope.postMessage({ progress: [done, total] }),
    );
    scope.postMessage({ result, ms: performance.now() - t0 }, transferables(result.table));
  } catch (err) {
    scope.postMessage({ error: err instanceof Error ? err.message : String(err) });
  }
};

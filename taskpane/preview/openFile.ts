/**
 * Reads an opened or dropped text file in the CSV worker (csvWorker.ts) with progress. Browser
 * only (the worker is bundled by webpack from `new URL(…, import.meta.url)`, same origin).
 */
import { ImportChoices, ImportedText } from "./importText";

export function importInWorker(
  file: Blob,
  choices: ImportChoices,
  onProgress: (done: number, total: number) => void,
): Promise<ImportedText> {
  return file.arrayBuffer().then(
    (bytes) =>
      new Promise<ImportedText>((resolve, reject) => {
        const worker = new Worker(new URL("./csvWorker.ts", import.meta.url));
        worker.onmessage = (
          e: MessageEvent<{ progress?: [number, number]; result?: ImportedText; error?: string }>,
        ) => {
          if (e.data.progress) return onProgress(...e.data.progress);
          worker.terminate();
          if (e.data.result) resolve(e.data.result);
          else reject(new Error(e.data.error ?? "worker failed"));
        };
        worker.onerror = (e) => {
          worker.terminate();
          reject(new Error(e.message));
        };
        worker.postMessage({ bytes, choices }, [bytes]);
      }),
  );
}

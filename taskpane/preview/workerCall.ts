/**
 * One request to a file-reading Web Worker (csvWorker.ts, xlsxWorker.ts): posts `message` with
 * its transfer list, hands every `{ progress: [done, total] }` to `onProgress` (done −1: a step
 * with no measure, e.g. unzipping a workbook), and resolves with the `{ result, ms }` answer
 * (`ms` the worker's own time, a span on the performance timeline as `<name>: in the worker`)
 * or rejects with `{ error }`. Aborting `signal` terminates the worker at once and rejects with
 * an AbortError. Browser only. Cost: the worker's, plus one message each way.
 */
import { abortError } from "../adapter/output";
import { measureSince, now } from "../timing";

export interface WorkerAnswer<T> {
  readonly progress?: [number, number];
  readonly result?: T;
  readonly ms?: number;
  readonly error?: string;
}

export function workerCall<T>(
  worker: Worker,
  name: string,
  message: unknown,
  transfer: Transferable[],
  onProgress: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal?.aborted) return (worker.terminate(), reject(abortError()));
    const t0 = now();
    const stop = () => (worker.terminate(), reject(abortError()));
    signal?.addEventListener("abort", stop, { once: true });
    const finish = () => (signal?.removeEventListener("abort", stop), worker.terminate());
    worker.onmessage = (e: MessageEvent<WorkerAnswer<T>>) => {
      if (e.data.progress) return onProgress(...e.data.progress);
      finish();
      if (e.data.result === undefined) return reject(new Error(e.data.error ?? "worker failed"));
      const end = now();
      const ms = e.data.ms ?? 0;
      measureSince(`${name}: in the worker`, end - ms, end);
      measureSince(`${name}: worker start and hand-over`, t0, end - ms);
      resolve(e.data.result);
    };
    worker.onerror = (e) => {
      finish();
      reject(new Error(e.message));
    };
    worker.postMessage(message, transfer);
  });
}

/**
 * Runs a {@link CustomersJob} in the Web Worker `startWorker` starts (the pane passes
 * startCustomersWorker), else inline after a tick (so the progress paints). Aborting `signal`
 * terminates the worker at once — the computing stops, whatever it was doing — and rejects with
 * an AbortError; a worker that fails to load or crashes rejects with its error.
 */
import { abortError } from "../adapter/output";
import { CustomersJob, CustomersJobResult, runCustomersJob } from "./customersJob";

export function computeCustomers(
  job: CustomersJob,
  signal: AbortSignal,
  startWorker?: () => Worker,
): Promise<CustomersJobResult> {
  if (signal.aborted) return Promise.reject(abortError());
  if (!startWorker) {
    return new Promise((resolve, reject) =>
      setTimeout(() => (signal.aborted ? reject(abortError()) : resolve(runCustomersJob(job))), 0),
    );
  }
  const worker = startWorker();
  return new Promise<CustomersJobResult>((resolve, reject) => {
    const stop = () => {
      worker.terminate();
      reject(abortError());
    };
    signal.addEventListener("abort", stop, { once: true });
    worker.onmessage = (e: MessageEvent<CustomersJobResult>) => {
      signal.removeEventListener("abort", stop);
      worker.terminate();
      resolve(e.data);
    };
    worker.onerror = (e) => {
      signal.removeEventListener("abort", stop);
      worker.terminate();
      reject(new Error(e.message));
    };
    worker.postMessage(job);
  });
}

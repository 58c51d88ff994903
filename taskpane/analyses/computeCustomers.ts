/**
 * Runs a {@link CustomersJob} in the Web Worker `startWorker` starts (the pane passes
 * startCustomersWorker), else inline after a tick (so the progress paints). Aborting `signal`
 * terminates the worker at once — the computing stops, whatever it was doing — and rejects with
 * an AbortError; a worker that fails to load or crashes rejects with its error. The job's columns
 * go packed (packedJob.ts: numbers as a transferred buffer, text as one string), and each step
 * is a span on the performance timeline ("run: …", taskpane/timing.ts).
 */
import { abortError } from "../adapter/output";
import { measureSince, now } from "../timing";
import { CustomersJob, CustomersJobResult, runCustomersJob } from "./customersJob";
import { packJob } from "./packedJob";

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
    worker.onmessage = (e: MessageEvent<{ result: CustomersJobResult; ms: number }>) => {
      signal.removeEventListener("abort", stop);
      worker.terminate();
      const end = now();
      const { result, ms } = e.data; // reading e.data is when the page deserialises the result
      measureSince("run: compute in the worker", end - ms, end);
      measureSince("run: hand the job over and the result back", t0, end - ms);
      measureSince("run: result received", end);
      resolve(result);
    };
    worker.onerror = (e) => {
      signal.removeEventListener("abort", stop);
      worker.terminate();
      reject(new Error(e.message));
    };
    const t0 = now();
    const packed = packJob(job);
    worker.postMessage(packed.job, packed.transfer);
    measureSince("run: pack and post the job", t0);
  });
}

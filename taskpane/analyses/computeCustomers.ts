/**
 * Runs a {@link CustomersJob} in the Web Worker `startWorker` starts (the pane passes
 * startCustomersWorker), else inline after a tick (so the progress paints). Aborting `signal`
 * terminates the worker at once — the computing stops, whatever it was doing — and rejects with
 * an AbortError; a worker that fails to load or crashes rejects with its error. The job goes in
 * slices, posted a few per task, and the result comes back in slices, one message event each
 * (packedJob.ts), so the pane handles clicks while it hands a million rows over and back; each
 * step is a span on the performance timeline ("run: …", taskpane/timing.ts).
 */
import { abortError } from "../adapter/output";
import { measureSince, now } from "../timing";
import { CustomersJob, CustomersJobResult, runCustomersJob } from "./customersJob";
import { nextTask } from "../adapter/nextTask";
import { ResultAssembler, ResultMessage, jobMessages } from "./packedJob";

/** The longest the pane posts job slices before it lets other tasks run (ms). */
const YIELD_MS = 10;

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
    let stopped = false;
    const stop = () => {
      stopped = true;
      worker.terminate();
      reject(abortError());
    };
    signal.addEventListener("abort", stop, { once: true });
    const received = new ResultAssembler();
    let first: number | undefined;
    worker.onmessage = (e: MessageEvent<ResultMessage>) => {
      first ??= now();
      const done = received.add(e.data); // reading e.data is when the page deserialises a slice
      if (!done) return;
      signal.removeEventListener("abort", stop);
      worker.terminate();
      const end = now();
      measureSince("run: compute in the worker", first - done.ms, first);
      measureSince("run: hand the job over and the result back", t0, first - done.ms);
      measureSince("run: result received", first, end);
      resolve(done.result);
    };
    worker.onerror = (e) => {
      signal.removeEventListener("abort", stop);
      stopped = true;
      worker.terminate();
      reject(new Error(e.message));
    };
    const t0 = now();
    // One slice per task while slices take long: clicks and paints get their turn in between.
    void (async () => {
      let since = now();
      for (const { message, transfer } of jobMessages(job)) {
        if (stopped) return;
        worker.postMessage(message, transfer);
        if (now() - since >= YIELD_MS) (await nextTask(), (since = now()));
      }
      measureSince("run: pack and post the job", t0);
    })().catch((e: unknown) => {
      // A value the clone cannot copy: the run fails as it did when posted whole.
      if (stopped) return;
      stopped = true;
      signal.removeEventListener("abort", stop);
      worker.terminate();
      reject(e instanceof Error ? e : new Error(String(e)));
    });
  });
}

/**
 * The Web Worker that computes the one run off the pane's thread, so the pane keeps answering
 * clicks (Cancel among them: the pane terminates this worker). One message in (a packed job,
 * packedJob.ts: its columns arrive as transferred buffers), one out: `{ result, ms }`, `ms` the
 * worker's own computing time (the pane's performance timeline shows it).
 */
import { runCustomersJob } from "./customersJob";
import { PackedJob, unpackJob } from "./packedJob";

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<PackedJob>) => void) | null;
  postMessage(message: unknown): void;
};
scope.onmessage = (e) => {
  const t0 = performance.now();
  const result = runCustomersJob(unpackJob(e.data));
  scope.postMessage({ result, ms: performance.now() - t0 });
};

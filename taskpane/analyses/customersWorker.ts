/**
 * The Web Worker that computes the one run off the pane's thread, so the pane keeps answering
 * clicks (Cancel among them: the pane terminates this worker). The job comes in slices and the
 * result goes back in slices (packedJob.ts: jobMessages in, resultMessages out, numbers as
 * transferred buffers), the last message the worker's own computing time (the pane's
 * performance timeline shows it).
 */
import { runCustomersJob } from "./customersJob";
import { JobAssembler, JobMessage, resultMessages } from "./packedJob";

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<JobMessage>) => void) | null;
  postMessage(message: unknown): void;
};
const job = new JobAssembler();
scope.onmessage = (e) => {
  const whole = job.add(e.data);
  if (!whole) return;
  const t0 = performance.now();
  const result = runCustomersJob(whole);
  for (const m of resultMessages(result, performance.now() - t0)) scope.postMessage(m);
};

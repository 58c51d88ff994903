/**
 * The pane's customers worker (taskpane/analyses/customersWorker.ts) as a Node worker thread, for
 * the one-run benchmark: the same job messages in (packedJob.ts: columns in slices, numbers
 * transferred) put together by the same JobAssembler, the same runCustomersJob, so the computing is measured in a heap that holds what the pane's Web Worker
 * holds — the job and the run — not the benchmark's source sheet. Answers `{ result, ms, cpu }`:
 * wall and CPU milliseconds of the computing (CPU of the process, whose main thread is idle,
 * waiting for this answer; garbage collection included).
 */
import { parentPort } from "worker_threads";
import { runCustomersJob } from "../taskpane/analyses/customersJob";
import { JobAssembler, JobMessage } from "../taskpane/analyses/packedJob";

const job = new JobAssembler();
parentPort!.on("message", (m: JobMessage) => {
  const whole = job.add(m);
  if (!whole) return;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const result = runCustomersJob(whole);
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  parentPort!.postMessage({ result, ms, cpu: (c.user + c.system) / 1000 });
});

/**
 * The pane's customers worker (taskpane/analyses/customersWorker.ts) as a Node worker thread, for
 * the one-run benchmark: the same packed job in (its number columns transferred), the same
 * runCustomersJob, so the computing is measured in a heap that holds what the pane's Web Worker
 * holds — the job and the run — not the benchmark's source sheet. Answers `{ result, ms, cpu }`:
 * wall and CPU milliseconds of the computing (CPU of the process, whose main thread is idle,
 * waiting for this answer; garbage collection included).
 */
import { parentPort } from "worker_threads";
import { runCustomersJob } from "../taskpane/analyses/customersJob";
import { PackedJob, unpackJob } from "../taskpane/analyses/packedJob";

parentPort!.once("message", (packed: PackedJob) => {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const result = runCustomersJob(unpackJob(packed));
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  parentPort!.postMessage({ result, ms, cpu: (c.user + c.system) / 1000 });
});

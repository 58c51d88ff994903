/**
 * The one run as a worker job: plain data in and out (it survives structured cloning, as a
 * postMessage to a Web Worker does), the same result as the direct run, CrmErrors as messages in
 * the job's language; computeCustomers (inline where Worker is absent, as under Node) honours Cancel.
 */
import { runCustomersJob, CustomersJob } from "../../taskpane/analyses/customersJob";
import { computeCustomers } from "../../taskpane/analyses/computeCustomers";
import { JobAssembler, JobMessage, resultMessages } from "../../taskpane/analyses/packedJob";
import { customersRun } from "../../taskpane/analyses/customersRun";
import { analysisById } from "../../taskpane/analyses/registry";
import { createI18n } from "../../taskpane/i18n";
import { errorCell } from "../../src/cells/errorCell";

const job: CustomersJob = {
  input: {
    ids: ["A", "A", "B", "B", "C", errorCell("#N/A")],
    dates: [45600, 45630, 45610, 45640, 45620, 45621],
    amounts: [10, 20, 5, 5, 8, 3],
    firstRow: 2,
  },
  analyses: ["rfm", "lifecycle"],
  options: { bins: 3, method: "quantile" },
  lang: "zh",
  source: "S!A1:C7",
};

test("the job and its result survive structured cloning and equal the direct run", () => {
  const cloned = structuredClone(job);
  const result = runCustomersJob(cloned);
  expect(structuredClone(result)).toEqual(result);
  if (!result.ok) throw new Error(result.message);
  const direct = customersRun(job.input, [analysisById("rfm"), analysisById("lifecycle")], job.options, {
    lang: "zh",
    t: createI18n("zh").t,
    source: job.source,
  });
  expect(result.sheets).toEqual(direct.sheets);
  expect(result.sheets[0]!.sheetName).toBe("客户");
});

test("a CrmError comes back as its message in the job's language", () => {
  const r = runCustomersJob({ ...job, input: { ids: [], dates: [], amounts: [] }, lang: "en" });
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.expected).toBe(true);
  expect(r.message.length).toBeGreaterThan(0);
});

test("computeCustomers resolves with the job's result, and rejects with AbortError when cancelled", async () => {
  const c = new AbortController();
  const r = await computeCustomers(job, c.signal);
  expect(r.ok).toBe(true);
  const c2 = new AbortController();
  const pending = computeCustomers(job, c2.signal);
  c2.abort();
  await expect(pending).rejects.toMatchObject({ name: "AbortError" });
});

/**
 * A stand-in Worker speaking customersWorker.ts's protocol: the job's slices in (packedJob.ts),
 * run on a later tick as the real one does on its own thread, the result's slices out, each
 * message through the structured clone.
 */
class FakeWorker {
  static started = 0;
  terminated = false;
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  private readonly job = new JobAssembler();
  constructor() {
    FakeWorker.started++;
  }
  postMessage(data: JobMessage, transfer: Transferable[]) {
    const whole = this.job.add(structuredClone(data, { transfer }));
    if (!whole) return;
    setTimeout(() => {
      for (const m of resultMessages(runCustomersJob(whole), 0, 7))
        if (!this.terminated) this.onmessage?.({ data: structuredClone(m) } as MessageEvent);
    }, 5);
  }
  terminate() {
    this.terminated = true;
  }
}

test("through a worker: the result comes back by message; Cancel terminates the worker at once", async () => {
  const workers: FakeWorker[] = [];
  const start = () => {
    const w = new FakeWorker();
    workers.push(w);
    return w as unknown as Worker;
  };
  const r = await computeCustomers(job, new AbortController().signal, start);
  expect(r).toEqual(runCustomersJob(job));
  expect(workers[0]!.terminated).toBe(true); // finished workers are not left running
  const c = new AbortController();
  const pending = computeCustomers(job, c.signal, start);
  c.abort();
  await expect(pending).rejects.toMatchObject({ name: "AbortError" });
  expect(workers[1]!.terminated).toBe(true);
});

test("secondsLeft: the rest at the rate so far; nothing to say too early", async () => {
  const { secondsLeft } = await import("../../taskpane/analyses/timeLeft");
  expect(secondsLeft(250, 1000, 2000)).toBe(6);
  expect(secondsLeft(1000, 1000, 5000)).toBe(0);
  expect(secondsLeft(0, 1000, 5000)).toBeUndefined();
  expect(secondsLeft(10, 1000, 500)).toBeUndefined();
});

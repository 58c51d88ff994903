/**
 * A {@link CustomersJob} for postMessage with its transaction columns packed: a column of
 * numbers only as a Float64Array (transferred, not cloned), any other column as it is. Text
 * columns are left to the structured clone on purpose: measured in Chromium on 1,048,575 ids,
 * joining them into one string and slicing it in the worker cost the page more (0.4–1.3 s) than
 * the clone's serialisation (~0.5 s), for the same total. `unpackJob` gives back the same values
 * in the same order (test/taskpane/packedJob.test.ts), so the worker computes exactly what the
 * inline path does. Cost O(n) each way.
 * @example unpackJob(packJob(job).job).input.amounts // => the same amounts as job.input.amounts
 */
import type { TransactionColumns } from "../../src/reports";
import type { CustomersJob } from "./customersJob";

export type PackedValues = { readonly numbers: Float64Array } | { readonly values: ArrayLike<unknown> };

type Columns = "ids" | "dates" | "amounts" | "orderIds";
const COLUMNS: readonly Columns[] = ["ids", "dates", "amounts", "orderIds"];

export interface PackedJob extends Omit<CustomersJob, "input"> {
  readonly input: Omit<TransactionColumns, Columns> & { readonly [K in Columns]?: PackedValues };
}

export function packValues(values: ArrayLike<unknown>): PackedValues {
  for (let i = 0; i < values.length; i++) if (typeof values[i] !== "number") return { values };
  return { numbers: Float64Array.from(values as ArrayLike<number>) };
}

export function unpackValues(p: PackedValues): ArrayLike<unknown> {
  return "numbers" in p ? p.numbers : p.values;
}

/** The job to post and the buffers to transfer with it. */
export function packJob(job: CustomersJob): { job: PackedJob; transfer: ArrayBuffer[] } {
  const input: Record<string, unknown> = { ...job.input };
  const transfer: ArrayBuffer[] = [];
  for (const c of COLUMNS) {
    const v = job.input[c];
    if (v === undefined) continue;
    const p = packValues(v);
    if ("numbers" in p) transfer.push(p.numbers.buffer as ArrayBuffer);
    input[c] = p;
  }
  return { job: { ...job, input: input as PackedJob["input"] }, transfer };
}

export function unpackJob(job: PackedJob): CustomersJob {
  const input: Record<string, unknown> = { ...job.input };
  for (const c of COLUMNS) {
    const p = job.input[c];
    if (p !== undefined) input[c] = unpackValues(p);
  }
  return { ...job, input: input as unknown as TransactionColumns };
}

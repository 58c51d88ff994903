/**
 * A {@link CustomersJob} for postMessage with its transaction columns packed: a column of
 * numbers only as a Float64Array (transferred, not cloned), a column of text only as one string
 * and the end offset of each value (one string to clone instead of a million), any other column
 * as it is. `unpackJob` gives back the same values in the same order (test/taskpane/packedJob.test.ts),
 * so the worker computes exactly what the inline path does. Cost O(n) each way.
 * @example unpackJob(packJob(job).job).input.amounts // => the same amounts as job.input.amounts
 */
import type { TransactionColumns } from "../../src/reports";
import type { CustomersJob } from "./customersJob";

export type PackedValues =
  | { readonly numbers: Float64Array }
  | { readonly text: string; readonly ends: Uint32Array }
  | { readonly values: ArrayLike<unknown> };

type Columns = "ids" | "dates" | "amounts" | "orderIds";
const COLUMNS: readonly Columns[] = ["ids", "dates", "amounts", "orderIds"];

export interface PackedJob extends Omit<CustomersJob, "input"> {
  readonly input: Omit<TransactionColumns, Columns> & { readonly [K in Columns]?: PackedValues };
}

export function packValues(values: ArrayLike<unknown>): PackedValues {
  const n = values.length;
  let numbers = 0;
  let texts = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (typeof v === "number") numbers++;
    else if (typeof v === "string") texts++;
    else return { values };
  }
  if (numbers === n) return { numbers: Float64Array.from(values as ArrayLike<number>) };
  if (texts !== n) return { values };
  const ends = new Uint32Array(n);
  let at = 0;
  for (let i = 0; i < n; i++) ends[i] = at += (values[i] as string).length;
  return { text: Array.prototype.join.call(values, ""), ends };
}

export function unpackValues(p: PackedValues): ArrayLike<unknown> {
  if ("numbers" in p) return p.numbers;
  if ("values" in p) return p.values;
  const out = new Array<string>(p.ends.length);
  let start = 0;
  for (let i = 0; i < p.ends.length; i++) {
    const end = p.ends[i]!;
    out[i] = p.text.slice(start, end);
    start = end;
  }
  return out;
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
    if ("ends" in p) transfer.push(p.ends.buffer as ArrayBuffer);
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

/**
 * The one run's job and result as messages between the pane and its Web Worker, in slices, so
 * that no single postMessage (whose structured clone runs on the sending thread) nor the reading
 * of any one message (its deserialisation, on the receiving thread) holds the pane for long:
 * measured in Chromium on 1,048,575 rows, posting the job in one message blocked the page for
 * ~0.3 s and reading the result (≈101,000 customers × 20 columns) in one message for ~0.5 s, so
 * a click at those moments waited that long. In slices, the pane posts one slice per task and
 * handles input in between; each result slice is its own message event.
 *
 * The job: each transaction column in slices of `sliceRows` rows (a slice of numbers only as a
 * Float64Array, transferred, not cloned; any other slice as it is — text is left to the clone on
 * purpose: joining 1,048,575 ids into one string and cutting it in the worker cost the page more
 * than the clone), then the rest of the job. The result: first with every table's rows left out,
 * then those rows in slices of about `sliceCells` cells, then the worker's computing time.
 * The assemblers give back the same values in the same order (test/taskpane/packedJob.test.ts),
 * so the worker computes exactly what the inline path does and the pane writes exactly what the
 * worker computed. Cost O(n) each way.
 * @example
 * const a = new JobAssembler();
 * let back; for (const { message } of jobMessages(job)) back = a.add(message);
 * back.input.amounts // => the same amounts as job.input.amounts
 */
import type { TransactionColumns } from "../../src/reports";
import type { OutputSheet } from "../adapter/output";
import type { CustomersJob, CustomersJobResult } from "./customersJob";

export type PackedValues = { readonly numbers: Float64Array } | { readonly values: ArrayLike<unknown> };

type Columns = "ids" | "dates" | "amounts" | "orderIds";
const COLUMNS: readonly Columns[] = ["ids", "dates", "amounts", "orderIds"];

/** Rows per slice of a job's column: ~10 ms of cloning for text ids on a loaded 2-core machine. */
export const SLICE_ROWS = 65_536;
/** Cells per slice of a result table: ~15 ms of deserialising on a loaded 2-core machine. */
export const SLICE_CELLS = 50_000;

export type JobMessage =
  /** The next rows of a column (the slices of a column come in order). */
  | { readonly column: Columns; readonly slice: PackedValues }
  /** The rest of the job, last: the columns are the slices sent before. */
  | { readonly job: Omit<CustomersJob, "input"> & { readonly input: Omit<TransactionColumns, Columns> } };

export type ResultMessage =
  /** The result, each table's rows left out (they follow). */
  | { readonly result: CustomersJobResult }
  /** The next rows of sheet `sheet`'s table. */
  | { readonly sheet: number; readonly rows: readonly (readonly (string | number)[])[] }
  /** Last: the worker's computing time. */
  | { readonly ms: number };

export function packValues(values: ArrayLike<unknown>): PackedValues {
  for (let i = 0; i < values.length; i++) if (typeof values[i] !== "number") return { values };
  return { numbers: Float64Array.from(values as ArrayLike<number>) };
}

export function unpackValues(p: PackedValues): ArrayLike<unknown> {
  return "numbers" in p ? p.numbers : p.values;
}

/** The job's messages, in order, each with the buffers to transfer with it; slices made as asked for. */
export function* jobMessages(
  job: CustomersJob,
  sliceRows = SLICE_ROWS,
): Generator<{ message: JobMessage; transfer: ArrayBuffer[] }> {
  const rest: Record<string, unknown> = { ...job.input };
  for (const column of COLUMNS) {
    const v = job.input[column];
    delete rest[column];
    if (v === undefined) continue;
    // At least one slice, so an empty column arrives as a column.
    for (let start = 0; start === 0 || start < v.length; start += sliceRows) {
      const slice = packValues(Array.prototype.slice.call(v, start, start + sliceRows));
      yield {
        message: { column, slice },
        transfer: "numbers" in slice ? [slice.numbers.buffer as ArrayBuffer] : [],
      };
    }
  }
  yield { message: { job: { ...job, input: rest as Omit<TransactionColumns, Columns> } }, transfer: [] };
}

/** Joins a column's slices: one Float64Array when every slice is numbers, else one array. */
function joinSlices(slices: readonly PackedValues[]): ArrayLike<unknown> {
  if (slices.every((s) => "numbers" in s)) {
    const parts = slices.map((s) => (s as { numbers: Float64Array }).numbers);
    const out = new Float64Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of parts) (out.set(p, at), (at += p.length));
    return out;
  }
  const out: unknown[] = [];
  for (const s of slices) {
    const v = unpackValues(s);
    for (let i = 0; i < v.length; i++) out.push(v[i]);
  }
  return out;
}

/** The worker's side: `add` each message in order; the last gives the whole job back. */
export class JobAssembler {
  private readonly slices = new Map<Columns, PackedValues[]>();

  add(m: JobMessage): CustomersJob | undefined {
    if ("column" in m) {
      const list = this.slices.get(m.column) ?? [];
      list.push(m.slice);
      this.slices.set(m.column, list);
      return undefined;
    }
    const input: Record<string, unknown> = { ...m.job.input };
    for (const [column, list] of this.slices) input[column] = joinSlices(list);
    this.slices.clear();
    return { ...m.job, input: input as unknown as TransactionColumns };
  }
}

/** The result's messages, in order (the worker posts them all at once). */
export function* resultMessages(
  result: CustomersJobResult,
  ms: number,
  sliceCells = SLICE_CELLS,
): Generator<ResultMessage> {
  if (!result.ok) {
    yield { result };
    yield { ms };
    return;
  }
  yield {
    result: {
      ...result,
      sheets: result.sheets.map((s) => (s.table ? { ...s, table: { ...s.table, rows: [] } } : s)),
    },
  };
  for (const [sheet, s] of result.sheets.entries()) {
    if (!s.table) continue;
    const rows = s.table.rows;
    const step = Math.max(1, Math.floor(sliceCells / Math.max(1, s.table.header.length)));
    for (let start = 0; start < rows.length; start += step)
      yield { sheet, rows: rows.slice(start, start + step) };
  }
  yield { ms };
}

/** The pane's side: `add` each message in order; the last gives the whole result and the worker's time. */
export class ResultAssembler {
  private result: CustomersJobResult | undefined;
  private readonly rows = new Map<number, (readonly (string | number)[])[]>();

  add(m: ResultMessage): { result: CustomersJobResult; ms: number } | undefined {
    if ("result" in m) {
      this.result = m.result;
      return undefined;
    }
    if ("sheet" in m) {
      const list = this.rows.get(m.sheet) ?? [];
      for (const r of m.rows) list.push(r);
      this.rows.set(m.sheet, list);
      return undefined;
    }
    const result = this.result;
    if (!result) throw new Error("ResultAssembler: the result's first message is missing");
    if (!result.ok) return { result, ms: m.ms };
    const sheets: OutputSheet[] = result.sheets.map((s, i) =>
      s.table ? { ...s, table: { ...s.table, rows: this.rows.get(i) ?? [] } } : s,
    );
    return { result: { ...result, sheets }, ms: m.ms };
  }
}

/**
 * The one run's job and result as sliced messages (packedJob.ts): numbers-only slices become a
 * Float64Array, anything else stays as it is; through the structured clone, the assemblers give
 * back the same values in the same order whatever the slice sizes (empty strings, non-ASCII
 * text, -0, error cells, columns mixing numbers and text across slices), the run computes
 * exactly the same result from the reassembled job, and the pane gets exactly the worker's
 * result. The panel's sliced column reading equals the one-go reading.
 */
import fc from "fast-check";
import { errorCell } from "../../src/cells/errorCell";
import { CustomersJob, CustomersJobResult, runCustomersJob } from "../../taskpane/analyses/customersJob";
import {
  JobAssembler,
  ResultAssembler,
  jobMessages,
  packValues,
  resultMessages,
  unpackValues,
} from "../../taskpane/analyses/packedJob";
import { transactionColumns, transactionColumnsInSlices } from "../../taskpane/analyses/selectionColumns";

const same = (values: unknown[]) => Array.from(unpackValues(structuredClone(packValues(values))));

/** The job as the worker gets it: every message through the clone, its buffers transferred. */
function roundTrip(job: CustomersJob, sliceRows: number): CustomersJob {
  const a = new JobAssembler();
  let back: CustomersJob | undefined;
  let n = 0;
  for (const { message, transfer } of jobMessages(job, sliceRows)) {
    expect(back).toBeUndefined(); // only the last message completes the job
    back = a.add(structuredClone(message, { transfer }));
    n++;
  }
  expect(n).toBeGreaterThan(1);
  return back!;
}

function resultTrip(
  result: CustomersJobResult,
  sliceCells: number,
): { result: CustomersJobResult; ms: number } {
  const a = new ResultAssembler();
  let back: { result: CustomersJobResult; ms: number } | undefined;
  for (const m of resultMessages(result, 12.5, sliceCells)) {
    expect(back).toBeUndefined();
    back = a.add(structuredClone(m));
  }
  return back!;
}

const cell = fc.oneof(fc.string(), fc.double(), fc.constant(null), fc.boolean(), fc.constant(-0));

test("text, numbers and mixed values come back value for value", () => {
  fc.assert(fc.property(fc.array(fc.string()), (v) => expect(same(v)).toEqual(v)));
  fc.assert(fc.property(fc.array(fc.double()), (v) => expect(same(v)).toEqual(v)));
  fc.assert(fc.property(fc.array(cell), (v) => expect(same(v)).toEqual(v)));
  expect(same(["", "客户", "C001", ""])).toEqual(["", "客户", "C001", ""]);
  expect(Object.is(same([-0])[0], -0)).toBe(true);
});

test("the kinds chosen: a Float64Array for numbers, as-is otherwise", () => {
  expect(packValues([1, 2.5])).toEqual({ numbers: Float64Array.from([1, 2.5]) });
  const text = ["ab", "", "c"];
  expect(packValues(text)).toEqual({ values: text });
  const mixed = ["a", 1];
  expect(packValues(mixed)).toEqual({ values: mixed });
});

test("a job's columns come back whole, in order, whatever the slices (empty and absent columns too)", () => {
  fc.assert(
    fc.property(
      fc.array(fc.tuple(cell, cell, fc.double(), fc.string()), { maxLength: 40 }),
      fc.integer({ min: 1, max: 7 }),
      fc.boolean(),
      (rows, sliceRows, withOrders) => {
        const job: CustomersJob = {
          input: {
            ids: rows.map((r) => r[0]),
            dates: rows.map((r) => r[1]),
            amounts: rows.map((r) => r[2]),
            orderIds: withOrders ? rows.map((r) => r[3]) : undefined,
            firstRow: 2,
            dateSystem: 1904,
            today: "2026-12-01",
          },
          analyses: ["rfm"],
          options: { bins: 3, method: "quantile" },
          lang: "zh",
          source: "S!A1:D9",
        };
        const back = roundTrip(job, sliceRows);
        const { ids, dates, amounts, orderIds, ...rest } = back.input;
        const { ids: i0, dates: d0, amounts: a0, orderIds: o0, ...rest0 } = job.input;
        expect(Array.from(ids)).toEqual(i0);
        expect(Array.from(dates)).toEqual(d0);
        expect(Array.from(amounts)).toEqual(a0);
        expect(orderIds === undefined ? undefined : Array.from(orderIds)).toEqual(o0);
        expect(amounts.length === 0 || amounts instanceof Float64Array).toBe(true); // numbers: one buffer
        expect(rest).toEqual(rest0);
        expect({ ...back, input: undefined }).toEqual({ ...job, input: undefined });
      },
    ),
  );
});

const job: CustomersJob = {
  input: {
    ids: ["A", "a ", "B", "B", "C", errorCell("#N/A"), "D", "D"],
    dates: [
      "2024-01-02",
      "2024-02-03",
      45300,
      "2024/3/1",
      "2024年3月5日",
      "2024-03-06",
      "2024-01-09",
      "2024-04-01",
    ],
    amounts: [10, 20.5, 5, 5, 8, 3, 7, 9],
    orderIds: ["o1", "o2", "o3", "o4", "o5", "o6", "o7", "o8"],
    firstRow: 2,
  },
  analyses: ["rfm", "lifecycle", "clv"],
  options: { bins: 3, method: "quantile" },
  lang: "en",
  source: "S!A1:D9",
};

test("the run computes the same from the sliced job (error cells, slices mixing text and serials)", () => {
  // dates: slices of 3 are text only, then mixed, then text; ids hold an error cell
  for (const sliceRows of [1, 3, 8, 100])
    expect(runCustomersJob(roundTrip(job, sliceRows))).toEqual(runCustomersJob(job));
});

test("the pane gets exactly the worker's result, its tables in slices of about the cells asked for", () => {
  const result = runCustomersJob(job);
  expect(result.ok).toBe(true);
  for (const cells of [1, 7, 50, 1e6]) expect(resultTrip(result, cells)).toEqual({ result, ms: 12.5 });
  const width = result.ok ? result.sheets[0]!.table!.header.length : 0;
  const slices = [...resultMessages(result, 0, 2 * width)].filter((m) => "sheet" in m);
  expect(slices.every((m) => "rows" in m && m.rows.length <= 2)).toBe(true);
  const failed: CustomersJobResult = { ok: false, message: "no", expected: true };
  expect(resultTrip(failed, 10)).toEqual({ result: failed, ms: 12.5 });
});

test("the sliced column reading equals the one-go reading (header or not, any slice size)", async () => {
  const rows = fc.array(fc.array(cell, { minLength: 4, maxLength: 5 }), { maxLength: 30 });
  await fc.assert(
    fc.asyncProperty(
      rows,
      fc.boolean(),
      fc.integer({ min: 1, max: 9 }),
      fc.boolean(),
      async (values, hasHeader, n, orders) => {
        const read = { address: "S!A1:E9", firstRow: 3, values, dateSystem: 1904 as const };
        const choice = {
          hasHeader,
          roles: { customerId: 0, date: 1, amount: 3, ...(orders ? { orderId: 2 } : {}) },
        };
        const sliced = await transactionColumnsInSlices(
          read,
          choice,
          " 2024-05-01 ",
          "2026-12-01",
          undefined,
          n,
        );
        expect(sliced).toEqual(transactionColumns(read, choice, " 2024-05-01 ", "2026-12-01"));
      },
    ),
    { numRuns: 50 },
  );
  const c = new AbortController();
  c.abort();
  await expect(
    transactionColumnsInSlices(
      { address: "S!A1", firstRow: 1, values: [["a", 1, "", 2]] },
      { hasHeader: false, roles: { customerId: 0, date: 1, amount: 3 } },
      "",
      undefined,
      c.signal,
    ),
  ).rejects.toMatchObject({ name: "AbortError" });
});

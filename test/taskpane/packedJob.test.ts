/**
 * The one run's job packed for the worker (packedJob.ts): numbers-only columns become a
 * Float64Array, anything else stays as it is; unpacking gives back the same values (empty
 * strings, non-ASCII text, -0 and fractions included), and the run computes exactly the same
 * result from the packed job.
 */
import fc from "fast-check";
import { errorCell } from "../../src/cells/errorCell";
import { CustomersJob, runCustomersJob } from "../../taskpane/analyses/customersJob";
import { packJob, packValues, unpackJob, unpackValues } from "../../taskpane/analyses/packedJob";

const same = (values: unknown[]) => Array.from(unpackValues(structuredClone(packValues(values))));

test("text, numbers and mixed columns come back value for value", () => {
  fc.assert(fc.property(fc.array(fc.string()), (v) => expect(same(v)).toEqual(v)));
  fc.assert(fc.property(fc.array(fc.double()), (v) => expect(same(v)).toEqual(v)));
  fc.assert(
    fc.property(fc.array(fc.oneof(fc.string(), fc.double(), fc.constant(null), fc.boolean())), (v) =>
      expect(same(v)).toEqual(v),
    ),
  );
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

test("the run computes the same from the packed job (error cells and mixed columns included)", () => {
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
  const { job: packed, transfer } = packJob(job);
  // amounts (numbers only) are packed; ids hold an error cell, dates mix text and serials
  expect(transfer.length).toBe(1);
  expect(runCustomersJob(unpackJob(structuredClone(packed, { transfer })))).toEqual(runCustomersJob(job));
});

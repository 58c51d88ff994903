/**
 * The in-memory workbook's readSelection never lets a reader change the source: a frozen row
 * (an opened file's, packedTable.ts) is handed out as it is — it cannot be changed —, any other
 * row is copied; the values read are the sheet's, in order, with progress to the last row.
 */
import { MemoryWorkbookAdapter } from "../../taskpane/adapter/memory";

test("frozen rows shared, other rows copied; the source stays as it was", async () => {
  const frozen = Object.freeze(["A", 1]) as unknown[];
  const plain = ["B", 2];
  const adapter = new MemoryWorkbookAdapter([{ name: "S", values: [["id", "n"], frozen, plain] }]);
  const seen: number[] = [];
  const read = (await adapter.readSelection((done) => seen.push(done)))!;
  expect(read.values).toEqual([
    ["id", "n"],
    ["A", 1],
    ["B", 2],
  ]);
  expect(read.values[1]).toBe(frozen);
  expect(read.values[2]).not.toBe(plain);
  read.values[2]![0] = "changed";
  expect(() => {
    "use strict";
    (read.values[1] as unknown[])[0] = "changed";
  }).toThrow(TypeError);
  expect(adapter.sheets[0]!.values).toEqual([
    ["id", "n"],
    ["A", 1],
    ["B", 2],
  ]);
  expect(seen[seen.length - 1]).toBe(3);
});

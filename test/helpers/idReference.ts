/**
 * The reference check of the column id path: {@link idColumn} on `xs` gives exactly what the
 * exact per-value {@link IdInterner} gives (customer numbers in first-seen order, shown
 * spellings, count, merged spellings and their first three examples).
 *
 * @example
 * expectIdColumnLikeInterner(["C1", " c1", 1001, "1001"], -1);
 */
import { IdInterner } from "../../src/customers/ids";
import { idColumn } from "../../src/customers/idColumn";
import { deepFreeze } from "./tolerance";

export function expectIdColumnLikeInterner(xs: readonly unknown[], fingerprintMask: number): void {
  const exact = new IdInterner();
  const want = xs.map((x) => exact.indexOf(x));
  const fast = idColumn(deepFreeze([...xs]), fingerprintMask);
  expect(Array.from(fast.customers)).toEqual(want);
  expect(fast.interner.display).toEqual(exact.display);
  expect(fast.interner.size).toBe(exact.size);
  expect([fast.interner.mergedSpellings, fast.interner.mergedExamples]).toEqual([
    exact.mergedSpellings,
    exact.mergedExamples,
  ]);
}

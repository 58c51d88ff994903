/**
 * UniqueRows (the compression of the CLV fits' tables) against a plain Map of the rows' values:
 * the same unique rows in order of first appearance and the same weights summed in row order,
 * 0 and −0 one value; and the doc example.
 */
import fc from "fast-check";
import { UniqueRows } from "../../../src/clv/uniqueRows";

test("doc example", () => {
  const u = new UniqueRows(3);
  u.add(1, 0, 0, 10);
  u.add(1, 2, 5, 10);
  u.add(1, 0, 0, 10);
  expect([u.size, Array.from(u.weight.subarray(0, u.size))]).toEqual([2, [2, 1]]);
});

test("property: unique rows and summed weights as a Map of the values gives them", () => {
  const v = fc.constantFrom(0, -0, 1, 2, 0.5, 1e-300, 7.25);
  fc.assert(
    fc.property(fc.array(fc.tuple(v, v, v, fc.constantFrom(1, 0.5, 3)), { maxLength: 200 }), (rows) => {
      const u = new UniqueRows(rows.length);
      const want = new Map<string, { row: number[]; w: number }>();
      for (const [a, b, c, w] of rows) {
        u.add(w, a, b, c);
        const key = [a, b, c].map((x) => String(x + 0)).join("|");
        const e = want.get(key);
        if (e) e.w += w;
        else want.set(key, { row: [a, b, c], w });
      }
      const got = Array.from({ length: u.size }, (_, k) => ({
        row: [u.a[k]!, u.b[k]!, u.c[k]!],
        w: u.weight[k]!,
      }));
      expect(got).toEqual([...want.values()]);
    }),
    { numRuns: 300 },
  );
});

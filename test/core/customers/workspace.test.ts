import fc from "fast-check";
import { readPurchases } from "../../../src/customers/purchases";
import { customerTableOf } from "../../../src/customers/table";
import { grownInt32, int32Array, int32Room, Workspace } from "../../../src/customers/workspace";
import { scoreCustomerTable } from "../../../src/rfm/table";
import { deepFreeze } from "../../helpers/tolerance";

// Fixed seed: the same cases every run (STYLE.md rule 8).
fc.configureGlobal({ seed: 20261202 });

type Export = { ids: unknown[]; dates: unknown[]; amounts: unknown[] };

/** Everything the RFM path computes from one export, copied out of any workspace. */
function rfmOf(x: Export, w: Workspace | undefined) {
  const p = readPurchases(x.ids, x.dates, x.amounts, { workspace: w });
  const t = customerTableOf(p, "days", w);
  const s = scoreCustomerTable(t, { bins: 3 }, w);
  const copy = (a: ArrayLike<number>) => Array.from(a);
  return {
    customer: copy(p.customer),
    day: copy(p.day),
    amount: copy(p.amount).map((a) => (Number.isNaN(a) ? "NaN" : a)),
    ids: p.ids,
    rejected: p.rejected.map((r) => [r.row, r.reason]),
    table: [t.firstPurchase, t.lastPurchase, t.recency, t.frequency, t.monetary, t.refunds].map(copy),
    scores: [s.r, s.f, s.m, s.code].map(copy),
    breaks: s.breaks,
  };
}

const row = fc.record({
  id: fc.constantFrom<unknown>("C1", "c1 ", "C2", "C3\u200b", "CUSTOMER-000004", "é", 5, "", null),
  date: fc.oneof(fc.integer({ min: 45000, max: 45400 }), fc.constantFrom<unknown>("31/12/2024", "x", null)),
  amount: fc.oneof(
    fc.integer({ min: -50, max: 500 }),
    fc.double({ min: 0.001, max: 900, noNaN: true }),
    fc.constantFrom<unknown>("1,234.50", "(12.50)", "¥88", "x"),
  ),
});
const anExport = fc.array(row, { minLength: 1, maxLength: 80 }).map((rows): Export => ({
  ids: rows.map((r) => r.id),
  dates: rows.map((r) => r.date),
  amounts: rows.map((r) => r.amount),
}));

describe("Workspace (arrays kept from one reading to the next)", () => {
  it("doc example", () => {
    const w = new Workspace();
    const a = int32Array(w, "x", 3);
    a[0] = 7;
    const b = int32Array(w, "x", 2);
    expect([a.buffer === b.buffer, Array.from(b)]).toEqual([true, [0, 0]]);
  });
  it("property: readings one after another in one workspace give what fresh arrays give (larger then smaller, any data)", () => {
    fc.assert(
      fc.property(fc.array(anExport, { minLength: 1, maxLength: 4 }), (exports) => {
        const w = new Workspace();
        for (const x of exports) {
          const frozen = deepFreeze({ ...x });
          let fresh: ReturnType<typeof rfmOf> | string;
          try {
            fresh = rfmOf(frozen, undefined);
          } catch (e) {
            fresh = (e as Error).message;
          }
          let kept: ReturnType<typeof rfmOf> | string;
          try {
            kept = rfmOf(frozen, w);
          } catch (e) {
            kept = (e as Error).message;
          }
          expect(kept).toEqual(fresh);
        }
      }),
      { numRuns: 150 },
    );
  });
  it("the rule: the next reading reuses the arrays, so a result kept past it changes", () => {
    const w = new Workspace();
    const read = (ids: string[]) => {
      const p = readPurchases(ids, [45650, 45651, 45652], [10, 20, 30], { workspace: w });
      const t = customerTableOf(p, "days", w);
      return { p, t, s: scoreCustomerTable(t, {}, w) };
    };
    const first = read(["A", "B", "C"]);
    const frequencyBefore = Array.from(first.t.frequency);
    const second = read(["A", "A", "A"]);
    for (const [a, b] of [
      [first.p.customer, second.p.customer],
      [first.p.day, second.p.day],
      [first.p.amount, second.p.amount],
      [first.t.frequency, second.t.frequency],
      [first.s.code, second.s.code],
    ] as const)
      expect(a.buffer).toBe(b.buffer);
    expect(frequencyBefore).toEqual([1, 1, 1]);
    expect(Array.from(second.t.frequency)).toEqual([3]);
    expect(Array.from(first.t.frequency)).not.toEqual(frequencyBefore);
    expect(w.bytesKept).toBeGreaterThan(0);
  });
  it("lists that grow: room as large as the kept buffer, doubling keeps the entries", () => {
    const w = new Workspace();
    const a = int32Room(w, "list", 2);
    a.set([4, 5]);
    const b = grownInt32(w, "list", a.subarray(0, 2));
    expect([Array.from(b.subarray(0, 2)), b.length >= 4]).toEqual([[4, 5], true]);
    expect(int32Room(w, "list", 1).length).toBe(b.length);
    expect(Array.from(grownInt32(undefined, "list", new Int32Array([1])).subarray(0, 1))).toEqual([1]);
  });
});

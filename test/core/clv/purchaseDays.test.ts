/**
 * periodsByCustomer against a naive reference (each customer's rows sorted by (day, row), then
 * merged into blocks of mergeDays from the first purchase): both the counting-sort path (days
 * spanning few values) and the per-customer sort path (one far-away day forces it), rows in any
 * order or already in day order (no sort by day); the reading's typed columns grouped once.
 */
import fc from "fast-check";
import { customerRows, periodsByCustomer } from "../../../src/clv/purchaseDays";

interface RowIn {
  c: number;
  d: number;
  a: number;
}

function reference(rows: RowIn[], customers: number, mergeDays: number) {
  const out: { c: number; day: number; spend: number }[] = [];
  for (let c = 0; c < customers; c++) {
    const mine = rows
      .map((r, i) => ({ ...r, i }))
      .filter((r) => r.c === c && r.a > 0)
      .sort((p, q) => Math.floor(p.d) - Math.floor(q.d) || p.i - q.i);
    let first = -1,
      lastBlock = -1;
    for (const r of mine) {
      const d = Math.floor(r.d);
      if (first < 0) first = d;
      const b = Math.floor((d - first) / mergeDays);
      if (b !== lastBlock) (out.push({ c, day: d, spend: 0 }), (lastBlock = b));
      out[out.length - 1]!.spend += r.a;
    }
  }
  return out;
}

type Periods = ReturnType<typeof periodsByCustomer>;

function flat(p: Periods, customers: number) {
  const out: { c: number; day: number; spend: number }[] = [];
  for (let c = 0; c < customers; c++)
    for (let j = p.start[c]!; j < p.start[c + 1]!; j++) out.push({ c, day: p.day[j]!, spend: p.spend[j]! });
  return out;
}

/** The rows as plain arrays, or as the reading's typed columns (Int32 customers and days, Float64 amounts). */
function columns(rows: RowIn[], typed: boolean) {
  return typed
    ? {
        c: Int32Array.from(rows, (r) => r.c),
        d: Int32Array.from(rows, (r) => Math.floor(r.d)),
        a: Float64Array.from(rows, (r) => r.a),
      }
    : { c: rows.map((r) => r.c), d: rows.map((r) => r.d), a: rows.map((r) => r.a) };
}

function ours(rows: RowIn[], customers: number, mergeDays: number, typed = false) {
  const t = columns(rows, typed);
  return flat(periodsByCustomer("test", t.c, t.d, t.a, customers, mergeDays, true), customers);
}

const row = fc.record({
  c: fc.integer({ min: -1, max: 4 }),
  d: fc.double({ min: 40000, max: 40030, noNaN: true }),
  a: fc.constantFrom(-5, 0, 1.1, 2.25, 10, 0.3),
});

describe("periodsByCustomer", () => {
  it("matches the naive reference on both sort paths, rows in any order or in day order, plain or typed columns", () => {
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 60 }),
        fc.integer({ min: 1, max: 7 }),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        (rows, m, far, inDayOrder, typed) => {
          const ordered = inDayOrder ? [...rows].sort((p, q) => Math.floor(p.d) - Math.floor(q.d)) : rows;
          const all = far ? [...ordered, { c: 4, d: 2_900_000, a: 1 }] : ordered;
          expect(ours(all, 5, m, typed)).toEqual(reference(all, 5, m));
        },
      ),
      { numRuns: 500 },
    );
  });
  it("the same columns give the same table again; another merge period, rule or count does not", () => {
    const rows: RowIn[] = [
      { c: 0, d: 40000, a: 1 },
      { c: 1, d: 40001, a: 0 },
      { c: 0, d: 40003, a: 2 },
      { c: 1, d: 40004, a: 5 },
    ];
    const t = columns(rows, true) as { c: Int32Array; d: Int32Array; a: Float64Array };
    const first = periodsByCustomer("test", t.c, t.d, t.a, 2, 1, true);
    expect(periodsByCustomer("lifecycle", t.c, t.d, t.a, 2, 1, true)).toBe(first);
    const week = periodsByCustomer("test", t.c, t.d, t.a, 2, 7, true);
    expect(flat(week, 2)).toEqual(reference(rows, 2, 7));
    const all = periodsByCustomer("test", t.c, t.d, t.a, 2, 1, false);
    expect(Array.from(all.day)).toEqual([40000, 40003, 40001, 40004]); // the amount-0 row counts
    const more = periodsByCustomer("test", t.c, t.d, t.a, 3, 1, true);
    expect(more.start).toHaveLength(4);
    expect(periodsByCustomer("test", t.c, Int32Array.from(t.d), t.a, 3, 1, true)).not.toBe(more);
  });
});

describe("customerRows", () => {
  it("property: each customer's days and amounts in (day, row) order, as a plain sort gives them", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            c: fc.integer({ min: -1, max: 2 }),
            d: fc.oneof(fc.integer({ min: 0, max: 5 }), fc.double({ min: 40000, max: 40400, noNaN: true })),
          }),
          { maxLength: 150, size: "max" },
        ),
        fc.boolean(),
        fc.boolean(),
        (rows, inOrder, purchasesOnly) => {
          // Amounts tell the rows apart (row i has amount i + 1, every third a refund).
          const all = rows.map((r, i) => ({ ...r, a: i % 3 === 2 ? -(i + 1) : i + 1 }));
          if (inOrder) all.sort((x, y) => Math.floor(x.d) - Math.floor(y.d));
          const o = customerRows(
            all.map((r) => r.c),
            all.map((r) => r.d),
            all.map((r) => r.a),
            3,
            purchasesOnly,
          );
          const got: number[][] = [];
          const want: number[][] = [];
          for (let c = 0; c < 3; c++) {
            for (let j = o.start[c]!; j < o.start[c + 1]!; j++) got.push([c, o.day[j]!, o.amount[j]!]);
            all
              .map((r, i) => ({ ...r, i }))
              .filter((r) => r.c === c && (!purchasesOnly || r.a > 0))
              .sort((x, y) => Math.floor(x.d) - Math.floor(y.d) || x.i - y.i)
              .forEach((r) => want.push([c, Math.floor(r.d), r.a]));
          }
          expect(got).toEqual(want);
          const used = all.filter((r) => r.c >= 0 && (!purchasesOnly || r.a > 0)).map((r) => Math.floor(r.d));
          expect([o.lo, o.hi]).toEqual(
            used.length ? [Math.min(...used), Math.max(...used)] : [Infinity, -Infinity],
          );
        },
      ),
      { seed: 81, numRuns: 400 },
    );
  });
});

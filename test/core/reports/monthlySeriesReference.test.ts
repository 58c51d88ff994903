/**
 * monthlySeries (one flat buffer written in one pass over customerRows) against a straightforward
 * statement of the same series: each customer's purchases sorted by (day, row), summed per day
 * then per period, the series built by pushing months one at a time, as it was built before.
 * Identical offsets, volumes (bit for bit), removed and idle-removed counts, on several
 * customers, rows in day order (the export's) or shuffled, refunds and unused rows, days
 * spanning a few years (the day table) or a century (the day cache), periods of 1–12 months.
 */
import fc from "fast-check";
import { monthlySeries, periodOf } from "../../../src/reports/monthlySeries";
import { codeOf } from "../../helpers/errors";

interface P {
  window: number;
  explorationPeriods: number;
  terminatedPeriods: number;
}

function reference(
  customer: number[],
  days: number[],
  amounts: number[],
  customers: number,
  endMonth: number,
  m: number,
  p: P,
  k: number,
) {
  const gapKept = Math.max(p.window, p.explorationPeriods) + 1;
  const protectedFrom = endMonth - 2 * p.window + 1;
  const offset: number[] = [];
  const removed: number[] = [];
  const idleRemoved: number[] = [];
  const cells: number[] = [];
  for (let c = 0; c < customers; c++) {
    offset.push(cells.length);
    const rows = customer
      .map((cc, i) => ({ cc, d: Math.floor(days[i]!), a: amounts[i]!, i }))
      .filter((r) => r.cc === c && r.a > 0)
      .sort((x, y) => x.d - y.d || x.i - y.i);
    const perDay: { d: number; spend: number }[] = [];
    for (const r of rows) {
      if (perDay.length === 0 || perDay[perDay.length - 1]!.d !== r.d) perDay.push({ d: r.d, spend: 0 });
      perDay[perDay.length - 1]!.spend += r.a;
    }
    const series: number[] = [];
    let month = -1;
    let rem = 0;
    for (const { d, spend } of perDay) {
      const mo = periodOf(d, k);
      if (month >= 0 && mo !== month) {
        const gap = mo - month - 1;
        const outside = Math.max(0, Math.min(mo - 1, protectedFrom - 1) - month);
        const kept = gap - Math.max(0, outside - gapKept);
        rem += gap - kept;
        for (let g = 0; g < kept; g++) series.push(0);
      }
      if (mo !== month) series.push(0);
      series[series.length - 1] = series[series.length - 1]! + spend;
      month = mo;
    }
    const trailing = Math.min(endMonth - month, p.terminatedPeriods);
    idleRemoved.push(endMonth - month - trailing);
    removed.push(rem + endMonth - month - trailing);
    for (let g = 0; g < trailing; g++) series.push(0);
    const full = endMonth - periodOf(perDay[0]!.d, k) + 1;
    const pad = Math.min(m, Math.max(full, 2 * p.window)) - full;
    for (let g = 0; g < pad; g++) cells.push(0);
    cells.push(...series);
  }
  offset.push(cells.length);
  return { offset, volume: cells, removed, idleRemoved };
}

const BASE = 45292; // 2024-01-01
const row = fc.record({
  c: fc.integer({ min: -1, max: 3 }),
  d: fc.oneof(fc.integer({ min: 0, max: 1100 }), fc.integer({ min: 0, max: 60 })),
  a: fc.constantFrom(-5, 0, 0.1, 0.2, 1.1, 2.25, 10, 19.99, 300),
});

describe("monthlySeries against the straightforward series", () => {
  it("property: identical offsets, volumes, removed and idle-removed months", () => {
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 120, size: "max" }),
        fc.array(
          fc.tuple(fc.oneof(fc.integer({ min: 0, max: 1100 }), fc.integer({ min: 0, max: 20 })), fc.nat(4)),
          { maxLength: 60, size: "max" },
        ), // one busy customer (a long segment: the key sort when out of order), same-day rows

        fc.boolean(), // rows in day order (as exported) or not
        fc.boolean(), // one row dated 1900 (days span a century)
        fc.constantFrom(1, 1, 3, 6, 12),
        fc.record({
          window: fc.integer({ min: 1, max: 4 }),
          explorationPeriods: fc.integer({ min: 0, max: 5 }),
          terminatedPeriods: fc.integer({ min: 1, max: 8 }),
        }),
        fc.integer({ min: 0, max: 40 }),
        (random, busy, inOrder, far, k, p, after) => {
          const customers = 5;
          const rows = [
            ...random,
            ...busy.map(([d, a]) => ({ c: 4, d, a: [0.1, 0.2, 0.3, 1.1, 19.99][a]! })),
          ];
          for (let c = 0; c < customers; c++) rows.push({ c, d: 30 * c, a: 3.3 }); // each has a purchase
          if (far) rows.push({ c: 2, d: 2 - BASE, a: 7 });
          if (inOrder) rows.sort((x, y) => x.d - y.d);
          const days = rows.map((r) => BASE + r.d + (r.c === 1 ? 0.75 : 0)); // fractions are floored
          const customer = rows.map((r) => r.c);
          const amounts = rows.map((r) => r.a);
          const endMonth = periodOf(BASE + 1100, k) + Math.floor(after / k);
          const first = Math.min(...days.filter((_, i) => customer[i]! >= 0));
          const m = endMonth - periodOf(first, k) + 1;
          const got = monthlySeries(customer, days, amounts, customers, endMonth, m, p, k);
          const want = reference(customer, days, amounts, customers, endMonth, m, p, k);
          expect({
            offset: Array.from(got.offset),
            volume: Array.from(got.volume),
            removed: Array.from(got.removed),
            idleRemoved: Array.from(got.idleRemoved),
          }).toStrictEqual(want);
        },
      ),
      { seed: 71, numRuns: 500 },
    );
  });

  it("a customer index without a purchase row is invalid (the reader gives none)", () => {
    const P = { window: 3, explorationPeriods: 3, terminatedPeriods: 6 };
    expect(codeOf(() => monthlySeries([0, 1], [45658, 45660], [10, -5], 2, 2025 * 12, 1, P))).toBe("invalid");
  });
});

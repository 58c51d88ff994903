/**
 * The one run's join (customersRun.ts joinRows): one row per customer in the first analysis's
 * order, then ids only a later one has, each analysis's picked columns side by side, "" where an
 * analysis has no row. Checked against a plain Map join on random reports: later reports in the
 * first one's order with rows left out (the walk), shuffled (the look-up), and with ids of their
 * own.
 */
import fc from "fast-check";
import { joinRows } from "../../taskpane/analyses/customersRun";
import type { CustomerColumns } from "../../taskpane/analyses/registry";

type Row = (string | number)[];

function reference(parts: readonly CustomerColumns[], width: number): Row[] {
  const ids: (string | number)[] = [];
  const seen = new Set<string | number>();
  for (const p of parts) for (const r of p.rows) if (!seen.has(r[0]!)) (seen.add(r[0]!), ids.push(r[0]!));
  const maps = parts.map((p) => new Map(p.rows.map((r) => [r[0]!, r])));
  return ids.map((id) => {
    const row: Row = [id];
    parts.forEach((p, k) => {
      const own = maps[k]!.get(id);
      for (const c of p.picks) row.push(own ? own[c]! : "");
    });
    expect(row).toHaveLength(width);
    return row;
  });
}

const part = (rows: Row[], picks: number[]): CustomerColumns => ({
  header: picks.map((p) => `c${p}`),
  formats: picks.map(() => undefined),
  rows,
  picks,
});

test("joinRows equals a Map join: kept order, rows left out, shuffled, ids of a later report's own", () => {
  fc.assert(
    fc.property(
      fc.uniqueArray(fc.oneof(fc.string({ maxLength: 3 }), fc.integer({ min: 0, max: 50 })), {
        maxLength: 30,
      }),
      fc.array(
        fc.record({
          keep: fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
          shuffle: fc.boolean(),
          own: fc.array(fc.string({ minLength: 4, maxLength: 5 }), { maxLength: 3 }),
          seed: fc.integer(),
        }),
        { maxLength: 3 },
      ),
      (ids, laters) => {
        const rowOf = (id: string | number, k: number): Row => [
          id,
          `${k}:${String(id)}`,
          k * 100 + String(id).length,
        ];
        const parts = [
          part(
            ids.map((id) => rowOf(id, 0)),
            [2, 1],
          ),
        ];
        laters.forEach((l, k) => {
          let rows = ids.filter((_, i) => l.keep[i]).map((id) => rowOf(id, k + 1));
          rows.push(...[...new Set(l.own)].map((id) => rowOf(id, k + 1)));
          if (l.shuffle)
            rows = [...rows].sort(
              (a, b) => ((String(a[0]).length * 7 + l.seed) % 5) - ((String(b[0]).length * 7 + l.seed) % 5),
            );
          parts.push(part(rows, [1]));
        });
        const width = 1 + parts.reduce((w, p) => w + p.picks.length, 0);
        expect(joinRows(parts, width)).toEqual(reference(parts, width));
      },
    ),
    { numRuns: 300 },
  );
});

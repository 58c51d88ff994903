/**
 * Monetary M does not depend on row order (CRM_MODELS.md §1–§2): amounts with at most two
 * decimals are added as whole cents, so two customers with the same amounts in any order have
 * the same M — the double nearest the exact total — and so the same M score (ties share a score).
 * The reference is the exact total in integer cents, computed independently here.
 */
import fc from "fast-check";
import { customerTable } from "../../../src/customers/table";
import { scoreCustomerTable } from "../../../src/rfm/table";

fc.configureGlobal({ seed: 20261201 });

describe("monetary M is independent of row order", () => {
  it("0.1 + 0.2 + 0.3 and 0.3 + 0.2 + 0.1 are the same M, 0.6 (a row-order double sum splits them)", () => {
    expect(0.1 + 0.2 + 0.3).not.toBe(0.3 + 0.2 + 0.1); // the flaw: 0.6000000000000001 vs 0.6
    const t = customerTable(
      ["A", "A", "A", "B", "B", "B"],
      [45000, 45001, 45002, 45000, 45001, 45002],
      [0.1, 0.2, 0.3, 0.3, 0.2, 0.1],
    );
    expect(Array.from(t.monetary)).toEqual([0.6, 0.6]);
    const s = scoreCustomerTable(t, { bins: 2 });
    expect(s.m[0]).toBe(s.m[1]);
  });

  it("same cents in any order, interleaved with other customers: same M (= exact total), same M score", () => {
    const cents = fc.integer({ min: -50_000, max: 500_000 });
    fc.assert(
      fc.property(
        fc.array(cents, { minLength: 1, maxLength: 30 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), cents), { maxLength: 40 }),
        fc.integer(),
        (mine, others, seed) => {
          // A has `mine` in order, B the same amounts shuffled; both have one purchase to exist.
          const shuffled = [...mine].sort((p, q) => ((p * 7919 + seed) % 101) - ((q * 7919 + seed) % 101));
          const rows: [string, number][] = [
            ["A", 1],
            ["B", 1],
          ];
          mine.forEach((c, i) => rows.push(["A", c], ["B", shuffled[i]!]));
          for (const [o, c] of others)
            rows.splice((o * 13 + c) % rows.length, 0, [`O${o}`, c === 0 ? 1 : Math.abs(c)]);
          const t = customerTable(
            rows.map((r) => r[0]),
            rows.map((_, i) => 45000 + (i % 9)),
            rows.map((r) => r[1] / 100),
          );
          const exact = (1 + mine.reduce((s, c) => s + c, 0)) / 100;
          const a = t.ids.indexOf("A"),
            b = t.ids.indexOf("B");
          expect(t.monetary[a]).toBe(exact);
          expect(t.monetary[b]).toBe(exact);
          const s = scoreCustomerTable(t);
          expect(s.m[a]).toBe(s.m[b]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("amounts with more decimals are still summed (as doubles, in row order)", () => {
    const t = customerTable(["A", "A", "A"], [45000, 45001, 45002], [10.005, 0.1, 2]);
    expect(t.monetary[0]).toBeCloseTo(12.105, 12);
  });
});

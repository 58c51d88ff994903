/**
 * Non-finite amounts on DuckDB (where the row filter is `isfinite(amount)`): rows whose amount is
 * NaN, +∞, −∞ or NULL are skipped exactly as the core skips them — the same customers, F and M as
 * `customerTable` on the same rows, per spelling and in one level, with and without an as-of date.
 * A customer whose only purchase is +∞ must be left out (it has no finite purchase).
 */
import { DuckDBInstance } from "@duckdb/node-api";
import { rfmSql } from "../../src/sql/rfmSql";
import { customerTable } from "../../src/customers";

const ROWS: [string, string, number | null][] = [
  ["A1", "2024-01-05", 10.5],
  ["A1", "2024-02-05", Number.NaN],
  ["a1 ", "2024-03-05", Number.POSITIVE_INFINITY],
  ["B2", "2024-01-10", Number.POSITIVE_INFINITY],
  ["B2", "2024-01-11", Number.NEGATIVE_INFINITY],
  ["C3", "2024-04-01", 3.25],
  ["C3", "2024-04-02", null],
  ["C3", "2024-04-03", -1.25],
  ["D4", "2024-05-01", 0.07],
  ["D4", "2024-12-31", Number.NEGATIVE_INFINITY],
];

const lit = (a: number | null) =>
  a === null
    ? "NULL"
    : Number.isFinite(a)
      ? String(a)
      : `'${Number.isNaN(a) ? "nan" : a > 0 ? "inf" : "-inf"}'::DOUBLE`;

describe("DuckDB: non-finite amounts are skipped as the core skips them", () => {
  const core = customerTable(
    ROWS.map((r) => r[0]),
    ROWS.map((r) => r[1]),
    ROWS.map((r) => r[2]),
    { asOf: "2025-01-01" },
  );
  const expected = new Map(
    core.ids.map((id, i) => [String(id).trim().toLowerCase(), [core.frequency[i], core.monetary[i]]]),
  );

  it.each([
    [true, "2025-01-01"],
    [false, "2025-01-01"],
    [true, undefined],
    [false, undefined],
  ])("perSpelling %s, as-of %s", async (perSpelling, asOf) => {
    const db = await DuckDBInstance.create(":memory:", { threads: "1" });
    const c = await db.connect();
    await c.run(
      "CREATE TABLE tx AS SELECT * FROM (VALUES " +
        ROWS.map(([id, d, a]) => `('${id}', DATE '${d}', ${lit(a)})`).join(", ") +
        ") v(customer_id, order_date, amount)",
    );
    const sql = rfmSql({
      dialect: "duckdb",
      source: { table: "tx", customer: "customer_id", date: "order_date", amount: "amount" },
      asOf,
      perSpelling,
    });
    const rows = (await c.runAndReadAll(sql)).getRowObjectsJS();
    const got = new Map(rows.map((r) => [String(r.customer_key), [Number(r.frequency), Number(r.monetary)]]));
    expect(expected.has("b2")).toBe(false);
    expect([...got.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [k, v] of expected) expect(got.get(k)).toEqual(v);
  });
});

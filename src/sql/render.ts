/**
 * Assembles a generated query: a header comment (what it computes, every option it was written
 * with, so the numbers are reproducible — STYLE.md rule 9), then named steps as common table
 * expressions, each with a comment naming the step, then the final SELECT.
 *
 * Cost O(length of the SQL). Throws nothing.
 *
 * @example
 * renderQuery(["RFM"], [{ name: "a", comment: "one", body: "SELECT 1 AS x" }], "SELECT x FROM a")
 * // => "-- RFM\nWITH\n-- Step 1. one\na AS (\n  SELECT 1 AS x\n)\nSELECT x FROM a;\n"
 */
export interface Step {
  readonly name: string;
  /** What the step computes (one line, or several separated by \n). */
  readonly comment: string;
  readonly body: string;
  /** Computed once and kept (`AS MATERIALIZED`: DuckDB, PostgreSQL), as it is read twice. */
  readonly materialized?: boolean;
}

const indent = (text: string, by: string) =>
  text
    .split("\n")
    .map((l) => (l === "" ? l : by + l))
    .join("\n");

export function renderQuery(header: readonly string[], steps: readonly Step[], final: string): string {
  const head = header.map((h) => `-- ${h}`).join("\n");
  if (steps.length === 0) return `${head}\n${final};\n`;
  const parts = steps.map(
    (s, i) =>
      `${s.comment
        .split("\n")
        .map((c, j) => (j === 0 ? `-- Step ${i + 1}. ${c}` : `--   ${c}`))
        .join("\n")}\n${s.name} AS ${s.materialized ? "MATERIALIZED " : ""}(\n${indent(s.body, "  ")}\n)`,
  );
  return `${head}\nWITH\n${parts.join(",\n")}\n${final};\n`;
}

/** `name AS alias` lines of a SELECT list, comma-separated with one per line. */
export function selectList(items: readonly (readonly [string, string])[]): string {
  return items.map(([e, a]) => `${e} AS ${a}`).join(",\n");
}

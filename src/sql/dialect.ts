/**
 * The five SQL dialects the generator writes (issue 14; CRM_MODELS.md §1–§3 definitions run in
 * the warehouse): DuckDB, PostgreSQL, BigQuery (GoogleSQL), Snowflake and Spark SQL. Everything
 * that differs between them is here, so the pieces are written once:
 *
 * - identifiers: "x" (DuckDB, PostgreSQL, Snowflake) or `x` (BigQuery, Spark);
 * - string literals: '' doubles a quote, except BigQuery and Spark, which escape with a backslash;
 * - number literals are always cast to the engine's IEEE double, so arithmetic is binary64 as
 *   in JavaScript (a bare 0.5 is an exact NUMERIC/DECIMAL in PostgreSQL, DuckDB and Spark);
 * - day differences, adding days, integer division, the list 1…H of forecast periods;
 * - Unicode NFC: DuckDB `nfc_normalize`, PostgreSQL `normalize(…, NFC)` (UTF-8 database),
 *   BigQuery `NORMALIZE(…, NFC)`; Snowflake and Spark SQL have no NFC function (ids are compared
 *   as stored there — say so to the user, see {@link idKeySql});
 * - trimming an explicit character set (the JavaScript white space, see `idRule.ts`);
 * - a text column with a fixed set of values (segments, labels): DuckDB's ENUM, elsewhere text.
 *
 * Cost O(1) per call. Throws `invalid` for an unknown dialect.
 *
 * @example
 * dialectOf("bigquery").days("a", "b") // => "DATE_DIFF(b, a, DAY)"
 * dialectOf("postgres").num(0.5)       // => "CAST(0.5 AS DOUBLE PRECISION)"
 */
import { invalidInput } from "../errors";
import { describe } from "../validate";

export type SqlDialect = "duckdb" | "postgres" | "bigquery" | "snowflake" | "spark";

export const SQL_DIALECTS: readonly SqlDialect[] = ["duckdb", "postgres", "bigquery", "snowflake", "spark"];

export interface Dialect {
  readonly name: SqlDialect;
  /** The engine's IEEE double type. */
  readonly doubleType: string;
  /** A quoted column or alias name. */
  id(name: string): string;
  /** A string literal. */
  str(text: string): string;
  /** A double-precision literal (exact: the shortest decimal that reads back as `x`). */
  num(x: number): string;
  double(e: string): string;
  text(e: string): string;
  /** Whole days from date `a` to date `b` (b − a). */
  days(a: string, b: string): string;
  addDays(date: string, n: number): string;
  date(iso: string): string;
  /** ⌊a / b⌋ for integers a ≥ 0, b > 0. */
  intDiv(a: string, b: string): string;
  /** NFC of a text, or undefined where the engine has no such function. */
  nfc(e: string): string | undefined;
  /** `e` with every character of `chars` (a text expression) removed from both ends. */
  trim(e: string, chars: string): string;
  /** A text made of these Unicode code points. */
  codePoints(cps: readonly number[]): string;
  /** A derived table `alias(col)` holding the integers 1…n. */
  integers(n: number, alias: string, col: string): string;
  /**
   * The literal maker of a text column known to hold one of `values`: DuckDB types each literal
   * `CAST('v' AS ENUM(…))` (a one-byte code per row; Parquet stores it as the same UTF-8 column
   * with its dictionary written directly, about a tenth of the CPU of writing the text: 10⁶ rows ×
   * 6 label columns, 0.3 s → 0.03 s). Typing each literal rather than the CASE around them leaves
   * no text to convert per row (a CASE of enum literals costs half a CAST of the CASE: 10⁶ rows,
   * 20 ms against 41). Elsewhere the plain quoted text. Values are deduplicated in order.
   */
  oneOf(values: readonly string[]): (value: string) => string;
}

const list = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
const doubled = (t: string) => `'${t.replace(/'/g, "''")}'`;
const backslashed = (t: string) => `'${t.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
const utf8Hex = (cps: readonly number[]) =>
  Array.from(new TextEncoder().encode(String.fromCodePoint(...cps)), (b) => b.toString(16).padStart(2, "0"))
    .join("")
    .toUpperCase();
const chrs = (cps: readonly number[]) => cps.map((c) => `CHR(${c})`).join(" || ");
const valuesList = (n: number, alias: string, col: string) =>
  `(VALUES ${list(n)
    .map((k) => `(${k})`)
    .join(", ")}) AS ${alias}(${col})`;

function make(name: SqlDialect): Dialect {
  const backtick = name === "bigquery" || name === "spark";
  const dbl = {
    duckdb: "DOUBLE",
    postgres: "DOUBLE PRECISION",
    bigquery: "FLOAT64",
    snowflake: "DOUBLE",
    spark: "DOUBLE",
  }[name];
  const txt = {
    duckdb: "VARCHAR",
    postgres: "TEXT",
    bigquery: "STRING",
    snowflake: "VARCHAR",
    spark: "STRING",
  }[name];
  const str = backtick ? backslashed : doubled;
  return {
    name,
    doubleType: dbl,
    id: (n) => (backtick ? `\`${n.replace(/`/g, "\\`")}\`` : `"${n.replace(/"/g, '""')}"`),
    str,
    num: (x) => `CAST(${String(x)} AS ${dbl})`,
    double: (e) => `CAST(${e} AS ${dbl})`,
    text: (e) => `CAST(${e} AS ${txt})`,
    days: (a, b) =>
      ({
        duckdb: `date_diff('day', ${a}, ${b})`,
        postgres: `(${b} - ${a})`,
        bigquery: `DATE_DIFF(${b}, ${a}, DAY)`,
        snowflake: `DATEDIFF(day, ${a}, ${b})`,
        spark: `DATEDIFF(${b}, ${a})`,
      })[name],
    addDays: (d, n) =>
      ({
        duckdb: `CAST(${d} + ${n} AS DATE)`,
        postgres: `CAST(${d} + ${n} AS DATE)`,
        bigquery: `DATE_ADD(${d}, INTERVAL ${n} DAY)`,
        snowflake: `DATEADD(day, ${n}, ${d})`,
        spark: `DATE_ADD(${d}, ${n})`,
      })[name],
    date: (iso) => `DATE '${iso}'`,
    intDiv: (a, b) =>
      ({
        duckdb: `(${a} // ${b})`,
        postgres: `(${a} / ${b})`,
        bigquery: `DIV(${a}, ${b})`,
        snowflake: `FLOOR(CAST(${a} AS DOUBLE) / ${b})`,
        spark: `(${a} DIV ${b})`,
      })[name],
    nfc: (e) =>
      ({
        duckdb: `nfc_normalize(${e})`,
        postgres: `normalize(${e}, NFC)`,
        bigquery: `NORMALIZE(${e}, NFC)`,
        snowflake: undefined,
        spark: undefined,
      })[name],
    trim: (e, chars) =>
      ({
        duckdb: `trim(${e}, ${chars})`,
        postgres: `btrim(${e}, ${chars})`,
        bigquery: `TRIM(${e}, ${chars})`,
        snowflake: `TRIM(${e}, ${chars})`,
        spark: `TRIM(BOTH ${chars} FROM ${e})`,
      })[name],
    codePoints: (cps) =>
      ({
        duckdb: chrs(cps),
        postgres: chrs(cps),
        bigquery: `CODE_POINTS_TO_STRING([${cps.join(", ")}])`,
        snowflake: chrs(cps),
        spark: `DECODE(UNHEX('${utf8Hex(cps)}'), 'UTF-8')`,
      })[name],
    oneOf: (values) => {
      const type = `ENUM(${[...new Set(values)].map(doubled).join(", ")})`;
      return name === "duckdb" ? (v) => `CAST(${str(v)} AS ${type})` : str;
    },
    integers: (n, alias, col) =>
      name === "bigquery"
        ? `UNNEST(GENERATE_ARRAY(1, ${n})) AS ${col}`
        : name === "spark"
          ? `(SELECT EXPLODE(SEQUENCE(1, ${n})) AS ${col}) AS ${alias}`
          : valuesList(n, alias, col),
  };
}

export function dialectOf(name: unknown): Dialect {
  if (typeof name === "string" && (SQL_DIALECTS as readonly string[]).includes(name))
    return make(name as SqlDialect);
  throw invalidInput(
    "dialectOf",
    `The SQL dialect must be one of ${SQL_DIALECTS.join(", ")}, got ${describe(name)}.`,
    `SQL 方言必须是 ${SQL_DIALECTS.join("、")} 之一，收到的是 ${describe(name)}。`,
  );
}

/**
 * Files in and out of the command line, through DuckDB: a CSV or Parquet input (any size; DuckDB
 * streams it) becomes the view `tx`; a query result is written as CSV or Parquet by DuckDB's COPY,
 * or as .xlsx by @cj-tech-master/excelts when it fits a sheet (1,048,575 rows under a header).
 * excelts is loaded only when an .xlsx is written (loading it costs about 0.2 s of every run).
 */
import { DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import * as fs from "fs";
import * as path from "path";
import { UsageError } from "./args";

export const SHEET_ROWS = 1_048_576;

export class DataError extends Error {
  constructor(
    readonly en: string,
    readonly zh: string,
  ) {
    super(en);
  }
}

export async function openDuckDb(): Promise<DuckDBConnection> {
  const db = await DuckDBInstance.create(":memory:", {
    memory_limit: process.env.CRM_DUCKDB_MEMORY ?? "3GB",
    preserve_insertion_order: "false",
  });
  return db.connect();
}

const sqlText = (s: string) => `'${s.replace(/'/g, "''")}'`;

type Format = "csv" | "parquet" | "xlsx";

function formatOf(file: string, what: "input" | "output"): Format {
  const ext = path.extname(file).toLowerCase();
  if (ext === ".csv" || ext === ".txt" || ext === ".tsv") return "csv";
  if (ext === ".parquet" || ext === ".pq") return "parquet";
  if (ext === ".xlsx" && what === "output") return "xlsx";
  throw new UsageError(
    `${file}: the ${what} must be ${what === "input" ? ".csv or .parquet" : ".csv, .parquet or .xlsx"}.`,
    `${file}：${what === "input" ? "输入文件必须是 .csv 或 .parquet" : "输出文件必须是 .csv、.parquet 或 .xlsx"}。`,
  );
}

/**
 * Makes `file` the view `name`; text columns in `asText` are read as VARCHAR (ids keep leading
 * zeros). Returns the column names. Throws DataError for a missing or unreadable file.
 */
export async function attachInput(
  c: DuckDBConnection,
  file: string,
  name: string,
  asText: readonly string[],
): Promise<string[]> {
  if (!fs.existsSync(file)) throw new DataError(`${file}: no such file.`, `${file}：文件不存在。`);
  const fmt = formatOf(file, "input");
  const reader =
    fmt === "parquet"
      ? `read_parquet(${sqlText(file)})`
      : `read_csv(${sqlText(file)}, header = true${asText.length ? `, types = {${asText.map((t) => `${sqlText(t)}: 'VARCHAR'`).join(", ")}}` : ""})`;
  try {
    await c.run(`CREATE OR REPLACE VIEW ${name} AS SELECT * FROM ${reader}`);
    const cols = await c.runAndReadAll(`DESCRIBE ${name}`);
    return cols.getRowsJS().map((r) => String(r[0]));
  } catch (e) {
    const msg = e instanceof Error ? e.message.split("\n")[0] : String(e);
    if (asText.length && /types|column/i.test(String(msg))) return attachInput(c, file, name, []);
    throw new DataError(
      `${file}: cannot be read as ${fmt.toUpperCase()} (${msg}).`,
      `${file}：无法按 ${fmt.toUpperCase()} 读取（${msg}）。`,
    );
  }
}

/** Refuses a missing column, naming the columns the file has. */
export function requireColumns(
  file: string,
  have: readonly string[],
  need: readonly [string, string][],
): void {
  for (const [option, col] of need)
    if (!have.includes(col))
      throw new DataError(
        `${file} has no column "${col}" (--${option}); its columns are: ${have.join(", ")}.`,
        `${file} 没有列 "${col}"（--${option}）；它的列是：${have.join("、")}。`,
      );
}

/** Writes the result of `sql` to `out` (CSV and Parquet streamed by COPY); returns the number of rows. */
export async function writeResult(c: DuckDBConnection, sql: string, out: string): Promise<number> {
  const fmt = formatOf(out, "output");
  const body = sql.trim().replace(/;$/, "");
  if (fmt !== "xlsx") {
    const options = fmt === "csv" ? "FORMAT csv, HEADER true" : "FORMAT parquet";
    const r = await c.runAndReadAll(`COPY (${body}) TO ${sqlText(out)} (${options})`);
    return Number(r.getRowsJS()[0]?.[0] ?? 0);
  }
  await c.run(`CREATE OR REPLACE TEMP TABLE result AS ${body}`);
  const count = Number((await c.runAndReadAll("SELECT COUNT(*) FROM result")).getRowsJS()[0]![0]);
  if (count + 1 > SHEET_ROWS)
    throw new DataError(
      `${count.toLocaleString("en")} rows do not fit an Excel sheet (1,048,575 under the header): write .parquet or .csv.`,
      `${count} 行超出 Excel 工作表的容量（表头下最多 1,048,575 行）：请输出 .parquet 或 .csv。`,
    );
  await writeXlsx(c, out);
  return count;
}

/** Streams the temp table `result` to `out` with excelts' streaming writer (text stays text, never a formula). */
async function writeXlsx(c: DuckDBConnection, out: string): Promise<void> {
  const { WorkbookWriter } = await import("@cj-tech-master/excelts");
  const wb = new WorkbookWriter({ filename: out });
  const sheet = wb.addWorksheet("Result");
  const reader = await c.runAndReadAll("SELECT * FROM result");
  sheet.addRow(reader.columnNames()).commit();
  for (const row of reader.getRowsJS())
    sheet
      .addRow(row.map((v) => (typeof v === "bigint" ? Number(v) : (v as string | number | Date | null))))
      .commit();
  sheet.commit();
  await wb.commit();
}

/** All rows of a query as plain objects (numbers as numbers). */
export async function readRows(c: DuckDBConnection, sql: string): Promise<Record<string, unknown>[]> {
  const reader = await c.runAndReadAll(sql.trim().replace(/;$/, ""));
  return reader.getRowObjectsJS().map((r) => {
    const o: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(r)) o[k] = typeof v === "bigint" ? Number(v) : v;
    return o;
  });
}

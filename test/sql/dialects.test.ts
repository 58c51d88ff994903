/**
 * The dialects without an engine here (BigQuery, Snowflake, Spark SQL): golden files reviewed by
 * hand (test/sql/golden; regenerate with UPDATE_GOLDEN=1 and review the diff), plus a structural
 * parse by DuckDB's parser (json_serialize_sql) after mapping the few tokens its grammar lacks —
 * balanced parentheses, commas, CTE structure, CASE, casts. The id rule's white space is
 * JavaScript's own `trim`, and NFC behaves as documented.
 */
import * as fs from "fs";
import * as path from "path";
import { rfmSql } from "../../src/sql/rfmSql";
import { clvSummarySql, compressedSummarySql, gammaGammaSql } from "../../src/sql/clvSql";
import { scoringSql } from "../../src/sql/scoringSql";
import { JS_WHITE_SPACE } from "../../src/sql/idRule";
import { SQL_DIALECTS, SqlDialect, dialectOf } from "../../src/sql/dialect";
import { CrmError } from "../../src/errors";
import { DuckDb } from "./engines";

const GOLDEN = path.join(__dirname, "golden");
const source = {
  table: "shop.orders",
  customer: "customer_id",
  date: "order_date",
  amount: "amount",
  order: "order_id",
};
const pieces: Record<string, (d: SqlDialect) => string> = {
  rfm: (d) => rfmSql({ dialect: d, source, asOf: "2024-12-31", method: "rfm", lang: "zh" }),
  "rfm-quantile": (d) =>
    rfmSql({ dialect: d, source, method: "quantile", thresholds: { r: [7, 30, 60, 120] } }),
  summary: (d) =>
    clvSummarySql({
      dialect: d,
      source,
      unit: "weeks",
      calibrationEnd: "2024-06-30",
      holdoutEnd: "2024-12-31",
      mergeDays: 2,
    }),
  compressed: (d) => compressedSummarySql({ dialect: d, source, unit: "weeks", decimals: 1 }),
  gammagamma: (d) => gammaGammaSql({ dialect: d, source, unit: "days" }),
  "score-bgnbd": (d) =>
    scoringSql({
      dialect: d,
      source,
      unit: "weeks",
      purchaseModel: { model: "bgnbd", r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 },
      spendModel: { model: "gammagamma", p: 6.25, q: 3.74, gamma: 15.44 },
    }),
  "score-pnbd": (d) =>
    scoringSql({
      dialect: d,
      source,
      unit: "weeks",
      purchaseModel: { model: "pnbd", r: 0.553, alpha: 10.58, s: 0.606, beta: 11.67 },
      clv: { periods: 4, periodUnit: "weeks" },
    }),
};

/** What DuckDB's grammar lacks from each dialect (only tokens, never structure): quoting, escapes, DIV, SAFE_CAST, DAY. */
function forDuckDbParser(d: SqlDialect, sql: string): string {
  let s = sql;
  if (d === "bigquery" || d === "spark") s = s.replace(/`/g, '"').replace(/\\'/g, "''");
  if (d === "bigquery") s = s.replace(/SAFE_CAST\(/g, "TRY_CAST(").replace(/, DAY\)/g, ", 'day')");
  if (d === "spark") s = s.replace(/ DIV /g, " // ");
  return s;
}

describe.each(["bigquery", "snowflake", "spark", "duckdb", "postgres"] as const)("%s SQL", (d) => {
  let duck: DuckDb;
  beforeAll(async () => (duck = await DuckDb.open()));
  it.each(Object.keys(pieces))("%s matches its golden file and parses", async (piece) => {
    const sql = pieces[piece]!(d);
    const file = path.join(GOLDEN, `${d}-${piece}.sql`);
    if (process.env.UPDATE_GOLDEN === "1" || !fs.existsSync(file)) {
      fs.mkdirSync(GOLDEN, { recursive: true });
      fs.writeFileSync(file, sql);
    }
    expect(sql).toBe(fs.readFileSync(file, "utf8"));
    const text = forDuckDbParser(d, sql).replace(/'/g, "''");
    const [parsed] = await duck.query(`SELECT json_serialize_sql('${text}') AS j`);
    const result = JSON.parse(String(parsed!.j)) as { error: boolean; error_message?: string };
    expect(result.error_message ?? "").toBe("");
  });
});

describe("the id rule", () => {
  it("trims exactly what JavaScript's String.prototype.trim trims", () => {
    const trimmed: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (("a" + String.fromCharCode(c)).trim() === "a") trimmed.push(c);
    expect(trimmed).toEqual(JS_WHITE_SPACE);
  });

  it("puts ids in NFC where the engine can, and says where it cannot", async () => {
    const duck = await DuckDb.open();
    const key = (nfc: boolean) =>
      rfmSql({ dialect: "duckdb", source: { table: "t", customer: "c", date: "d", amount: "a" }, nfc });
    const setup = `CREATE TABLE t AS SELECT * FROM (VALUES ('e\u0301a', DATE '2024-01-01', 1.0), ('\u00e9a\u00a0', DATE '2024-01-02', 2.0), ('\ufeffÉA', DATE '2024-01-03', 3.0)) v(c, d, a)`;
    await duck.query(setup);
    expect((await duck.query(key(true))).length).toBe(1); // e + combining acute = é; NBSP, BOM trimmed; É lower-cased
    expect((await duck.query(key(false))).length).toBe(2); // the core's rule: no normalisation
    for (const d of ["snowflake", "spark"] as const)
      expect(rfmSql({ dialect: d, source, nfc: true })).toContain("(no NFC in this engine)");
    expect(SQL_DIALECTS.filter((d) => dialectOf(d).nfc("x") !== undefined)).toEqual([
      "duckdb",
      "postgres",
      "bigquery",
    ]);
  });

  it("refuses bad options with the core's bilingual errors", () => {
    const bad = [
      () => rfmSql({ dialect: "oracle" as SqlDialect, source }),
      () => rfmSql({ dialect: "duckdb", source, bins: 12 }),
      () => rfmSql({ dialect: "duckdb", source: { ...source, amount: "" } }),
      () => clvSummarySql({ dialect: "duckdb", source, unit: "years" as "days" }),
      () => clvSummarySql({ dialect: "duckdb", source, unit: "days", holdoutEnd: "2024-01-01" }),
    ];
    for (const f of bad) {
      expect(f).toThrow(CrmError);
      try {
        f();
      } catch (e) {
        expect((e as CrmError).text.zh).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });
});

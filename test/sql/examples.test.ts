/** The @example lines of src/sql, run (STYLE.md: run the examples as tests). */
import { dialectOf } from "../../src/sql/dialect";
import { hornerSql, termsNeeded } from "../../src/sql/series";
import { renderQuery } from "../../src/sql/render";
import { quantileScoreSql } from "../../src/sql/scoreSteps";
import { checkSource, isoDate } from "../../src/sql/options";
import { checkClvOptions } from "../../src/sql/clvOptions";
import { customerSteps } from "../../src/sql/customerSteps";
import { checkCustomerOptions } from "../../src/sql/options";
import { clvSteps } from "../../src/sql/clvSteps";
import { spellingSteps } from "../../src/sql/spellingSteps";
import { rowChecksSql } from "../../src/sql/rowChecksSql";
import { compressedSummarySql } from "../../src/sql/clvSql";
import { bgNbdAliveSql } from "../../src/sql/bgNbdSql";
import { paretoNbdAliveSteps } from "../../src/sql/paretoNbdSql";
import { idKeySql } from "../../src/sql/idRule";
import { rfmSql } from "../../src/sql/rfmSql";
import { scoringSql } from "../../src/sql/scoringSql";

const source = { table: "tx", customer: "id", date: "day", amount: "amount" };

it("runs the documented examples", () => {
  expect(dialectOf("bigquery").days("a", "b")).toBe("DATE_DIFF(b, a, DAY)");
  expect(dialectOf("postgres").num(0.5)).toBe("CAST(0.5 AS DOUBLE PRECISION)");
  expect(hornerSql(3, (k) => `(z * ${k + 1})`)).toBe("(1 + (z * 1) * (1 + (z * 2) * (1 + (z * 3))))");
  expect(termsNeeded(() => 0.5, 0.5, 1e-9)).toBe(30);
  expect(
    renderQuery(["RFM"], [{ name: "a", comment: "one", body: "SELECT 1 AS x" }], "SELECT x FROM a"),
  ).toBe("-- RFM\nWITH\n-- Step 1. one\na AS (\n  SELECT 1 AS x\n)\nSELECT x FROM a;\n");
  expect(quantileScoreSql(dialectOf("postgres"), "frequency", "F", 5)).toBe(
    "1 + (5 * (RANK() OVER (ORDER BY frequency ASC) - 1) / COUNT(*) OVER ())",
  );
  expect(checkSource(source).order).toBeUndefined();
  expect(isoDate(45658)).toBe("2025-01-01");
  expect(checkClvOptions({ dialect: "duckdb", source, unit: "weeks" }).mergeDays).toBe(1);
  expect(customerSteps(checkCustomerOptions({ dialect: "duckdb", source })).map((s) => s.name)).toEqual([
    "rows_read",
    "rows_used",
    "as_of",
    "customers",
    "customer_table",
  ]);
  expect(
    clvSteps(checkClvOptions({ dialect: "duckdb", source, unit: "weeks" }))
      .map((s) => s.name)
      .slice(-3),
  ).toEqual(["calibration", "purchase_periods", "clv_customers"]);
  expect(
    compressedSummarySql({ dialect: "postgres", source, unit: "weeks" }).includes("COUNT(*) AS customers"),
  ).toBe(true);
  expect(spellingSteps(checkCustomerOptions({ dialect: "duckdb", source })).map((s) => s.name)).toEqual([
    "spellings",
    "spelling_keys",
    "as_of",
    "customers",
    "customer_table",
  ]);
  expect(rowChecksSql({ dialect: "duckdb", source }).includes("AS no_purchase")).toBe(true);
  const bg = { model: "bgnbd", r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 } as const;
  expect(bgNbdAliveSql(dialectOf("duckdb"), bg).startsWith("CASE WHEN xd = 0")).toBe(true);
  expect(
    paretoNbdAliveSteps(dialectOf("duckdb"), { model: "pnbd", r: 0.55, alpha: 10.58, s: 0.61, beta: 11.66 })
      .length,
  ).toBe(2);
  expect(idKeySql(dialectOf("duckdb"), '"customer_id"', false)).toMatch(
    /^lower\(CASE WHEN ASCII\(CAST\("customer_id" AS VARCHAR\)\) BETWEEN 33 AND 126 .* ELSE trim\(.*CHR\(9\) \|\| .*CHR\(65279\)\) END\)$/,
  );
  expect(rfmSql({ dialect: "postgres", source })).toMatch(
    /^-- RFM table \(CRM Analytics for Excel\)[^]*\nWITH\n-- Step 1\. Read the rows: /,
  );
  expect(
    scoringSql({ dialect: "duckdb", source, unit: "weeks", purchaseModel: bg }).includes("p_alive"),
  ).toBe(true);
});

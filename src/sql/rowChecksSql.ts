/**
 * Rows the customer table does not use, counted by reason (CRM_MODELS.md §1: "never silently
 * dropped"; the core lists them in `rejected` with the same reasons, `RejectReason`): one row
 * with rows_read, no_id, bad_date, bad_amount, before_period (ignored, not an error),
 * after_as_of, no_order_id, no_purchase (rows of customers with only refunds or zero amounts)
 * and rows_used. Each row counts under the first reason that applies, in the core's order.
 *
 * Cost: one scan and one aggregation in the engine. Throws `invalid` for bad options.
 *
 * @example
 * rowChecksSql({ dialect: "duckdb", source }).includes("AS no_purchase") // => true
 */
import { CustomerSqlOptions, checkCustomerOptions } from "./options";
import { customerSteps } from "./customerSteps";
import { Step, renderQuery } from "./render";

export function rowChecksSql(options: CustomerSqlOptions): string {
  const o = checkCustomerOptions(options);
  const { d, source: s } = o;
  const [rowsRead, rowsUsed, asOf] = customerSteps(o) as [Step, Step, Step];
  const reasons: [string, string][] = [
    ["no_id", "customer_trimmed IS NULL OR customer_trimmed = ''"],
    ["bad_date", "day IS NULL"],
    ["bad_amount", `amount IS NULL OR NOT ABS(amount) <= ${d.num(Number.MAX_VALUE)}`],
    ["before_period", o.periodStart ? `day < ${d.date(o.periodStart)}` : "FALSE"],
    ["after_as_of", o.asOf ? `day > ${d.date(o.asOf)}` : "FALSE"],
    ["no_order_id", s.order ? "order_trimmed IS NULL OR order_trimmed = ''" : "FALSE"],
  ];
  const reason: Step = {
    name: "row_reasons",
    comment: "The first reason each row is not used, in the core's order (NULL = used).",
    body: `SELECT CASE\n${reasons.map(([k, c]) => `    WHEN ${c} THEN '${k}'`).join("\n")}\n  END AS reason\nFROM rows_read`,
  };
  const noPurchase: Step = {
    name: "no_purchase",
    comment: "Rows of customers with no purchase (only refunds or zero amounts) in the period.",
    body: "SELECT SUM(n) AS rows_without_purchase FROM (\n  SELECT customer_key, COUNT(*) AS n FROM rows_used\n  GROUP BY customer_key HAVING COUNT(CASE WHEN amount > 0 THEN 1 END) = 0\n) q",
  };
  const counts = reasons.map(([k]) => `COUNT(CASE WHEN reason = '${k}' THEN 1 END) AS ${k}`);
  return renderQuery(
    [`Rows not used by the customer table, by reason (CRM Analytics for Excel), dialect ${d.name}.`],
    [rowsRead, rowsUsed, asOf, reason, noPurchase],
    [
      "SELECT",
      "  COUNT(*) AS rows_read,",
      `  ${counts.join(",\n  ")},`,
      "  MIN(p.rows_without_purchase) AS no_purchase,",
      "  COUNT(CASE WHEN reason IS NULL THEN 1 END) - COALESCE(MIN(p.rows_without_purchase), 0) AS rows_used",
      "FROM row_reasons CROSS JOIN no_purchase p",
    ].join("\n"),
  );
}

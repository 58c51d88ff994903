/**
 * The customer table of {@link customerSteps} in two levels, for the RFM table without order
 * ids (`perSpelling`, the default on DuckDB; CRM_MODELS.md §1; the same rows and rules):
 *
 * 1. spellings — rows with a date and a finite amount in the period, added up per id exactly as
 *    stored (first / last purchase, purchases, net sum, refunds, latest date): a plain hash
 *    aggregation, as cheap as a hand-written GROUP BY;
 * 2. spelling_keys — the id rule (`idRule.ts`) once per distinct spelling instead of once per row;
 * 3. as_of — given, else the day after the latest date of ids that are not blank;
 * 4. customers — the spellings of one key added up; customers without a purchase are left out,
 *    and the group of blank ids (smallest trimmed id NULL or ''). M is summed in whole cents, as
 *    the core does, so sums of sums are exact for amounts with at most two decimals; amounts
 *    with more decimals are added as doubles, in an order that is not the core's (as in any
 *    parallel SUM: the one-level steps on DuckDB differ from run to run in the same last bits).
 *
 * No test on the id rule's result is written below the aggregations (not in spelling_keys, not
 * in a WHERE of as_of): DuckDB pushes such a filter through the GROUP BY into the scan and then
 * evaluates the rule on every row (measured: 10M rows, twice the CPU of the whole query). The
 * blank test is on aggregates (HAVING, or a CASE inside MAX), which cannot be pushed down.
 *
 * Every other aggregate is decomposable (MIN, MAX, COUNT → SUM, cast back to the one-level
 * types), so those equal the one-level ones. With order ids F counts distinct orders per
 * customer, which does not decompose: the one-level steps are used then. Cost: one scan, two
 * hash aggregations (of the rows, then of the distinct spellings).
 *
 * @example
 * spellingSteps(checkCustomerOptions({ dialect: "duckdb", source })).map((s) => s.name)
 * // => ["spellings", "spelling_keys", "as_of", "customers", "customer_table"]
 */
import { idTrimmedSql } from "./idRule";
import { CheckedCustomerOptions } from "./options";
import { Step } from "./render";
import {
  MONETARY_CENTS,
  MONETARY_REST,
  asOfStep,
  customerTableStep,
  rowConditions,
  safeCast,
} from "./customerSteps";

export function spellingSteps(o: CheckedCustomerOptions): Step[] {
  const { d, source: s } = o;
  const spellings: Step = {
    name: "spellings",
    comment:
      "Rows with a date and a finite amount in the period, added up per id as stored\n(purchases are rows with amount > 0; M nets refunds in).",
    body: [
      "SELECT",
      "  raw_id,",
      "  MIN(CASE WHEN amount > 0 THEN day END) AS first_purchase,",
      "  MAX(CASE WHEN amount > 0 THEN day END) AS last_purchase,",
      // The same CASE as first / last purchase (day is never NULL here): DuckDB evaluates it once.
      "  COUNT(CASE WHEN amount > 0 THEN day END) AS purchases,",
      `  ${MONETARY_CENTS} AS monetary_cents,`,
      `  ${MONETARY_REST} AS monetary_rest,`,
      "  COUNT(CASE WHEN amount < 0 THEN 1 END) AS refunds,",
      "  MAX(day) AS last_day",
      "FROM (",
      `  SELECT ${d.text(d.id(s.customer))} AS raw_id, ${safeCast(o, d.id(s.date), "DATE")} AS day, ${safeCast(o, d.id(s.amount), "DOUBLE")} AS amount`,
      `  FROM ${s.table}`,
      ") r",
      `WHERE ${rowConditions(o).join("\n  AND ")}`,
      "GROUP BY raw_id",
    ].join("\n"),
  };
  const keys: Step = {
    name: "spelling_keys",
    comment:
      "The id rule once per spelling: trimmed (JavaScript white space, NFC where the engine can), lower-cased key.",
    body: [
      "SELECT k.*, lower(customer_trimmed) AS customer_key",
      `FROM (SELECT s.*, ${idTrimmedSql(d, "s.raw_id", o.nfc)} AS customer_trimmed FROM spellings s) k`,
    ].join("\n"),
  };
  // Blank ids (NULL or '' once trimmed) neither set the as-of date nor make a customer.
  const asOf = asOfStep(o, "MAX(CASE WHEN customer_trimmed <> '' THEN last_day END)", "spelling_keys");
  const bigint = (e: string) => `CAST(${e} AS BIGINT)`;
  const customers: Step = {
    name: "customers",
    comment:
      "One row per customer: its spellings added up. Customers with no purchase are left out,\nand the group of blank ids (smallest id NULL or '').",
    body: [
      "SELECT",
      "  customer_key,",
      "  MIN(customer_trimmed) AS customer_id,",
      "  MIN(first_purchase) AS first_purchase,",
      "  MAX(last_purchase) AS last_purchase,",
      `  ${bigint("SUM(purchases)")} AS frequency,`,
      "  SUM(monetary_cents) / 100 + SUM(monetary_rest) AS monetary,",
      `  ${bigint("SUM(refunds)")} AS refunds`,
      "FROM spelling_keys",
      "GROUP BY customer_key",
      "HAVING SUM(purchases) > 0 AND MIN(customer_trimmed) <> ''",
    ].join("\n"),
  };
  return [spellings, keys, asOf, customers, customerTableStep(o)];
}

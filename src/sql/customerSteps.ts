/**
 * The customer table of the core (`customerTable`, CRM_MODELS.md §1) as SQL steps, one row per
 * customer, from transaction rows (id, date, amount, optional order id):
 *
 * 1. rows_read — the id rule of `idRule.ts` (NFC where possible, JavaScript white space trimmed,
 *    lower-cased key), the date as DATE (a timestamp loses its time, as the core floors a
 *    serial), the amount as DOUBLE;
 * 2. rows_used — rows with an id, a date, a finite amount (and an order id when given) dated
 *    from the period start to the as-of date; the core lists the others as rejected;
 * 3. as_of — the given date, else the day after the latest date of those rows;
 * 4. customers — per key: first / last purchase (amount > 0), F = purchase rows, or distinct
 *    order ids (same id rule) of purchases, M = net sum of all amounts, refunds = rows < 0;
 *    customers without a purchase are left out (the core's `noPurchase`);
 *    with `lateIdCheck` (the RFM table, as-of date given) the blank-id test moves from the rows
 *    to the groups: rows without an id all fall in the group whose smallest trimmed id is NULL
 *    or '' and only that group is dropped — the same customers from the same rows, but the id
 *    rule runs once per row instead of again in the row filter (DuckDB pushes a filter on the
 *    rule's result into the scan and evaluates the rule there twice more; the test is on an
 *    aggregate so that it cannot be pushed back down);
 * 5. customer_table — days since the last purchase, recency = days / days per unit (as DOUBLE,
 *    exactly the core's division), average order value M / F, tenure in days.
 *
 * The id shown is the smallest trimmed spelling of the key (SQL rows have no order; the core
 * shows the first one read). Where the engine cannot cast safely (PostgreSQL, Snowflake) a date
 * or amount that is not one stops the query instead of being skipped: store them typed.
 *
 * Cost: one scan and one hash aggregation in the engine. Throws nothing (options are checked).
 *
 * @example
 * customerSteps(checkCustomerOptions({ dialect: "duckdb", source })).map((s) => s.name)
 * // => ["rows_read", "rows_used", "as_of", "customers", "customer_table"]
 */
import { DAYS_PER_UNIT } from "../customers/recency";
import { idTrimmedSql } from "./idRule";
import { CheckedCustomerOptions } from "./options";
import { Step } from "./render";

const DOUBLE_MAX = "1.7976931348623157e308";

/**
 * M as the core adds it (src/customers/accumulate.ts): an amount with at most two decimals
 * (ROUND(amount·100)/100 = amount, |amount| < 10¹¹) as whole cents, exactly and in any order,
 * divided by 100 at the end; other amounts as doubles (`MONETARY_REST`), in the engine's order,
 * not the core's row order: on a parallel engine their sum's last bits (and so, rarely, a tie in
 * M) can differ from run to run. Amounts read from text ("12.34") are whole cents.
 */
const CENTS = "(ROUND(amount * 100) / 100 = amount AND amount < 1e11 AND amount > -1e11)";
export const MONETARY_CENTS = `SUM(CASE WHEN ${CENTS} THEN ROUND(amount * 100) ELSE 0 END)`;
export const MONETARY_REST = `SUM(CASE WHEN ${CENTS} THEN 0 ELSE amount END)`;

/** A cast that gives NULL instead of failing, where the engine has one. */
export function safeCast(o: CheckedCustomerOptions, e: string, type: "DATE" | "DOUBLE"): string {
  const { d } = o;
  const t = type === "DOUBLE" ? d.doubleType : "DATE";
  if (d.name === "duckdb" || d.name === "spark") return `TRY_CAST(${e} AS ${t})`;
  if (d.name === "bigquery") return `SAFE_CAST(${e} AS ${t})`;
  return `CAST(${e} AS ${t})`;
}

/**
 * The row conditions that do not depend on the id: a date, a finite amount, within the period.
 * Finite: DuckDB's `isfinite` (false for NaN and ±infinity, NULL for NULL), one function call per
 * row instead of ABS and a NaN-aware comparison (measured: about 0.08 s CPU less on 10M rows);
 * elsewhere |amount| ≤ the largest double (NaN fails it, as in every engine that has NaN).
 */
export function rowConditions(o: CheckedCustomerOptions): string[] {
  const { d } = o;
  const finite =
    d.name === "duckdb"
      ? "isfinite(amount)"
      : `amount IS NOT NULL AND ABS(amount) <= ${d.num(Number(DOUBLE_MAX))}`;
  const keep = ["day IS NOT NULL", finite];
  if (o.periodStart !== undefined) keep.push(`day >= ${d.date(o.periodStart)}`);
  if (o.asOf !== undefined) keep.push(`day <= ${d.date(o.asOf)}`);
  return keep;
}

export function customerSteps(o: CheckedCustomerOptions, lateIdCheck = false): Step[] {
  const { d, source: s } = o;
  // Without an as-of date, as_of reads rows_used, which then must hold only rows with an id.
  const late = lateIdCheck && o.asOf !== undefined;
  const safe = (e: string, type: "DATE" | "DOUBLE") => safeCast(o, e, type);
  const order = s.order === undefined ? [] : [`${idTrimmedSql(d, d.id(s.order), o.nfc)} AS order_trimmed`];
  const rowsRead: Step = {
    name: "rows_read",
    comment: "Read the rows: id trimmed (JavaScript white space, NFC where the engine can), date, amount.",
    body: [
      "SELECT",
      `  ${idTrimmedSql(d, d.id(s.customer), o.nfc)} AS customer_trimmed,`,
      `  ${safe(d.id(s.date), "DATE")} AS day,`,
      `  ${safe(d.id(s.amount), "DOUBLE")} AS amount${order.length ? "," : ""}`,
      ...order.map((x) => `  ${x}`),
      `FROM ${s.table}`,
    ].join("\n"),
  };
  const keep = [
    ...(late ? [] : ["customer_trimmed IS NOT NULL AND customer_trimmed <> ''"]),
    ...rowConditions(o),
  ];
  if (s.order !== undefined) keep.push("order_trimmed IS NOT NULL AND order_trimmed <> ''");
  const rowsUsed: Step = {
    name: "rows_used",
    comment:
      `Keep the rows the core uses: ${late ? "" : "an id, "}a date, a finite amount` +
      (s.order ? ", an order id" : "") +
      (o.periodStart ? `, from ${o.periodStart}` : "") +
      (o.asOf ? `, up to the as-of date ${o.asOf}` : "") +
      (late ? " (rows without an id are dropped with their group in the next step)" : "") +
      ".\nThe key is the lower-cased trimmed id (case-insensitive, as MATCH).",
    body: [
      "SELECT",
      "  customer_trimmed,",
      "  lower(customer_trimmed) AS customer_key,",
      "  day,",
      `  amount${s.order ? ",\n  lower(order_trimmed) AS order_key" : ""}`,
      "FROM rows_read",
      `WHERE ${keep.join("\n  AND ")}`,
    ].join("\n"),
  };
  const asOf = asOfStep(o, "MAX(day)", "rows_used");
  const frequency = s.order
    ? "COUNT(DISTINCT CASE WHEN amount > 0 THEN order_key END)"
    : "COUNT(CASE WHEN amount > 0 THEN 1 END)";
  const customers: Step = {
    name: "customers",
    comment:
      "One row per customer: purchases are rows with amount > 0" +
      (s.order ? " (F counts distinct order ids)" : "") +
      "; M nets refunds in.\nCustomers with no purchase are left out" +
      (late ? ", and the group of rows without an id (smallest id NULL or '')." : "."),
    body: [
      "SELECT",
      "  customer_key,",
      "  MIN(customer_trimmed) AS customer_id,",
      "  MIN(CASE WHEN amount > 0 THEN day END) AS first_purchase,",
      "  MAX(CASE WHEN amount > 0 THEN day END) AS last_purchase,",
      `  ${frequency} AS frequency,`,
      `  ${MONETARY_CENTS} / 100 + ${MONETARY_REST} AS monetary,`,
      "  COUNT(CASE WHEN amount < 0 THEN 1 END) AS refunds",
      "FROM rows_used",
      "GROUP BY customer_key",
      `HAVING COUNT(CASE WHEN amount > 0 THEN 1 END) > 0${late ? " AND MIN(customer_trimmed) <> ''" : ""}`,
    ].join("\n"),
  };
  return [rowsRead, rowsUsed, asOf, customers, customerTableStep(o)];
}

/** The as-of date: the given one, else the day after `latest` (an aggregate over `from`). */
export function asOfStep(o: CheckedCustomerOptions, latest: string, from: string): Step {
  return {
    name: "as_of",
    comment:
      o.asOf !== undefined
        ? `The as-of date, given: ${o.asOf}.`
        : "The as-of date: the day after the latest date read.",
    body:
      o.asOf !== undefined
        ? `SELECT ${o.d.date(o.asOf)} AS as_of`
        : `SELECT ${o.d.addDays(latest, 1)} AS as_of FROM ${from}`,
  };
}

/** Step 5: the customer table from `customers` and `as_of`. */
export function customerTableStep(o: CheckedCustomerOptions): Step {
  const { d } = o;
  const days = d.days("c.last_purchase", "a.as_of");
  return {
    name: "customer_table",
    comment: `The customer table: recency in ${o.unit} = days since the last purchase / ${DAYS_PER_UNIT[o.unit]}.`,
    body: [
      "SELECT",
      "  c.customer_id,",
      "  c.customer_key,",
      "  c.first_purchase,",
      "  c.last_purchase,",
      `  ${days} AS days_since_last_purchase,`,
      `  ${d.double(days)} / ${d.num(DAYS_PER_UNIT[o.unit])} AS recency,`,
      "  c.frequency,",
      "  c.monetary,",
      "  c.monetary / c.frequency AS average_order_value,",
      "  c.refunds,",
      `  ${d.days("c.first_purchase", "a.as_of")} AS tenure_days,`,
      "  a.as_of",
      "FROM customers c",
      "CROSS JOIN as_of a",
    ].join("\n"),
  };
}

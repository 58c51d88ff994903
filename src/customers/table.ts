/**
 * Transactions → customer table (CRM_MODELS.md §1), one row per customer, columnar (one typed
 * array per field) because it runs on up to a million rows.
 *
 * Per customer, over the rows from `periodStart` (earlier rows ignored and counted) to `asOf`:
 * - first / last purchase: earliest / latest date of a purchase (a row with amount > 0);
 * - daysSinceLastPurchase = asOf − last purchase (whole days); recency = that / days per unit;
 * - frequency F: distinct order ids of purchases when `orderIds` is given, else purchase rows;
 * - monetary M: net sum of all amounts (refunds, amount < 0, netted in; they are not purchases);
 * - averageOrderValue = M / F (F ≥ 1 for every customer in the table, so always defined);
 * - refunds: number of rows with amount < 0; tenureDays = asOf − first purchase;
 * - purchasesLast6Months: purchases (same rule as F) dated less than 6 × 30.4375 days before
 *   asOf, the count the seed 003 mailing policy uses (§2; see accumulate.ts).
 * Zero amounts count for nothing but are not errors. The as-of date defaults to the day after
 * the latest date read (研究时间点), and is returned. Ids follow `IdInterner` (trimmed,
 * case-insensitive, first spelling shown); order ids follow the same rule. Customers with no
 * purchase in the period are left out (see `noPurchase` in {@link RejectedRow}). Rows with no
 * id, an unreadable date, a non-numeric amount, no order id (when the column is given) or a date
 * after `asOf` are listed in `rejected`, never dropped silently.
 *
 * Cost O(n + characters of ids) expected time; memory two Int32Array of n (customer and date
 * per row) plus O(customers). Throws `invalid` for columns of different lengths, no rows,
 * unreadable options, a period start after the as-of date, or when no customer is left.
 *
 * @example
 * const t = customerTable(["A", "b", "a "], [45650, 45655, 45657], [10, 5, -2]);
 * [t.asOf, t.ids, Array.from(t.frequency), Array.from(t.monetary)]
 * // => [45658, ["A", "b"], [1, 1], [8, 5]]
 */
import { DAYS_PER_UNIT, RecencyUnit, checkRecencyUnit } from "./recency";
import { RejectedRow } from "./rejects";
import { FIRST, FREQ, LAST, RECENT, REFUNDS, accumulate } from "./accumulate";
import { MergedIds } from "./ids";
import { PurchaseReadOptions, PurchaseRows, readPurchases } from "./purchases";
import { DateOrder } from "../dates/parse";
import { float64Array, int32Array, Workspace } from "./workspace";

export interface CustomerTableOptions extends PurchaseReadOptions {
  /** Unit of `recency`: "days" (default), "weeks" or "months". */
  readonly recencyUnit?: RecencyUnit;
}

export interface CustomerTable {
  /** As-of date (serial) the measures are computed at. */
  readonly asOf: number;
  readonly periodStart: number | undefined;
  readonly recencyUnit: RecencyUnit;
  readonly ids: readonly (string | number)[];
  readonly firstPurchase: Int32Array;
  readonly lastPurchase: Int32Array;
  readonly daysSinceLastPurchase: Int32Array;
  readonly recency: Float64Array;
  readonly frequency: Int32Array;
  readonly monetary: Float64Array;
  readonly averageOrderValue: Float64Array;
  readonly refunds: Int32Array;
  readonly tenureDays: Int32Array;
  /** Purchases in the last 6 months before asOf (see above). */
  readonly purchasesLast6Months: Int32Array;
  /** Rows given, rows used, rows ignored because they precede `periodStart`. */
  readonly rowsRead: number;
  readonly rowsUsed: number;
  readonly rowsBeforePeriod: number;
  readonly rejected: readonly RejectedRow[];
  /**
   * Ids written differently that were read as one customer ("C001", "c001 "; 1001 and "1001"),
   * following the id rule: counted and shown so a merge is never silent.
   */
  readonly mergedIds: MergedIds;
  /** How the rows were read: date system, date order (given or inferred), decimal comma. */
  readonly dateSystem: 1900 | 1904;
  readonly dateOrder: DateOrder | undefined;
  readonly dateOrderInferred: boolean;
  /** Earliest and latest date of the rows used (the data's date span). */
  readonly firstDay: number;
  readonly lastDay: number;
}

const WHERE = "customerTable";

export function customerTable(
  ids: ArrayLike<unknown>,
  dates: ArrayLike<unknown>,
  amounts: ArrayLike<unknown>,
  options: CustomerTableOptions = {},
): CustomerTable {
  return build(ids, dates, amounts, options).table;
}

/** A {@link customerTable} with, per input row, the customer (index into `table.ids`) and date. */
export interface CustomerTableRows {
  readonly table: CustomerTable;
  /** Index into `table.ids` of each row's customer; −1 for a row in `table.rejected` or before the period. */
  readonly rowCustomer: Int32Array;
  /** Serial day of each row with `rowCustomer` ≥ 0. */
  readonly rowDate: Int32Array;
  /** The rows as read (amounts, order numbers, date reading). */
  readonly rows: PurchaseRows;
}

/**
 * {@link customerTable} plus which customer and day each input row was read as, for reports that
 * need per-row detail (monthly volumes, purchase days) under exactly the same reading and
 * rejection rules, without parsing the columns twice. Amounts of used rows are `amounts[i]`
 * (finite numbers). Cost as customerTable plus O(n); memory two Int32Array of n. Throws as it.
 *
 * @example
 * const r = customerTableRows(["A", "", "b", "a "], [45650, 45651, 45655, 45657], [10, 1, 5, -2]);
 * [Array.from(r.rowCustomer), Array.from(r.rowDate)] // => [[0, -1, 1, 0], [45650, 0, 45655, 45657]]
 */
export function customerTableRows(
  ids: ArrayLike<unknown>,
  dates: ArrayLike<unknown>,
  amounts: ArrayLike<unknown>,
  options: CustomerTableOptions = {},
): CustomerTableRows {
  const { table, rows } = build(ids, dates, amounts, options);
  return { table, rowCustomer: rows.customer, rowDate: rows.day, rows };
}

function build(
  ids: ArrayLike<unknown>,
  dates: ArrayLike<unknown>,
  amounts: ArrayLike<unknown>,
  options: CustomerTableOptions,
): { table: CustomerTable; rows: PurchaseRows } {
  const unit = checkRecencyUnit(WHERE, options.recencyUnit ?? "days");
  const p = readPurchases(ids, dates, amounts, options);
  return { table: customerTableOf(p, unit), rows: p };
}

/**
 * {@link customerTable} of rows already read by {@link readPurchases} (the formulas read their
 * arguments once and build every result from the same rows). With a workspace, the table's
 * columns are kept in it (see {@link Workspace}). Cost O(n + customers).
 *
 * @example
 * customerTableOf(readPurchases(["A", "a "], [45650, 45652], [1, 2])).frequency // => Int32Array [2]
 */
export function customerTableOf(
  p: PurchaseRows,
  recencyUnit: RecencyUnit = "days",
  workspace?: Workspace,
): CustomerTable {
  const unit = checkRecencyUnit(WHERE, recencyUnit);
  const { sums, counts } = accumulate(p, workspace);
  const k = p.ids.length;
  const n = p.rowsRead;
  const asOf = p.asOf;
  const perUnit = DAYS_PER_UNIT[unit];
  const ints = (name: string) => int32Array(workspace, `table.${name}`, k);
  const doubles = (name: string) => float64Array(workspace, `table.${name}`, k);
  const firstPurchase = ints("firstPurchase");
  const lastPurchase = ints("lastPurchase");
  const daysSince = ints("daysSince");
  const recency = doubles("recency");
  const frequency = ints("frequency");
  const monetary = doubles("monetary");
  const aov = doubles("aov");
  const refunds = ints("refunds");
  const tenure = ints("tenure");
  const recent = ints("recent");
  for (let j = 0; j < k; j++) {
    const c = j;
    const b = c << 3;
    const first = counts[b + FIRST]!;
    const last = counts[b + LAST]!;
    const sum = sums[c << 2]!;
    firstPurchase[j] = first;
    lastPurchase[j] = last;
    daysSince[j] = asOf - last;
    recency[j] = (asOf - last) / perUnit;
    frequency[j] = counts[b + FREQ]!;
    monetary[j] = sum;
    aov[j] = sum / counts[b + FREQ]!;
    refunds[j] = counts[b + REFUNDS]!;
    tenure[j] = asOf - first;
    recent[j] = counts[b + RECENT]!;
  }
  const table: CustomerTable = {
    asOf,
    periodStart: p.periodStart,
    recencyUnit: unit,
    ids: p.ids,
    firstPurchase,
    lastPurchase,
    daysSinceLastPurchase: daysSince,
    recency,
    frequency,
    monetary,
    averageOrderValue: aov,
    refunds,
    tenureDays: tenure,
    purchasesLast6Months: recent,
    rowsRead: n,
    rowsUsed: p.rowsUsed,
    rowsBeforePeriod: p.rowsBeforePeriod,
    rejected: p.rejected,
    mergedIds: p.mergedIds,
    dateSystem: p.dateSystem,
    dateOrder: p.dateOrder,
    dateOrderInferred: p.dateOrderInferred,
    firstDay: p.firstDay,
    lastDay: p.lastDay,
  };
  return table;
}

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
 * - refunds: number of rows with amount < 0; tenureDays = asOf − first purchase.
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
import { invalidInput } from "../errors";
import { DateCellOptions, checkDateSystem, checkDateOrder, readDateCell } from "../dates/cell";
import { isoFromSerial } from "../dates/format";
import { DAYS_PER_UNIT, RecencyUnit, checkRecencyUnit } from "./recency";
import { RejectedRow } from "./rejects";
import { Accumulated, FIRST, FREQ, LAST, REFUNDS, accumulate } from "./accumulate";
import { MergedIds } from "./ids";

export interface CustomerTableOptions extends DateCellOptions {
  /** Order id per row; F then counts distinct orders. */
  readonly orderIds?: ArrayLike<unknown>;
  /** The as-of date (a date cell); default the day after the latest date. */
  readonly asOf?: unknown;
  /** Rows dated before this date cell are ignored (and counted). */
  readonly periodStart?: unknown;
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
  /** Serial day of each row with `rowCustomer` ≥ 0 (0 otherwise). */
  readonly rowDate: Int32Array;
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
  const { table, acc } = build(ids, dates, amounts, options);
  const index = new Int32Array(acc.display.length).fill(-1);
  acc.keep.forEach((c, j) => (index[c] = j));
  const n = ids.length;
  const rowCustomer = new Int32Array(n);
  const rowDate = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const c = acc.rowCustomer[i]!;
    const j = c < 0 ? -1 : index[c]!;
    rowCustomer[i] = j;
    rowDate[i] = j < 0 ? 0 : acc.rowDate[i]!;
  }
  return { table, rowCustomer, rowDate };
}

function build(
  ids: ArrayLike<unknown>,
  dates: ArrayLike<unknown>,
  amounts: ArrayLike<unknown>,
  options: CustomerTableOptions,
): { table: CustomerTable; acc: Accumulated } {
  const n = ids.length;
  const orders = options.orderIds;
  if (dates.length !== n || amounts.length !== n || (orders !== undefined && orders.length !== n)) {
    throw invalidInput(
      WHERE,
      `The columns must have the same number of rows (ids ${n}, dates ${dates.length}, amounts ${amounts.length}${orders ? `, order ids ${orders.length}` : ""}).`,
      `各列的行数必须相同(编号 ${n},日期 ${dates.length},金额 ${amounts.length}${orders ? `,订单编号 ${orders.length}` : ""})。`,
    );
  }
  if (n === 0) throw invalidInput(WHERE, "There are no transactions.", "没有任何交易记录。");
  const cellOptions: DateCellOptions = {
    dateSystem: checkDateSystem(WHERE, options.dateSystem ?? 1900),
    order: checkDateOrder(WHERE, options.order),
  };
  const unit = checkRecencyUnit(WHERE, options.recencyUnit ?? "days");
  const asOfGiven =
    options.asOf === undefined || options.asOf === null ? undefined : readDateCell(options.asOf, cellOptions);
  const start =
    options.periodStart === undefined || options.periodStart === null
      ? undefined
      : readDateCell(options.periodStart, cellOptions);
  if (start !== undefined && asOfGiven !== undefined && start > asOfGiven) {
    throw invalidInput(
      WHERE,
      `The period start ${isoFromSerial(start)} is after the as-of date ${isoFromSerial(asOfGiven)}.`,
      `期间开始日 ${isoFromSerial(start)} 晚于研究时间点 ${isoFromSerial(asOfGiven)}。`,
    );
  }
  const acc = accumulate(ids, dates, amounts, orders, cellOptions, start, asOfGiven);
  const k = acc.keep.length;
  if (k === 0) {
    const first = acc.rejected.slice(0, 3).map((r) => `row ${r.row}: ${r.text.en}`);
    const firstZh = acc.rejected.slice(0, 3).map((r) => `第 ${r.row} 行:${r.text.zh}`);
    throw invalidInput(
      WHERE,
      `No customer with a purchase is left (${acc.rejected.length} rows rejected, ${acc.rowsBeforePeriod} before the period). ${first.join(" ")}`,
      `没有任何有购买记录的客户(${acc.rejected.length} 行被拒绝,${acc.rowsBeforePeriod} 行早于期间)。${firstZh.join(" ")}`,
    );
  }
  const asOf = asOfGiven ?? acc.maxDate + 1;
  const perUnit = DAYS_PER_UNIT[unit];
  const shownIds: (string | number)[] = new Array<string | number>(k);
  const firstPurchase = new Int32Array(k);
  const lastPurchase = new Int32Array(k);
  const daysSince = new Int32Array(k);
  const recency = new Float64Array(k);
  const frequency = new Int32Array(k);
  const monetary = new Float64Array(k);
  const aov = new Float64Array(k);
  const refunds = new Int32Array(k);
  const tenure = new Int32Array(k);
  const { sums, counts } = acc;
  for (let j = 0; j < k; j++) {
    const c = acc.keep[j]!;
    const b = c << 3;
    shownIds[j] = acc.display[c]!;
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
  }
  const table: CustomerTable = {
    asOf,
    periodStart: start,
    recencyUnit: unit,
    ids: shownIds,
    firstPurchase,
    lastPurchase,
    daysSinceLastPurchase: daysSince,
    recency,
    frequency,
    monetary,
    averageOrderValue: aov,
    refunds,
    tenureDays: tenure,
    rowsRead: n,
    rowsUsed: acc.rowsUsed,
    rowsBeforePeriod: acc.rowsBeforePeriod,
    rejected: acc.rejected,
    mergedIds: acc.mergedIds,
  };
  return { table, acc };
}

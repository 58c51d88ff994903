/**
 * The one reader of purchase rows (CRM_MODELS.md §1), used by every path that reads
 * transactions — RFM.TABLE, CLV.SUMMARY, CHURN.COHORTS and the task pane's RFM, lifecycle and
 * CLV reports — so that a customer is the same customer everywhere and a row is used or rejected
 * for the same reason everywhere. Raw cells in (customer id, date, amount, optional order id);
 * out, per row: the customer's index into `ids`, the serial day, the amount and the order number,
 * plus the rejected rows with their reasons, the merged id spellings and how dates were read.
 *
 * Rules, each in one module: ids {@link IdInterner} (trimmed, case-insensitive as MATCH,
 * NFC, invisible characters as spaces; order ids by the same rule through {@link orderColumn});
 * dates {@link dateFromCell} in `dateSystem` with the date order given or inferred per column
 * ({@link inferDateOrder}); amounts {@link amountColumn}
 * (text numbers, separators, currencies, accounting negatives, decimal comma per column). A cell
 * holding an Excel error ({@link isErrorCell}) rejects its row. A first row whose date and amount
 * are both text that is no date and no number is a header (not a rejected row), so row numbers
 * of whole columns (A:A) are sheet rows. A row blank in every column is ignored. Rows before
 * `periodStart` are counted; rows after `asOf` (or, without one, after `today`) are rejected;
 * a customer with no purchase (amount > 0) is no customer and its rows are rejected (noPurchase).
 * Default as-of date: the day after the latest date used.
 *
 * Cost O(n + characters) expected; memory an Int32Array (customer), Int32Array (day) and
 * Float64Array (amount) of n. Throws `invalid` for columns of different lengths, no rows,
 * unreadable options, a period start after the as-of date, or when no customer is left.
 *
 * @example
 * const p = readPurchases(["id", "A", "a\u200b", "B"], ["date", 45650, "31/12/2024", 45652],
 *   ["amount", "1,234.50", 5, -1]);
 * [Array.from(p.customer), p.ids, p.dateOrder, p.rejected.map((r) => r.row)]
 * // => [[-1, 0, 0, -1], ["A"], "dmy", [4]]
 */
import { isErrorCell } from "../cells/errorCell";
import { invalidInput } from "../errors";
import { checkDateOrder, checkDateSystem, dateFromCell, readDateCell } from "../dates/cell";
import { inferDateOrder } from "../dates/order";
import { DateOrder } from "../dates/parse";
import { dateProblemText } from "../dates/problems";
import { isoFromSerial } from "../dates/format";
import { MAX_SERIAL } from "../dates/serial";
import { amountColumn } from "./amounts";
import { idColumn } from "./idColumn";
import { orderColumn } from "./orderColumn";
import { MergedIds } from "./ids";
import { RejectedRow } from "./rejects";
import { rejector } from "./rowReasons";
import { int32Array, Workspace } from "./workspace";

export interface PurchaseReadOptions {
  /** Order id per row (same id rule); a row without one is rejected. */
  readonly orderIds?: ArrayLike<unknown>;
  /** The workbook's date system for numeric dates: 1900 (default) or 1904. */
  readonly dateSystem?: 1900 | 1904;
  /** Date order of ambiguous d/m/yyyy text; default inferred from the column. */
  readonly order?: DateOrder;
  /** The as-of date (a date cell of `dateSystem`); default the day after the latest date used. */
  readonly asOf?: unknown;
  /** The as-of date as a 1900-system serial already read (wins over `asOf`). */
  readonly asOfSerial?: number;
  /** Rows dated before this date cell are ignored (and counted). */
  readonly periodStart?: unknown;
  /** Today (a date cell, given by the caller: the core reads no clock); later rows are rejected. */
  readonly today?: unknown;
  /**
   * Where the per-row arrays are kept, for a caller done with this reading before the next
   * (see {@link Workspace}); default fresh arrays.
   */
  readonly workspace?: Workspace;
}

export interface PurchaseRows {
  readonly rowsRead: number;
  /** Index into `ids` of each row's customer; −1 for a row not used. */
  readonly customer: Int32Array;
  /** Serial day (1900 system) of each used row. */
  readonly day: Int32Array;
  /** Amount of each used row (NaN for rows whose amount is unreadable). */
  readonly amount: Float64Array;
  /** Order number of each row (same rule as ids), when order ids were given. */
  readonly order: Int32Array | undefined;
  /** Shown id of each customer (with a purchase), in order of first appearance. */
  readonly ids: readonly (string | number)[];
  readonly rowsUsed: number;
  readonly rowsBeforePeriod: number;
  /** Rows blank in every column (ignored), and whether row 1 was read as a header. */
  readonly rowsBlank: number;
  readonly headerRow: boolean;
  readonly rejected: readonly RejectedRow[];
  readonly mergedIds: MergedIds;
  readonly dateSystem: 1900 | 1904;
  /** The order ambiguous text dates were read with (given or inferred), if any. */
  readonly dateOrder: DateOrder | undefined;
  readonly dateOrderInferred: boolean;
  readonly decimalComma: boolean;
  readonly asOf: number;
  readonly asOfGiven: boolean;
  readonly periodStart: number | undefined;
  readonly today: number | undefined;
  /** Earliest and latest day of the rows used (the data's date span). */
  readonly firstDay: number;
  readonly lastDay: number;
}

const WHERE = "readPurchases";
const blank = (v: unknown) =>
  v === null || v === undefined || v === 0 || (typeof v === "string" && v.trim() === "");

export function readPurchases(
  ids: ArrayLike<unknown>,
  dates: ArrayLike<unknown>,
  amounts: ArrayLike<unknown>,
  options: PurchaseReadOptions = {},
): PurchaseRows {
  const n = ids.length;
  const orders = options.orderIds;
  checkColumns(n, dates.length, amounts.length, orders?.length);
  const dateSystem = checkDateSystem(WHERE, options.dateSystem ?? 1900);
  const given = checkDateOrder(WHERE, options.order);
  const { order, inferred } = inferDateOrder(dates, given);
  const cellOptions = { dateSystem, order };
  const dateOption = (v: unknown) =>
    v === undefined || v === null ? undefined : readDateCell(v, cellOptions);
  const asOfGiven = options.asOfSerial ?? dateOption(options.asOf);
  const start = dateOption(options.periodStart);
  const today = dateOption(options.today);
  if (start !== undefined && asOfGiven !== undefined && start > asOfGiven) {
    throw invalidInput(
      WHERE,
      `The period start ${isoFromSerial(start)} is after the as-of date ${isoFromSerial(asOfGiven)}.`,
      `期间开始日 ${isoFromSerial(start)} 晚于研究时间点 ${isoFromSerial(asOfGiven)}。`,
    );
  }
  const ws = options.workspace;
  const amount = amountColumn(amounts, ws);
  const a = amount.values;
  const header =
    n > 1 &&
    typeof dates[0] === "string" &&
    typeof amounts[0] === "string" &&
    typeof ids[0] === "string" &&
    dateFromCell(dates[0], cellOptions) === "unknownFormat" &&
    a[0] !== a[0];
  const { customers, interner } = idColumn(ids, -1, ws);
  const orderNumbers = orders === undefined ? undefined : orderColumn(orders);
  const day = int32Array(ws, "purchases.day", n);
  const { rejected, reject } = rejector();
  const fastDates = dateSystem === 1900;
  const minDate = start ?? 1;
  const maxAllowed = asOfGiven ?? today ?? MAX_SERIAL;
  let beforePeriod = 0;
  let blankRows = 0;
  let latestRead = 0; // also counts rows of customers without a purchase, for the default as-of date
  if (header) customers[0] = -1;
  for (let i = header ? 1 : 0; i < n; i++) {
    const c = customers[i]!;
    if (c < 0) {
      const v = ids[i];
      if (isErrorCell(v)) reject(i, "errorCell", ["id", v.excelError]);
      else if (blank(v) && blank(dates[i]) && blank(amounts[i])) blankRows++;
      else reject(i, "noId", v);
      continue;
    }
    customers[i] = -1; // set back below once the row is read
    const dv = dates[i];
    let d: number;
    if (fastDates && typeof dv === "number" && dv >= 61 && dv < MAX_SERIAL + 1) d = dv | 0;
    else if (isErrorCell(dv)) {
      reject(i, "errorCell", ["date", dv.excelError]);
      continue;
    } else {
      const r = dateFromCell(dv, cellOptions);
      if (r === "empty" && blank(ids[i]) && blank(amounts[i])) {
        blankRows++; // Excel may send the blank cells of a row as 0: 0, 0, 0 is no row
        continue;
      }
      if (typeof r !== "number") {
        reject(i, "badDate", dateProblemText(r, dv));
        continue;
      }
      d = r;
    }
    if (a[i] !== a[i]) {
      const av = amounts[i];
      if (isErrorCell(av)) reject(i, "errorCell", ["amount", av.excelError]);
      else reject(i, "badAmount", av);
      continue;
    }
    if (d < minDate) {
      beforePeriod++;
      continue;
    }
    if (d > maxAllowed) {
      if (asOfGiven !== undefined) reject(i, "afterAsOf", isoFromSerial(d));
      else reject(i, "afterToday", [isoFromSerial(d), isoFromSerial(today!)]);
      continue;
    }
    if (orderNumbers !== undefined && orderNumbers[i]! < 0) {
      const o = orders![i];
      if (isErrorCell(o)) reject(i, "errorCell", ["order", o.excelError]);
      else reject(i, "noOrderId", o);
      continue;
    }
    customers[i] = c;
    day[i] = d;
    if (d > latestRead) latestRead = d;
  }
  // Customers with a purchase (amount > 0), renumbered 0, 1, … in order of first appearance.
  const k = interner.size;
  const index = int32Array(ws, "purchases.index", k).fill(-1);
  for (let i = 0; i < n; i++) {
    const c = customers[i]!;
    if (c >= 0 && a[i]! > 0) index[c] = 0;
  }
  let numbered = 0;
  let renumbered = false;
  for (let i = 0; i < n; i++) {
    const c = customers[i]!;
    if (c >= 0 && index[c] === 0) {
      index[c] = ++numbered; // + 1 while numbering: 0 means "has a purchase, not numbered"
      if (numbered !== c + 1) renumbered = true;
    }
  }
  // Usually every customer is kept in the same order: then the shown ids are the interner's list.
  let shown = interner.display;
  if (renumbered || numbered !== k) {
    const kept = new Array<string | number>(numbered);
    for (let c = 0; c < k; c++) if (index[c]! > 0) kept[index[c]! - 1] = interner.display[c]!;
    shown = kept;
  }
  let used = 0;
  let firstDay = MAX_SERIAL + 1;
  let lastDay = 0;
  let noPurchase = false;
  for (let i = 0; i < n; i++) {
    const c = customers[i]!;
    if (c < 0) continue;
    const j = index[c]!;
    if (j <= 0) {
      reject(i, "noPurchase", interner.display[c]);
      customers[i] = -1;
      noPurchase = true;
      continue;
    }
    customers[i] = j - 1;
    used++;
    const d = day[i]!;
    if (d < firstDay) firstDay = d;
    if (d > lastDay) lastDay = d;
  }
  if (noPurchase) rejected.sort((x, y) => x.row - y.row);
  if (shown.length === 0) throw noCustomerLeft(rejected, beforePeriod);
  return {
    rowsRead: n,
    customer: customers,
    day,
    amount: a,
    order: orderNumbers,
    ids: shown,
    rowsUsed: used,
    rowsBeforePeriod: beforePeriod,
    rowsBlank: blankRows,
    headerRow: header,
    rejected,
    mergedIds: { count: interner.mergedSpellings, examples: interner.mergedExamples },
    dateSystem,
    dateOrder: order,
    dateOrderInferred: inferred,
    decimalComma: amount.decimalComma,
    asOf: asOfGiven ?? latestRead + 1,
    asOfGiven: asOfGiven !== undefined,
    periodStart: start,
    today,
    firstDay,
    lastDay,
  };
}

function checkColumns(n: number, dates: number, amounts: number, orders: number | undefined): void {
  if (dates !== n || amounts !== n || (orders !== undefined && orders !== n)) {
    const o = orders === undefined ? "" : `, order ids ${orders}`;
    const oz = orders === undefined ? "" : `，订单编号 ${orders}`;
    throw invalidInput(
      WHERE,
      `The columns must have the same number of rows (ids ${n}, dates ${dates}, amounts ${amounts}${o}).`,
      `各列的行数必须相同（编号 ${n}，日期 ${dates}，金额 ${amounts}${oz}）。`,
    );
  }
  if (n === 0) throw invalidInput(WHERE, "There are no transactions.", "没有任何交易记录。");
}

function noCustomerLeft(rejected: readonly RejectedRow[], beforePeriod: number): Error {
  const first = rejected.slice(0, 3);
  return invalidInput(
    WHERE,
    `No customer with a purchase is left (${rejected.length} rows rejected, ${beforePeriod} before the period). ${first.map((r) => `row ${r.row}: ${r.text.en}`).join(" ")}`,
    `没有任何有购买记录的客户（${rejected.length} 行被拒绝，${beforePeriod} 行早于期间）。${first.map((r) => `第 ${r.row} 行：${r.text.zh}`).join(" ")}`,
  );
}

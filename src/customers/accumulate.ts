/**
 * The passes over the transaction rows behind {@link customerTable} (CRM_MODELS.md §1):
 * 1. read: validate each row, intern its customer (and order) id, keep customer, date (and
 *    order) per row in typed arrays;
 * 2. add up: per-customer records of 32 bytes (net sum, first and last purchase, purchases,
 *    refunds) in one buffer, sized exactly once the customers are known.
 * Two passes instead of one on purpose: the adding-up loop is so short that the processor keeps
 * many of its (random) record accesses in flight at once. No object is allocated per row except
 * for rejected rows. Cost O(n) expected. Internal: the public entry is `customerTable`.
 */
import { DateCellOptions, dateFromCell } from "../dates/cell";
import { dateProblemText } from "../dates/problems";
import { isoFromSerial } from "../dates/format";
import { MAX_SERIAL } from "../dates/serial";
import { idColumn } from "./idColumn";
import { MergedIds } from "./ids";
import { Bilingual } from "../errors";
import { RejectReason, RejectedRow, rejectText } from "./rejects";

/** A customer's record: Float64 index 4c = net sum; Int32 index 8c + FIRST … = the counts. */
export const FIRST = 2;
export const LAST = 3;
export const FREQ = 4;
export const REFUNDS = 5;
export const ROWS = 6;

export interface Accumulated {
  /** Net sum of customer c at index 4c. */
  readonly sums: Float64Array;
  /** First / last purchase, purchases, refunds, rows of customer c at 8c + FIRST … ROWS. */
  readonly counts: Int32Array;
  /** Customer numbers with at least one purchase, in order of first appearance. */
  readonly keep: Int32Array;
  readonly maxDate: number;
  readonly rowsUsed: number;
  readonly rowsBeforePeriod: number;
  readonly rejected: RejectedRow[];
  /** The customers' shown ids. */
  readonly display: readonly (string | number)[];
  /** Id spellings merged into another spelling's customer (see IdInterner), with examples. */
  readonly mergedIds: MergedIds;
  /** Customer number of each row, −1 for a row not used (rows of dropped customers keep theirs). */
  readonly rowCustomer: Int32Array;
  /** Serial day of each used row (0 for rows not used). */
  readonly rowDate: Int32Array;
}

export function accumulate(
  ids: ArrayLike<unknown>,
  dates: ArrayLike<unknown>,
  amounts: ArrayLike<unknown>,
  orders: ArrayLike<unknown> | undefined,
  cellOptions: DateCellOptions,
  start: number | undefined,
  asOf: number | undefined,
): Accumulated {
  const n = ids.length;
  const orderIds = orders === undefined ? undefined : idColumn(orders);
  const rowDate = new Int32Array(n);
  const rejected: RejectedRow[] = [];
  const reject = (i: number, reason: RejectReason, detail: unknown) =>
    rejected.push({
      row: i + 1,
      reason,
      text: reason === "badDate" ? (detail as Bilingual) : rejectText(reason, detail),
    });
  const fastDates = cellOptions.dateSystem !== 1904;
  const minDate = start ?? 1;
  const maxAllowed = asOf ?? MAX_SERIAL;
  let maxDate = 0;
  let used = 0;
  let beforePeriod = 0;
  // Customer of each row; set to −1 below for rows that are not used.
  const { customers, interner } = idColumn(ids);
  for (let i = 0; i < n; i++) {
    const c = customers[i]!;
    if (c < 0) {
      reject(i, "noId", ids[i]);
      continue;
    }
    const dv = dates[i];
    let d: number;
    if (fastDates && typeof dv === "number" && dv >= 61 && dv < MAX_SERIAL + 1) d = dv | 0;
    else {
      const r = dateFromCell(dv, cellOptions);
      if (typeof r !== "number") {
        reject(i, "badDate", dateProblemText(r, dv));
        customers[i] = -1; // not used
        continue;
      }
      d = r;
    }
    const a = amounts[i];
    if (typeof a !== "number" || a - a !== 0) {
      reject(i, "badAmount", a);
      customers[i] = -1; // not used
      continue;
    }
    if (d < minDate) {
      beforePeriod++;
      customers[i] = -1; // not used
      continue;
    }
    if (d > maxAllowed) {
      reject(i, "afterAsOf", isoFromSerial(d));
      customers[i] = -1; // not used
      continue;
    }
    if (orderIds !== undefined) {
      const o = orderIds.customers[i]!;
      if (o < 0) {
        reject(i, "noOrderId", orders![i]);
        customers[i] = -1; // not used
        continue;
      }
    }
    rowDate[i] = d;
    used++;
    if (d > maxDate) maxDate = d;
  }
  const k = interner.size;
  const buffer = new ArrayBuffer(32 * k);
  const sums = new Float64Array(buffer);
  const counts = new Int32Array(buffer);
  const orderOwner = new Int32Array(orderIds === undefined ? 0 : orderIds.interner.size).fill(-1);
  const sharedOrders = new Set<number>();
  for (let i = 0; i < n; i++) {
    const c = customers[i]!;
    if (c < 0) continue;
    const d = rowDate[i]!;
    const a = amounts[i] as number;
    const b = c << 3;
    sums[c << 2] = sums[c << 2]! + a;
    counts[b + ROWS] = counts[b + ROWS]! + 1;
    if (a > 0) {
      if (counts[b + FIRST] === 0 || d < counts[b + FIRST]!) counts[b + FIRST] = d;
      if (d > counts[b + LAST]!) counts[b + LAST] = d;
      let purchase = true;
      if (orderIds !== undefined) {
        const o = orderIds.customers[i]!;
        const owner = orderOwner[o]!;
        if (owner === -1) orderOwner[o] = c;
        else if (owner === c) purchase = false;
        else {
          // An order id shared by several customers (bad data, but counted per customer).
          const key = c * 4294967296 + o;
          purchase = !sharedOrders.has(key);
          sharedOrders.add(key);
        }
      }
      if (purchase) counts[b + FREQ] = counts[b + FREQ]! + 1;
    } else if (a < 0) counts[b + REFUNDS] = counts[b + REFUNDS]! + 1;
  }
  let kept = 0;
  let dropped = 0;
  for (let c = 0; c < k; c++) {
    if (counts[(c << 3) + FREQ]! > 0) kept++;
    else if (counts[(c << 3) + ROWS]! > 0) dropped++;
  }
  const keep = new Int32Array(kept);
  for (let c = 0, j = 0; c < k; c++) if (counts[(c << 3) + FREQ]! > 0) keep[j++] = c;
  if (dropped > 0) {
    for (let i = 0; i < n; i++) {
      const c = customers[i]!;
      if (c >= 0 && counts[(c << 3) + FREQ] === 0) {
        used--;
        reject(i, "noPurchase", interner.display[c]);
      }
    }
    rejected.sort((x, y) => x.row - y.row);
  }
  return {
    sums,
    counts,
    keep,
    maxDate,
    rowsUsed: used,
    rowsBeforePeriod: beforePeriod,
    rejected,
    display: interner.display,
    mergedIds: { count: interner.mergedSpellings, examples: interner.mergedExamples },
    rowCustomer: customers,
    rowDate,
  };
}

/**
 * The one pass over the transaction rows behind {@link customerTable} (CRM_MODELS.md §1):
 * validates each row, interns its customer (and order) id, and adds it to per-customer typed
 * arrays that double when full. No object is allocated per row except for rejected rows.
 * Cost O(n) expected. Internal: the public entry is `customerTable`.
 */
import { DateCellOptions, dateFromCell } from "../dates/cell";
import { dateProblemText } from "../dates/problems";
import { isoFromSerial } from "../dates/format";
import { MAX_SERIAL } from "../dates/serial";
import { IdInterner } from "./ids";
import { RejectedRow, rejectText } from "./rejects";

export interface Accumulated {
  readonly first: Int32Array;
  readonly last: Int32Array;
  readonly frequency: Int32Array;
  readonly sum: Float64Array;
  readonly refunds: Int32Array;
  /** Customer numbers with at least one purchase, in order of first appearance. */
  readonly keep: Int32Array;
  readonly maxDate: number;
  readonly rowsUsed: number;
  readonly rowsBeforePeriod: number;
  readonly rejected: RejectedRow[];
}

function grown<T extends Int32Array | Float64Array>(a: T, fill: number): T {
  const b = new (a.constructor as new (n: number) => T)(a.length * 2);
  b.set(a);
  if (fill !== 0) b.fill(fill, a.length);
  return b;
}

export function accumulate(
  ids: ArrayLike<unknown>,
  dates: ArrayLike<unknown>,
  amounts: ArrayLike<unknown>,
  orders: ArrayLike<unknown> | undefined,
  interner: IdInterner,
  cellOptions: DateCellOptions,
  start: number | undefined,
  asOf: number | undefined,
): Accumulated {
  const n = ids.length;
  let cap = 1024;
  let first = new Int32Array(cap).fill(MAX_SERIAL + 1);
  let last = new Int32Array(cap);
  let freq = new Int32Array(cap);
  let sum = new Float64Array(cap);
  let refunds = new Int32Array(cap);
  let otherRows = new Int32Array(cap);
  const orderIds = orders === undefined ? undefined : new IdInterner();
  let orderOwner = new Int32Array(orders === undefined ? 0 : 1024).fill(-1);
  const sharedOrders = new Set<string>();
  const rowCustomer = new Int32Array(n); // customer + 1 of each used row, 0 when not used
  const rejected: RejectedRow[] = [];
  const fastDates = cellOptions.dateSystem !== 1904;
  const minDate = start ?? 1;
  const maxAllowed = asOf ?? MAX_SERIAL;
  let maxDate = 0;
  let used = 0;
  let beforePeriod = 0;
  for (let i = 0; i < n; i++) {
    const c = interner.indexOf(ids[i]);
    if (c < 0) {
      rejected.push({ row: i + 1, reason: "noId", text: rejectText("noId", ids[i]) });
      continue;
    }
    const dv = dates[i];
    let d: number;
    if (fastDates && typeof dv === "number" && dv >= 61 && dv < MAX_SERIAL + 1) d = dv | 0;
    else {
      const r = dateFromCell(dv, cellOptions);
      if (typeof r !== "number") {
        rejected.push({ row: i + 1, reason: "badDate", text: dateProblemText(r, dv) });
        continue;
      }
      d = r;
    }
    const a = amounts[i];
    if (typeof a !== "number" || a - a !== 0) {
      rejected.push({ row: i + 1, reason: "badAmount", text: rejectText("badAmount", a) });
      continue;
    }
    if (d < minDate) {
      beforePeriod++;
      continue;
    }
    if (d > maxAllowed) {
      rejected.push({ row: i + 1, reason: "afterAsOf", text: rejectText("afterAsOf", isoFromSerial(d)) });
      continue;
    }
    let o = -1;
    if (orderIds !== undefined) {
      o = orderIds.indexOf(orders![i]);
      if (o < 0) {
        rejected.push({ row: i + 1, reason: "noOrderId", text: rejectText("noOrderId", orders![i]) });
        continue;
      }
      while (o >= orderOwner.length) orderOwner = grown(orderOwner, -1);
    }
    if (c >= cap) {
      cap *= 2;
      first = grown(first, MAX_SERIAL + 1);
      last = grown(last, 0);
      freq = grown(freq, 0);
      sum = grown(sum, 0);
      refunds = grown(refunds, 0);
      otherRows = grown(otherRows, 0);
    }
    rowCustomer[i] = c + 1;
    used++;
    if (d > maxDate) maxDate = d;
    sum[c] = sum[c]! + a;
    if (a > 0) {
      if (d < first[c]!) first[c] = d;
      if (d > last[c]!) last[c] = d;
      if (o < 0) freq[c] = freq[c]! + 1;
      else if (orderOwner[o] === -1) {
        orderOwner[o] = c;
        freq[c] = freq[c]! + 1;
      } else if (orderOwner[o] !== c) {
        // An order id shared by several customers (bad data, but counted per customer).
        const key = `${c}:${o}`;
        if (!sharedOrders.has(key)) {
          sharedOrders.add(key);
          freq[c] = freq[c]! + 1;
        }
      }
    } else {
      if (a < 0) refunds[c] = refunds[c]! + 1;
      otherRows[c] = otherRows[c]! + 1;
    }
  }
  const k = interner.size;
  let kept = 0;
  let dropped = 0;
  for (let c = 0; c < k && c < cap; c++) {
    if (freq[c]! > 0) kept++;
    else if (otherRows[c]! > 0) dropped++;
  }
  const keep = new Int32Array(kept);
  for (let c = 0, j = 0; c < k && c < cap; c++) if (freq[c]! > 0) keep[j++] = c;
  if (dropped > 0) {
    for (let i = 0; i < n; i++) {
      const c = rowCustomer[i]! - 1;
      if (c >= 0 && freq[c] === 0) {
        used--;
        rejected.push({
          row: i + 1,
          reason: "noPurchase",
          text: rejectText("noPurchase", interner.display[c]),
        });
      }
    }
    rejected.sort((x, y) => x.row - y.row);
  }
  return {
    first,
    last,
    frequency: freq,
    sum,
    refunds,
    keep,
    maxDate,
    rowsUsed: used,
    rowsBeforePeriod: beforePeriod,
    rejected,
  };
}
